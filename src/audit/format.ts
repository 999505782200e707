import type { GitHistory } from '../git/types.js';
import { durationInWords } from '../policy/dates.js';
import type { AuditReport } from './history.js';
import type { AuditSummary } from './summary.js';
import { escapeInline as one } from '../util/terminal.js';

/**
 * Pure formatters for `supv audit`: reports in, text out; the CLI writes it
 * (escaping any control character left, src/util/terminal.ts). File names,
 * authors and signers are printed with `one`, which escapes newlines too:
 * git allows a newline in a file name, and a value must not start a line
 * that reads as a commit of its own.
 */

export function auditText(report: AuditReport, options: { patch?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`${one(report.file)}${report.id ? ` (${report.kind ?? 'record'} ${one(report.id)})` : ''}`);
  if (!report.complete) out.push(`warning: ${report.incompleteReason}`);
  if (report.commits.length === 0) {
    out.push('never committed: git has no history for this record yet');
    return `${out.join('\n')}\n`;
  }
  const first = report.commits[0]!;
  if (report.timeliness) {
    const t = report.timeliness;
    const verdict = t.contemporaneous ? `contemporaneous (within ${durationInWords(t.within)})` : `LATE: records should be committed within ${durationInWords(t.within)}`;
    out.push(`first committed ${t.firstCommitted} by ${one(first.author)}, ${dayCount(t.days)} after its date ${one(t.recordDate)}: ${verdict}`);
  } else {
    out.push(`first committed ${first.date} by ${one(first.author)}`);
  }
  if (report.deleted) out.push('DELETED: the last commit below removed this record; records must be kept while retention applies');
  const flagged = report.commits.filter((commit) => commit.editedAfterSigning).length;
  if (flagged > 0) out.push(`EDITED AFTER SIGNING in ${flagged} ${flagged === 1 ? 'commit' : 'commits'} (marked below)`);
  out.push('');

  for (const commit of report.commits) {
    out.push(`commit ${commit.hash.slice(0, 12)}  ${commit.date}  ${one(commit.author)}  [${commit.change}${commit.change === 'renamed' ? ` to ${one(commit.file)}` : ''}]`);
    for (const line of commit.message.split('\n')) out.push(`    ${line}`);
    if (commit.unreadable) out.push(`  this version cannot be read as a record: ${commit.unreadable}`);
    if (commit.change === 'added') {
      out.push(`  created with ${commit.fields.length} ${commit.fields.length === 1 ? 'field' : 'fields'} and ${commit.body.added} body ${commit.body.added === 1 ? 'line' : 'lines'}`);
    } else if (commit.change !== 'deleted') {
      for (const field of commit.fields) {
        if (field.op === 'changed') out.push(`  changed ${field.pointer}: ${show(field.from)} -> ${show(field.to)}`);
        else if (field.op === 'added') out.push(`  added ${field.pointer}: ${show(field.to)}`);
        else out.push(`  removed ${field.pointer} (was ${show(field.from)})`);
      }
      if (commit.body.added || commit.body.removed) out.push(`  body: ${commit.body.added} ${commit.body.added === 1 ? 'line' : 'lines'} added, ${commit.body.removed} removed`);
      if (options.patch) for (const line of commit.body.diff) out.push(`    ${line}`);
    }
    for (const event of commit.signatures) {
      const before = event.previousAt ? ` (signed before at ${one(event.previousAt)}${event.amended ? ', and the record was amended since' : ''})` : '';
      out.push(`  ${event.event} by ${one(event.by)} as ${one(event.role)} at ${one(event.at)}${before}`);
    }
    if (commit.editedAfterSigning) {
      const who = commit.staleSignatures.map((entry) => `${one(entry.by)} (${one(entry.role)})`).join(', ');
      out.push(`  ! edited after signing: the content changed after it was signed${who ? `; no longer matching: ${who}` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

export function auditJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `supv audit --deleted`: every record git shows was deleted and is still absent. */
export function deletedText(history: GitHistory): string {
  const out: string[] = [];
  if (!history.complete) out.push(`warning: git history is incomplete: ${history.incompleteReason}`);
  if (history.deleted.length === 0) out.push(history.complete ? 'no record has been deleted' : 'no deleted records found in the history available');
  for (const { file, commit } of history.deleted) {
    out.push(`${one(file)}  deleted in ${commit.hash.slice(0, 12)} on ${commit.date} by ${one(commit.author)}: ${one(commit.message.split('\n')[0] ?? '')}`);
  }
  return `${out.join('\n')}\n`;
}

export function deletedJson(history: GitHistory): string {
  return `${JSON.stringify({ complete: history.complete, incompleteReason: history.incompleteReason, deleted: history.deleted }, null, 2)}\n`;
}

/**
 * `supv audit` with no record: one line per record, in columns, then the
 * totals. A signature marked `*` no longer matches the record's content.
 */
export function summaryText(summary: AuditSummary): string {
  const out: string[] = [];
  if (!summary.complete) out.push(`warning: git history is incomplete: ${summary.incompleteReason}`, '');
  if (summary.records.length === 0) {
    out.push('no records: there are no *.md files under records/');
  } else {
    const rows = [['RECORD', 'FIRST COMMITTED', 'TIMELINESS', 'COMMITS', 'SIGNED BY', 'NOTES']];
    for (const record of summary.records) {
      const t = record.timeliness;
      const timeliness = t ? `${t.contemporaneous ? 'contemporaneous' : 'LATE'}, ${dayCount(t.days)}` : '-';
      const signed = record.signatures.map((entry) => `${one(entry.by)}${entry.matchesContent ? '' : '*'}`).join(', ') || '-';
      const notes = [
        ...(record.editedAfterSigning ? ['EDITED AFTER SIGNING'] : []),
        ...(record.commits > 0 && record.uncommitted ? ['uncommitted changes'] : []),
      ].join('; ');
      rows.push([one(record.file), record.firstCommit ? record.firstCommit.date.slice(0, 10) : 'never committed', timeliness, String(record.commits), signed, notes]);
    }
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) out.push(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd());
  }
  if (summary.records.some((record) => record.signatures.some((entry) => !entry.matchesContent))) {
    out.push('', '* this signature no longer matches the record: it was changed after it was signed');
  }
  out.push('', totals(summary));
  return `${out.join('\n')}\n`;
}

export function summaryJson(summary: AuditSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function totals(summary: AuditSummary): string {
  const { records } = summary;
  const contemporaneous = records.filter((r) => r.timeliness?.contemporaneous).length;
  const late = records.filter((r) => r.timeliness && !r.timeliness.contemporaneous).length;
  const never = records.filter((r) => r.commits === 0).length;
  const edited = records.filter((r) => r.editedAfterSigning).length;
  const deleted = summary.deleted.length;
  return `${records.length} ${records.length === 1 ? 'record' : 'records'}: ${contemporaneous} contemporaneous, ${late} late (record_within ${durationInWords(summary.recordWithin)}), `
    + `${never} never committed; ${edited} edited after signing; ${deleted} deleted${deleted > 0 ? ' (supv audit --deleted lists them)' : ''}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function dayCount(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
