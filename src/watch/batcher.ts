/** Turning the file watcher's events into runs: one batch per quiet time, one run at a time. */
import { performance } from 'node:perf_hooks';

/** The changes of one run. */
export interface Batch {
  /** Repository-relative record files named by events. */
  records: Set<string>;
  templates: boolean;
  config: boolean;
  /** A file or folder was added or removed: walk records/ again (plain changes to known files need no walk). */
  structural: boolean;
  /** performance.now() of the first event of this batch. */
  since: number;
}

export interface BatcherOptions {
  /** Quiet time after the last event before a run. */
  debounceMs: number;
  /** Handle one batch; never called again before the returned promise settles. */
  run(batch: Batch): Promise<void>;
  /** A run failed (not called once the batcher is closed). */
  onError(error: unknown): void;
}

/**
 * Collects events into a batch until `debounceMs` pass without one, then runs
 * it. Events that come in during a run make the next batch, run when the
 * current one is done (at once when their quiet time is already over).
 * Nothing runs before {@link start}, nor after {@link close}.
 */
export class Batcher {
  private pending: Batch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  private closed = false;

  constructor(private readonly options: BatcherOptions) {}

  /** Note one event: a record file changed (`file`), a template, a folder (no `file`), or the config. */
  note(role: 'record' | 'template' | 'config', file?: string, structural = true): void {
    if (this.closed) return;
    const pending = (this.pending ??= { records: new Set(), templates: false, config: false, structural: false, since: performance.now() });
    if (structural) pending.structural = true;
    if (role === 'record') {
      if (file !== undefined) pending.records.add(file);
    } else if (role === 'template') pending.templates = true;
    else pending.config = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, this.options.debounceMs);
  }

  /** Start running batches (the first lint is done); events noted before now make the first. */
  start(): void {
    this.started = true;
    this.pump();
  }

  /** Run nothing more and drop what is pending. The run in progress, if any, goes on: see {@link idle}. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  /** Settles when no run is in progress. */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private pump(): void {
    if (this.running || this.closed || !this.started || !this.pending) return;
    const batch = this.pending;
    this.pending = undefined;
    this.running = this.options
      .run(batch)
      .catch((error: unknown) => {
        if (!this.closed) this.options.onError(error);
      })
      .finally(() => {
        this.running = undefined;
        // Changes that came in during the run: their quiet time may already be over.
        if (this.pending && !this.timer) this.pump();
      });
  }
}
