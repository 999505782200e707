import { DateTime, Duration } from 'luxon';

/**
 * Calendar arithmetic for the policy: dates are `YYYY-MM-DD` calendar days in
 * the organisation's time zone, intervals are ISO 8601 durations. Adding P1M
 * to 31 January gives 28/29 February, as a person counting months would.
 */

/** Parse an ISO 8601 duration (already schema-checked). */
export function duration(iso: string): Duration {
  const parsed = Duration.fromISO(iso);
  if (!parsed.isValid) throw new Error(`not an ISO 8601 duration: ${iso}`);
  return parsed;
}

/** A calendar date at the start of that day in the zone. */
export function day(date: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

/** `date` plus an ISO 8601 duration, as a `YYYY-MM-DD` date. */
export function addDuration(date: string, iso: string, zone: string): string {
  return day(date, zone).plus(duration(iso)).toISODate()!;
}

/** `date` minus an ISO 8601 duration, as a `YYYY-MM-DD` date. */
export function subtractDuration(date: string, iso: string, zone: string): string {
  return day(date, zone).minus(duration(iso)).toISODate()!;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string, zone: string): number {
  return Math.round(day(to, zone).diff(day(from, zone), 'days').days);
}

/** The calendar date of an RFC 3339 timestamp, in the zone. */
export function dateOfTimestamp(timestamp: string, zone: string): string {
  return DateTime.fromISO(timestamp, { setZone: true }).setZone(zone).toISODate()!;
}

/** Compare two ISO durations by what they add to a given date (P4W vs P1M depends on the month). */
export function shorterOf(a: string, b: string, from: string, zone: string): string {
  return addDuration(from, a, zone) <= addDuration(from, b, zone) ? a : b;
}

/** ISO duration in words for messages: P4W → "4 weeks", PT60M → "60 minutes". */
export function durationInWords(iso: string): string {
  const parts = Object.entries(duration(iso).toObject())
    .filter(([, value]) => value)
    .map(([unit, value]) => `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`);
  return parts.join(' ') || iso;
}

/** A count of days in words: "1 day", "9 days". */
export function daysInWords(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
