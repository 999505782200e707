/**
 * `supv build` as a library function: every valid record of the run to
 * `<out>/pdf/<kind>/<id>.pdf`, a manifest beside them, and nothing rendered
 * twice. It never prints; it reports progress through a callback and returns
 * a summary for the CLI to show.
 *
 * The output folder is treated as hostile ground: paths are built only from
 * schema-validated ids, checked to stay inside it, and every file is created
 * with O_EXCL and renamed into place, so a symbolic link planted there is
 * refused rather than written through. The only files it ever removes are
 * PDFs the manifest names at the path made from their id and kind.
 *
 * A build with nothing to render (SPEC §9: a no-op build of 10,000 records in
 * under 3 s) reads no record file twice, starts no browser, loads neither
 * Puppeteer, Handlebars, markdown-it nor pdf-lib, and leaves the manifest as
 * it is.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pLimit from 'p-limit';
import type { Config } from '../config/config.js';
import { KINDS, type Kind, type LoadedRecord, type RecordSet } from '../model.js';
import { sweepStaleTemporaryFiles } from '../util/atomic-write.js';
import { sweepStaleProfiles, type BrowserPool, type PoolStats } from './chromium.js';
import type { RenderContext, Templates } from './html.js';
import type { SealKey } from './seal.js';
import { readTemplateSources, type TemplateSources } from './templates.js';
import { UserError } from '../util/errors.js';
import { processRunning } from '../util/process.js';

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
  /**
   * With `select`: which PDFs of records that no longer exist this build may
   * remove, as a test on the repository-relative file the manifest says the
   * record came from (the PATH arguments again). A build with `select` and
   * without this removes none (`supv watch` renders a few records at a time).
   */
  selectFile?: (file: string) => boolean;
  /** Pages rendering at once; defaults to `os.availableParallelism()`. */
  concurrency?: number;
  shard?: Shard;
  /** Render even records whose PDF is up to date. */
  force?: boolean;
  /** Seal each PDF with this PKCS#12 key. */
  seal?: SealKey;
  /** The git commit the build runs at (see {@link gitCommit}); a function is called only when there is something to render. */
  commit: string | (() => Promise<string>);
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
  /**
   * PDFs removed because no record has their id any more (deleted, or its id
   * changed), with the record file the manifest named. Their manifest entries
   * are gone too.
   */
  removed: Array<{ id: string; file: string; path: string }>;
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
export class BuildLockedError extends UserError {}

/** The output folder cannot be used safely. */
export class OutputFolderError extends UserError {}

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

