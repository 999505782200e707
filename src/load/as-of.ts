/**
 * The records as they stood on a past date (SPEC §11.2): judged with an
 * explicit `--as-of` before today, a record dated after it had not been
 * written yet, so it is left out of the run instead of being reported as
 * "dated in the future". Every command that judges (lint, report, bundle,
 * new, due, watch) reads its records through here, so they all see the same set.
 */
import type { RecordSet } from '../model.js';
import { recordDate } from '../policy/record-date.js';
import { indexRecords } from './load.js';

/**
 * The record set without the records dated after `asOf` and on or before
 * `today` (a session's or decision's `date`, a contract's `agreed`): those
 * had not been written yet on `asOf`. A record dated after today cannot have
 * been written on any day, so it stays, and future-date reports it (a year
 * typed wrong is a mistake whatever day the repository is judged on). Staff
 * records have no date and stay.
 */
export function recordsAsOf(records: RecordSet, asOf: string, today: string): RecordSet {
  const kept = records.files.filter((record) => keptAsOf(recordDate(record)?.date, asOf, today));
  return kept.length === records.files.length ? records : indexRecords(kept);
}

/** Whether a record dated `date` (undefined: undated, a staff record) is judged on a past `asOf`; see {@link recordsAsOf}. */
export function keptAsOf(date: string | undefined, asOf: string, today: string): boolean {
  return date === undefined || date <= asOf || date > today;
}
