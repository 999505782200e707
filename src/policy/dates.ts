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

/**
 * A duration of whole years, months, weeks and days moves a calendar date the
 * same way in every time zone (only hours feel a clock change), so it can be
 * applied without luxon's zone machinery: about a hundred times faster, which
 * matters when the policy rules run over 100,000 records (SPEC §9).
 */
interface CalendarStep {
  months: number;
  days: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const steps = new Map<string, CalendarStep | null>();

function calendarStep(iso: string): CalendarStep | null {
  let step = steps.get(iso);
  if (step === undefined) {
    const { years = 0, quarters = 0, months = 0, weeks = 0, days = 0, ...time } = duration(iso).toObject();
    const whole = [years, quarters, months, weeks, days].every(Number.isInteger) && Object.values(time).every((value) => !value);
    step = whole ? { months: years * 12 + quarters * 3 + months, days: weeks * 7 + days } : null;
    steps.set(iso, step);
  }
  return step;
}

/** Luxon's order: months first with the day clamped to the month's end (31 Jan + P1M = 28 Feb), then days. */
function addCalendar(date: string, step: CalendarStep, sign: 1 | -1): string {
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + sign * step.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const at = new Date(0);
  at.setUTCFullYear(year, month + 1, 0); // day 0 of the next month: the last day of this one
  at.setUTCFullYear(year, month, Math.min(Number(date.slice(8, 10)), at.getUTCDate()));
  return new Date(at.getTime() + sign * step.days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A calendar date at the start of that day in the zone. */
export function day(date: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

/**
 * Calendar sums already worked out, by duration and then date. A record set
 * has a few hundred distinct dates and a handful of durations, and the rules
 * ask the same sums for every record; a lookup is several times cheaper than
 * the arithmetic. Only whole-day steps are kept, which need no zone.
 */
const sums = new Map<string, Map<string, string>>();
const SUMS_PER_DURATION = 100_000;

function calendarSum(date: string, iso: string, sign: 1 | -1): string | undefined {
  const step = calendarStep(iso);
  if (!step) return undefined;
  const key = sign === 1 ? iso : `-${iso}`;
  let byDate = sums.get(key);
  if (!byDate) sums.set(key, (byDate = new Map()));
  let sum = byDate.get(date);
  if (sum === undefined) {
    if (!ISO_DATE.test(date)) return undefined;
    sum = addCalendar(date, step, sign);
    if (byDate.size < SUMS_PER_DURATION) byDate.set(date, sum);
  }
  return sum;
}

/** `date` plus an ISO 8601 duration, as a `YYYY-MM-DD` date. */
export function addDuration(date: string, iso: string, zone: string): string {
  return calendarSum(date, iso, 1) ?? day(date, zone).plus(duration(iso)).toISODate()!;
}

/** `date` minus an ISO 8601 duration, as a `YYYY-MM-DD` date. */
export function subtractDuration(date: string, iso: string, zone: string): string {
  return calendarSum(date, iso, -1) ?? day(date, zone).minus(duration(iso)).toISODate()!;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string, zone: string): number {
  // Calendar days do not depend on the zone; a 23- or 25-hour day still counts as one.
  if (ISO_DATE.test(from) && ISO_DATE.test(to)) return Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
  return Math.round(day(to, zone).diff(day(from, zone), 'days').days);
}

/** The calendar date of an RFC 3339 timestamp, in the zone. */
export function dateOfTimestamp(timestamp: string, zone: string): string {
  const instant = Date.parse(timestamp);
  if (Number.isNaN(instant)) return DateTime.fromISO(timestamp, { setZone: true }).setZone(zone).toISODate()!;
  return dateOfInstant(instant, zone);
}

/**
 * What a zone's clocks read, learnt from Intl once per UTC day. Intl costs a
 * few microseconds a call, and lint asks for the day of every signature of
 * every record (SPEC §9): tens of thousands of calls over a few hundred
 * distinct days.
 */
interface ZoneClock {
  /** `en-CA` writes dates as YYYY-MM-DD. */
  days: Intl.DateTimeFormat;
  parts: Intl.DateTimeFormat;
  /** The zone's offset from UTC (ms) at the start of a UTC day, by day number. */
  offsets: Map<number, number>;
  /** The offset that holds all through a UTC day, by day number; null when it changes during the day. */
  spans: Map<number, number | null>;
}

const clocks = new Map<string, ZoneClock>();
/** The days the fast path answers: four-digit years, well clear of the range's ends (and of pre-1900 local mean times). */
const FIRST_DAY = Date.UTC(1900, 0, 2) / MS_PER_DAY;
const LAST_DAY = Date.UTC(9999, 11, 30) / MS_PER_DAY;
const SPANS_PER_ZONE = 100_000;

function clockOf(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = {
      days: new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      parts: new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
      offsets: new Map(),
      spans: new Map(),
    };
    clocks.set(zone, clock);
  }
  return clock;
}

/** The zone's offset from UTC in ms at the start of UTC day `day`: what its clocks read then, less the instant. */
function offsetAtDayStart(clock: ZoneClock, day: number): number {
  let offset = clock.offsets.get(day);
  if (offset === undefined) {
    const instant = day * MS_PER_DAY;
    // `M/D/YYYY, HH:MM:SS`: read by its numbers, which costs a quarter of formatToParts.
    const [month, date, year, hour, minute, second] = clock.parts.format(instant).match(/\d+/g)!.map(Number) as [number, number, number, number, number, number];
    offset = Date.UTC(year, month - 1, date, hour, minute, second) - instant;
    if (clock.offsets.size < SPANS_PER_ZONE) clock.offsets.set(day, offset);
  }
  return offset;
}

/**
 * The calendar date of an instant in the zone. Within a UTC day whose
 * offset is the same at its start and at its end, the zone's clocks run with
 * that offset all day (no zone changes its offset and back within a day), so
 * the date is the UTC date of the instant plus the offset; a day with a
 * clock change, or a date outside years 1900 to 9999, is asked of Intl. A
 * test holds the two equal over random instants in every zone and around
 * every clock change.
 */
export function dateOfInstant(instant: number, zone: string): string {
  const clock = clockOf(zone);
  const day = Math.floor(instant / MS_PER_DAY);
  if (day >= FIRST_DAY && day <= LAST_DAY) {
    let span = clock.spans.get(day);
    if (span === undefined) {
      const start = offsetAtDayStart(clock, day);
      span = start === offsetAtDayStart(clock, day + 1) ? start : null;
      if (clock.spans.size < SPANS_PER_ZONE) clock.spans.set(day, span);
    }
    if (span !== null) return isoDay(Math.floor((instant + span) / MS_PER_DAY));
  }
  return clock.days.format(instant);
}

const isoDays = new Map<number, string>();

/** `YYYY-MM-DD` of a UTC day number (years 1000 to 9999). */
function isoDay(day: number): string {
  let date = isoDays.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDays.size < SPANS_PER_ZONE) isoDays.set(day, date);
  }
  return date;
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

/** How often, in words: P1W → "weekly", P1M → "monthly", P4W → "every 4 weeks" (never "every 1 week"). */
export function everyInWords(iso: string): string {
  const single: Record<string, string> = { P1D: 'daily', P1W: 'weekly', P1M: 'monthly', P1Y: 'yearly' };
  return single[iso] ?? `every ${durationInWords(iso)}`;
}

/** A count of days in words: "1 day", "9 days". */
export function daysInWords(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
