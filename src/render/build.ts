/**
 * `supv build` as a library function: every valid record of the run to
 * `<out>/pdf/<kind>/<id>.pdf`, a manifest beside them, and nothing rendered
 * twice. It never prints; it reports progress through a callback and returns
 * a summary for the CLI to show.
 *
 * The output folder is treated as hostile ground: paths are built only from
 * schema-validated ids, checked to stay inside it, and every file is created
 * with O_EXCL and renamed into place, so a symbolic link planted there is
 * refused rather than written through.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pLimit from 'p-limit';
import { safeGit } from '../util/git.js';
import type { Config } from '../config/config.js';
import { KINDS, type Kind, type LoadedRecord, type RecordSet } from '../model.js';
import { sweepStaleTemporaryFiles } from '../util/atomic-write.js';
import { BrowserPool, type PoolStats } from './chromium.js';
import { loadTemplates, recordDocument, type RenderContext, type Templates } from './html.js';
import { renderPdf } from './pdf.js';
import { checkSealKey, sealPdf, type SealKey } from './seal.js';

/** SPEC §3: the only ids that ever become file names. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const MANIFEST_FILE = 'manifest.json';
export const LOCK_FILE = '.supv-build.lock';

/** One machine's part of a build split across a CI matrix: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface BuildOptions {
  /** The records repository (for template overrides). */
  root: string;
  config: Config;
  records: RecordSet;
  /** The output folder, absolute. */
  outDir: string;
  /** Build only the records this accepts (the command line's PATH arguments). */
  select?: (record: LoadedRecord) => boolean;
  /** Pages rendering at once; defaults to `os.availableParallelism()`. */
  concurrency?: number;
  shard?: Shard;
  /** Render even records whose PDF is up to date. */
  force?: boolean;
  /** Seal each PDF with this PKCS#12 key. */
  seal?: SealKey;
  /** The git commit the build runs at (see {@link gitCommit}). */
  commit: string;
  toolVersion: string;
  pageTimeoutMs?: number;
  /** The browser; found by {@link BrowserPool} when absent. */
  executablePath?: string;
  /**
   * A browser already running (`supv watch` keeps one open for its whole
   * session): the build renders with it and leaves it open. When absent the
   * build starts its own and closes it.
   */
  pool?: BrowserPool;
  env?: Record<string, string | undefined>;
  /** How long to wait for another build's lock before giving up (default 10 s). */
  lockWaitMs?: number;
  /** The seal's signing time; defaults to the clock (a seal records when it was applied). */
  sealTime?: Date;
  onProgress?: (event: BuildEvent) => void;
}

/** Progress, for a progress bar. */
export type BuildEvent =
  | { type: 'start'; total: number; toRender: number }
  | { type: 'record'; id: string; status: 'built' | 'unchanged' | 'failed'; done: number; total: number; reason?: string };

/** What a build did. */
export interface BuildSummary {
  built: string[];
  unchanged: string[];
  /** Records that should have been built and were not; the build exits 1. */
  failed: Array<{ file: string; id?: string; reason: string }>;
  /** Files that are not valid records (or repeat an id): reported, not built. */
  skipped: Array<{ file: string; reason: string }>;
  /** Valid records left to other shards. */
  otherShards: number;
  seconds: number;
  manifestFile: string;
  /** Requests the pages tried to make and were refused (expected: zero). */
  blockedRequests: number;
  pool?: PoolStats;
}

/** Per record, what the last build made and from what. */
export interface ManifestEntry {
  kind: Kind;
  file: string;
  /** SHA-256 of the record file's bytes. */
  source: string;
  /** SHA-256 of the templates and stylesheet used. */
  template: string;
  /** SHA-256 of what else the PDF shows: organisation, marking, time zone, the names of the people in it. */
  context: string;
  tool: string;
  /** Path of the PDF relative to the output folder. */
  path: string;
  /** SHA-256 of the PDF's bytes. */
  pdf: string;
  commit: string;
  contentHash: string;
  draft: boolean;
  sealed: boolean;
}

