import type { Rule } from '../rule.js';
import { actionOverdue } from './action-overdue.js';
import { actionsNotReviewed } from './actions-not-reviewed.js';
import { caseAuditOverdue } from './case-audit-overdue.js';
import { caseEntry } from './case-entry.js';
import { caseNotDiscussed } from './case-not-discussed.js';
import { contractReviewOverdue } from './contract-review-overdue.js';
import { decisionMissing } from './decision-missing.js';
import { functionsUnbalanced } from './functions-unbalanced.js';
import { futureDate } from './future-date.js';
import { groupConfidentiality } from './group-confidentiality.js';
import { handoverMissing } from './handover-missing.js';
import { keyHistory } from './key-history.js';
import { idMismatch } from './id-mismatch.js';
import { lateRecord } from './late-record.js';
import { nameInPath } from './name-in-path.js';
import { noContract } from './no-contract.js';
import { parse } from './parse.js';
import { recordDeleted } from './record-deleted.js';
import { safeguardingTraining } from './safeguarding-training.js';
import { schema } from './schema.js';
import { sessionDueSoon } from './session-due-soon.js';
import { sessionOverdue } from './session-overdue.js';
import { sessionShort } from './session-short.js';
import { signatureMismatch } from './signature-mismatch.js';
import { supervisorUntrained } from './supervisor-untrained.js';
import { unknownRef } from './unknown-ref.js';
import { unsigned } from './unsigned.js';

/** Every rule, in the order SPEC §7 lists them, then those §11.5 adds. */
export const rules: Rule[] = [parse, schema, idMismatch, unknownRef, sessionOverdue, sessionDueSoon, noContract, contractReviewOverdue, unsigned, signatureMismatch, actionsNotReviewed, actionOverdue, decisionMissing, groupConfidentiality, functionsUnbalanced, supervisorUntrained, safeguardingTraining, handoverMissing, lateRecord, futureDate, sessionShort, recordDeleted, nameInPath, caseNotDiscussed, caseAuditOverdue, caseEntry, keyHistory];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
