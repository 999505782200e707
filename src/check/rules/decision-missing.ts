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
 *
 * With `policy.child_file: all-discussions` ("any discussion about a named
 * child must be recorded on the child's file"), every case discussed needs a
 * decision record, or a `child_file` date on its entry saying when the
 * discussion was written on the child's file. An error by default (SPEC §11.5).
 */
export const decisionMissing: Rule = {
  meta: {
    id: 'decision-missing',
    scope: 'linked',
    description: 'a case with `status_changed` or a decision noted and no decision record; with `child_file: all-discussions`, any case discussed and not recorded on the child\'s file',
    defaultSeverity: 'error',
    docs: docsUrl('decision-missing'),
    messages: {
      statusChanged: "case {case} changed status on {changed}{since} but has no decision record; record the decision for the child's file (kind: decision, case: {case}, session: {session})",
      named: "case {case} names decision {decision}, but there is no such decision record, nor one for case {case} and session {session}; record the decision for the child's file",
      notOnFile: "case {case} was discussed in this session but the discussion is not recorded on the child's file: the policy asks for every discussion (child_file: all-discussions); add a decision record (kind: decision, case: {case}, session: {session}) or `child_file: YYYY-MM-DD` to the case entry once it is on the file",
    },
  },
  check({ records, asOf, config, facts, report, keeps }) {
    const everyDiscussion = config.policy.child_file === 'all-discussions';
    const history = facts.sessionHistory;
    const decided = new Set(records.ofKind.decision.map((record) => decisionKey(record)));
    for (const record of records.ofKind.session) {
      const session = record.data;
      if (session.date > asOf || !session.cases || !keeps(record.file)) continue;
      const previous = history.previousSessionDate(record);
      for (let index = 0; index < session.cases.length; index++) {
        const entry = session.cases[index]!;
        const changed = entry.status_changed !== undefined && (!previous || entry.status_changed >= previous);
        const needed = entry.decision !== undefined || changed || everyDiscussion;
        if (!needed || decided.has(`${entry.ref}\u0000${record.id}`)) continue;
        if (entry.decision && records.byId.get(entry.decision)?.kind === 'decision') continue;
        const at = { pointer: `/cases/${index}` };
        const data = { case: entry.ref, session: record.id };
        // A discussion written on the child's file is on it; a status change still needs its decision record.
        if (!entry.decision && !changed && entry.child_file !== undefined) continue;
        if (!entry.decision && !changed) {
          report({ record, at, messageId: 'notOnFile', data });
        } else if (entry.decision) {
          report({ record, at, messageId: 'named', data: { ...data, decision: entry.decision } });
        } else {
          const since = previous ? `, since the previous session on ${previous},` : '';
          report({ record, at, messageId: 'statusChanged', data: { ...data, changed: entry.status_changed!, since } });
        }
      }
    }
  },
};

function decisionKey(record: DecisionRecord): string {
  const decision = record.data;
  return `${decision.case}\u0000${decision.session}`;
}
