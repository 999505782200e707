/** The watch's PDFs: one browser kept open for the session, the records a change makes stale, and rendering them. */
import { performance } from 'node:perf_hooks';
import type { Config } from '../types/config.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import { buildPdfs, gitCommit } from '../render/build.js';
import { BrowserPool } from '../render/chromium.js';
import { ChromiumNotFoundError, findChromium } from '../render/find-chromium.js';
import { UserError } from '../util/errors.js';
import type { WatchEvent } from './events.js';
import type { Refresh } from './record-cache.js';

export interface RendererOptions {
  /** The records repository, absolute. */
  root: string;
  /** The PDF output folder, absolute. */
  out: string;
  /** Render at all (`--no-pdf` says no). */
  render: boolean;
  toolVersion: string;
  /** Pages rendering at once (default 2: a watch renders a few records at a time). */
  concurrency?: number;
  executablePath?: string;
  env?: Record<string, string | undefined>;
  emit(event: WatchEvent): void;
  now(): Date;
}

/**
 * Renders the PDFs of the records a change makes stale, with one browser
 * started on first use and kept open until {@link close}. Rendering turns off
 * for the rest of the session, with a `render-off` event, when there is no
 * Chromium; a render that fails otherwise is an `error` event, and the next
 * change tries again.
 */
export class WatchRenderer {
  private renderOn: boolean;
  private pool: BrowserPool | undefined;
  private poolStarting: Promise<BrowserPool> | undefined;
  private closed = false;

  constructor(private readonly options: RendererOptions) {
    this.renderOn = options.render;
  }

  /** Whether PDFs are rendered (false once turned off). */
  get on(): boolean {
    return this.renderOn;
  }

  /** At the start: turn rendering off now, rather than at the first change, when there is no Chromium to find. */
  findBrowser(): void {
    if (!this.renderOn) return;
    try {
      if (!this.options.executablePath) findChromium(this.options.env);
    } catch (error) {
      this.off((error as Error).message.split('\n')[0]!);
    }
  }

  /** Render the PDFs of `select` (records of `set`), for a run whose first file event was at `since` (performance.now()). */
  async render(set: RecordSet, select: Set<LoadedRecord>, since: number, config: Config): Promise<void> {
    const { emit, now } = this.options;
    if (!this.renderOn || this.closed || select.size === 0) return;
    const skipped = [...select].filter((record) => !record.valid).map((record) => record.file);
    const renderable = [...select].some((record) => record.valid && record.id && set.byId.get(record.id) === record);
    if (!renderable) {
      if (skipped.length > 0) emit({ type: 'render', at: now(), built: [], unchanged: 0, failed: [], skipped, seconds: 0, sinceChangeMs: performance.now() - since });
      return;
    }
    try {
      const activePool = await this.browser();
      const summary = await buildPdfs({
        root: this.options.root,
        config,
        records: set,
        outDir: this.options.out,
        select: (record) => select.has(record),
        commit: await gitCommit(this.options.root),
        toolVersion: this.options.toolVersion,
        pool: activePool,
        env: this.options.env,
      });
      if (this.closed) return;
      emit({
        type: 'render',
        at: now(),
        built: summary.built.map((id) => `pdf/${set.byId.get(id)?.kind ?? 'record'}/${id}.pdf`),
        unchanged: summary.unchanged.length,
        failed: summary.failed,
        skipped,
        seconds: summary.seconds,
        sinceChangeMs: performance.now() - since,
      });
    } catch (error) {
      if (this.closed) return;
      if (error instanceof ChromiumNotFoundError) this.off(error.message.split('\n')[0]!);
      // A locked or unsafe output folder, a template that does not compile: the whole message says what to do.
      else if (error instanceof UserError) emit({ type: 'error', at: now(), message: `PDFs not updated: ${error.message}` });
      else emit({ type: 'error', at: now(), message: `PDFs not updated: ${(error as Error).message.split('\n')[0]}` });
    }
  }

  /** No render starts from now on; the first step of closing the watch. */
  stop(): void {
    this.closed = true;
  }

  /**
   * Close the browser. It is closed first, which ends a render in progress at
   * once instead of waiting for it; then, once `runFinished` has settled, a
   * browser still starting is closed too.
   */
  async close(runFinished: () => Promise<void>): Promise<void> {
    this.stop();
    const starting = this.poolStarting;
    await this.pool?.close();
    await runFinished();
    if (starting) await (await starting.catch(() => undefined))?.close();
    await this.pool?.close();
  }

  private off(reason: string): void {
    if (!this.renderOn) return;
    this.renderOn = false;
    this.options.emit({ type: 'render-off', at: this.options.now(), reason });
  }

  private async browser(): Promise<BrowserPool> {
    if (this.pool) return this.pool;
    this.poolStarting ??= BrowserPool.start({ concurrency: this.options.concurrency ?? 2, executablePath: this.options.executablePath, env: this.options.env });
    let pool: BrowserPool;
    try {
      pool = await this.poolStarting;
      this.pool = pool;
    } finally {
      this.poolStarting = undefined;
    }
    if (this.closed) {
      await pool.close();
      throw new Error('the watch is closed');
    }
    return pool;
  }
}

/** The changed records, and every record that names a changed staff member (their PDFs show the name). */
export function staleRecords({ set, touched, before, after }: Refresh): Set<LoadedRecord> {
  const selected = new Set<LoadedRecord>();
  const staffIds = new Set<string>();
  for (const file of touched) {
    const record = after.get(file);
    if (record) selected.add(record);
    for (const version of [before.get(file), record]) {
      if (version?.kind === 'staff' && version.id) staffIds.add(version.id);
    }
  }
  if (staffIds.size > 0) {
    for (const record of set.files) {
      if (record.valid && record.kind !== 'staff' && names(record.data, staffIds)) selected.add(record);
    }
  }
  return selected;
}

/** True when a string anywhere in `value` is one of `ids`. */
function names(value: unknown, ids: Set<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((item) => names(item, ids));
  if (value && typeof value === 'object') return Object.values(value).some((item) => names(item, ids));
  return false;
}
