/** The check stage: the engine runs the rules (rules/, one file each) and turns what they report into findings. */
import type { Config } from '../types/config.js';
import type { LintResult } from '../format/types.js';
import { isValidRecord, type Finding, type LoadedRecord, type Position, type RecordSet, type Severity, type ValidRecord } from '../model.js';
import type { Report, Rule, RuleContext } from './rule.js';
import type { GitHistory } from '../git/types.js';
import { RunFacts } from '../policy/facts.js';
import { fillMessage } from './messages.js';
import { rules as everyRule } from './rules/index.js';

export type RuleSetting = 'off' | 'warn' | 'error';


export interface CheckOptions {
  config: Config;
  asOf: string;
  /** Per-rule severity set by `--rule ID=off|warn|error`. */
  settings?: Record<string, RuleSetting>;
  git?: GitHistory;
  /**
   * Facts already worked out for these records, config and as-of date, to
   * share them with the caller (the compliance report asks the rules'
   * questions too); by default the run makes its own.
   */
  facts?: RunFacts;
  /**
   * At most this many findings of one rule in one file; past it, one finding
   * more says how many were left out (SPEC §11.7). Default
   * {@link FINDINGS_PER_RULE}; the compliance report, which counts findings,
   * passes Infinity.
   */
  findingsPerRule?: number;
  /**
   * The findings of the rules about one record at a time (`meta.scope:
   * 'record'`) for every file, as {@link checkEachRecord} gives them: kept
   * from an earlier run for the files that did not change (`lint --cache`).
   * By default the engine works them out.
   */
  recordFindings?: ReadonlyMap<string, readonly Finding[]>;
  /**
   * `lint --cache` after a few records changed: the rules with `meta.scope:
   * 'linked'` run over `records` only (the changed records and those tied to
   * them, src/cache/links.ts, with every staff record) and keep what they
   * find in `files`, and those that read the sessions someone led
   * (`meta.readsSessionsLed`) in `led` too; in every other file their
   * findings are `kept` (by rule id), from the last run. Rules without a scope, and those about paths
   * unless `settled`, run over the whole set.
   */
  linked?: LinkedRun;
}

/** See {@link CheckOptions.linked}. */
export interface LinkedRun {
  records: RecordSet;
  files: ReadonlySet<string>;
  /** Staff records whose findings of the rules that read the sessions someone led are worked out again (src/cache/links.ts). */
  led?: ReadonlySet<string>;
  kept: ReadonlyMap<string, readonly Finding[]>;
  /**
   * The rules with `meta.scope: 'paths'` are not run: nothing they read
   * changed, and `kept` holds their last findings in every file.
   */
  settled?: boolean;
}

/** The message id of the one warning of a run without git history; it belongs to the run, not to a record. */
export const HISTORY_INCOMPLETE_MESSAGE_ID = 'historyIncomplete';

/** How many findings of one rule one file gives at most, before the one that says how many more there are. */
export const FINDINGS_PER_RULE = 100;

/** The message id of the finding that stands for those left out; no rule may use it. */
export const MORE_MESSAGE_ID = 'more';

/** The words of the finding that stands for the findings of a rule left out of a file. */
export function moreTemplate(rule: Rule, limit: number): string {
  return `and {count} more ${rule.meta.more ?? `findings of ${rule.meta.id}`} in this file (supv lists the first ${limit} findings of a rule in a file; fix those and lint again)`;
}

/** An error inside a rule: a bug in supv, named so it can be reported. */
export class RuleError extends Error {}

/**
 * The one warning of a run whose git history is incomplete or was not loaded,
 * as a report and its template. It is about the repository, so it goes on the
 * file that stands for it (its config file), else on the first record; it
 * names every git rule supv has, whichever of them this run has on.
 */
function historyIncomplete(records: RecordSet, git: GitHistory | undefined): { report: Report & { file: string }; template: string } {
  const reason = git ? git.incompleteReason ?? 'the history could not be read' : 'git history was not loaded for this run';
  const file = git?.reportFile ?? records.files[0]?.file ?? 'supv.config.yaml';
  // Rules that check today's files instead (their `withoutHistory` says how) are not skipped, so not listed.
  const gitRules = everyRule.filter((rule) => rule.meta.usesGit && !rule.meta.withoutHistory).map((rule) => rule.meta.id);
  return {
    report: { file, messageId: HISTORY_INCOMPLETE_MESSAGE_ID, data: { reason }, severity: 'warning' },
    template: `git history is incomplete: {reason}. The git rules (${gitRules.join(', ')}) were skipped rather than guess`,
  };
}

