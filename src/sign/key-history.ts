/**
 * Keys from history (SPEC §11.1): which keys each staff member held, as their
 * staff record stood in git at the commit that added a signature, and every
 * breach of "keys are append-only" (rule key-history). Read once per run from
 * the one history walk (src/git/history.ts) and one `git cat-file --batch`
 * per kind of file (staff records; records signed by key holders).
 *
 * Append-only is enforced, not just reported: a key once committed keeps
 * counting for its owner even if a later commit removes it, its `from` never
 * counts before the day of the commit that added it, and a key added by a
 * commit that also removed or changed an earlier key counts for nobody.
 */
import type { GitCommitInfo, GitHistory } from '../git/types.js';
import { loadGitHistory } from '../git/history.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import { parseRecordText } from '../parse/frontmatter.js';
import { dateOfTimestamp } from '../policy/dates.js';
import type { Config } from '../types/config.js';
import type { HeldKeys, KeySource, SignatureContext, SignatureFields } from './check.js';
import { readTrustedKeys } from './trusted-keys.js';
import { describePointer, keyCountsOn, staffKeys, type StaffKey, type StaffKeyProblem } from './staff-keys.js';

/** A breach of the key rules, or a key someone should confirm (rule key-history). */
export interface KeyEvent {
  kind: 'removed' | 'edited' | 'backdated' | 'added-later' | 'unreadable';
  /** The staff record's id and current file. */
  staffId: string;
  record: LoadedRecord;
  /** Where in the current staff record (JSON pointer); `/keys` (or `/id`) when the key is gone. */
  pointer: string;
  fingerprint?: string;
  /** The commit that did it; undefined for a change not committed yet. */
  commit?: GitCommitInfo;
  /** The day of that commit (today for the working copy). */
  day: string;
  /** Plain words for what happened (which field changed, the backdated `from`, the problem). */
  detail: string;
}

/** A key as the append-only history makes it count. */
interface TrackedKey extends StaffKey {
  /** The `from` as written (the effective `from` is never before the day it was committed). */
  declaredFrom?: string;
  /** `from` and `until` as the last version read had them. */
  seen?: string;
  /** The commit (index in history.commits) that first added it; -1 when not committed yet. */
  added: number;
  /** Why it counts for nobody, when so. */
  refused?: string;
}

/** One staff member's keys after each commit that changed their record, and in the working copy. */
interface Timeline {
  /** Oldest first: after commit `commit` (index), these keys. */
  snapshots: Array<{ commit: number; keys: TrackedKey[] }>;
  /** The keys counting now, the working copy included. */
  current: TrackedKey[];
}

/** Everything the key checks know from history, for one run. */
export interface KeyHistory {
  source: KeySource;
  events: KeyEvent[];
  /** True when the keys were read from complete git history; false when only the working copy was read. */
  fromHistory: boolean;
}

const cache = new WeakMap<RecordSet, Map<GitHistory | 'none', Promise<KeyHistory>>>();

/**
 * The key history of these records, read once per run and history (the
 * rules signature-mismatch and key-history share it). Without complete
 * history, today's staff records count, a `public_key` from any day.
 */
export function keyHistoryFor(records: RecordSet, git: GitHistory | undefined, timezone: string, today: string): Promise<KeyHistory> {
  let byHistory = cache.get(records);
  if (!byHistory) cache.set(records, (byHistory = new Map()));
  const key = git ?? 'none';
  let found = byHistory.get(key);
  if (!found) byHistory.set(key, (found = loadKeyHistory(records, git, timezone, today)));
  return found;
}

export interface SignatureContextOptions {
  root: string;
  records: RecordSet;
  config: Config;
  /** The day judged as today (`YYYY-MM-DD`): a key not committed yet counts from it. */
  today: string;
  /** The history already read this run; read here when absent. */
  git?: GitHistory;
  /** `verify --trusted-keys FILE` (absolute); else config `trusted_keys`, relative to the root's parent folder or absolute. */
  trustedKeysFile?: string;
}

