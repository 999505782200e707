/** The configuration: `supv.config.yaml` read, validated and completed with the defaults of SPEC §4. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeRecord } from '../parse/decode.js';
import { parseYaml } from '../parse/yaml.js';
import { lineAndColumn } from '../parse/frontmatter.js';
import { PositionIndex } from '../parse/positions.js';
import { isTimeZone } from '../validate/formats.js';
import { validateConfig } from '../validate/validate.js';
import type { Config, Policy } from '../types/config.js';
import { UserError } from '../util/errors.js';
import { CONFIG_FILE } from '../load/root.js';

export type { Config, Policy, Stage } from '../types/config.js';

/** SPEC §4: what applies when there is no config file, or a key is left out. */
export const DEFAULT_CONFIG: Config = {
  organisation: 'Unnamed organisation',
  timezone: 'Europe/London',
  marking: 'OFFICIAL-SENSITIVE',
  output: 'dist',
  seal: {},
  policy: {
    tiers: {
      'case-holder': 'P4W',
      'designated-lead': 'P4W',
      general: 'P3M',
      'newly-qualified': [
        { until: 'P6W', every: 'P1W' },
        { until: 'P6M', every: 'P2W' },
        { every: 'P4W' },
      ],
    },
    induction: 'P2W',
    min_duration: 'PT60M',
    sign_within: 'P7D',
    record_within: 'P7D',
    due_soon: 'P7D',
    contract_review: 'P1Y',
    functions_window: 3,
    case_review: { CP: 'P4W', CIN: 'P6W', LAC: 'P6W' },
    child_file: 'decisions',
    case_audit: 'P6M',
  },
};

// Its name marks a repository's root too, where no configuration is loaded yet (src/load/root.ts).
export { CONFIG_FILE };

/** A configuration problem, with the place in the config file. */
export class ConfigError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
  }
}

/**
 * Read the config (the given file, or `supv.config.yaml` in the repository
 * when present) and fill in the defaults. Throws ConfigError, with a line and
 * column, when the file is not valid. A relative `configPath` is relative to
 * `base`: the folder the command runs in, which may be below the repository's
 * root (default: the root).
 */
export function loadConfig(root: string, configPath?: string, base = root): { config: Config; file?: string } {
  const file = configPath ? path.resolve(base, configPath) : path.join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    if (configPath) throw new ConfigError(configPath, 1, 1, 'the config file does not exist');
    return { config: structuredClone(DEFAULT_CONFIG) };
  }
  const shown = path.relative(root, file) || file;
  const decoded = decodeRecord(readFileSync(file));
  if ('problem' in decoded) throw new ConfigError(shown, decoded.problem.line, decoded.problem.column, decoded.problem.message);
  // Parse as the frontmatter of a record would be parsed; a leading newline keeps line numbers equal to the file's.
  const source = '\n' + decoded.text.replace(/\r\n?/g, '\n');
  const parsed = parseYaml(source);
  if ('problem' in parsed) {
    const { line, column } = lineAndColumn(source, parsed.problem.offset);
    throw new ConfigError(shown, line - 1, column, parsed.problem.message);
  }
  const data = parsed.value ?? {};
  const problems = validateConfig(data);
  if (problems.length > 0) {
    const first = problems[0]!;
    const { line, column } = new PositionIndex(source).locate(first);
    throw new ConfigError(shown, line - 1, column, first.message);
  }
  const given = data as Partial<Config> & { policy?: Partial<Policy> };
  const config: Config = {
    ...structuredClone(DEFAULT_CONFIG),
    ...given,
    policy: { ...structuredClone(DEFAULT_CONFIG.policy), ...given.policy },
  };
  // A status left out of `case_review` keeps its default.
  config.policy.case_review = { ...DEFAULT_CONFIG.policy.case_review, ...given.policy?.case_review };
  if (!isTimeZone(config.timezone)) {
    const { line, column } = new PositionIndex(source).locate({ pointer: '/timezone' });
    throw new ConfigError(shown, line - 1, column, `\`timezone\` must be a time zone name like Europe/London, not ${config.timezone}`);
  }
  return { config, file };
}