/** Where a report lands in its file. */
function placeOf(given: Report): Position {
  return given.position ?? (given.at && given.record ? given.record.locate(given.at) : { line: 1, column: 1 });
}

/**
 * Run the rules over the record set. This is the one place where a rule's
 * report becomes a finding: the message id becomes text, the JSON pointer a
 * 1-based line and column, and the severity what the user configured.
 *
 * The rules about one record at a time (`meta.scope: 'record'`) run first,
 * each over the records as if alone ({@link checkEachRecord}), or their
 * findings come from `options.recordFindings` (`lint --cache`); the rest then
 * run over the whole set. Either way the findings are the same.
 *
 * The engine also stands between the git rules (`meta.usesGit`) and a
 * history it cannot trust. When history is incomplete or was not loaded, a
 * `'required'` git rule is not run, and an `'optional'` one runs without it;
 * the first git rule to need history (a required one by being reached, an
 * optional one by asking) gets the run's one warning about it, under its own
 * id and with its own `--rule` setting, on the file that stands for the
 * repository.
 */
export async function checkRecords(records: RecordSet, rules: Rule[], options: CheckOptions): Promise<LintResult[]> {
  const byFile = new Map<string, Finding[]>(records.files.map((record) => [record.file, []]));
  const facts = options.facts ?? new RunFacts(records, options.config, options.asOf);
  if (facts.records !== records || facts.config !== options.config || facts.asOf !== options.asOf) {
    throw new Error('checkRecords was given facts about other records, another config or another as-of date');
  }
  const history = options.git?.complete ? options.git : undefined;
  let historyWarned = false;
  const limit = options.findingsPerRule ?? FINDINGS_PER_RULE;
  const push = (finding: Finding) => {
    const findings = byFile.get(finding.file) ?? [];
    byFile.set(finding.file, findings);
    findings.push(finding);
  };

  const eachRecord = rules.filter((rule) => isRecordRule(rule) && options.settings?.[rule.meta.id] !== 'off');
  const recordFindings = eachRecord.length === 0 ? new Map<string, Finding[]>() : options.recordFindings ?? (await checkEachRecord(records.files, eachRecord, options.config, limit));
  const wanted = new Set(eachRecord.map((rule) => rule.meta.id));
  for (const record of eachRecord.length === 0 ? [] : records.files) {
    const found = recordFindings.get(record.file);
    if (found === undefined) throw new Error(`checkRecords was given no per-record findings for ${record.file}`);
    for (const finding of found) {
      if (!wanted.has(finding.rule)) continue;
      const setting = options.settings?.[finding.rule];
      push(setting === 'warn' || setting === 'error' ? { ...finding, severity: setting === 'warn' ? 'warning' : 'error' } : finding);
    }
  }

  const linked = options.linked;
  let linkedFacts: RunFacts | undefined;
  for (const rule of rules) {
    const setting = options.settings?.[rule.meta.id];
    if (setting === 'off' || isRecordRule(rule)) continue;
    const alone = linked && rule.meta.scope === 'linked' ? linked : undefined;
    const settled = linked?.settled === true && rule.meta.scope === 'paths';
    // Over the tied records, what the rule finds elsewhere is left out: those files keep the last run's findings.
    const add = adder(rule, setting, push);
    for (const finding of alone || settled ? (linked!.kept.get(rule.meta.id) ?? []) : []) push(finding);
    const keeps = alone ? redoneIn(alone, rule) : keepsEvery;
    const { report, finish } = reporter(rule, limit, add, keeps);
    /** Once per run, under the first git rule that needs the history this run does not have. */
    const warnHistoryIncomplete = () => {
      if (historyWarned) return;
      historyWarned = true;
      const { report: warning, template } = historyIncomplete(records, options.git);
      add(warning, warning.file, template, { line: 1, column: 1 });
    };

    if (rule.meta.usesGit === 'required' && !history) {
      warnHistoryIncomplete();
      continue;
    }
    if (settled) continue;
    const askForHistory = () => {
      if (!rule.meta.usesGit) throw new RuleError(`rule ${rule.meta.id} asked for git history but its meta does not say usesGit`);
      if (!history) warnHistoryIncomplete();
      return history;
    };
    // `lint --cache` with the rules about paths settled runs every rule over the tied records alone: one set, one facts.
    const aloneFacts = () => (alone!.records === records ? facts : (linkedFacts ??= new RunFacts(alone!.records, options.config, options.asOf)));
    const scope = alone ? { records: alone.records, facts: aloneFacts() } : { records, facts };
    await runRule(rule, { ...scope, config: options.config, asOf: options.asOf, history: askForHistory, report, keeps });
    finish();
  }
  return sortedResults(byFile);
}

