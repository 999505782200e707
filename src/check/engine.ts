/** The check stage: the engine runs the rules (rules/, one file each) and turns what they report into findings. */
import type { Config } from '../types/config.js';
import type { LintResult } from '../format/types.js';
import type { Finding, Position, RecordSet, Severity } from '../model.js';
import type { Report, Rule } from './rule.js';
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
    report: { file, messageId: 'historyIncomplete', data: { reason }, severity: 'warning' },
    template: `git history is incomplete: {reason}. The git rules (${gitRules.join(', ')}) were skipped rather than guess`,
  };
}

/**
 * Run the rules over the record set. This is the one place where a rule's
 * report becomes a finding: the message id becomes text, the JSON pointer a
 * 1-based line and column, and the severity what the user configured.
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

  for (const rule of rules) {
    const setting = options.settings?.[rule.meta.id];
    if (setting === 'off') continue;
    const add = (given: Report, file: string, template: string, position: Position) => {
      const severity: Severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : given.severity ?? rule.meta.defaultSeverity;
      const findings = byFile.get(file) ?? [];
      byFile.set(file, findings);
      findings.push({
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
    const report = (given: Report) => {
      const file = given.record?.file ?? given.file;
      const template = rule.meta.messages[given.messageId];
      if (!file || template === undefined) {
        throw new RuleError(`rule ${rule.meta.id} reported ${template === undefined ? `an unknown message id "${given.messageId}"` : 'a finding without a file'}`);
      }
      add(given, file, template, given.position ?? (given.at && given.record ? given.record.locate(given.at) : { line: 1, column: 1 }));
    };
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
    const askForHistory = () => {
      if (!rule.meta.usesGit) throw new RuleError(`rule ${rule.meta.id} asked for git history but its meta does not say usesGit`);
      if (!history) warnHistoryIncomplete();
      return history;
    };
    try {
      await rule.check({ records, config: options.config, asOf: options.asOf, facts, history: askForHistory, report });
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError(`rule ${rule.meta.id} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, findings]) => ({ file, findings: findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)) }));
}
