/** `supv audit` as a library: one record's history from git (this file), or every record on one line (summary.ts). */
import type { Config } from '../types/config.js';
import { addDuration, dateOfTimestamp, daysBetween } from '../policy/dates.js';
import { recordDate } from '../policy/record-date.js';
import { KINDS, type Kind } from '../model.js';
import { parseRecordText } from '../parse/frontmatter.js';
import { contentHash } from '../sign/content-hash.js';
import { diffBody, diffFields, type BodyChange, type FieldChange } from './diff.js';
import { readLog } from '../git/log.js';
import { gitIn, type GitRunner } from '../git/run.js';
import { firstLine } from '../util/text.js';

/**
 * A record's audit trail (SPEC §6 `supv audit`): every commit that touched
 * it, following renames, with what each changed: fields, body lines and
 * signatures; whether content changed after someone had signed; and whether
 * it was first committed in time (contemporaneous). Git is the audit trail;
 * this reads it, never writes.
 */

/**
 * A signature appearing in, or disappearing from, the `signatures` list:
 * `signed again` when the same person had already signed in the same role
 * (the earlier entry kept, or replaced as the first release's `sign` did),
 * never a "removal" by someone who merely signed again.
 */
export interface SignatureEvent {
  event: 'signed' | 'signed again' | 'signature removed';
  role: string;
  by: string;
  at: string;
  /** For `signed again`: when they had signed before. */
  previousAt?: string;
  /** For `signed again`: the content differed from what they signed before (signed again after an amendment). */
  amended?: boolean;
}

/** One commit that touched the record. */
export interface AuditCommit {
  hash: string;
  author: string;
  /** Author date, RFC 3339 with offset. */
  date: string;
  message: string;
  /** The record's path in this commit (it may have been renamed since). */
  file: string;
  change: 'added' | 'modified' | 'renamed' | 'deleted';
  /** Set when this version could not be read as a record. */
  unreadable?: string;
  fields: FieldChange[];
  body: BodyChange;
  signatures: SignatureEvent[];
  /** The content hash changed while the previous version carried signatures. */
  editedAfterSigning: boolean;
  /** Signatures in this version whose hash no longer matches its content. */
  staleSignatures: Array<{ role: string; by: string }>;
}

export interface AuditReport {
  /** The path asked about (repository-relative). */
  file: string;
  id?: string;
  kind?: Kind;
  /** False in a shallow clone or outside git; `incompleteReason` says why. */
  complete: boolean;
  incompleteReason?: string;
  /** Oldest first. */
  commits: AuditCommit[];
  /** The record's own date (a session's date, a contract's agreed date) against its first commit. */
  timeliness?: {
    recordDate: string;
    firstCommitted: string;
    days: number;
    within: string;
    contemporaneous: boolean;
  };
  /** True when the file is gone from the working tree and the last commit deleted it. */
  deleted: boolean;
}

/** One version of a record file, as read from git. */
export interface Version {
  data?: Record<string, unknown>;
  body: string;
  /** The content hash signatures are made over (SPEC §5); undefined when it cannot be computed. */
  hash?: string;
  problem?: string;
}

/** A record's own date against the day it was first committed (`record_within`, SPEC §4). Undefined for records without a date (staff). */
export function timelinessOf(record: { kind: Kind; data: Record<string, unknown> }, firstCommitDate: string, config: Config): AuditReport['timeliness'] {
  const dated = recordDate(record);
  if (!dated) return undefined;
  const zone = config.timezone;
  const committed = dateOfTimestamp(firstCommitDate, zone);
  const within = config.policy.record_within;
  return {
    recordDate: dated.date,
    firstCommitted: committed,
    days: daysBetween(dated.date, committed, zone),
    within,
    contemporaneous: committed <= addDuration(dated.date, within, zone),
  };
}

/** Read the history of one record file at `file` (repository-relative) in the repository at `root`. */
export async function auditRecord(root: string, file: string, config: Config): Promise<AuditReport> {
  const git = gitIn(root);
  const report: AuditReport = { file, complete: true, commits: [], deleted: false };
  if (!(await git.isRepository())) return { ...report, complete: false, incompleteReason: 'the folder is not in a git repository' };
  if (!(await git.hasCommits())) return { ...report, complete: false, incompleteReason: 'the repository has no commits yet' };
  if (await git.isShallow()) {
    report.complete = false;
    report.incompleteReason = 'this is a shallow clone, so the history is incomplete; fetch it all with `git fetch --unshallow` (in GitHub Actions, `fetch-depth: 0` on actions/checkout)';
  }

  const entries = await logEntries(git, file);
  let previous: Version | undefined;
  for (const entry of entries) {
    const version = entry.status === 'D' ? undefined : await readVersion(git, entry.hash, entry.path);
    report.commits.push(compare(entry, previous, version));
    if (version) previous = version;
    else previous = undefined;
  }

  const last = entries.at(-1);
  report.deleted = last?.status === 'D';
  const latest = previous;
  const kind = typeof latest?.data?.kind === 'string' && (KINDS as readonly string[]).includes(latest.data.kind) ? (latest.data.kind as Kind) : undefined;
  if (latest?.data) {
    report.id = typeof latest.data.id === 'string' ? latest.data.id : undefined;
    report.kind = kind;
  }
  const first = report.commits[0];
  if (latest?.data && kind && first && report.complete) report.timeliness = timelinessOf({ kind, data: latest.data }, first.date, config);
  return report;
}

interface LogEntry {
  hash: string;
  date: string;
  author: string;
  message: string;
  status: string;
  /** Path in that commit, from the top of the repository. */
  path: string;
}

