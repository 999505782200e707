/**
 * The output formats of `supv lint --format`, by name. Each is a pure
 * function from a run's results to text; the CLI writes it.
 */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatInput, Formatter, LintResult } from './types.js';

/** A value `--format` accepts. */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github';

/** Every formatter, by the name users pass to `--format`. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github };

/** True when `s` names a formatter, e.g. to check `--format` before a run. */
export function isFormatName(s: string): s is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, s);
}
