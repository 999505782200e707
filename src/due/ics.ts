/**
 * The due list as an iCalendar feed (RFC 5545) a calendar app can subscribe
 * to: one all-day event on each person's due date (and on each record's
 * sign-by date), with stable UIDs so a re-published feed updates the events
 * it published before instead of adding copies.
 */
import type { DueList } from './due.js';

export interface IcsOptions {
  /** When the feed was made: DTSTAMP, in UTC. */
  now: Date;
}

/** The feed's lines joined with CRLF, each folded at 75 octets, ending with CRLF. */
export function dueIcs(list: DueList, { now }: IcsOptions): string {
  const stamp = utcStamp(now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//supv//supervision due dates//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(`Supervision due: ${list.organisation}`)}`,
  ];
  const event = (uid: string, date: string, summary: string, description: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(date))}`,
      `SUMMARY:${text(summary)}`,
      `DESCRIPTION:${text(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  for (const group of list.supervisors) {
    const supervisor = group.id === null ? 'no current supervisor' : group.name;
    for (const entry of group.overdue) {
      event(
        uid('supervision', entry.person, entry.due),
        entry.due,
        `Supervision overdue: ${entry.name}`,
        `${entry.name} (${entry.person}) was due supervision by ${entry.due}` +
          `${lastSupervised(entry.lastSession)}. Supervisor: ${supervisor}.\nOn ${list.asOf} it is ${days(entry.daysOverdue)} overdue; the step now due is ${entry.stepText}.`,
      );
    }
    for (const entry of group.dueSoon) {
      event(
        uid('supervision', entry.person, entry.due),
        entry.due,
        `Supervision due: ${entry.name}`,
        `${entry.name} (${entry.person}) is due supervision by ${entry.due}` +
          `${lastSupervised(entry.lastSession)}. Supervisor: ${supervisor}.\nIf no session is held by then, the step due is ${entry.stepIfMissed}.`,
      );
    }
    for (const entry of group.toSign) {
      event(
        uid('signature', entry.signer, entry.signBy, entry.record),
        entry.signBy,
        `Signature due: ${entry.signerName} to sign ${entry.record}`,
        `${entry.signerName} (${entry.signer}) has not signed the ${entry.kind} record ${entry.record} of ${entry.date} as ${entry.role}. ` +
          `Signatures were due by ${entry.signBy}.\nSign it with: supv sign ${entry.file} --as ${entry.signer}`,
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A UID stable across runs: what the event is about and its date, never the time the feed was made. */
function uid(what: string, person: string, date: string, record?: string): string {
  return `${what}-${person}-${compact(date)}${record ? `-${record}` : ''}@supv`;
}

/** A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11). */
export function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded so that no line is longer than 75 octets (RFC 5545
 * §3.1): continuation lines start with one space. Never splits a UTF-8
 * character.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function compact(date: string): string {
  return date.replaceAll('-', '');
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** When a person was last supervised, as an event's description goes on after "due supervision by DATE". */
function lastSupervised(lastSession: string | undefined): string {
  return lastSession ? `; last supervised on ${lastSession}` : '; no session recorded yet';
}
