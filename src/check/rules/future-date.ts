import type { Rule } from '../../model.js';
import { docsUrl } from './docs.js';

/**
 * A session or decision dated after the as-of date cannot have happened yet:
 * usually a typo in the year or month. Such records do not count towards
 * anyone's sessions (SPEC §7), so the date is worth fixing.
 */
export const futureDate: Rule = {
  meta: {
    id: 'future-date',
    description: 'a session dated after the as-of date',
    defaultSeverity: 'error',
    docs: docsUrl('future-date'),
    messages: {
      future: 'the {kind} is dated {date}, after {asOf}; a record can only be written for a {kind} that has taken place',
    },
  },
  check({ records, asOf, report }) {
    for (const record of [...records.ofKind.session, ...records.ofKind.decision]) {
      const date = record.data?.date;
      if (typeof date !== 'string' || date <= asOf) continue;
      report({ record, at: { pointer: '/date' }, messageId: 'future', data: { kind: record.kind!, date, asOf } });
    }
  },
};