/** Findings by file as a run reports them: files in path order, each file's findings by line, column and rule. */
export function sortedResults(byFile: ReadonlyMap<string, Finding[]>): LintResult[] {
  // Paths in UTF-16 code unit order, as `<` compares them: the sort without a comparator compares the same way,
  // without calling back into JavaScript for each of the comparisons over every file of the repository.
  const files = [...byFile.keys()].sort();
  const results: LintResult[] = new Array(files.length);
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!;
    const findings = byFile.get(file)!;
    results[index] = { file, findings: findings.length < 2 ? findings : findings.sort(byPlace) };
  }
  return results;
}

/**
 * Results in the order {@link sortedResults} gives them, from a list mostly
 * in that order already: files and each file's findings are sorted only
 * where they are not (a merged `lint --cache` run of 10,000 files).
 */
export function inReportOrder(results: LintResult[]): LintResult[] {
  const byFile = (a: LintResult, b: LintResult) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  if (!inOrder(results, byFile)) results.sort(byFile);
  for (const result of results) if (!inOrder(result.findings, byPlace)) result.findings = [...result.findings].sort(byPlace);
  return results;
}

function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** Findings of one file in the order they are shown: by line, column, then rule. */
function byPlace(a: Finding, b: Finding): number {
  // One rule's findings on one line are the common tie: the same rule compares equal without asking ICU.
  return a.line - b.line || a.column - b.column || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule));
}

/** Whether a rule looks at one record at a time, and its findings may be kept with the record (`lint --cache`). */
export function isRecordRule(rule: Rule): boolean {
  return rule.meta.scope === 'record';
}

/**
 * The findings of the rules about one record at a time (`meta.scope:
 * 'record'`), by file, every file given having an entry: as each rule's
 * default severity says (the engine applies `--rule` settings later), at most
 * `limit` of a rule in a file. These depend on nothing but the record and
 * the configuration, so `lint --cache` keeps them with the record.
 *
 * Each rule sees the records as if each were alone: `records.files` and
 * `records.ofKind` hold these records (every valid one, whatever other file
 * has its id), and what would reach beyond one record (`records.byId`,
 * `facts`, `history`, `asOf`) is refused with an error naming the rule. A
 * rule that needs them must not declare itself per record.
 */
export async function checkEachRecord(files: readonly LoadedRecord[], rules: Rule[], config: Config, limit = FINDINGS_PER_RULE): Promise<Map<string, Finding[]>> {
  const byFile = new Map<string, Finding[]>(files.map((record) => [record.file, []]));
  const push = (finding: Finding) => {
    const findings = byFile.get(finding.file);
    if (!findings) throw new RuleError(`rule ${finding.rule} is about one record at a time but reported on another file, ${finding.file}`);
    findings.push(finding);
  };
  const alone = recordsAlone(files);
  for (const rule of rules) {
    if (!isRecordRule(rule)) throw new Error(`rule ${rule.meta.id} is not about one record at a time`);
    const { report, finish } = reporter(rule, limit, adder(rule, undefined, push), keepsEvery);
    const refuse = (what: string) => () => {
      throw new RuleError(`rule ${rule.meta.id} is about one record at a time (meta.scope 'record') but read ${what}, which depends on other records or the date; remove its scope`);
    };
    const context = Object.defineProperties({ records: alone(rule), config, report, keeps: keepsEvery } as unknown as RuleContext, {
      asOf: { get: refuse('asOf') },
      facts: { get: refuse('facts') },
      history: { get: refuse('history') },
    });
    await runRule(rule, context);
    finish();
  }
  return byFile;
}

