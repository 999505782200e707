import type { Kind, LoadedRecord, Rule } from '../../model.js';
import { fieldName } from '../messages.js';
import { docsUrl } from './docs.js';

interface Reference {
  pointer: string;
  id: string;
  kind: Kind;
  /** Other kinds the reference may also name (an action review may name a decision's action). */
  alsoKind?: Kind;
  /** For `session#A1` references: the action that must exist in that session. */
  action?: string;
}

/** References to staff, sessions, decisions and actions that do not exist. */
export const unknownRef: Rule = {
  meta: {
    id: 'unknown-ref',
    description: 'a reference to staff, session, decision or action that does not exist',
    defaultSeverity: 'error',
    docs: docsUrl('unknown-ref'),
    messages: {
      missing: '`{field}` names {id}, but there is no {kind} record with that id',
      wrongKind: '`{field}` names {id}, which is a {actual} record, not a {kind} record',
      missingAction: '`{field}` names action {action} of {id}, but that record has no such action',
    },
  },
  check({ records, report }) {
    for (const record of records.files) {
      if (!record.valid) continue;
      for (const reference of referencesOf(record)) {
        const target = records.byId.get(reference.id);
        if (target && (target.kind === reference.kind || target.kind === reference.alsoKind) && (!reference.action || hasAction(target, reference.action))) continue;
        const field = fieldName(reference.pointer);
        const kind = reference.kind;
        if (!target) {
          report({ record, at: { pointer: reference.pointer }, messageId: 'missing', data: { field, id: reference.id, kind } });
        } else if (target.kind !== reference.kind && target.kind !== reference.alsoKind) {
          report({ record, at: { pointer: reference.pointer }, messageId: 'wrongKind', data: { field, id: reference.id, kind, actual: target.kind ?? 'unknown' } });
        } else if (reference.action && !hasAction(target, reference.action)) {
          report({ record, at: { pointer: reference.pointer }, messageId: 'missingAction', data: { field, id: reference.id, action: reference.action } });
        }
      }
    }
  },
};

function hasAction(record: LoadedRecord, action: string): boolean {
  const actions = record.data?.actions;
  return Array.isArray(actions) && actions.some((entry) => (entry as { id?: unknown }).id === action);
}

/** Every reference a valid record makes, with the JSON pointer of the value. */
export function referencesOf(record: LoadedRecord): Reference[] {
  const data = record.data as Record<string, unknown>;
  const refs: Reference[] = [];
  const add = (pointer: string, value: unknown, kind: Kind) => {
    if (typeof value === 'string') refs.push({ pointer, id: value, kind });
  };
  const each = (key: string, visit: (item: Record<string, unknown>, pointer: string) => void) => {
    const list = data[key];
    if (Array.isArray(list)) list.forEach((item, index) => visit(item as Record<string, unknown>, `/${key}/${index}`));
  };

  switch (record.kind) {
    case 'staff':
      each('supervisors', (entry, at) => {
        add(`${at}/id`, entry.id, 'staff');
        add(`${at}/handover`, entry.handover, 'session');
      });
      add('/line_manager', data.line_manager, 'staff');
      break;
    case 'contract':
      add('/supervisee', data.supervisee, 'staff');
      add('/supervisor', data.supervisor, 'staff');
      break;
    case 'session':
      add('/supervisor', data.supervisor, 'staff');
      add('/supervisee', data.supervisee, 'staff');
      if (Array.isArray(data.attendees)) data.attendees.forEach((id, index) => add(`/attendees/${index}`, id, 'staff'));
      each('cases', (entry, at) => add(`${at}/decision`, entry.decision, 'decision'));
      each('actions_reviewed', (entry, at) => {
        const [session, action] = String(entry.ref).split('#');
        // Actions are agreed in sessions and in decision records; both are reviewed at the next session.
        if (session) refs.push({ pointer: `${at}/ref`, id: session, kind: 'session', alsoKind: 'decision', action });
      });
      break;
    case 'decision':
      add('/session', data.session, 'session');
      add('/supervisor', data.supervisor, 'staff');
      add('/supervisee', data.supervisee, 'staff');
      break;
  }
  each('actions', (entry, at) => add(`${at}/owner`, entry.owner, 'staff'));
  each('signatures', (entry, at) => add(`${at}/by`, entry.by, 'staff'));
  return refs;
}

