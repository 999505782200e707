import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dateOfInstant, dateOfTimestamp } from '../../src/policy/dates.js';

/**
 * dateOfTimestamp answers most instants from an offset learnt once per UTC
 * day (src/policy/dates.ts) instead of asking Intl each time. These tests
 * hold it to what Intl and Luxon say for the same instant: at random
 * instants in every zone, and at and around every clock change of zones
 * whose changes are unusual (half hours, midnight, a skipped day).
 */

/** What the zone's calendar says, asked of Intl directly (as dateOfTimestamp did before it learnt offsets). */
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function intlDay(instant: number, zone: string): string {
  let format = intlFormats.get(zone);
  if (!format) intlFormats.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(instant);
}

function luxonDay(stamp: string, zone: string): string {
  return DateTime.fromISO(stamp, { setZone: true }).setZone(zone).toISODate()!;
}

/** An RFC 3339 timestamp for the instant, written with the given offset in minutes (and `Z` for UTC when asked). */
function stampOf(instant: number, offsetMinutes: number, zulu = false, millis = false): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString();
  const body = millis ? local.slice(0, 23) : local.slice(0, 19);
  if (zulu && offsetMinutes === 0) return `${body}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const everyZone = Intl.supportedValuesOf('timeZone');

/** Zones whose clock changes are unusual: 30-minute DST, changes at midnight, a skipped day, far offsets. */
const oddZones = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'America/Sao_Paulo',
  'America/Havana',
  'America/Santiago',
  'Asia/Tehran',
  'Africa/Casablanca',
  'Asia/Gaza',
  'Antarctica/Troll',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Europe/Moscow',
];

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant, from what its clocks read then. */
function offsetOf(instant: number, zone: string): number {
  let format = partFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partFormats.set(zone, format);
  }
  const field: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) field[part.type] = Number(part.value);
  const whole = Math.floor(instant / 1000) * 1000;
  return (Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!, field.second!) - whole) / 60_000;
}

/** Every instant, to the millisecond, at which the zone's offset changes between two dates, found by bisection. */
function clockChanges(zone: string, from: number, to: number): number[] {
  const step = 86_400_000;
  const changes: number[] = [];
  let before = offsetOf(from, zone);
  for (let t = from + step; t <= to; t += step) {
    const now = offsetOf(t, zone);
    if (now === before) continue;
    let low = t - step;
    let high = t;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetOf(middle, zone) === before) low = middle;
      else high = middle;
    }
    changes.push(high);
    before = now;
  }
  return changes;
}

describe('the calendar day of a timestamp, fast path', () => {
  it('agrees with Intl and Luxon at random instants in every zone, written with any offset', () => {
    const instants = fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2100, 0, 1) });
    const offsets = fc.oneof(fc.integer({ min: -12 * 60, max: 14 * 60 }), fc.constantFrom(0, 60, -300, 330, 345, 570, 630, 765, -210));
    fc.assert(
      fc.property(instants, offsets, fc.constantFrom(...everyZone), fc.boolean(), fc.boolean(), (instant, offsetMinutes, zone, zulu, millis) => {
        const stamp = stampOf(instant, offsetMinutes, zulu, millis);
        const day = dateOfTimestamp(stamp, zone);
        expect(day).toBe(intlDay(Date.parse(stamp), zone));
        expect(day).toBe(luxonDay(stamp, zone));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Intl at, just before and just after every clock change of zones with unusual changes', () => {
    const near = [0, 1, 999, 1000, 60_000, 1_799_999, 1_800_000, 3_599_999, 3_600_000, 7_200_000, 43_200_000, 86_399_999, 86_400_000];
    let checked = 0;
    for (const zone of oddZones) {
      for (const change of clockChanges(zone, Date.UTC(1980, 0, 1), Date.UTC(2035, 0, 1))) {
        for (const delta of near) {
          for (const instant of [change - delta, change + delta]) {
            const day = dateOfInstant(instant, zone);
            if (day !== intlDay(instant, zone)) expect([zone, new Date(instant).toISOString(), day]).toEqual([zone, new Date(instant).toISOString(), intlDay(instant, zone)]);
            checked += 1;
          }
        }
      }
    }
    // Every zone above changes its clocks at least once in the period.
    expect(checked).toBeGreaterThan(oddZones.length * near.length * 2);
  }, 60_000);

  it('agrees with Intl at and around every local midnight near clock changes', () => {
    for (const zone of ['Europe/London', 'America/Havana', 'America/Sao_Paulo', 'Pacific/Apia', 'Asia/Gaza', 'Australia/Lord_Howe']) {
      for (const change of clockChanges(zone, Date.UTC(2005, 0, 1), Date.UTC(2030, 0, 1))) {
        for (let hours = -48; hours <= 48; hours += 6) {
          const guess = DateTime.fromMillis(change + hours * 3_600_000, { zone }).startOf('day').toMillis();
          for (const instant of [guess - 1, guess, guess + 1]) {
            if (dateOfInstant(instant, zone) !== intlDay(instant, zone)) expect([zone, instant, dateOfInstant(instant, zone)]).toEqual([zone, instant, intlDay(instant, zone)]);
          }
        }
      }
    }
  }, 60_000);

  it('reads the skipped day in Samoa and the repeated hour in London as the zone does', () => {
    // Samoa moved from UTC-10 to UTC+14 at the end of 29 December 2011: 30 December never happened there.
    expect(dateOfTimestamp('2011-12-30T09:59:59Z', 'Pacific/Apia')).toBe('2011-12-29');
    expect(dateOfTimestamp('2011-12-30T10:00:00Z', 'Pacific/Apia')).toBe('2011-12-31');
    expect(dateOfTimestamp('2026-10-25T00:30:00+00:00', 'Europe/London')).toBe('2026-10-25');
    expect(dateOfTimestamp('2026-10-24T23:30:00+00:00', 'Europe/London')).toBe('2026-10-25');
    expect(dateOfTimestamp('2026-03-28T23:59:59+00:00', 'Europe/London')).toBe('2026-03-28');
    expect(dateOfTimestamp('2026-11-23T23:30:00-05:00', 'Europe/London')).toBe('2026-11-24');
  });

  it('answers far dates and odd forms as Intl and Luxon do', () => {
    for (const stamp of ['1899-12-31T23:00:00Z', '1900-01-01T00:00:00+14:00', '9999-12-31T23:59:59Z', '0999-06-01T12:00:00Z', '2026-11-23T10:00:00.123456+01:00', '2026-11-23T10:00:00z']) {
      for (const zone of ['Europe/London', 'Pacific/Kiritimati', 'America/Adak']) expect(dateOfTimestamp(stamp, zone)).toBe(intlDay(Date.parse(stamp), zone));
    }
  });
});
