/** What `supv watch` reports, as events for the command (or a test) to show. */
import type { LintResult } from '../format/types.js';
import type { Finding } from '../model.js';

/** Why a run happened. */
export type WatchCause = 'records' | 'templates' | 'config';

/** What the watch reports, for the command (or a test) to show. */
export type WatchEvent =
  /** The first full lint is done and the watcher is listening. */
  | { type: 'ready'; at: Date; results: LintResult[]; records: number; errors: number; warnings: number; render: boolean }
  /** A run after a change: only the findings that appeared and disappeared, and the totals now. */
  | {
      type: 'lint';
      at: Date;
      causes: WatchCause[];
      /** Repository-relative record files that changed, were added or removed. */
      changed: string[];
      appeared: Finding[];
      disappeared: Finding[];
      errors: number;
      warnings: number;
      /** Milliseconds from the first file event of the run to the lint result. */
      sinceChangeMs: number;
    }
  /** PDFs rendered after a change. */
  | {
      type: 'render';
      at: Date;
      /** Output-relative paths of the PDFs written, such as `pdf/session/2025-02-03-jo-bloggs.pdf`. */
      built: string[];
      unchanged: number;
      failed: Array<{ file: string; id?: string; reason: string }>;
      /** Changed records not rendered because they are not valid (their findings say why). */
      skipped: string[];
      seconds: number;
      /** Milliseconds from the first file event of the run to the last PDF written. */
      sinceChangeMs: number;
    }
  /** Rendering is off for the rest of the session (no Chromium); linting goes on. */
  | { type: 'render-off'; at: Date; reason: string }
  /** Something the user should know that is not a finding. */
  | { type: 'notice'; at: Date; message: string }
  /** A run or a render failed; the watch goes on. */
  | { type: 'error'; at: Date; message: string };