export interface Manifest {
  tool: 'supv';
  manifestVersion: 1;
  records: Record<string, ManifestEntry>;
}

/** Another build holds the output folder's lock. */
export class BuildLockedError extends Error {}

/** The output folder cannot be used safely. */
export class OutputFolderError extends Error {}

/** Which shard a record id falls in (1-based): a hash, so it is the same on every machine. */
export function shardOf(id: string, count: number): number {
  const hash = createHash('sha256').update(id).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/** Parse `I/N` (1-based). Throws a plain-words error for anything else. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be I/N with 1 <= I <= N, such as 1/4, not ${text}`);
  }
  return { index, count };
}

/** `git rev-parse HEAD` of the repository, or `uncommitted` outside git or before the first commit. */
export async function gitCommit(root: string): Promise<string> {
  try {
    // The same safe settings as every other git call: a hostile .git/config runs nothing.
    const git = safeGit(root);
    const commit = (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : 'uncommitted';
  } catch {
    return 'uncommitted';
  }
}

interface Job {
  record: LoadedRecord & { id: string; kind: Kind };
  source: string;
  context: string;
  target: string;
  relative: string;
}

/** Build the PDFs. Throws {@link BuildLockedError}, {@link OutputFolderError} or a Chromium error before any record is built. */
export async function buildPdfs(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir);
  const summary: BuildSummary = {
    built: [],
    unchanged: [],
    failed: [],
    skipped: [],
    otherShards: 0,
    seconds: 0,
    manifestFile: path.join(outDir, MANIFEST_FILE),
    blockedRequests: 0,
  };
  if (options.seal) await checkSealKey(options.seal);
  const templates = loadTemplates(options.root);

  ensureRealFolder(outDir);
  const releaseLock = await takeLock(outDir, options.lockWaitMs ?? 10_000);
  let pool: BrowserPool | undefined;
  try {
    const previous = readManifest(outDir);
    const manifest: Manifest = { tool: 'supv', manifestVersion: 1, records: {} };
    const jobs: Job[] = [];
    const select = options.select ?? (() => true);
    const { records } = options;

    for (const record of records.files) {
      if (!select(record)) continue;
      if (!record.valid || !record.id || !record.kind) {
        summary.skipped.push({ file: record.file, reason: invalidReason(record) });
        continue;
      }
      if (records.byId.get(record.id) !== record) {
        summary.skipped.push({ file: record.file, reason: `the id ${record.id} is also used by ${records.byId.get(record.id)?.file ?? 'another record'}` });
        continue;
      }
      if (options.shard && shardOf(record.id, options.shard.count) !== options.shard.index) {
        summary.otherShards += 1;
        continue;
      }
      const job = planJob(record as Job['record'], outDir, records, options.config);
      if ('problem' in job) {
        summary.failed.push({ file: record.file, id: record.id, reason: job.problem });
        continue;
      }
      const before = previous.records[record.id];
      if (!options.force && before && isUpToDate(before, job, templates, options)) {
        manifest.records[record.id] = before;
        summary.unchanged.push(record.id);
        continue;
      }
      jobs.push(job);
    }
    // Entries of records this run did not look at (other shards, other paths) stay; deleted records go.
    const queued = new Set(jobs.map((job) => job.record.id));
    for (const [id, entry] of Object.entries(previous.records)) {
      if (!Object.hasOwn(manifest.records, id) && records.byId.has(id) && !queued.has(id)) manifest.records[id] = entry;
    }

    const total = summary.unchanged.length + jobs.length + summary.failed.length;
    let done = summary.unchanged.length + summary.failed.length;
    options.onProgress?.({ type: 'start', total, toRender: jobs.length });

    if (jobs.length > 0) {
      // A linked pdf/ folder stops the build before anything is rendered.
      ensureRealFolder(path.join(outDir, 'pdf'));
      const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), jobs.length));
      pool = options.pool ?? (await BrowserPool.start({ concurrency, pageTimeoutMs: options.pageTimeoutMs, executablePath: options.executablePath, env: options.env }));
      const context: RenderContext = { config: options.config, records, commit: options.commit };
      // Twice as many jobs as pages: while one job rewrites metadata or writes its file, its page is already printing the next.
      const limit = pLimit(concurrency * 2);
      const activePool = pool;
      await Promise.all(
        jobs.map((job) =>
          limit(async () => {
            try {
              const entry = await buildOne(job, activePool, templates, context, options, summary);
              manifest.records[job.record.id] = entry;
              summary.built.push(job.record.id);
              done += 1;
              options.onProgress?.({ type: 'record', id: job.record.id, status: 'built', done, total });
            } catch (error) {
              const reason = (error as Error).message.split('\n')[0] ?? 'unknown error';
              summary.failed.push({ file: job.record.file, id: job.record.id, reason });
              delete manifest.records[job.record.id];
              done += 1;
              options.onProgress?.({ type: 'record', id: job.record.id, status: 'failed', done, total, reason });
            }
          }),
        ),
      );
    }

    await writeInside(outDir, MANIFEST_FILE, `${JSON.stringify(sortManifest(manifest), null, 2)}\n`);
    summary.built.sort();
    summary.unchanged.sort();
    summary.failed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  } finally {
    if (pool) {
      summary.pool = { ...pool.stats };
      if (pool !== options.pool) await pool.close();
    }
    releaseLock();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function buildOne(job: Job, pool: BrowserPool, templates: Templates, context: RenderContext, options: BuildOptions, summary: BuildSummary): Promise<ManifestEntry> {
  const document = recordDocument(job.record, templates, context);
  const rendered = await renderPdf(pool, document, options.toolVersion);
  summary.blockedRequests += rendered.blockedRequests;
  let pdf = rendered.pdf;
  if (options.seal) pdf = await sealPdf(pdf, options.seal, { organisation: options.config.organisation, signingTime: options.sealTime });
  // Each folder below the output folder is checked in turn, so a linked `pdf/` is refused, not followed.
  ensureRealFolder(path.join(outDirOf(job), 'pdf'));
  ensureRealFolder(path.dirname(job.target));
  await writeInside(path.dirname(job.target), path.basename(job.target), pdf);
  return {
    kind: job.record.kind,
    file: job.record.file,
    source: job.source,
    template: templates.hash,
    context: job.context,
    tool: options.toolVersion,
    path: job.relative,
    pdf: sha256(pdf),
    commit: options.commit,
    contentHash: document.contentHash,
    draft: document.draft,
    sealed: Boolean(options.seal),
  };
}

/** The output folder a job writes into (its target is `<out>/pdf/<kind>/<id>.pdf`). */
function outDirOf(job: Job): string {
  return path.dirname(path.dirname(path.dirname(job.target)));
}

function planJob(record: Job['record'], outDir: string, records: RecordSet, config: Config): Job | { problem: string } {
  if (!ID_PATTERN.test(record.id) || !(KINDS as readonly string[]).includes(record.kind)) {
    return { problem: `the id ${JSON.stringify(record.id)} cannot be used as a file name` };
  }
  const relative = `pdf/${record.kind}/${record.id}.pdf`;
  const target = path.resolve(outDir, relative);
  const back = path.relative(outDir, target);
  if (back.startsWith('..') || path.isAbsolute(back)) return { problem: `${relative} would be outside the output folder` };
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
  return { record, source, context: contextHash(record, records, config), target, relative };
}

function isUpToDate(entry: ManifestEntry, job: Job, templates: Templates, options: BuildOptions): boolean {
  if (entry.source !== job.source || entry.template !== templates.hash || entry.context !== job.context) return false;
  if (entry.tool !== options.toolVersion || entry.path !== job.relative || entry.sealed !== Boolean(options.seal)) return false;
  try {
    return lstatSync(job.target).isFile();
  } catch {
    return false;
  }
}

/**
 * What the PDF shows besides the record's own bytes: the organisation, the
 * marking, the time zone times are shown in, and the names of the people the
 * record names (from their staff records). A change to any of them renders
 * the record again.
 */
function contextHash(record: LoadedRecord, records: RecordSet, config: Config): string {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const staff = records.byId.get(value);
      if (staff?.kind === 'staff' && staff !== record) names.add(`${value}=${String(staff.data?.name)}`);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) walk(item);
    }
  };
  walk(record.data);
  return sha256(JSON.stringify([config.organisation, config.marking, config.timezone, [...names].sort()]));
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