/** `git log --follow` over one path, oldest first. The path goes after `--`, so it is never read as an option. */
async function logEntries(git: GitRunner, file: string): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (const { hash, date, author, message, changes } of await readLog(git, ['--follow', '--name-status', '-z'], [file])) {
    const tokens = changes.filter((token) => token !== '');
    // With --follow there is one change per commit: `M path`, `A path`, `D path`, or `R100 old new`.
    const status = tokens[0] ?? 'M';
    const filePath = /^[RC]/.test(status) ? tokens[2] : tokens[1];
    // `--follow` looks for copies too (it finds sources harder than `-M`): a
    // record that starts as a copy of another (a new session made from last
    // month's, or two sessions fresh from the template) begins here; the
    // commits before are the other record's history, not this one's.
    const copied = status[0] === 'C';
    entries.push({ hash, date, author, message: message.replace(/\n+$/, ''), status: copied ? 'A' : status[0]!, path: filePath ?? file });
    if (copied) break;
  }
  return entries.reverse();
}

async function readVersion(git: GitRunner, hash: string, filePath: string): Promise<Version> {
  let text: string;
  try {
    // `<commit>:<path>` with a full hash first: a revision, never an option.
    text = await git.run(['cat-file', 'blob', `${hash}:${filePath}`]);
  } catch (error) {
    return { body: '', problem: `cannot be read from git (${firstLine((error as Error).message)})` };
  }
  return versionOf(text);
}

/** A version from the file's text: its frontmatter, body and content hash. */
export function versionOf(text: string): Version {
  const parsed = parseRecordText(text.replace(/^\uFEFF/, ''));
  if (parsed.problem || !parsed.data) return { body: parsed.body, problem: parsed.problem?.message ?? 'no frontmatter' };
  let hashValue: string | undefined;
  try {
    hashValue = contentHash(parsed.data, parsed.body);
  } catch {
    hashValue = undefined;
  }
  return { data: parsed.data, body: parsed.body, hash: hashValue };
}

/** The content changed while the version before it carried signatures. */
export function editedAfterSigning(before: Version | undefined, after: Version | undefined): boolean {
  return Boolean(after && before && signaturesOf(before.data).length > 0 && before.hash !== undefined && after.hash !== before.hash);
}

function compare(entry: LogEntry, before: Version | undefined, after: Version | undefined): AuditCommit {
  const change: AuditCommit['change'] = entry.status === 'A' ? 'added' : entry.status === 'D' ? 'deleted' : entry.status === 'R' ? 'renamed' : 'modified';
  const beforeData = withoutSignatures(before?.data);
  const afterData = withoutSignatures(after?.data);
  const fields = after ? diffFields(beforeData ?? {}, afterData ?? {}) : [];
  const body = diffBody(before?.body ?? '', after?.body ?? '');
  const signatures = signatureEvents(before?.data, after?.data);
  const staleSignatures = after?.hash ? signaturesOf(after.data).filter((entry) => entry.sha256 !== after.hash).map(({ role, by }) => ({ role, by })) : [];
  return {
    hash: entry.hash,
    author: entry.author,
    date: entry.date,
    message: entry.message,
    file: entry.path,
    change,
    ...(after?.problem ? { unreadable: after.problem } : {}),
    fields,
    body,
    signatures,
    editedAfterSigning: editedAfterSigning(before, after),
    staleSignatures,
  };
}

/** A signature as found in a version's frontmatter, whatever else is wrong with it. */
export interface SignatureLike {
  role: string;
  by: string;
  at: string;
  sha256?: string;
}

export function signaturesOf(data: Record<string, unknown> | undefined): SignatureLike[] {
  const list = data?.signatures;
  if (!Array.isArray(list)) return [];
  return list.filter((entry): entry is SignatureLike => typeof entry === 'object' && entry !== null && typeof (entry as SignatureLike).by === 'string')
    .map((entry) => ({ role: String(entry.role), by: entry.by, at: String(entry.at), sha256: typeof entry.sha256 === 'string' ? entry.sha256 : undefined }));
}

function signatureEvents(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): SignatureEvent[] {
  const key = (entry: SignatureLike) => `${entry.role}\u0000${entry.by}\u0000${entry.at}\u0000${entry.sha256 ?? ''}`;
  const old = signaturesOf(before);
  const now = signaturesOf(after);
  const oldKeys = new Set(old.map(key));
  const newKeys = new Set(now.map(key));
  const person = (entry: SignatureLike) => `${entry.role}\u0000${entry.by}`;
  const removed = old.filter((entry) => !newKeys.has(key(entry)));
  const events: SignatureEvent[] = [];
  const replaced = new Set<SignatureLike>();
  for (const entry of now.filter((one) => !oldKeys.has(key(one)))) {
    // Signed before in this role: an entry still there (kept, as `sign` does now), or one this same commit took out.
    const earlier = [...old.filter((one) => newKeys.has(key(one))), ...removed].filter((one) => person(one) === person(entry) && !replaced.has(one)).at(-1)
      ?? now.slice(0, now.indexOf(entry)).filter((one) => person(one) === person(entry)).at(-1);
    if (earlier && removed.includes(earlier)) replaced.add(earlier);
    events.push(earlier
      ? { event: 'signed again', role: entry.role, by: entry.by, at: entry.at, previousAt: earlier.at, amended: earlier.sha256 !== entry.sha256 }
      : { event: 'signed', role: entry.role, by: entry.by, at: entry.at });
  }
  for (const entry of removed) if (!replaced.has(entry)) events.push({ event: 'signature removed', role: entry.role, by: entry.by, at: entry.at });
  return events;
}

function withoutSignatures(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!data) return undefined;
  const { signatures: _signatures, ...rest } = data;
  return rest;
}
