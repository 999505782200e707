import type { Rule } from '../rule.js';
import { recordsFrom } from '../../policy/counts.js';
import { docsUrl } from './docs.js';

const CLOSED = new Set(['done', 'dropped']);

/**
 * An action of a session or decision past its `due` date that no session
 * (dated on or before the as-of date) has reviewed as done or dropped. A
 * `carried` action stays open. Reviews are matched by their `ref`
 * (`<record id>#<action id>`), which may name a decision's action too.
 */
export const actionOverdue: Rule = {
  meta: {
    id: 'action-overdue',
    description: 'an action past due and not reviewed as done or dropped',
    defaultSeverity: 'warning',
    docs: docsUrl('action-overdue'),
    messages: {
      overdue: 'action {action} was due on {due} and has not been reviewed as done or dropped',
    },
  },
  check({ records, asOf, config, report }) {
    const closed = new Set<string>();
    for (const session of records.ofKind.session) {
      const data = session.data;
      if (data.date > asOf) continue;
      for (const entry of data.actions_reviewed ?? []) if (CLOSED.has(entry.status)) closed.add(entry.ref);
    }
    for (const record of [...records.ofKind.session, ...records.ofKind.decision]) {
      const actions = record.data.actions ?? [];
      actions.forEach((action, index) => {
        if (action.due >= asOf || closed.has(`${record.id}#${action.id}`)) return;
        // Due before supv's records of its owner began (`records_from`): what became of it is in the old records.
        const owner = records.byId.get(action.owner);
        const begins = recordsFrom(owner?.kind === 'staff' ? owner.data : undefined, config.policy);
        if (begins !== undefined && action.due < begins) return;
        report({ record, at: { pointer: `/actions/${index}/due` }, messageId: 'overdue', data: { action: action.id, due: action.due } });
      });
    }
  },
};
