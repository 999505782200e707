import type { Rule } from '../rule.js';
import { carriedIn } from '../../policy/actions.js';
import { docsUrl } from './docs.js';

/**
 * "Agreed action points reviewed at the next session": every action of the
 * supervisee's own previous session (one-to-one, peer or ad-hoc with the same
 * supervisee, dated before this one), and every action that session carried
 * (`status: carried` in its `actions_reviewed`), must appear in this
 * session's `actions_reviewed` as `<record id>#<action id>`. A carried
 * action is reviewed again at each session until it is done or dropped.
 * Sessions dated after the as-of date are left to future-date.
 */
export const actionsNotReviewed: Rule = {
  meta: {
    id: 'actions-not-reviewed',
    scope: 'linked',
    description: 'an action of the previous session, or one it carried, missing from `actions_reviewed`',
    defaultSeverity: 'error',
    docs: docsUrl('actions-not-reviewed'),
    messages: {
      missing: 'action {action} of the previous session {previous} is not reviewed; add `ref: {ref}` to actions_reviewed with status done, carried or dropped',
      carried: 'action {ref}, carried in the previous session {previous}, is not reviewed; add `ref: {ref}` to actions_reviewed with status done, carried or dropped',
    },
  },
  check({ records, asOf, facts, report, keeps }) {
    const history = facts.sessionHistory;
    for (const record of records.ofKind.session) {
      const session = record.data;
      if (session.date > asOf || !keeps(record.file)) continue;
      const previous = history.previousOwnSession(record);
      if (!previous) continue;
      const actions = previous.data.actions ?? [];
      const carried = carriedIn(previous);
      if (actions.length === 0 && carried.length === 0) continue;
      // A session reviews a handful of actions: a look through its list costs less than a set of them.
      const reviewed = session.actions_reviewed ?? [];
      const isReviewed = (ref: string) => reviewed.some((entry) => entry.ref === ref);
      const prefix = `${previous.id}#`;
      const at = { pointer: session.actions_reviewed ? '/actions_reviewed' : '/id', target: 'key' as const };
      for (const action of actions) {
        const ref = prefix + action.id;
        if (!isReviewed(ref)) report({ record, at, messageId: 'missing', data: { action: action.id, previous: previous.id, ref } });
      }
      for (const entry of carried) {
        // An action the previous session both agreed and carried is asked for once, above.
        if (!isReviewed(entry.ref) && !actions.some((action) => prefix + action.id === entry.ref)) {
          report({ record, at, messageId: 'carried', data: { ref: entry.ref, previous: previous.id } });
        }
      }
    }
  },
};
