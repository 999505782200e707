/**
 * The records as they stood on a past date (SPEC §11.2): judged with an
 * explicit `--as-of` before today, a record dated after it had not been
 * written yet, so it is left out of the run instead of being reported as
 * "dated in the future". Every command that judges (lint, report, bundle,
 * new) reads its records through here, so they all see the same set.
 */
import type { RecordSet } from '../model.js';
import { recordDate } from '../policy/record-date.js';
import { indexRecords } from './load.js';

/**
 * The record set without the records dated after `asOf` (a session's or
 * decision's `date`, a contract's `agreed`). Staff records have no date and
 * stay. Records that could not be read stay too: their problems are as real
 * on any date.
 */
export function recordsAsOf(records: RecordSet, asOf: string): RecordSet {
  const kept = records.files.filter((record) => {
    const date = recordDate(record)?.date;
    return date === undefined || date <= asOf;
  });
  return kept.length === records.files.length ? records : indexRecords(kept);
}
