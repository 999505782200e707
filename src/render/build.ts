/**
 * `supv build` as a library function: every valid record of the run to
 * `<out>/pdf/<kind>/<id>.pdf`, a manifest beside them, and nothing rendered
 * twice. It never prints; it reports progress through a callback and returns
 * a summary for the CLI to show. What to render is decided first (plan.ts),
 * then rendered here.
 *
 * The output folder is treated as hostile ground: paths are built only from
 * schema-validated ids, checked to stay inside it (plan.ts, manifest.ts), and
 * every file is created with O_EXCL and renamed into place, so a symbolic link
 * planted there is refused rather than written through (output-folder.ts). The
 * only files it ever removes are PDFs the manifest names at the path made from
 * their id and kind (manifest.ts).
 *
 * A build with nothing to render (SPEC §9: a no-op build of 10,000 records in
 * under 3 s) reads no record file twice, starts no browser, loads neither
 * Puppeteer, Handlebars, markdown-it nor pdf-lib, and leaves the manifest as
 * it is.
 */
import { todayIn } from '../util/dates.js';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pLimit from 'p-limit';
import type { Config } from '../types/config.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import type { BrowserPool, PoolStats } from './chromium.js';
import type { RenderContext, Templates } from './html.js';
import { MANIFEST_FILE, readManifest, removePdf, sha256, writeManifest, type ManifestEntry } from './manifest.js';
import { ensureRealFolder, takeLock, writeInside } from './output-folder.js';
import { planBuild, type Job, type Shard } from './plan.js';
import { sweepStaleProfiles } from './profiles.js';
import type { SealKey } from './seal.js';
import { readTemplateSources } from './templates.js';

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
  /** Every PDF this build's records have now (built or unchanged), and how many of them are drafts, by reason. */
  pdfs: { total: number; unsigned: number; notValid: number };
  manifestFile: string;
  /** Requests the pages tried to make and were refused (expected: zero). */
  blockedRequests: number;
  pool?: PoolStats;
}

/** `git rev-parse HEAD` of the repository, or `uncommitted` outside git or before the first commit. */
export async function gitCommit(root: string): Promise<string> {
  try {
    // The same safe settings as every other git call: a hostile .git/config runs nothing.
    // Imported here: git is only needed when there is something to render.
    const { gitIn } = await import('../git/run.js');
    const commit = (await gitIn(root).headCommit()) ?? '';
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : 'uncommitted';
  } catch {
    return 'uncommitted';
  }
}

/** Build the PDFs. Throws a `BuildLockedError`, an `OutputFolderError` or a Chromium error before any record is built. */
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
    pdfs: { total: 0, unsigned: 0, notValid: 0 },
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
    const { records } = options;
    const plan = planBuild({ ...options, outDir, previous, templateHash: sources.hash, sealed: Boolean(options.seal) });
    const { jobs, manifest, toRemove } = plan;
    summary.unchanged = plan.unchanged;
    summary.skipped = plan.skipped;
    summary.failed = plan.failed;
    summary.otherShards = plan.otherShards;

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
      // Each signature's status with the keys its signer held then, from git history (src/sign/key-history.ts), once per build.
      const { loadSignatureContext } = await import('../sign/key-history.js');
      const { signatureStatuses } = await import('../sign/check.js');
      const signatureContext = await loadSignatureContext({ root: options.root, records, config: options.config, today: todayIn(options.config.timezone, new Date()) });
      const context: RenderContext = { config: options.config, records, commit, signatureStatuses: (record) => signatureStatuses(record, signatureContext) };
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
    if (!unchanged) await writeManifest(outDir, manifest);
    summary.pdfs = draftCounts(manifest.records, [...summary.built, ...summary.unchanged]);
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

/** How many of these records' PDFs are drafts, and why (an entry from before reasons were kept counts as unsigned). */
function draftCounts(entries: Record<string, ManifestEntry>, ids: string[]): BuildSummary['pdfs'] {
  const counts = { total: 0, unsigned: 0, notValid: 0 };
  for (const id of ids) {
    const entry = entries[id];
    if (!entry) continue;
    counts.total += 1;
    if (!entry.draft) continue;
    if (entry.draftReason === 'not-valid') counts.notValid += 1;
    else counts.unsigned += 1;
  }
  return counts;
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
    ...(document.draftReason ? { draftReason: document.draftReason } : {}),
    sealed: Boolean(options.seal),
  };
}

/** The output folder a job writes into (its target is `<out>/pdf/<kind>/<id>.pdf`). */
function outDirOf(job: Job): string {
  return path.dirname(path.dirname(path.dirname(job.target)));
}
