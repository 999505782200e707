import type { Rule } from '../rule.js';
import { daysBetween, daysInWords } from '../../policy/dates.js';
import { describeStep, escalationStep, threeWayPartner } from '../../policy/escalation.js';
import { describeInterval } from '../../policy/interval.js';
import { supervisorName } from '../../policy/status.js';
import { nameOf } from '../../policy/supervisees.js';
import { sessionSupervisor, supervisorLabel } from '../../policy/supervisor.js';
import { docsUrl } from './docs.js';

/** An active person whose gap since their last session exceeds their interval, with the escalation step due. */
export const sessionOverdue: Rule = {
  meta: {
    id: 'session-overdue',
    scope: 'linked',
    description: "an active staff member's gap since their last session exceeds their interval; with the escalation step due",
    defaultSeverity: 'error',
    docs: docsUrl('session-overdue'),
    messages: {
      overdue: 'overdue by {overdue}: last supervised on {last} (session {session}) by {by}; interval {interval}; the step now due is {step}',
      neverSupervised: 'overdue by {overdue}: no supervision recorded since starting on {started}; interval {interval}; the step now due is {step}',
      noneSinceRecordsFrom: 'overdue by {overdue}: no supervision recorded since supv\'s records began on {recordsFrom} (`records_from`); interval {interval}; the step now due is {step}',
      unknownTier: 'tier {tier} is not in the policy; known tiers: {known}',
    },
  },
  check({ config, asOf, facts, report, keeps }) {
    const zone = config.timezone;
    const index = facts.supervisionIndex;
    for (const person of facts.inPost) {
      // Every finding of this rule is on the person's staff record.
      if (!keeps(person.record.file)) continue;
      const status = facts.statusOf(person);
      const { last, interval, due } = status;
      if (status.unknownTier !== undefined) {
        const known = Object.keys(config.policy.tiers).join(', ') || '(none)';
        report({ record: person.record, at: { pointer: '/tier' }, messageId: 'unknownTier', data: { tier: status.unknownTier, known } });
      }
      if (!interval || !due || asOf <= due) continue;
      const partner = threeWayPartner(person.data, status.supervisor?.id, config.policy, (id) => nameOf(index, id));
      const step = describeStep(escalationStep(due, interval.every, asOf, zone, config.policy), supervisorName(status), partner);
      const common = { overdue: daysInWords(daysBetween(due, asOf, zone)), interval: describeInterval(interval), step };
      if (status.recordsFrom !== undefined && status.recordsFrom > (last?.data.date ?? person.data.started)) {
        // The clock ran from the adoption date, not from a session or a start years before supv kept the records.
        report({ record: person.record, at: { pointer: '/id' }, messageId: 'noneSinceRecordsFrom', data: { ...common, recordsFrom: status.recordsFrom } });
      } else if (last) {
        const data = { ...common, last: last.data.date, session: last.data.id, by: supervisorLabel(sessionSupervisor(last.data), (id) => nameOf(index, id)) };
        report({ record: person.record, at: { pointer: '/id' }, messageId: 'overdue', data });
      } else {
        report({ record: person.record, at: { pointer: '/id' }, messageId: 'neverSupervised', data: { ...common, started: person.data.started } });
      }
    }
  },
};
