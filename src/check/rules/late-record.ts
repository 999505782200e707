import type { Rule } from '../rule.js';
import type { GitCommitInfo } from '../../git/types.js';
import { addDuration, dateOfTimestamp, daysBetween, durationInWords } from '../../policy/dates.js';
import { recordDate } from '../../policy/record-date.js';
import { beforeRecordsBegan } from '../../policy/counts.js';
import { isValidRecord } from '../../model.js';
import { docsUrl } from './docs.js';

/**
 * Records must be "contemporaneous": first committed to git within
 * `record_within` of the session (decision: its date; contract: `agreed`).
 * A record not yet committed (or committed after the as-of date) is not late
 * yet: the finding appears once it is committed, on its commit date, so a
 * draft being written in time draws nothing.
 */
export const lateRecord: Rule = {
  meta: {
    id: 'late-record',
    scope: 'linked',
    description: 'a record first committed to git later than `record_within` after its date',
    defaultSeverity: 'warning',
    docs: docsUrl('late-record'),
    usesGit: 'required',
    messages: {
      late: 'first committed on {committed}, {days} days after the {event} on {date}; records should be written within {within}',
    },
  },
  check(context) {
    // Never undefined here: the engine runs this rule only on complete history.
    const git = context.history();
    if (!git) return;
    const { records, config, asOf, report, keeps } = context;
    const zone = config.timezone;
    const within = config.policy.record_within;
    const firstById = firstAddedById(git.firstAdded);
    for (const record of records.files) {
      if (!record.valid || !keeps(record.file)) continue;
      const dated = recordDate(record);
      const commit = firstById.get(idOf(record.file));
      if (!dated || !commit) continue;
      // Entered from before supv's records began (`records_from`): written up later on purpose, never late.
      if (isValidRecord(record) && beforeRecordsBegan(record, dated.date, records, config.policy)) continue;
      const committed = dateOfTimestamp(commit.date, zone);
      if (committed > asOf) continue;
      if (committed <= addDuration(dated.date, within, zone)) continue;
      report({
        record,
        at: { pointer: dated.pointer },
        messageId: 'late',
        data: { committed, days: daysBetween(dated.date, committed, zone), event: dated.event, date: dated.date, within: durationInWords(within) },
      });
    }
  },
};

/**
 * The earliest add of each record file name. History is read without rename
 * detection, so a record moved to another folder shows as newly added there;
 * its id (the file name) is what was first committed earlier.
 */
function firstAddedById(firstAdded: Map<string, GitCommitInfo>): Map<string, GitCommitInfo> {
  const byId = new Map<string, GitCommitInfo>();
  for (const [file, commit] of firstAdded) {
    if (!file.startsWith('records/') || !file.endsWith('.md')) continue;
    const id = idOf(file);
    const known = byId.get(id);
    // Offsets differ between commits: compare instants, not strings.
    if (!known || Date.parse(commit.date) < Date.parse(known.date)) byId.set(id, commit);
  }
  return byId;
}

function idOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
