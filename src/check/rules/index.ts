import type { Rule } from '../../model.js';
import { contractReviewOverdue } from './contract-review-overdue.js';
import { functionsUnbalanced } from './functions-unbalanced.js';
import { handoverMissing } from './handover-missing.js';
import { idMismatch } from './id-mismatch.js';
import { noContract } from './no-contract.js';
import { parse } from './parse.js';
import { schema } from './schema.js';
import { sessionDueSoon } from './session-due-soon.js';
import { sessionOverdue } from './session-overdue.js';
import { signatureMismatch } from './signature-mismatch.js';
import { supervisorUntrained } from './supervisor-untrained.js';
import { unknownRef } from './unknown-ref.js';

/** Every rule, in the order SPEC §7 lists them. */
export const rules: Rule[] = [parse, schema, idMismatch, unknownRef, sessionOverdue, sessionDueSoon, noContract, contractReviewOverdue, signatureMismatch, functionsUnbalanced, supervisorUntrained, handoverMissing];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
