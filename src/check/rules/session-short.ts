import type { Rule } from '../rule.js';
import { duration } from '../../policy/dates.js';
import { docsUrl } from './docs.js';

/** Sessions are "about an hour": one shorter than `policy.min_duration` draws a warning. */
export const sessionShort: Rule = {
  meta: {
    id: 'session-short',
    description: 'a session shorter than `min_duration`',
    defaultSeverity: 'warning',
    docs: docsUrl('session-short'),
    scope: 'record',
    messages: {
      short: 'the session lasted {minutes} minutes; sessions should last at least {minimum} minutes (policy.min_duration)',
    },
  },
  check({ records, config, report }) {
    const minimum = Math.round(duration(config.policy.min_duration).as('minutes'));
    for (const record of records.ofKind.session) {
      const minutes = record.data.duration_minutes;
      if (minutes >= minimum) continue;
      report({ record, at: { pointer: '/duration_minutes' }, messageId: 'short', data: { minutes, minimum } });
    }
  },
};
