import { staffAttendees } from '../../policy/attendees.js';
import { dateOfTimestamp } from '../../policy/dates.js';
import type { RecordSet, SessionRecord } from '../../model.js';
import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/**
 * A date that cannot be right: a session or decision dated after the as-of
 * date (usually a typo in the year or month; such records do not count towards
 * anyone's sessions, SPEC §7), a session dated before a supervisee started,
 * or a signature dated before the session or decision it signs. The last two
 * were added by the hardening issue: the schema can only say a date is real,
 * not that it fits the other dates around it.
 */
export const futureDate: Rule = {
  meta: {
    id: 'future-date',
    scope: 'linked',
    description: 'a date that cannot be right: after the as-of date, before the supervisee started, or a signature before the session',
    defaultSeverity: 'error',
    docs: docsUrl('future-date'),
    messages: {
      future: 'the {kind} is dated {date}, after {asOf}; a record can only be written for a {kind} that has taken place',
      beforeStarted: 'the session is dated {date}, before {name} started on {started}; check the date here or `started` in their staff record',
      signedBefore: 'signed by {by} on {signed}, before the {kind} on {date}; a record can only be signed once it is written',
    },
  },
  check({ records, asOf, config, report, keeps }) {
    for (const record of [...records.ofKind.session, ...records.ofKind.decision]) {
      const date = record.data?.date;
      if (typeof date !== 'string' || !keeps(record.file)) continue;
      if (date > asOf) {
        report({ record, at: { pointer: '/date' }, messageId: 'future', data: { kind: record.kind, date, asOf } });
        continue;
      }
      if (record.kind === 'session') {
        for (const person of sessionPeople(record)) {
          const staff = records.byId.get(person);
          const started = staff?.kind === 'staff' ? staff.data?.started : undefined;
          if (typeof started === 'string' && date < started) {
            report({ record, at: { pointer: '/date' }, messageId: 'beforeStarted', data: { date, name: staffName(records, person), started } });
          }
        }
      }
      const signatures = record.data?.signatures;
      if (!Array.isArray(signatures)) continue;
      for (let index = 0; index < signatures.length; index++) {
        const signature = signatures[index] as { by?: unknown; at?: unknown } | undefined;
        if (typeof signature?.at !== 'string' || typeof signature.by !== 'string') continue;
        // Offsets (±14 h) move a timestamp's calendar day by two at most: one written two days or more
        // after the record's date cannot fall before it. That is nearly every signature, and Luxon is slow.
        if (Date.parse(signature.at.slice(0, 10)) - Date.parse(date) >= 2 * 86_400_000) continue;
        // The instant, as the day of it is worked out below: a day after the record's date began in UTC, that date has
        // begun in every time zone (none is a day behind UTC), so the signature's day there is not before it.
        if (Date.parse(signature.at) - Date.parse(date) >= 86_400_000) continue;
        // The calendar day of the signature where the organisation is, compared with the record's calendar day.
        const signed = dateOfTimestamp(signature.at, config.timezone);
        if (signed && signed < date) {
          report({ record, at: { pointer: `/signatures/${index}/at` }, messageId: 'signedBefore', data: { by: staffName(records, signature.by), signed, kind: record.kind, date } });
        }
      }
    }
  },
};

/** The supervisee of a one-to-one, peer or ad-hoc session, or the attendees of a group. */
function sessionPeople(record: SessionRecord): string[] {
  const { supervisee } = record.data;
  return supervisee !== undefined ? [supervisee] : staffAttendees(record.data);
}

function staffName(records: RecordSet, id: string): string {
  const staff = records.byId.get(id);
  const name = staff?.kind === 'staff' ? staff.data?.name : undefined;
  return typeof name === 'string' ? name : id;
}
