import { isValidRecord, type Kind, type ValidRecord } from '../../model.js';
import type { Rule } from '../rule.js';
import { signaturesOf } from '../../policy/signers.js';
import type { Action } from '../../types/records.generated.js';
import { fieldName } from '../messages.js';
import { docsUrl } from './docs.js';

/**
 * One reference a record makes: the id it names, the kinds of record that may
 * bear it, and where it is (`key`, then list index and field when it sits in a
 * list). References are handed to a visitor one at a time, as arguments, and
 * the JSON pointer is written out only for a reference that fails: a
 * repository makes hundreds of thousands of references, nearly all fine, and
 * an object for each was a large part of this rule's time.
 */
type Visit = (id: string, kind: Kind, key: string, index?: number, field?: string, alsoKind?: Kind, action?: string) => void;

function pointerOf(key: string, index: number | undefined, field: string | undefined): string {
  return index === undefined ? `/${key}` : field === undefined ? `/${key}/${index}` : `/${key}/${index}/${field}`;
}

/** References to staff, sessions, decisions and actions that do not exist. */
export const unknownRef: Rule = {
  meta: {
    id: 'unknown-ref',
    scope: 'linked',
    description: 'a reference to staff, session, decision or action that does not exist',
    defaultSeverity: 'error',
    docs: docsUrl('unknown-ref'),
    messages: {
      missing: '{field} names {id}, but there is no {kind} record with that id',
      wrongKind: '{field} names {id}, which is a {actual} record, not a {kind} record',
      missingAction: '{field} names action {action} of {id}, but that record has no such action',
    },
  },
  check({ records, report, keeps }) {
    let record: ValidRecord;
    const visit: Visit = (id, kind, key, index, field, alsoKind, action) => {
      const target = records.byId.get(id);
      if (target && (target.kind === kind || target.kind === alsoKind) && (!action || hasAction(target, action))) return;
      const pointer = pointerOf(key, index, field);
      const name = fieldName(pointer);
      if (!target) {
        report({ record, at: { pointer }, messageId: 'missing', data: { field: name, id, kind } });
      } else if (target.kind !== kind && target.kind !== alsoKind) {
        report({ record, at: { pointer }, messageId: 'wrongKind', data: { field: name, id, kind, actual: target.kind ?? 'unknown' } });
      } else if (action && !hasAction(target, action)) {
        report({ record, at: { pointer }, messageId: 'missingAction', data: { field: name, id, action } });
      }
    };
    for (const file of records.files) {
      if (!isValidRecord(file) || !keeps(file.file)) continue;
      record = file;
      visitReferences(file, visit);
    }
  },
};

function hasAction(record: ValidRecord, action: string): boolean {
  return actionsOf(record).some((entry) => entry.id === action);
}

/** The actions agreed in a session, decision or case audit; other kinds have none. */
function actionsOf(record: ValidRecord): Action[] {
  return record.kind === 'session' || record.kind === 'decision' || record.kind === 'case-audit' ? (record.data.actions ?? []) : [];
}

/** Every reference a valid record makes, in the order its fields are listed here, handed to `visit`. Loops, not callbacks: this runs for every record. */
function visitReferences(record: ValidRecord, visit: Visit): void {
  switch (record.kind) {
    case 'staff': {
      const supervisors = record.data.supervisors;
      for (let index = 0; index < supervisors.length; index++) {
        const entry = supervisors[index]!;
        if (entry.id !== undefined) visit(entry.id, 'staff', 'supervisors', index, 'id');
        if (entry.handover !== undefined) visit(entry.handover, 'session', 'supervisors', index, 'handover');
      }
      if (record.data.line_manager !== undefined) visit(record.data.line_manager, 'staff', 'line_manager');
      break;
    }
    case 'contract':
      if (record.data.supervisee !== undefined) visit(record.data.supervisee, 'staff', 'supervisee');
      if (record.data.supervisor !== undefined) visit(record.data.supervisor, 'staff', 'supervisor');
      break;
    case 'session': {
      const data = record.data;
      if (data.supervisor !== undefined) visit(data.supervisor, 'staff', 'supervisor');
      if (data.supervisee !== undefined) visit(data.supervisee, 'staff', 'supervisee');
      if (data.line_manager !== undefined) visit(data.line_manager, 'staff', 'line_manager');
      const attendees = data.attendees ?? [];
      for (let index = 0; index < attendees.length; index++) {
        const id = attendees[index];
        if (typeof id === 'string') visit(id, 'staff', 'attendees', index);
      }
      const cases = data.cases ?? [];
      for (let index = 0; index < cases.length; index++) {
        const decision = cases[index]!.decision;
        if (decision !== undefined) visit(decision, 'decision', 'cases', index, 'decision');
      }
      const reviewed = data.actions_reviewed ?? [];
      for (let index = 0; index < reviewed.length; index++) {
        const ref = reviewed[index]!.ref;
        const hash = ref.indexOf('#');
        const session = hash === -1 ? ref : ref.slice(0, hash);
        // Actions are agreed in sessions and in decision records; both are reviewed at the next session.
        if (session) visit(session, 'session', 'actions_reviewed', index, 'ref', 'decision', hash === -1 ? undefined : ref.slice(hash + 1).split('#')[0]);
      }
      break;
    }
    case 'decision':
      if (record.data.session !== undefined) visit(record.data.session, 'session', 'session');
      if (record.data.supervisor !== undefined) visit(record.data.supervisor, 'staff', 'supervisor');
      if (record.data.supervisee !== undefined) visit(record.data.supervisee, 'staff', 'supervisee');
      break;
    case 'case-audit':
      if (record.data.auditor !== undefined) visit(record.data.auditor, 'staff', 'auditor');
      if (record.data.worker !== undefined) visit(record.data.worker, 'staff', 'worker');
      break;
  }
  const actions = actionsOf(record);
  for (let index = 0; index < actions.length; index++) {
    const owner = actions[index]!.owner;
    if (owner !== undefined) visit(owner, 'staff', 'actions', index, 'owner');
  }
  const signatures = signaturesOf(record);
  for (let index = 0; index < signatures.length; index++) {
    const by = signatures[index]!.by;
    if (by !== undefined) visit(by, 'staff', 'signatures', index, 'by');
  }
}
