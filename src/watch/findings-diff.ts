import type { LintResult } from '../format/types.js';
import type { Finding } from '../model.js';

/** What changed between two lint runs. */
export interface FindingsDiff {
  /** Findings of the new run that the previous run did not have, in file and line order. */
  appeared: Finding[];
  /** Findings of the previous run that are gone, in file and line order (at their old places). */
  disappeared: Finding[];
}

/**
 * A finding's identity across runs: its file, rule, severity and message, but
 * not its line. Adding a line above a finding moves it; that is not news, so
 * it should not show as one finding fixed and another appeared.
 */
function identity(finding: Finding): string {
  return `${finding.file}\0${finding.rule}\0${finding.severity}\0${finding.message}`;
}

function group(results: LintResult[]): Map<string, Finding[]> {
  const byIdentity = new Map<string, Finding[]>();
  for (const result of results) {
    for (const finding of result.findings) {
      const key = identity(finding);
      const list = byIdentity.get(key);
      if (list) list.push(finding);
      else byIdentity.set(key, [finding]);
    }
  }
  return byIdentity;
}

function byPlace(a: Finding, b: Finding): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * The findings that appeared and disappeared between two runs. Identical
 * findings are counted, so a second copy of the same problem in one file is
 * reported as appeared.
 */
export function diffFindings(before: LintResult[], after: LintResult[]): FindingsDiff {
  const old = group(before);
  const now = group(after);
  const appeared: Finding[] = [];
  const disappeared: Finding[] = [];
  for (const [key, findings] of now) {
    const had = old.get(key)?.length ?? 0;
    if (findings.length > had) appeared.push(...findings.slice(had));
  }
  for (const [key, findings] of old) {
    const has = now.get(key)?.length ?? 0;
    if (findings.length > has) disappeared.push(...findings.slice(has));
  }
  return { appeared: appeared.sort(byPlace), disappeared: disappeared.sort(byPlace) };
}

/** Errors and warnings in a run. */
export function countFindings(results: LintResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}
