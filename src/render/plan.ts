/** What a build has to do: which records to render, which PDFs are up to date, which to remove, and which shard is whose. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../types/config.js';
import { isValidRecord, type Kind, type LoadedRecord, type RecordSet, type ValidRecord } from '../model.js';
import { UserError } from '../util/errors.js';
import { manifestPath, sha256, type Manifest, type ManifestEntry } from './manifest.js';

/** One machine's part of a build split across a CI matrix: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Which shard a record id falls in (1-based): a hash, so it is the same on every machine. */
export function shardOf(id: string, count: number): number {
  const hash = createHash('sha256').update(id).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/** Parse `I/N` (1-based), as `--shard` gives it. Throws a {@link UserError} for anything else. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard must be I/N with 1 <= I <= N, such as 1/4, not ${text}`);
  }
  return { index, count };
}

/** A record to render, and what its manifest entry will say it was made from. */
export interface Job {
  record: ValidRecord;
  source: string;
  context: string;
  target: string;
  relative: string;
}

/** What the plan needs of a build's options (see `BuildOptions` in build.ts for each). */
export interface PlanOptions {
  records: RecordSet;
  config: Config;
  /** The output folder, absolute. */
  outDir: string;
  /** What the last build made. */
  previous: Manifest;
  /** The hash of the templates this build uses. */
  templateHash: string;
  toolVersion: string;
  /** Whether this build seals its PDFs. */
  sealed: boolean;
  select?: (record: LoadedRecord) => boolean;
  selectFile?: (file: string) => boolean;
  shard?: Shard;
  force?: boolean;
}

/** The plan of a build, made before anything is rendered. */
export interface BuildPlan {
  /** The records to render, in record order. */
  jobs: Job[];
  /** The new manifest so far: the entries of PDFs up to date, and of records this run leaves alone. */
  manifest: Manifest;
  unchanged: string[];
  skipped: Array<{ file: string; reason: string }>;
  failed: Array<{ file: string; id?: string; reason: string }>;
  otherShards: number;
  /** The PDFs of records that no longer exist, this run's to remove. */
  toRemove: Array<[string, ManifestEntry]>;
}

/** Decide what a build does, reading no record file twice and rendering nothing. */
export function planBuild(options: PlanOptions): BuildPlan {
  const { records, previous, outDir } = options;
  const plan: BuildPlan = {
    jobs: [],
    manifest: { tool: 'supv', manifestVersion: 1, records: {} },
    unchanged: [],
    skipped: [],
    failed: [],
    otherShards: 0,
    toRemove: [],
  };
  const select = options.select ?? (() => true);
  const present = new PdfPresence(outDir);
  const contextOf = contextHasher(records, options.config);

  for (const record of records.files) {
    if (!select(record)) continue;
    if (!isValidRecord(record)) {
      plan.skipped.push({ file: record.file, reason: invalidReason(record) });
      continue;
    }
    if (records.byId.get(record.id) !== record) {
      plan.skipped.push({ file: record.file, reason: `the id ${record.id} is also used by ${records.byId.get(record.id)?.file ?? 'another record'}` });
      continue;
    }
    if (options.shard && shardOf(record.id, options.shard.count) !== options.shard.index) {
      plan.otherShards += 1;
      continue;
    }
    const before = previous.records[record.id];
    const job = planJob(record, outDir, contextOf, before);
    if ('problem' in job) {
      plan.failed.push({ file: record.file, id: record.id, reason: job.problem });
      continue;
    }
    if (!options.force && before && isUpToDate(before, job, options, present)) {
      plan.manifest.records[record.id] = before;
      plan.unchanged.push(record.id);
      continue;
    }
    plan.jobs.push(job);
  }
  // Entries of records this run did not look at (other shards, other paths, invalid for now) stay; the PDFs of
  // records that no longer exist are removed, when they are this run's to remove.
  const queued = new Set(plan.jobs.map((job) => job.record.id));
  const stillThere = recordFinder(records);
  for (const [id, entry] of Object.entries(previous.records)) {
    if (Object.hasOwn(plan.manifest.records, id) || queued.has(id)) continue;
    if (!stillThere(id, entry) && mayRemove(id, entry, options)) plan.toRemove.push([id, entry]);
    else plan.manifest.records[id] = entry;
  }
  return plan;
}

function planJob(record: Job['record'], outDir: string, contextOf: (record: LoadedRecord) => string, before: ManifestEntry | undefined): Job | { problem: string } {
  const relative = manifestPath(record.id, record.kind);
  if (!relative) return { problem: `the id ${JSON.stringify(record.id)} cannot be used as a file name` };
  const target = path.resolve(outDir, relative);
  const back = path.relative(outDir, target);
  if (back.startsWith('..') || path.isAbsolute(back)) return { problem: `${relative} would be outside the output folder` };
  // The manifest's `source` is the hash of the file's bytes, which are the text read at load time in UTF-8 (unless the
  // file starts with a byte order mark). When that text hashes to what the manifest says, it is what the PDF was made
  // from, and the file need not be read again.
  const textHash = sha256(record.text);
  if (before?.source === textHash) return { record, source: textHash, context: contextOf(record), target, relative };
  let source: string;
  try {
    const bytes = readFileSync(record.absPath);
    // The PDF is made from the text read at the start; the manifest must hash those same bytes, or a file edited
    // meanwhile would be recorded as built from its new text and never rendered again (hardening issue).
    if (new TextDecoder().decode(bytes) !== record.text) {
      return { problem: 'the file changed while the build was running; run supv build again' };
    }
    source = sha256(bytes);
  } catch (error) {
    return { problem: `the file cannot be read again (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return { record, source, context: contextOf(record), target, relative };
}

function isUpToDate(entry: ManifestEntry, job: Job, options: PlanOptions, present: PdfPresence): boolean {
  if (entry.source !== job.source || entry.template !== options.templateHash || entry.context !== job.context) return false;
  if (entry.tool !== options.toolVersion || entry.path !== job.relative || entry.sealed !== options.sealed) return false;
  return present.has(job.record.kind, `${job.record.id}.pdf`);
}

/**
 * Which PDFs are on disk, a folder listing per kind instead of a stat per
 * record. Only regular files count: a link or a folder where a PDF should be
 * means the record is rendered again (and the link refused when it is written).
 */
class PdfPresence {
  private readonly folders = new Map<string, Set<string>>();
  constructor(private readonly outDir: string) {}

  has(kind: Kind, name: string): boolean {
    let names = this.folders.get(kind);
    if (!names) {
      names = new Set();
      try {
        for (const entry of readdirSync(path.join(this.outDir, 'pdf', kind), { withFileTypes: true })) {
          if (entry.isFile()) names.add(entry.name);
        }
      } catch {
        // No folder yet: nothing of this kind has been built.
      }
      this.folders.set(kind, names);
    }
    return names.has(name);
  }
}

/**
 * Whether a manifest entry's record may still exist: some file, valid or not,
 * carries its id; or the file it came from is still there and cannot be read
 * as a record (a half-edited file is not a deleted one). A file at that path
 * with another id means the id changed.
 */
function recordFinder(records: RecordSet): (id: string, entry: ManifestEntry) => boolean {
  const ids = new Set<string>();
  const byFile = new Map<string, LoadedRecord>();
  for (const record of records.files) {
    if (record.id !== undefined) ids.add(record.id);
    byFile.set(record.file, record);
  }
  return (id, entry) => {
    if (ids.has(id)) return true;
    const at = typeof entry.file === 'string' ? byFile.get(entry.file) : undefined;
    return at !== undefined && at.id === undefined;
  };
}

/**
 * Whether this build may remove the PDF of a record that no longer exists. A
 * shard removes only ids that fall in its own shard (the same split that
 * builds them, so exactly one shard removes each); a build limited to PATHs
 * only those whose record file was under them.
 */
function mayRemove(id: string, entry: ManifestEntry, options: PlanOptions): boolean {
  if (options.shard && shardOf(id, options.shard.count) !== options.shard.index) return false;
  if (options.select) return Boolean(options.selectFile && typeof entry.file === 'string' && options.selectFile(entry.file));
  return true;
}

/**
 * What the PDF shows besides the record's own bytes: the organisation, the
 * marking, the time zone times are shown in, and the names (and signing
 * keys) of the people the record names (from their staff records). A change
 * to any of them renders the record again.
 */
function contextHasher(records: RecordSet, config: Config): (record: LoadedRecord) => string {
  // The same string as JSON.stringify([organisation, marking, timezone, names]), built once for the run; records
  // naming the same people share one hash.
  const head = JSON.stringify([config.organisation, config.marking, config.timezone]).slice(0, -1);
  const hashes = new Map<string, string>();
  const staffNames = new Map<string, string>();
  for (const staff of records.ofKind.staff) {
    // A signer's keys decide whether their signature shows as verified or not valid: a new key renders again.
    const data = staff.data as Record<string, unknown> | undefined;
    const keys = data?.public_key !== undefined || data?.keys !== undefined ? JSON.stringify([data.public_key, data.keys]) : '';
    if (staff.id !== undefined && records.byId.get(staff.id) === staff) staffNames.set(staff.id, `${staff.id}=${String(staff.data?.name)}${keys}`);
  }
  return (record) => {
    const names = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        const name = staffNames.get(value);
        if (name !== undefined && value !== record.id) names.add(name);
      } else if (Array.isArray(value)) {
        for (const item of value) walk(item);
      } else if (value !== null && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        for (const key in object) walk(object[key]);
      }
    };
    walk(record.data);
    const text = `${head},${JSON.stringify([...names].sort())}]`;
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = sha256(text);
      hashes.set(text, hash);
    }
    return hash;
  };
}

function invalidReason(record: LoadedRecord): string {
  if (record.parseProblem) return `${record.parseProblem.line}:${record.parseProblem.column} ${record.parseProblem.message}`;
  const first = record.schemaProblems[0];
  if (first) {
    const { line, column } = record.locate(first);
    const more = record.schemaProblems.length > 1 ? ` (and ${record.schemaProblems.length - 1} more; run supv lint)` : '';
    return `${line}:${column} ${first.message}${more}`;
  }
  return 'not a valid record (run supv lint)';
}
