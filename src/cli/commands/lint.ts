import path from 'node:path';
import { checkRecords, type RuleSetting } from '../../check/engine.js';
import { gitState, loadGitHistory } from '../../git/history.js';
import { pathsCommittedSince } from '../../git/state.js';
import { findRule, rules } from '../../check/rules/index.js';
import { formatters, isFormatName } from '../../format/index.js';
import type { LintResult } from '../../format/types.js';
import { loadRecordsInParallel } from '../../load/load.js';
import { takeReading, type ReadAhead } from '../../load/read-ahead.js';
import type { ScanAhead } from '../../cache/scan.js';
import { writeReport } from '../../util/atomic-write.js';
import { suggestion } from '../../util/suggest.js';
import { Coloured } from '../../util/terminal.js';
import { checkConfigReferences, recordsForRun, resolveContext, type GlobalOptions, type RunContext } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace, pathFilter } from '../paths.js';
import { toolVersion } from '../version.js';

export interface LintOptions extends GlobalOptions {
  format?: string;
  output?: string;
  maxWarnings?: string;
  rule?: string[];
  /** `--cache`: keep what each record gave in `.supv-cache/` and read only what changed (`--no-cache`: false). */
  cache?: boolean;
}

/** `supv lint [PATH...]`: exit 0 when clean, 1 on errors or too many warnings. */
export async function lintCommand(paths: string[], options: LintOptions, io: Io, readAhead?: ReadAhead, scanAhead?: ScanAhead): Promise<number> {
  // With --cache, the cache's own code loads while this thread waits for the config.
  const cacheCode = options.cache === true ? loadCacheCode() : undefined;
  // Awaited below; until then (or when the options are refused first) a rejection must not count as unhandled.
  cacheCode?.catch(() => undefined);
  // The config file as the scan started early parsed it (src/cache/scan.ts), when it did.
  const context = resolveContext(options, io, await scanAhead?.config);
  const format = options.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`--format must be one of ${Object.keys(formatters).join(', ')}, not ${format}`);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const settings = parseRuleSettings(options.rule ?? []);
  const output = options.output === undefined ? undefined : outputFile(options.output, io, context);

  const { results, save } = await findingsOf(context, settings, readAhead, cacheCode, io, scanAhead);
  // Rules see every record; the report shows only the files or folders asked for.
  const wanted = pathFilter(context, paths, results.map((result) => result.file));
  const shown = wanted ? results.filter((result) => wanted(result.file)) : results;

  const color = context.color && !options.output;
  const text = formatters[format]({ results: shown, rules: rules.map((rule) => rule.meta), cwd: context.root, color, toolVersion: toolVersion() });
  if (output !== undefined) await writeReport(output, text);
  // Only stylish colours; its colour codes are the only ones that reach the terminal (src/util/terminal.ts).
  else io.stdout(color && format === 'stylish' ? new Coloured(text) : text);

  // After the report: a user waits for the findings, not for the cache.
  await save();
  const all = shown.flatMap((result) => result.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.length - errors;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`supv found ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** `lint --cache`'s code, loaded only for it: the cache itself, and git's history as the cache keeps it. */
function loadCacheCode() {
  return Promise.all([import('../../cache/lint-cache.js'), import('../../cache/history-cache.js')]);
}

/**
 * Read the records and run the rules. Apart from the report so that the
 * records (most of the memory of a large run) can be freed while the report
 * is written.
 */
async function findingsOf(context: RunContext, settings: Record<string, RuleSetting>, readAhead: ReadAhead | undefined, cache: ReturnType<typeof loadCacheCode> | undefined, io: Io, scanAhead?: ScanAhead): Promise<{ results: LintResult[]; save: () => Promise<void> }> {
  const gitRules = rules.some((rule) => rule.meta.usesGit && settings[rule.meta.id] !== 'off');
  if (!cache) {
    // One git walk, and only when a rule that reads history is on. It starts first and runs in git's own
    // process while the records are read.
    const history = gitRules ? loadGitHistory(context.root) : undefined;
    // Awaited below; until then a rejection must not count as unhandled.
    history?.catch(() => undefined);
    const records = recordsForRun(context, await loadRecordsInParallel(context.root, { readAhead }));
    return { results: await checkRecords(records, rules, { config: context.config, asOf: context.asOf, settings, git: await history }), save: async () => undefined };
  }
  // A reading started ahead (src/cli/bin.ts starts none with --cache) would parse every file again: stopped.
  (await takeReading(readAhead, context.root))?.stop();
  const [{ lintCached }, { historyCached }] = await cache;
  // A scan started before the CLI loaded (src/cli/bin.ts), when it is of this repository.
  const scan = scanAhead?.root === context.root ? scanAhead.scan : undefined;
  // Asked while the files are looked at (or by the scan); the history itself is read only if a rule is to run.
  const state = !gitRules ? Promise.resolve('no git rules') : scan ? scan.then((found) => found?.gitState).then((answer) => answer ?? gitState(context.root)) : gitState(context.root);
  state.catch(() => undefined);
  const linted = await lintCached(context.root, {
    scan,
    config: context.config,
    asOf: context.asOf,
    today: context.today ?? context.asOf,
    pastAsOf: context.pastAsOf === true,
    settings,
    gitState: () => state,
    gitChanges: (from, to) => pathsCommittedSince(context.root, from, to),
    // Kept in the cache under HEAD's commit: read from git only after a commit, a checkout or a first run.
    history: async () => (gitRules ? historyCached(context.root, await state) : undefined),
    checkConfig: (records) => checkConfigReferences(context, records),
  });
  if (linted.unusable) io.stderr(`supv lint: the cache was not used: ${linted.unusable}.\n`);
  if (context.debug) io.stderr(`supv lint --cache: ${linted.mode}; ${linted.stats.cached} files from the cache, ${linted.stats.parsed} read, ${linted.stats.checked} checked by the rules about several records${linted.pathsKept ? '; the rules about paths kept their findings' : ''}.\n`);
  return {
    results: linted.results,
    save: async () => {
      try {
        await linted.save();
      } catch (error) {
        // The findings stand; only the next run is slower.
        io.stderr(`supv lint: the cache could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next lint reads every record again.\n`);
      }
    },
  };
}

/**
 * `--output FILE`, relative to the shell's folder like every file supv
 * writes. Checked as the other commands' outputs are: run from a folder
 * below records/, `--output lint.json` would otherwise land among the
 * records (SPEC §10).
 */
function outputFile(given: string, io: Io, context: RunContext): string {
  const file = path.resolve(io.cwd, given);
  checkOutputPlace(context.root, { target: file, kind: 'file', shown: given, option: '--output' });
  return file;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number, not ${value}`);
  return Number(value);
}

function parseRuleSettings(given: string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const entry of given) {
    const match = /^([a-z-]+)=(off|warn|error)$/.exec(entry);
    if (!match) throw new UsageError(`--rule must be written ID=off, ID=warn or ID=error, not ${entry}`);
    const [, id, setting] = match;
    if (!findRule(id!)) {
      const near = suggestion(id!, rules.map((rule) => rule.meta.id));
      throw new UsageError(`--rule ${entry}: there is no rule ${id}; ${near ? `did you mean ${near}?` : 'run `supv lint --help` for the list'}`);
    }
    settings[id!] = setting as RuleSetting;
  }
  return settings;
}
