import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/**
 * "Agreed action points reviewed at the next session": every action of the
 * supervisee's own previous session (one-to-one, peer or ad-hoc with the same
 * supervisee, dated before this one) must appear in this session's
 * `actions_reviewed` as `<session id>#<action id>`. Sessions dated after the
 * as-of date are left to future-date.
 */
export const actionsNotReviewed: Rule = {
  meta: {
    id: 'actions-not-reviewed',
    description: 'an action of the previous session missing from `actions_reviewed`',
    defaultSeverity: 'error',
    docs: docsUrl('actions-not-reviewed'),
    messages: {
      missing: 'action {action} of the previous session {previous} is not reviewed; add `ref: {ref}` to actions_reviewed with status done, carried or dropped',
    },
  },
  check({ records, asOf, facts, report }) {
    const history = facts.sessionHistory;
    for (const record of records.ofKind.session) {
      const session = record.data;
      if (session.date > asOf) continue;
      const previous = history.previousOwnSession(record);
      const actions = previous?.data.actions ?? [];
      if (!previous || actions.length === 0) continue;
      const reviewed = new Set((session.actions_reviewed ?? []).map((entry) => entry.ref));
      const at = { pointer: session.actions_reviewed ? '/actions_reviewed' : '/id', target: 'key' as const };
      for (const action of actions) {
        const ref = `${previous.id}#${action.id}`;
        if (!reviewed.has(ref)) report({ record, at, messageId: 'missing', data: { action: action.id, previous: previous.id, ref } });
      }
    }
  },
};