function readManifest(outDir: string): Manifest {
  const empty: Manifest = { tool: 'supv', manifestVersion: 1, records: {} };
  const file = path.join(outDir, MANIFEST_FILE);
  try {
    if (!lstatSync(file).isFile()) throw new OutputFolderError(`${file} is not a regular file (a symbolic link?); supv will not read or replace it`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
    return empty;
  }
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (parsed.tool !== 'supv' || parsed.manifestVersion !== 1 || typeof parsed.records !== 'object' || parsed.records === null) return empty;
    return { ...empty, records: Object.assign(Object.create(null), parsed.records) as Manifest['records'] };
  } catch {
    // An unreadable manifest only means everything is built again.
    return empty;
  }
}

function sortManifest(manifest: Manifest): Manifest {
  const records: Manifest['records'] = {};
  for (const id of Object.keys(manifest.records).sort()) records[id] = manifest.records[id]!;
  return { ...manifest, records };
}

/** Make sure a folder exists and is a real folder, not a symbolic link (which could lead anywhere). */
function ensureRealFolder(dir: string): void {
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    // Only the output folder itself may need its parents made; below it, each level is made (and checked) on its own.
    mkdirSync(dir, { recursive: true });
    stats = lstatSync(dir);
  }
  if (stats.isSymbolicLink()) throw new OutputFolderError(`${dir} is a symbolic link; supv writes only into real folders (remove the link)`);
  if (!stats.isDirectory()) throw new OutputFolderError(`${dir} is not a folder`);
}

