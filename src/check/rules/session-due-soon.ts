import type { Rule } from '../rule.js';
import { addDuration, daysBetween, daysInWords } from '../../policy/dates.js';
import { supervisorName } from '../../policy/status.js';
import { docsUrl } from './docs.js';

/** The next session falls due within `due_soon` of the as-of date: time to book it. */
export const sessionDueSoon: Rule = {
  meta: {
    id: 'session-due-soon',
    scope: 'linked',
    description: 'the next session falls due within `due_soon`',
    defaultSeverity: 'warning',
    docs: docsUrl('session-due-soon'),
    messages: {
      dueSoon: 'next supervision due by {due} ({when}) with {supervisor}',
    },
  },
  check({ config, asOf, facts, report, keeps }) {
    const zone = config.timezone;
    const horizon = addDuration(asOf, config.policy.due_soon, zone);
    for (const person of facts.inPost) {
      if (!keeps(person.record.file)) continue;
      const status = facts.statusOf(person);
      const { due } = status;
      // Overdue (due before as-of) is session-overdue's finding, not this one.
      if (!due || due < asOf || due > horizon) continue;
      const days = daysBetween(asOf, due, zone);
      const when = days === 0 ? 'today' : `in ${daysInWords(days)}`;
      report({ record: status.person.record, at: { pointer: '/id' }, messageId: 'dueSoon', data: { due, when, supervisor: supervisorName(status) } });
    }
  },
};
