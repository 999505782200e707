import type { DecisionRecord, LoadedRecord } from '../../model.js';
import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/**
 * "Any discussion or decision about a named child recorded on that child's
 * file": a case needs a decision record when its `status_changed` is on or
 * after the supervisee's previous session (with no previous session, any
 * change counts), or when it names a `decision`. The record is the one named,
 * or a decision with the same `case` and `session`. A broken `decision`
 * reference is also unknown-ref's error; this rule adds that the child's file
 * lacks the decision (unless one with the same case and session exists).
 */
export const decisionMissing: Rule = {
  meta: {
    id: 'decision-missing',
    description: 'a case with `status_changed` or a decision noted and no decision record',
    defaultSeverity: 'warning',
    docs: docsUrl('decision-missing'),
    messages: {
      statusChanged: "case {case} changed status on {changed}{since} but has no decision record; record the decision for the child's file (kind: decision, case: {case}, session: {session})",
      named: "case {case} names decision {decision}, but there is no such decision record, nor one for case {case} and session {session}; record the decision for the child's file",
    },
  },
  check({ records, asOf, facts, report }) {
    const history = facts.sessionHistory;
    const decided = new Set(records.ofKind.decision.map((record) => decisionKey(record)));
    for (const record of records.ofKind.session) {
      const session = record.data;
      if (session.date > asOf || !session.cases) continue;
      const previous = history.previousSessionDate(record);
      session.cases.forEach((entry, index) => {
        const needed = entry.decision !== undefined || (entry.status_changed !== undefined && (!previous || entry.status_changed >= previous));
        if (!needed || decided.has(`${entry.ref}\u0000${record.id}`)) return;
        if (entry.decision && records.byId.get(entry.decision)?.kind === 'decision') return;
        const at = { pointer: `/cases/${index}` };
        const data = { case: entry.ref, session: record.id };
        if (entry.decision) {
          report({ record, at, messageId: 'named', data: { ...data, decision: entry.decision } });
        } else {
          const since = previous ? `, since the previous session on ${previous},` : '';
          report({ record, at, messageId: 'statusChanged', data: { ...data, changed: entry.status_changed!, since } });
        }
      });
    }
  },
};

function decisionKey(record: DecisionRecord): string {
  const decision = record.data;
  return `${decision.case}\u0000${decision.session}`;
}
