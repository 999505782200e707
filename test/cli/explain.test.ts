/** `supv explain RULE`: a rule's docs page, for a terminal; `supv help RULE` points there. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownForTerminal } from '../../src/cli/commands/explain.js';
import { rules } from '../../src/check/rules/index.js';
import { REPO_ROOT, runInProcess, runSpawned } from '../helpers/cli.js';

describe('supv explain RULE', () => {
  it('prints the rule page as plain text: headings underlined, no Markdown marks, nothing wider than 80 columns but code', async () => {
    const result = await runInProcess(['explain', 'unsigned'], REPO_ROOT);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.startsWith('unsigned\n========\n\nFinds: a record missing a signature it needs.')).toBe(true);
    expect(result.stdout).toContain('What the policy says\n--------------------\n');
    expect(result.stdout).toContain('How to fix\n----------\n');
    expect(result.stdout).toContain('signature-mismatch (supv explain signature-mismatch)');
    expect(result.stdout).not.toMatch(/\*\*|`|^#|\]\(/m);
    expect(result.stdout).toMatch(/^ {2}contract {2,}the supervisor and the supervisee$/m);
  });

  it('every rule has a page it can print, and every page fits a terminal', async () => {
    const pages = readdirSync(path.join(REPO_ROOT, 'docs/rules')).map((file) => file.replace(/\.md$/, ''));
    for (const rule of rules) expect(pages).toContain(rule.meta.id);
    for (const rule of rules) {
      const result = await runInProcess(['explain', rule.meta.id], REPO_ROOT);
      expect(result.exitCode, rule.meta.id).toBe(0);
      const wide = result.stdout.split('\n').filter((line) => line.length > 80 && !line.startsWith('    '));
      expect(wide, rule.meta.id).toEqual([]);
    }
  });

  it('a code block inside a list item stays code, indented under its item, not run into the text', () => {
    const page = '1. Add it:\n   ```yaml\n   keys:\n     - from: 2026-10-02  # today\n   ```\n2. Commit it.\n';
    expect(markdownForTerminal(page)).toBe('  1. Add it:\n       keys:\n         - from: 2026-10-02  # today\n\n  2. Commit it.\n');
    const result = markdownForTerminal(readFileSync(path.join(REPO_ROOT, 'docs/rules/key-history.md'), 'utf8'));
    expect(result).not.toContain('```');
    expect(result).toMatch(/^ {7}keys:$/m);
  });

  it('a table with a long first column keeps its columns, the first one wrapping within itself', () => {
    const page = '| record | signers |\n|---|---|\n| one-to-one, peer, ad-hoc and three-way session | the supervisor and the supervisee |\n| decision | the supervisor |\n';
    expect(markdownForTerminal(page)).toBe([
      '  record                    signers',
      '  ---------------------------------',
      '  one-to-one, peer, ad-hoc  the supervisor and the supervisee',
      '  and three-way session',
      '  decision                  the supervisor',
      '',
    ].join('\n'));
  });

  it('escapes control characters in a page', () => {
    // The CLI escapes whatever it writes; the renderer passes them through as text for it to escape.
    expect(markdownForTerminal('# t\n\nbell \u0007 here\n')).toBe('t\n=\n\nbell \u0007 here\n');
  });

  it('the real binary escapes them (a page is text from disk)', () => {
    const result = runSpawned(['explain', 'parse'], REPO_ROOT);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('an unknown rule suggests the nearest (exit 2); nothing near lists them all', async () => {
    expect(await runInProcess(['explain', 'unsignd'], REPO_ROOT)).toMatchObject({ exitCode: 2, stdout: '', stderr: 'supv: there is no rule unsignd; did you mean unsigned? (supv explain unsigned)\n' });
    const far = await runInProcess(['explain', 'xyzzy'], REPO_ROOT);
    expect(far.exitCode).toBe(2);
    expect(far.stderr).toContain('the rules are: ');
    expect(far.stderr).toContain('session-overdue');
  });

  it('supv help RULE says to use supv explain RULE', async () => {
    expect(await runInProcess(['help', 'unsigned'], REPO_ROOT)).toMatchObject({ exitCode: 2, stdout: '', stderr: 'supv: unsigned is a lint rule, not a command; its page is: supv explain unsigned\n' });
    // help for a command still works.
    const lint = await runInProcess(['help', 'lint'], REPO_ROOT);
    expect(lint.exitCode).toBe(0);
    expect(lint.stdout).toContain('Usage: supv lint');
  });
});