/** The records as each rule about one record sees them: no index by id, every valid record in its kind's list. */
function recordsAlone(files: readonly LoadedRecord[]): (rule: Rule) => RecordSet {
  const ofKind: RecordSet['ofKind'] = { staff: [], contract: [], session: [], decision: [], 'case-audit': [] };
  for (const record of files) {
    if (!isValidRecord(record)) continue;
    const list: ValidRecord[] = ofKind[record.kind];
    list.push(record);
  }
  return (rule) => {
    const set = { files: [...files], ofKind } as unknown as RecordSet;
    return Object.defineProperty(set, 'byId', {
      get() {
        throw new RuleError(`rule ${rule.meta.id} is about one record at a time (meta.scope 'record') but read records.byId, which depends on other records; remove its scope`);
      },
    });
  };
}

/**
 * The files in which a linked run works out a linked rule's findings again
 * (`files`, and `led` too for a rule that reads the sessions someone led);
 * in every other file they are kept from the last run.
 */
export function redoneIn(linked: Pick<LinkedRun, 'files' | 'led'>, rule: Rule): (file: string) => boolean {
  const led = rule.meta.readsSessionsLed ? linked.led : undefined;
  return (file) => linked.files.has(file) || led?.has(file) === true;
}

/** {@link RuleContext.keeps} of a run that keeps every finding. */
const keepsEvery = (): boolean => true;

async function runRule(rule: Rule, context: RuleContext): Promise<void> {
  try {
    await rule.check(context);
  } catch (error) {
    if (error instanceof RuleError) throw error;
    throw new RuleError(`rule ${rule.meta.id} failed: ${(error as Error).message}`, { cause: error });
  }
}

type Add = (given: Report, file: string, template: string, position: Position) => void;

/** Makes a report a finding, at the severity the user configured. */
function adder(rule: Rule, setting: RuleSetting | undefined, push: (finding: Finding) => void): Add {
  return (given, file, template, position) => {
    const severity: Severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : given.severity ?? rule.meta.defaultSeverity;
    push({
      file,
      line: position.line,
      column: position.column,
      rule: rule.meta.id,
      severity,
      message: fillMessage(template, given.data),
      messageId: given.messageId,
      // A copy: the finding keeps the values its message was filled with, whatever the rule does with its object next.
      data: given.data && { ...given.data },
      pointer: given.at?.pointer,
      docs: rule.meta.docs,
    });
  };
}

/**
 * A rule's `report`, counting its findings by file: past `limit` in one
 * file, a report is counted and not placed, and `finish` adds one finding
 * that says how many were left out. A report on a file the run does not keep
 * ({@link RuleContext.keeps}) is checked and dropped before it is placed or
 * counted: whatever it would have added there, "and N more" included, would
 * be dropped, and placing it is most of what it costs.
 */
function reporter(rule: Rule, limit: number, add: Add, keeps: (file: string) => boolean): { report: (given: Report) => void; finish: () => void } {
  /** Findings of this rule so far, by file; past the limit, how many were left out and the first of them. */
  const counted = new Map<string, { count: number; left?: { first: Report; count: number; error: boolean } }>();
  const report = (given: Report) => {
    const file = given.record?.file ?? given.file;
    const template = given.messageId === MORE_MESSAGE_ID ? undefined : rule.meta.messages[given.messageId];
    if (!file || template === undefined) {
      throw new RuleError(`rule ${rule.meta.id} reported ${template === undefined ? `an unknown message id "${given.messageId}"` : 'a finding without a file'}`);
    }
    // A linked run keeps what a rule finds only in the files it looks at again: the rest is dropped before it is
    // placed (a record given only for context may draw findings the whole run would not make, at places its cached
    // entry does not know).
    if (!keeps(file)) return;
    let seen = counted.get(file);
    if (!seen) counted.set(file, (seen = { count: 0 }));
    seen.count += 1;
    if (seen.count > limit) {
      // Left out before it is placed: placing a finding is most of what one costs.
      const error = (given.severity ?? rule.meta.defaultSeverity) === 'error';
      if (seen.left) {
        seen.left.count += 1;
        seen.left.error ||= error;
      } else seen.left = { first: given, count: 1, error };
      return;
    }
    add(given, file, template, placeOf(given));
  };
  const finish = () => {
    for (const [file, { left }] of counted) {
      if (!left) continue;
      // Where the first finding left out would have been, at the severity of the worst of them.
      const more: Report = { messageId: MORE_MESSAGE_ID, data: { count: left.count.toLocaleString('en-GB') }, severity: left.error ? 'error' : 'warning', at: left.first.at };
      add(more, file, moreTemplate(rule, limit), placeOf(left.first));
    }
  };
  return { report, finish };
}
