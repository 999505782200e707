import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDuration, daysBetween, subtractDuration } from '../../src/policy/dates.js';

/**
 * What luxon says. Whole years, months, weeks and days count the calendar, the
 * same in every zone, so luxon is asked in UTC: in the zone it would move a sum
 * that lands on a day the zone skipped (Samoa's 30 December 2011) to the next
 * day. A duration with hours is asked in the zone, where a clock change counts.
 */
const luxonAdd = (date: string, iso: string, zone: string, sign: 1 | -1) => {
  const { hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = Duration.fromISO(iso).toObject();
  const calendarOnly = !hours && !minutes && !seconds && !milliseconds;
  const start = DateTime.fromISO(date, { zone: calendarOnly ? 'UTC' : zone }).startOf('day');
  return (sign === 1 ? start.plus(Duration.fromISO(iso)) : start.minus(Duration.fromISO(iso))).toISODate();
};

const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const durations = fc.oneof(
  fc.constantFrom('P4W', 'P1W', 'P2W', 'P3M', 'P1M', 'P6M', 'P1Y', 'P7D', 'P1Y2M3D', 'P6W', 'PT60M', 'P1DT12H'),
  fc.tuple(fc.nat(3), fc.nat(14), fc.nat(60)).map(([y, m, d]) => `P${y}Y${m}M${d}D`),
);
const zones = fc.constantFrom('Europe/London', 'America/New_York', 'Pacific/Apia', 'UTC');

describe('policy date arithmetic', () => {
  it('adds and subtracts calendar durations exactly as luxon counts the calendar', () => {
    fc.assert(
      fc.property(dates, durations, zones, (date, iso, zone) => {
        expect(addDuration(date, iso, zone)).toBe(luxonAdd(date, iso, zone, 1));
        expect(subtractDuration(date, iso, zone)).toBe(luxonAdd(date, iso, zone, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the calendar through a day the zone skipped', () => {
    expect(addDuration('2011-12-30', 'P4W', 'Pacific/Apia')).toBe('2012-01-27');
    expect(addDuration('2011-12-02', 'P4W', 'Pacific/Apia')).toBe('2011-12-30');
    // The case that once failed the property above, when it asked luxon in the zone.
    expect(subtractDuration('2012-02-03', 'P35D', 'Pacific/Apia')).toBe('2011-12-30');
    expect(daysBetween('2011-12-29', '2011-12-31', 'Pacific/Apia')).toBe(2);
  });

  it('adding a month to 31 January gives the end of February', () => {
    expect(addDuration('2025-01-31', 'P1M', 'Europe/London')).toBe('2025-02-28');
    expect(addDuration('2024-01-31', 'P1M', 'Europe/London')).toBe('2024-02-29');
    expect(subtractDuration('2024-03-31', 'P1M', 'Europe/London')).toBe('2024-02-29');
  });

  it('counts calendar days across a clock change as whole days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30', 'Europe/London')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-19', 'Europe/London')).toBe(-11);
  });
});

describe('the calendar day of a timestamp', () => {
  it('agrees with Luxon in every zone and offset', async () => {
    const { DateTime } = await import('luxon');
    const { dateOfTimestamp } = await import('../../src/policy/dates.js');
    const fc = (await import('fast-check')).default;
    const zones = ['Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/St_Johns'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.integer({ min: -12 * 60, max: 14 * 60 }), fc.constantFrom(...zones), (ms, offsetMinutes, zone) => {
        const stamp = DateTime.fromMillis(ms, { zone: `UTC${offsetMinutes >= 0 ? '+' : '-'}${Math.floor(Math.abs(offsetMinutes) / 60)}` }).toISO({ suppressMilliseconds: true })!;
        return dateOfTimestamp(stamp, zone) === DateTime.fromISO(stamp, { setZone: true }).setZone(zone).toISODate();
      }),
      { numRuns: 2000 },
    );
  });
});
