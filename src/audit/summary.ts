import type { Config } from '../types/config.js';
import { KINDS, type Kind, type LoadedRecord } from '../model.js';
import { readLog } from '../git/log.js';
import { isRecordPath } from '../load/discover.js';
import { gitIn, type GitRunner } from '../git/run.js';
import { changedSinceHead } from '../git/worktree.js';
import { editedAfterSigning, signaturesOf, timelinessOf, versionOf, type AuditReport, type Version } from './history.js';

/**
 * `supv audit` with no record named: every record in the repository with its
 * first commit, whether that was contemporaneous, how many commits changed
 * it, who has signed it, and whether it was ever edited after signing.
 *
 * One `git log` walk over records/ (with renames followed, as `supv audit
 * FILE` follows them) finds every version of every record; one
 * `git cat-file --batch` reads those versions, each reduced to its content
 * hash and whether it was signed as it streams past; and the files on disk
 * are hashed against the blobs HEAD names (never `git status`, which would
 * read them through the repository's filters: src/git/worktree.ts). The
 * per-record report (history.ts) reads the same things one record at a
 * time; the definitions (timeliness, edited after signing) are shared with
 * it.
 */

/** One record in the repository-wide summary. */
export interface RecordSummary {
  /** Repository-relative path. */
  file: string;
  id?: string;
  kind?: Kind;
  /** Commits that changed the record (following renames); 0 when never committed. */
  commits: number;
  /** The commit that first added it (the record's path may have been different then). */
  firstCommit?: { hash: string; date: string; author: string };
  /** Its date against the day it was first committed; absent for staff records and when history is incomplete. */
  timeliness?: AuditReport['timeliness'];
  /** The signatures in the file as it is now, and whether each still matches its content. */
  signatures: Array<{ role: string; by: string; at: string; matchesContent: boolean }>;
  /** Some commit changed the content while the version before it carried signatures. */
  editedAfterSigning: boolean;
  /** The file in the working tree differs from its last commit, or was never committed. */
  uncommitted: boolean;
}

export interface AuditSummary {
  /** False in a shallow clone or outside git; `incompleteReason` says why. */
  complete: boolean;
  incompleteReason?: string;
  /** `policy.record_within`: the time a record must be committed within to be contemporaneous. */
  recordWithin: string;
  /** Every record file in the working tree, by path. */
  records: RecordSummary[];
  /** Record files git shows were deleted and that are still absent, with the commit that deleted them. */
  deleted: Array<{ file: string; hash: string; date: string; author: string }>;
}

interface Change {
  hash: string;
  date: string;
  author: string;
  status: 'A' | 'M' | 'D' | 'R';
  /** The blob of the file after this commit; undefined for a deletion. */
  blob?: string;
}

