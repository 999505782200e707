import type { Config } from '../config/config.js';
import type { LintResult } from '../format/types.js';
import type { Finding, Report, Rule, RecordSet, Severity } from '../model.js';
import type { GitHistory } from '../git/history.js';
import { RunFacts } from '../policy/facts.js';
import { fillMessage } from './messages.js';

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
 * Run the rules over the record set. This is the one place where a rule's
 * report becomes a finding: the message id becomes text, the JSON pointer a
 * 1-based line and column, and the severity what the user configured.
 */
export async function checkRecords(records: RecordSet, rules: Rule[], options: CheckOptions): Promise<LintResult[]> {
  const byFile = new Map<string, Finding[]>(records.files.map((record) => [record.file, []]));
  const facts = options.facts ?? new RunFacts(records, options.config, options.asOf);
  if (facts.records !== records || facts.config !== options.config || facts.asOf !== options.asOf) {
    throw new Error('checkRecords was given facts about other records, another config or another as-of date');
  }
  for (const rule of rules) {
    const setting = options.settings?.[rule.meta.id];
    if (setting === 'off') continue;
    const report = (given: Report) => {
      const file = given.record?.file ?? given.file;
      const template = rule.meta.messages[given.messageId];
      if (!file || template === undefined) {
        throw new RuleError(`rule ${rule.meta.id} reported ${template === undefined ? `an unknown message id "${given.messageId}"` : 'a finding without a file'}`);
      }
      const position = given.position ?? (given.at && given.record ? given.record.locate(given.at) : { line: 1, column: 1 });
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
    try {
      await rule.check({ records, config: options.config, asOf: options.asOf, git: options.git, facts, report });
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError(`rule ${rule.meta.id} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, findings]) => ({ file, findings: findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)) }));
}
