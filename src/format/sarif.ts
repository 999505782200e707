import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../model.js';
import type { Formatter } from './types.js';
import { escapeJsonControls } from '../util/terminal.js';
import { explainHint } from '../check/rules/docs.js';

/** `session-overdue` → `SessionOverdue`: SARIF's `name` is a readable identifier, the id stays the key. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A repository-relative path as a relative URI reference: `/` separators and
 * each segment percent-encoded, so a space, `#` or `:` in a file name cannot
 * change what the URI means.
 */
function fileUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function level(severity: Severity): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

/**
 * Lets local viewers resolve `%SRCROOT%`; GitHub resolves it to the checkout
 * itself. Left out for a relative `cwd`, which would need the process's own
 * working directory to resolve (formatters stay pure).
 */
function srcRoot(cwd: string) {
  if (!isAbsolute(cwd)) return {};
  const href = pathToFileURL(cwd).href;
  return { originalUriBaseIds: { '%SRCROOT%': { uri: href.endsWith('/') ? href : `${href}/` } } };
}

/**
 * One rule as SARIF describes it. Its help is the command that prints the
 * rule's page, `supv explain ID`, which works for whoever reads the log: the
 * page ships with supv, and supv has no web page a `helpUri` could name (a
 * file URL into the machine that ran lint would be a broken link in a
 * code-scanning alert, and `helpUri` is optional).
 */
function descriptor(rule: RuleMeta) {
  const explain = explainHint(rule.id);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    help: {
      text: `Run ${explain} for what the policy asks, what this rule checks and how to fix a finding.`,
      markdown: `Run \`${explain}\` for what the policy asks, what this rule checks and how to fix a finding.`,
    },
    defaultConfiguration: { level: level(rule.defaultSeverity) },
  };
}

/**
 * A SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) with one
 * run, for GitHub code scanning and other SARIF viewers. Every rule of the run
 * is listed, used or not, so a viewer can show each rule's help. Each result
 * points at its file relative to `%SRCROOT%` (the repository root) and at its
 * 1-based line and column; columns count UTF-16 code units, as everywhere in
 * supv (JavaScript's string indices), and the run says so (§3.14.27).
 */
export const sarif: Formatter = ({ results, rules, cwd, toolVersion }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = results
    .flatMap((r) => r.findings)
    .map((f) => {
      const index = ruleIndex.get(f.rule);
      return {
        ruleId: f.rule,
        // A finding from a rule not passed in (should not happen) keeps its ruleId alone.
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: level(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column },
            },
          },
        ],
      };
    });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            // No informationUri (optional in SARIF): supv has no public web page, and none is made up.
            name: 'supv',
            semanticVersion: toolVersion,
            rules: rules.map(descriptor),
          },
        },
        ...srcRoot(cwd),
        // SARIF has no default (§3.14.27): without it a viewer may count code points, and a finding after an emoji lands a column off.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};