/** `git rev-parse HEAD` of the repository, or `uncommitted` outside git or before the first commit. */
export async function gitCommit(root: string): Promise<string> {
  try {
    // The same safe settings as every other git call: a hostile .git/config runs nothing.
    // Imported here: simple-git is only needed when there is something to render.
    const { gitIn } = await import('../git/run.js');
    const commit = (await gitIn(root).headCommit()) ?? '';
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
    removed: [],
    seconds: 0,
    manifestFile: path.join(outDir, MANIFEST_FILE),
    blockedRequests: 0,
  };
  if (options.seal) await (await import('./seal.js')).checkSealKey(options.seal);
  const sources = readTemplateSources(options.root);
  // Profile folders of builds killed with SIGKILL (their browser has exited with them).
  sweepStaleProfiles();

  ensureRealFolder(outDir);
  const releaseLock = await takeLock(outDir, options.lockWaitMs ?? 10_000);
  let pool: BrowserPool | undefined;
  try {
    const previous = readManifest(outDir);
    const manifest: Manifest = { tool: 'supv', manifestVersion: 1, records: {} };
    const jobs: Job[] = [];
    const select = options.select ?? (() => true);
    const { records } = options;
    const present = new PdfPresence(outDir);
    const contextOf = contextHasher(records, options.config);

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
      const before = previous.records[record.id];
      const job = planJob(record as Job['record'], outDir, contextOf, before);
      if ('problem' in job) {
        summary.failed.push({ file: record.file, id: record.id, reason: job.problem });
        continue;
      }
      if (!options.force && before && isUpToDate(before, job, sources.hash, options, present)) {
        manifest.records[record.id] = before;
        summary.unchanged.push(record.id);
        continue;
      }
      jobs.push(job);
    }
    // Entries of records this run did not look at (other shards, other paths, invalid for now) stay; the PDFs of
    // records that no longer exist are removed, when they are this run's to remove.
    const queued = new Set(jobs.map((job) => job.record.id));
    const stillThere = recordFinder(records);
    const toRemove: Array<[string, ManifestEntry]> = [];
    for (const [id, entry] of Object.entries(previous.records)) {
      if (Object.hasOwn(manifest.records, id) || queued.has(id)) continue;
      if (!stillThere(id, entry) && mayRemove(id, entry, options)) toRemove.push([id, entry]);
      else manifest.records[id] = entry;
    }

    const total = summary.unchanged.length + jobs.length + summary.failed.length;
    let done = summary.unchanged.length + summary.failed.length;
    options.onProgress?.({ type: 'start', total, toRender: jobs.length });

    if (jobs.length > 0) {
      // Loaded only now: a build with nothing to render never pays for them.
      const [chromium, html, pdf, seal] = await Promise.all([
        import('./chromium.js'),
        import('./html.js'),
        import('./pdf.js'),
        options.seal ? import('./seal.js') : undefined,
      ]);
      // A template that does not compile stops the build before anything is rendered.
      const templates = html.compileTemplates(sources);
      const render: Renderer = { templates, recordDocument: html.recordDocument, renderPdf: pdf.renderPdf, sealPdf: seal?.sealPdf };
      // A linked pdf/ folder stops the build before anything is rendered.
      ensureRealFolder(path.join(outDir, 'pdf'));
      const commit = typeof options.commit === 'function' ? await options.commit() : options.commit;
      const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), jobs.length));
      pool = options.pool ?? (await chromium.BrowserPool.start({ concurrency, pageTimeoutMs: options.pageTimeoutMs, executablePath: options.executablePath, env: options.env }));
      const context: RenderContext = { config: options.config, records, commit };
      // Twice as many jobs as pages: while one job rewrites metadata or writes its file, its page is already printing the next.
      const limit = pLimit(concurrency * 2);
      const activePool = pool;
      await Promise.all(
        jobs.map((job) =>
          limit(async () => {
            try {
              const entry = await buildOne(job, activePool, render, context, options, summary);
              manifest.records[job.record.id] = entry;
              summary.built.push(job.record.id);
              // A record whose kind changed has its PDF under a new folder now; the old one is not left behind.
              const before = previous.records[job.record.id];
              if (before && before.path !== entry.path) removePdf(outDir, job.record.id, before);
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

    // PDFs first, then the manifest: a build killed in between leaves entries whose PDFs are already gone, and
    // the next build removes those entries; never a PDF no entry names.
    for (const [id, entry] of toRemove) {
      const outcome = removePdf(outDir, id, entry);
      if (outcome === 'kept') {
        manifest.records[id] = entry;
        summary.failed.push({ file: entry.file, id, reason: `its record no longer exists, but ${entry.path} could not be removed` });
      } else if (outcome === 'removed') {
        summary.removed.push({ id, file: entry.file, path: entry.path });
      }
    }

    // Nothing built, failed or removed: the manifest on disk already says all of this (a 10,000-record manifest is
    // about 7 MB, and rewriting it would be most of a no-op build's time).
    const unchanged = previous.found && jobs.length === 0 && Object.keys(manifest.records).length === Object.keys(previous.records).length;
    if (!unchanged) await writeInside(outDir, MANIFEST_FILE, `${JSON.stringify(sortManifest(manifest), null, 2)}\n`);
    summary.built.sort();
    summary.unchanged.sort();
    summary.removed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

/** What rendering needs, from the modules loaded only when there is something to render. */
interface Renderer {
  templates: Templates;
  recordDocument: typeof import('./html.js').recordDocument;
  renderPdf: typeof import('./pdf.js').renderPdf;
  sealPdf?: typeof import('./seal.js').sealPdf;
}

async function buildOne(job: Job, pool: BrowserPool, render: Renderer, context: RenderContext, options: BuildOptions, summary: BuildSummary): Promise<ManifestEntry> {
  const document = render.recordDocument(job.record, render.templates, context);
  const rendered = await render.renderPdf(pool, document, options.toolVersion);
  summary.blockedRequests += rendered.blockedRequests;
  let pdf = rendered.pdf;
  if (options.seal && render.sealPdf) pdf = await render.sealPdf(pdf, options.seal, { organisation: options.config.organisation, signingTime: options.sealTime });
  // Each folder below the output folder is checked in turn, so a linked `pdf/` is refused, not followed.
  ensureRealFolder(path.join(outDirOf(job), 'pdf'));
  ensureRealFolder(path.dirname(job.target));
  await writeInside(path.dirname(job.target), path.basename(job.target), pdf);
  return {
    kind: job.record.kind,
    file: job.record.file,
    source: job.source,
    template: render.templates.hash,
    context: job.context,
    tool: options.toolVersion,
    path: job.relative,
    pdf: sha256(pdf),
    commit: context.commit,
    contentHash: document.contentHash,
    draft: document.draft,
    sealed: Boolean(options.seal),
  };
}

/** The output folder a job writes into (its target is `<out>/pdf/<kind>/<id>.pdf`). */
function outDirOf(job: Job): string {
  return path.dirname(path.dirname(path.dirname(job.target)));
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

/** `pdf/<kind>/<id>.pdf`, or undefined when the id or kind could not safely name a file. */
function manifestPath(id: string, kind: string): string | undefined {
  if (!ID_PATTERN.test(id) || !(KINDS as readonly string[]).includes(kind)) return undefined;
  return `pdf/${kind}/${id}.pdf`;
}

function isUpToDate(entry: ManifestEntry, job: Job, templateHash: string, options: BuildOptions, present: PdfPresence): boolean {
  if (entry.source !== job.source || entry.template !== templateHash || entry.context !== job.context) return false;
  if (entry.tool !== options.toolVersion || entry.path !== job.relative || entry.sealed !== Boolean(options.seal)) return false;
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
function mayRemove(id: string, entry: ManifestEntry, options: BuildOptions): boolean {
  if (options.shard && shardOf(id, options.shard.count) !== options.shard.index) return false;
  if (options.select) return Boolean(options.selectFile && typeof entry.file === 'string' && options.selectFile(entry.file));
  return true;
}

/**
 * Remove the PDF a manifest entry names, only at the path made from its id and
 * kind inside the output folder, never through a linked folder. `kept` when it
 * is there and could not be removed.
 */
function removePdf(outDir: string, id: string, entry: ManifestEntry): 'removed' | 'absent' | 'kept' {
  const relative = manifestPath(id, String(entry.kind));
  if (!relative || entry.path !== relative) return 'absent'; // A tampered entry names nothing supv made: left alone.
  const folder = path.join(outDir, 'pdf', entry.kind);
  try {
    for (const dir of [path.join(outDir, 'pdf'), folder]) {
      if (!lstatSync(dir).isDirectory()) return 'absent';
    }
  } catch {
    return 'absent';
  }
  const target = path.join(folder, `${id}.pdf`);
  try {
    if (lstatSync(target).isDirectory()) return 'kept';
    unlinkSync(target);
    return 'removed';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'kept';
  }
}

/**
 * What the PDF shows besides the record's own bytes: the organisation, the
 * marking, the time zone times are shown in, and the names of the people the
 * record names (from their staff records). A change to any of them renders
 * the record again.
 */
function contextHasher(records: RecordSet, config: Config): (record: LoadedRecord) => string {
  // The same string as JSON.stringify([organisation, marking, timezone, names]), built once for the run; records
  // naming the same people share one hash.
  const head = JSON.stringify([config.organisation, config.marking, config.timezone]).slice(0, -1);
  const hashes = new Map<string, string>();
  const staffNames = new Map<string, string>();
  for (const staff of records.ofKind.staff) {
    if (staff.id !== undefined && records.byId.get(staff.id) === staff) staffNames.set(staff.id, `${staff.id}=${String(staff.data?.name)}`);
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

function readManifest(outDir: string): Manifest & { found: boolean } {
  const empty = { tool: 'supv', manifestVersion: 1, records: {}, found: false } as const;
  const file = path.join(outDir, MANIFEST_FILE);
  try {
    if (!lstatSync(file).isFile()) throw new OutputFolderError(`${file} is not a regular file (a symbolic link?); supv will not read or replace it`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
    return { ...empty, records: {} };
  }
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (parsed.tool !== 'supv' || parsed.manifestVersion !== 1 || typeof parsed.records !== 'object' || parsed.records === null) return { ...empty, records: {} };
    return { ...empty, found: true, records: Object.assign(Object.create(null), parsed.records) as Manifest['records'] };
  } catch {
    // An unreadable manifest only means everything is built again.
    return { ...empty, records: {} };
  }
}

function sortManifest(manifest: Manifest): Manifest {
  const records: Manifest['records'] = {};
  for (const id of Object.keys(manifest.records).sort()) records[id] = manifest.records[id]!;
  return { tool: manifest.tool, manifestVersion: manifest.manifestVersion, records };
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
    if (holder && holder.host === os.hostname() && !processRunning(holder.pid)) {
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

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
