/**
 * What every formatter is given and returns. A formatter is a pure function
 * from the results of one lint run to the text the CLI writes: no I/O, no
 * clock, so the same run always prints the same bytes.
 */
import type { Finding, RuleMeta } from '../model.js';

/** The findings of one file. */
export interface LintResult {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** This file's findings, sorted by line, then column. Empty for a clean file. */
  findings: Finding[];
}

/** Everything a formatter needs to print one run. */
export interface FormatInput {
  /** One entry per file checked, clean files included, in the order to print. */
  results: LintResult[];
  /** Metadata of every rule of the run (SARIF lists them all so GitHub can show help). */
  rules: RuleMeta[];
  /** Absolute path of the repository root that `file` paths are relative to. */
  cwd: string;
  /** Whether to emit ANSI colour codes (only `stylish` uses colour). */
  color: boolean;
  /** supv's own version, for tool metadata. */
  toolVersion: string;
}

/** Turns one run's results into the text to write. Pure. */
export type Formatter = (input: FormatInput) => string;