/** Summarise the history of `records`, the records in the working tree of the repository at `root`. */
export async function auditSummary(root: string, records: readonly LoadedRecord[], config: Config): Promise<AuditSummary> {
  const git = gitIn(root);
  const summary: AuditSummary = { complete: true, recordWithin: config.policy.record_within, records: [], deleted: [] };
  let histories = new Map<string, Change[]>();
  let uncommitted = new Set<string>();
  if (!(await git.isRepository())) {
    Object.assign(summary, { complete: false, incompleteReason: 'the folder is not in a git repository; record history is kept by committing the records to git' });
  } else if (!(await git.hasCommits())) {
    Object.assign(summary, { complete: false, incompleteReason: 'the repository has no commits yet' });
    uncommitted = new Set(records.map((record) => record.file));
  } else {
    if (await git.isShallow()) {
      Object.assign(summary, { complete: false, incompleteReason: 'this is a shallow clone, so the history is incomplete; fetch it all with `git fetch --unshallow` (in GitHub Actions, `fetch-depth: 0` on actions/checkout)' });
    }
    histories = await recordHistories(git);
    uncommitted = await changedSinceHead(git, root, records.map((record) => record.file), 'records');
  }

  const onDisk = new Set(records.map((record) => record.file));
  const versions = await readVersions(git, records.flatMap((record) => histories.get(record.file) ?? []));

  for (const record of [...records].sort((a, b) => compare(a.file, b.file))) {
    const changes = histories.get(record.file) ?? [];
    const data = record.data;
    const kind = typeof data?.kind === 'string' && (KINDS as readonly string[]).includes(data.kind) ? (data.kind as Kind) : undefined;
    const current = versionOf(record.text);
    const first = changes[0];
    let edited = false;
    let before: Version | undefined;
    for (const change of changes) {
      const after = change.blob === undefined ? undefined : versions.get(change.blob);
      if (editedAfterSigning(before, after)) edited = true;
      before = after;
    }
    summary.records.push({
      file: record.file,
      ...(typeof data?.id === 'string' ? { id: data.id } : {}),
      ...(kind ? { kind } : {}),
      commits: changes.length,
      ...(first ? { firstCommit: { hash: first.hash, date: first.date, author: first.author } } : {}),
      ...(first && kind && data && summary.complete ? { timeliness: timelinessOf({ kind, data }, first.date, config) } : {}),
      signatures: signaturesOf(data).map(({ role, by, at, sha256 }) => ({ role, by, at, matchesContent: current.hash !== undefined && sha256 === current.hash })),
      editedAfterSigning: edited,
      uncommitted: changes.length === 0 || uncommitted.has(record.file),
    });
  }

  for (const [file, changes] of histories) {
    const last = changes.at(-1)!;
    if (last.status !== 'D' || onDisk.has(file)) continue;
    summary.deleted.push({ file, hash: last.hash, date: last.date, author: last.author });
  }
  summary.deleted.sort((a, b) => compare(a.file, b.file));
  return summary;
}

/**
 * Every record file's changes, oldest first, keyed by its path at HEAD (or
 * where it was deleted). `--topo-order --reverse` puts parents first, so a
 * rename moves a history that is already complete.
 */
async function recordHistories(git: GitRunner): Promise<Map<string, Change[]>> {
  const log = await readLog(git, ['--topo-order', '--reverse', '--raw', '-z', '--no-abbrev', '-M', '--relative'], ['records']);
  const histories = new Map<string, Change[]>();
  for (const { hash, date, author, changes: tokens } of log) {
    // `:<old mode> <new mode> <old blob> <new blob> <status>`, then one path, or two for a rename.
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i]!;
      if (!raw.startsWith(':')) continue;
      const [, newMode, , newBlob, status = ''] = raw.slice(1).split(' ');
      const letter = status[0];
      const from = tokens[i + 1];
      const to = letter === 'R' || letter === 'C' ? tokens[i + 2] : from;
      i += letter === 'R' || letter === 'C' ? 2 : 1;
      if (from === undefined || to === undefined || !isRecordPath(to) || newMode === '160000') continue;
      const blob = letter === 'D' ? undefined : newBlob;
      const kind: Change['status'] = letter === 'A' || letter === 'C' ? 'A' : letter === 'D' ? 'D' : letter === 'R' ? 'R' : 'M';
      let history = histories.get(letter === 'R' ? from : to);
      if (letter === 'R') histories.delete(from);
      if (!history) history = [];
      history.push({ hash, date, author, status: kind, blob });
      histories.set(to, history);
    }
  }
  return histories;
}

/** Each blob as a version: read once, kept only as its hash and signatures. */
async function readVersions(git: GitRunner, changes: Change[]): Promise<Map<string, Version>> {
  const blobs = [...new Set(changes.flatMap((change) => (change.blob ? [change.blob] : [])))];
  const versions = new Map<string, Version>();
  await git.readBlobs(blobs, (blob, content) => {
    if (!content) {
      versions.set(blob, { body: '', problem: 'not in this clone' });
      return;
    }
    const version = versionOf(content.toString('utf8'));
    // The body is not needed once hashed; keeping it would hold the whole history in memory.
    versions.set(blob, { hash: version.hash, body: '', data: version.data?.signatures ? { signatures: version.data.signatures } : undefined, problem: version.problem });
  });
  return versions;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
