/** The configuration: `supv.config.yaml` read, validated and completed with the defaults of SPEC §4. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configSource, type ConfigParse } from './config-text.js';
import { parseYaml } from '../parse/yaml.js';
import { lineAndColumn } from '../parse/frontmatter.js';
import { PositionIndex } from '../parse/positions.js';
import { isTimeZone } from '../validate/formats.js';
import { validateConfig } from '../validate/validate.js';
import type { Config, Policy } from '../types/config.js';
import { UserError } from '../util/errors.js';
import { addDuration } from '../policy/dates.js';
import { CONFIG_FILE } from '../load/root.js';

export type { Config, Policy, Stage } from '../types/config.js';

/** SPEC §4: what applies when there is no config file, or a key is left out. */
export const DEFAULT_CONFIG: Config = {
  organisation: 'Unnamed organisation',
  timezone: 'Europe/London',
  marking: 'OFFICIAL-SENSITIVE',
  output: 'dist',
  seal: {},
  bundle: {},
  policy: {
    // SPEC §11.2: ad-hoc sessions (a corridor conversation) never reset the clock unless a policy lists them.
    counts: ['one-to-one', 'group', 'joint-agency', 'peer', 'three-way'],
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
    require_keys: false,
    contract_after_change: 'P4W',
    training_refresh: 'P3Y',
    safeguarding_training_refresh: 'P1Y',
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
export function loadConfig(root: string, configPath?: string, base = root, ahead?: ConfigParse): LoadedConfig {
  const file = configPath ? path.resolve(base, configPath) : path.join(root, CONFIG_FILE);
  if (!existsSync(file)) {
    if (configPath) throw new ConfigError(configPath, 1, 1, 'the config file does not exist');
    return { config: structuredClone(DEFAULT_CONFIG) };
  }
  const shown = path.relative(root, file) || file;
  const text = configSource(readFileSync(file));
  if ('problem' in text) throw new ConfigError(shown, text.problem.line, text.problem.column, text.problem.message);
  // Parsed as the frontmatter of a record would be; taken from a parse done ahead when that was of this very text.
  const { source } = text;
  const parsed = ahead && ahead.file === file && ahead.source === source ? ahead.parsed : parseYaml(source);
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
  const locate = (pointer: string): { file: string; line: number; column: number } => {
    const { line, column } = new PositionIndex(source).locate({ pointer });
    return { file: shown, line: line - 1, column };
  };
  const given = data as Partial<Config> & { policy?: Partial<Policy> };
  const order = escalationOutOfOrder(given.policy?.escalation);
  if (order) {
    const at = locate(`/policy/escalation/${order.index}/after`);
    throw new ConfigError(at.file, at.line, at.column, order.message);
  }
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
  return { config, file, locate };
}

/** The configuration and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** The file read; undefined when there is none and the defaults apply. */
  file?: string;
  /** Where a key of the file is (a JSON pointer such as `/policy/head`), for a finding about its value; undefined with no file. */
  locate?: (pointer: string) => { file: string; line: number; column: number };
}

/**
 * The first stage of `policy.escalation` whose `after` is not later than the
 * one before it: the steps are read in order of how long a session is
 * overdue, so a list out of order would make a later step never apply.
 * Durations are compared from one fixed day, as the rule compares them.
 */
function escalationOutOfOrder(stages: Policy['escalation'] | undefined): { index: number; message: string } | undefined {
  if (!stages) return undefined;
  const base = '2001-01-01';
  for (let index = 1; index < stages.length; index++) {
    const before = stages[index - 1]!;
    const stage = stages[index]!;
    if (addDuration(base, stage.after, 'UTC') <= addDuration(base, before.after, 'UTC')) {
      return {
        index,
        message: `\`policy.escalation\` must be in order of \`after\`: ${stage.after} (${stage.step}) comes after ${before.after} (${before.step}) in the list but is not longer; list the steps from the shortest time overdue to the longest`,
      };
    }
  }
  return undefined;
}

/**
 * Keys of the configuration that name records: `policy.head` must be the id
 * of a staff record. Checked once the records are read; a name that matches
 * nothing is a configuration error (exit 2), at its line, since every
 * escalation message would otherwise name someone who does not exist.
 */
export function configReferenceProblem(config: Config, staffIds: ReadonlySet<string>): { pointer: string; message: string } | undefined {
  const head = config.policy.head;
  if (head !== undefined && !staffIds.has(head)) {
    return { pointer: '/policy/head', message: `\`policy.head\` names ${head}, but there is no staff record with that id (records/staff/${head}.md)` };
  }
  return undefined;
}