/**
 * The context {@link signatureStatuses} needs, for one run: the keys from git
 * history (read here unless given), `policy.require_keys`, and the trusted-keys
 * list when one is given (a bad list throws a UserError naming its line).
 */
export async function loadSignatureContext(options: SignatureContextOptions): Promise<SignatureContext> {
  const git = options.git ?? (await loadGitHistory(options.root));
  const history = await keyHistoryFor(options.records, git.complete ? git : undefined, options.config.timezone, options.today);
  const trustFile = options.trustedKeysFile ?? (options.config as { trusted_keys?: string }).trusted_keys;
  return {
    records: options.records,
    timezone: options.config.timezone,
    requireKeys: (options.config.policy as { require_keys?: boolean }).require_keys === true,
    keys: history.source,
    ...(trustFile !== undefined ? { trustedKeys: readTrustedKeys(trustFile, options.root, options.trustedKeysFile === undefined ? 'config' : 'option') } : {}),
  };
}

async function loadKeyHistory(records: RecordSet, git: GitHistory | undefined, timezone: string, today: string): Promise<KeyHistory> {
  const events: KeyEvent[] = [];
  const timelines = new Map<string, Timeline>();
  const versions = git?.versions;
  const readBlobs = git?.readBlobs;
  const fromHistory = Boolean(git && versions && readBlobs);

  // Staff records' versions: every path whose file name is a staff member's id.
  const staffPaths = new Map<string, string[]>();
  for (const staff of records.ofKind.staff) staffPaths.set(`${staff.id}.md`, []);
  if (fromHistory) {
    for (const file of versions!.keys()) {
      const paths = staffPaths.get(file.slice(file.lastIndexOf('/') + 1));
      if (paths && file.startsWith('records/')) paths.push(file);
    }
  }
  const blobs = fromHistory ? await readTexts(git!, [...staffPaths.values()].flat().flatMap((file) => versions!.get(file)!.flatMap((v) => (v.blob ? [v.blob] : [])))) : new Map<string, string>();

  for (const staff of records.ofKind.staff) {
    const paths = staffPaths.get(`${staff.id}.md`)!;
    const changes = paths.flatMap((file) => versions!.get(file)!.map((version) => ({ file, ...version }))).sort((a, b) => a.commit - b.commit);
    timelines.set(staff.id, timelineOf(staff as LoadedRecord, changes, blobs, git, timezone, today, events));
  }

  // Which commit added each signature by someone who ever held a key.
  const keyHolders = new Set([...timelines].filter(([, line]) => line.current.length > 0 || line.snapshots.some((s) => s.keys.length > 0)).map(([id]) => id));
  const signedIn = new Map<string, number>();
  if (fromHistory && keyHolders.size > 0) {
    const files = records.files.filter((record) => Array.isArray(record.data?.signatures) && (record.data!.signatures as unknown[]).some((entry) => keyHolders.has(String((entry as Record<string, unknown> | null)?.by))));
    const wanted = files.flatMap((record) => (versions!.get(record.file) ?? []).flatMap((v) => (v.blob ? [v.blob] : [])));
    const texts = await readTexts(git!, wanted);
    for (const record of files) {
      for (const version of versions!.get(record.file) ?? []) {
        const text = version.blob ? texts.get(version.blob) : undefined;
        const list = text === undefined ? undefined : parseRecordText(text).data?.signatures;
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          const id = signatureKey(record.file, entry as Record<string, unknown>);
          if (!signedIn.has(id)) signedIn.set(id, version.commit);
        }
      }
    }
  }

  const source: KeySource = {
    everHeld: (by) => keyHolders.has(by),
    heldKeys(record: LoadedRecord, entry: SignatureFields, by: string, day: string): HeldKeys {
      const timeline = timelines.get(by);
      if (!timeline) return { keys: [] };
      const commit = signedIn.get(signatureKey(record.file, entry as unknown as Record<string, unknown>));
      const listed = commit === undefined ? timeline.current : (timeline.snapshots.filter((s) => s.commit <= commit).at(-1)?.keys ?? []);
      const keys: StaffKey[] = [];
      const refused = new Map<string, string>();
      for (const key of listed) {
        if (!keyCountsOn(key, day)) continue;
        if (key.refused) refused.set(key.fingerprint, key.refused);
        else keys.push(key);
      }
      return { keys, refused };
    },
  };
  return { source, events, fromHistory };
}

