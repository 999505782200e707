/**
 * The rule contract: what a rule is given, what it reports, and its shape.
 * The engine (engine.ts) runs rules; one file per rule in rules/.
 */
import type { GitHistory } from '../git/types.js';
import type { LoadedRecord, Locator, Position, RecordSet, RuleMeta, Severity } from '../model.js';
import type { RunFacts } from '../policy/facts.js';
import type { Config } from '../types/config.js';

/** What a rule reports: a message id and data, and where. */
export interface Report {
  /** The record the finding is about; omit for a finding about the repository. */
  record?: LoadedRecord;
  /** A file path (repository-relative) when there is no loaded record, e.g. a deleted one. */
  file?: string;
  /** Where in the record; defaults to 1:1 (a file-level finding). */
  at?: Locator;
  /** An exact position, when the rule already knows it (parse problems). */
  position?: Position;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this one finding (e.g. `unsigned` inside `sign_within`). */
  severity?: Severity;
}

/** What a rule's check is given. Nothing else: no clock, no file system. */
export interface RuleContext {
  records: RecordSet;
  config: Config;
  /** The date rules are judged on, `YYYY-MM-DD` in the organisation's time zone. */
  asOf: string;
  /**
   * The git history of the records, for a rule with `meta.usesGit`: complete,
   * or undefined when it is incomplete or was not loaded for this run. Asking
   * then is what tells the user: the first git rule of the run to ask (or,
   * for a `'required'` rule, to be reached) gets the one warning, under its
   * id. So a rule asks only once it knows it needs history.
   */
  history(): GitHistory | undefined;
  /** What several rules ask about the records (supervision index, statuses, session history), worked out once per run on first use. */
  facts: RunFacts;
  report(report: Report): void;
  /**
   * Whether this run keeps what the rule reports on `file` (a
   * repository-relative path). Always true but in `lint --cache` after a
   * change, where a rule with `meta.scope: 'linked'` runs over the records
   * tied to the change and every staff record, and the engine keeps its
   * findings only in the files the change can reach (with
   * `meta.readsSessionsLed`, the staff records of the supervisors of the
   * sessions changed too; the rest keep the last run's). A rule may skip the work for a file it is not kept on, where what
   * it would report is dropped anyway; never the work that decides what it
   * reports on another file, nor whether it asks for `history()`.
   */
  keeps(file: string): boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void | Promise<void>;
}