/**
 * Write a file atomically without following links: a new temporary file
 * (O_EXCL, so never an existing file or a link), fsync, then rename over the
 * target, which replaces a link rather than writing where it points. A
 * symbolic link already at the target is refused outright.
 */
async function writeInside(dir: string, name: string, data: string | Uint8Array): Promise<void> {
  const target = path.join(dir, name);
  try {
    if (lstatSync(target).isSymbolicLink()) throw new OutputFolderError(`${target} is a symbolic link; supv will not write through it`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
  }
  // Named as src/util/atomic-write.ts names them, so the next run sweeps what a killed build left (hardening issue).
  sweepStaleTemporaryFiles(dir);
  const temp = path.join(dir, `.${name}.supv-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  // Asynchronous on purpose: an fsync blocking the event loop would stall Chromium's messages for every page.
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, target);
}

/** Take the output folder's lock, waiting a little for another build; a lock left by a dead process is taken over. */
async function takeLock(outDir: string, waitMs: number): Promise<() => void> {
  const file = path.join(outDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), token: Math.random().toString(36).slice(2) });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && holder.host === os.hostname() && !alive(holder.pid)) {
      try {
        unlinkSync(file);
      } catch {
        // Someone else took it over first; try again.
      }
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
      throw new BuildLockedError(
        `another supv build (${who}) is writing to ${outDir}; wait for it to finish, or remove ${file} if no build is running`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readLock(file: string): { pid: number; host: string } | undefined {
  try {
    if (lstatSync(file).isSymbolicLink()) return undefined;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