/** The one string that identifies a signature entry in a file's history. */
function signatureKey(file: string, entry: Record<string, unknown>): string {
  return [file, entry.by, entry.role, entry.at, entry.sha256, entry.sig ?? ''].map(String).join('\0');
}

async function readTexts(git: GitHistory, blobs: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const unique = [...new Set(blobs)];
  if (unique.length === 0) return texts;
  await git.readBlobs!(unique, (blob, content) => {
    if (content) texts.set(blob, content.toString('utf8').replace(/^\uFEFF/, ''));
  });
  return texts;
}

/**
 * Walk one staff record's versions, oldest first, then the working copy:
 * keep every key ever committed (append-only), note each breach.
 */
function timelineOf(
  staff: LoadedRecord,
  changes: Array<{ file: string; commit: number; blob: string | undefined }>,
  blobs: Map<string, string>,
  git: GitHistory | undefined,
  timezone: string,
  today: string,
  out: KeyEvent[],
): Timeline {
  const id = staff.id!;
  const events: KeyEvent[] = [];
  const tracked = new Map<string, TrackedKey>();
  const snapshots: Timeline['snapshots'] = [];
  const live = new Map<string, string | undefined>();
  const seenProblems = new Set<string>();
  const currentFp = new Map(staffKeys(staff.data).keys.map((key) => [key.fingerprint, key.pointer]));
  const where = (fingerprint: string) => currentFp.get(fingerprint) ?? (staff.data && 'keys' in staff.data ? '/keys' : staff.data && 'public_key' in staff.data ? '/public_key' : '/id');

  const step = (data: Record<string, unknown> | undefined, commitIndex: number, commit: GitCommitInfo | undefined, day: string) => {
    if (!data) return;
    const { keys, problems } = staffKeys(data, day);
    if (commit === undefined) reportProblems(problems);
    const breach: string[] = [];
    const now = new Map(keys.map((key) => [key.fingerprint, key]));
    for (const [fp, old] of tracked) {
      const key = now.get(fp);
      if (!key) {
        if (!old.refused) breach.push(`removed key ${fp}`);
        events.push({ kind: 'removed', staffId: id, record: staff, pointer: where(fp), fingerprint: fp, commit, day, detail: `the key ${fp} (${describePointer(old.pointer)} then) was removed` });
        tracked.delete(fp);
        // It keeps counting: append-only means a removal changes nothing about what the person held.
        removedKeys.set(fp, old);
        continue;
      }
      const legacy = old.pointer === '/public_key' || key.pointer === '/public_key';
      const changed: string[] = [];
      if (!legacy && key.from !== old.declaredFrom) changed.push(`from ${old.declaredFrom ?? '(none)'} to ${key.from ?? '(none)'}`);
      if (old.until !== undefined && key.until !== old.until) changed.push(`until ${old.until} to ${key.until ?? '(none)'}`);
      // Each change is reported once, at the commit that made it, not again at every later version.
      const seen = `${key.from}\0${key.until}`;
      const again = old.seen === seen;
      old.seen = seen;
      if (changed.length > 0 && !again) {
        breach.push(`changed key ${fp}`);
        events.push({ kind: 'edited', staffId: id, record: staff, pointer: key.pointer, fingerprint: fp, commit, day, detail: `the key ${fp} was changed (${changed.join('; ')}); only \`until\` may be added` });
      } else if (old.until === undefined && key.until !== undefined) {
        old.until = key.until;
      }
      old.pointer = key.pointer;
    }
    for (const key of keys) {
      if (tracked.has(key.fingerprint)) continue;
      const back = removedKeys.get(key.fingerprint);
      if (back) {
        // Put back as it was: it never stopped counting.
        removedKeys.delete(key.fingerprint);
        tracked.set(key.fingerprint, { ...back, pointer: key.pointer });
        continue;
      }
      const declared = key.from;
      if (declared !== undefined && declared < day) {
        events.push({ kind: 'backdated', staffId: id, record: staff, pointer: key.pointer, fingerprint: key.fingerprint, commit, day, detail: `the key ${key.fingerprint} says \`from: ${declared}\`, before the day it was ${commit ? 'committed' : 'added (today; it is not committed yet)'}, ${day}` });
      }
      const earlier = tracked.size > 0 || removedKeys.size > 0 || hadKey;
      if (earlier) events.push({ kind: 'added-later', staffId: id, record: staff, pointer: key.pointer, fingerprint: key.fingerprint, commit, day, detail: `the key ${key.fingerprint} was added` });
      const entry: TrackedKey = { ...key, declaredFrom: declared, from: declared !== undefined && declared > day ? declared : day, added: commitIndex, seen: `${key.from}\0${key.until}` };
      if (breach.length > 0) entry.refused = `it was added by ${commit ? `commit ${commit.hash.slice(0, 12)} (${commit.author}, ${day})` : 'an uncommitted change'} that also ${breach[0]}`;
      tracked.set(key.fingerprint, entry);
      hadKey = true;
    }
    snapshots.push({ commit: commitIndex, keys: [...tracked.values(), ...removedKeys.values()].map((key) => ({ ...key })) });
  };
  const removedKeys = new Map<string, TrackedKey>();
  let hadKey = false;
  const reportProblems = (problems: StaffKeyProblem[]) => {
    for (const problem of problems) {
      if (seenProblems.has(problem.pointer)) continue;
      seenProblems.add(problem.pointer);
      events.push({ kind: 'unreadable', staffId: id, record: staff, pointer: problem.pointer, day: today, detail: problem.message });
    }
  };

  // Commits in order; several paths (a move) fold into one state: any live version of the record.
  let index = 0;
  while (index < changes.length) {
    const commitIndex = changes[index]!.commit;
    for (; index < changes.length && changes[index]!.commit === commitIndex; index++) live.set(changes[index]!.file, changes[index]!.blob);
    const blob = live.get(staff.file) ?? [...live.values()].find((one) => one !== undefined);
    if (!blob) continue;
    const text = blobs.get(blob);
    const commit = git!.commits[commitIndex]!;
    step(text === undefined ? undefined : parseRecordText(text).data, commitIndex, commit, dateOfTimestamp(commit.date, timezone));
  }
  const before = snapshots.length;
  step(staff.data, Number.MAX_SAFE_INTEGER, undefined, git ? today : '0000-01-01');
  // A key put back exactly as it was committed mends the breach: only what is still wrong is reported.
  const now = new Map(staffKeys(staff.data).keys.map((key) => [key.fingerprint, key]));
  out.push(...events.filter((event) => {
    if (event.kind !== 'removed' && event.kind !== 'edited') return true;
    const key = now.get(event.fingerprint!);
    const kept = tracked.get(event.fingerprint!);
    if (!key || !kept) return true;
    const legacy = key.pointer === '/public_key' || kept.pointer === '/public_key';
    return !((legacy || key.from === kept.declaredFrom) && (kept.until === undefined || key.until === kept.until));
  }));
  const current = snapshots.at(-1)?.keys ?? [];
  snapshots.length = before;
  if (!git) {
    // No history: keys count from the day they say (a `public_key` from any day), nothing is refused.
    for (const key of current) {
      key.from = key.declaredFrom;
      delete key.refused;
    }
  }
  return { snapshots, current };
}
