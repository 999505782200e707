import type { Rule } from '../rule.js';
import { actionFates } from '../../policy/actions.js';
import { recordsFrom } from '../../policy/counts.js';
import { docsUrl } from './docs.js';

/**
 * An action of a session, decision or case audit past its due date that no
 * session (dated on or before the as-of date) has reviewed as done or
 * dropped. A
 * `carried` action stays open; when a carried review gives it a new `due`,
 * the latest such date is the one it is judged by, and the finding is at
 * that review. Reviews are matched by their `ref` (`<record id>#<action id>`),
 * which may name a decision's or a case audit's action too: a case audit
 * has no reviews of its own, so its actions are followed up in supervision,
 * as a decision's are.
 */
export const actionOverdue: Rule = {
  meta: {
    id: 'action-overdue',
    scope: 'linked',
    description: 'an action past due and not reviewed as done or dropped',
    defaultSeverity: 'warning',
    docs: docsUrl('action-overdue'),
    messages: {
      overdue: 'action {action} was due on {due} and has not been reviewed as done or dropped',
      audit: 'action {action} of the audit of case {case} was due on {due} and has not been reviewed as done or dropped in a supervision session',
      carried: 'action {ref} was carried to a new due date, {due}, and has not been reviewed as done or dropped since',
    },
  },
  check({ records, asOf, config, report }) {
    const fates = actionFates(records, asOf);
    for (const record of [...records.ofKind.session, ...records.ofKind.decision, ...records.ofKind['case-audit']]) {
      const actions = record.data.actions;
      if (actions === undefined) continue;
      // A loop rather than a callback per action: it runs for every action of the repository, mostly cold.
      for (let index = 0; index < actions.length; index++) {
        const action = actions[index]!;
        const ref = `${record.id}#${action.id}`;
        const fate = fates.get(ref);
        if (fate?.closed) continue;
        const newDue = fate?.newDue;
        if (newDue) {
          if (newDue.due >= asOf) continue;
          report({ record: newDue.record, at: { pointer: `/actions_reviewed/${newDue.index}/due` }, messageId: 'carried', data: { ref, due: newDue.due } });
          continue;
        }
        if (action.due >= asOf) continue;
        // Due before supv's records of its owner began (`records_from`): what became of it is in the old records.
        const owner = records.byId.get(action.owner);
        const begins = recordsFrom(owner?.kind === 'staff' ? owner.data : undefined, config.policy);
        if (begins !== undefined && action.due < begins) continue;
        const at = { pointer: `/actions/${index}/due` };
        if (record.kind === 'case-audit') report({ record, at, messageId: 'audit', data: { action: action.id, case: record.data.case, due: action.due } });
        else report({ record, at, messageId: 'overdue', data: { action: action.id, due: action.due } });
      }
    }
  },
};
