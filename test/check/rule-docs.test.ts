/**
 * Where a finding sends a user to read about its rule. supv has no public web
 * page, so no finding, SARIF log or terminal report may name one (the old
 * links pointed at a GitHub repository that does not exist): a rule's `docs`
 * is its page inside the installed package, which `supv explain RULE` prints,
 * and the reports name that command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { session, staff } from '../helpers/records.js';
import { afterAll } from 'vitest';

afterAll(removeTempFolders);

function repo() {
  const made = gitRepo();
  made.write(staff({ id: 'sam-lee', supervisor: 'kim-park' }), staff({ id: 'jo-bloggs' }), session('2026-01-05', { supervisee: 'jo-bloggs', duration_minutes: 20 }));
  return made;
}

/** Every http(s) address in a text. */
const addresses = (text: string) => [...text.matchAll(/https?:\/\/[^\s"')]+/g)].map((match) => match[0]);

describe('rule docs', () => {
  it('every rule\'s docs is its page in the installed package, a file that exists and that supv explain prints', async () => {
    for (const rule of rules) {
      const url = new URL(rule.meta.docs);
      expect(url.protocol, rule.meta.id).toBe('file:');
      const file = fileURLToPath(url);
      expect(file.endsWith(`/docs/rules/${rule.meta.id}.md`), rule.meta.id).toBe(true);
      expect(existsSync(file), rule.meta.id).toBe(true);
    }
    const page = readFileSync(fileURLToPath(rules.find((rule) => rule.meta.id === 'session-short')!.meta.docs), 'utf8');
    const explained = await runInProcess(['explain', 'session-short'], repo().root);
    expect(explained.exitCode).toBe(0);
    expect(page.startsWith('# session-short\n')).toBe(true);
    expect(explained.stdout.startsWith('session-short\n=============\n')).toBe(true);
  });

  it('a finding carries its rule\'s docs; the JSON report names no web address', async () => {
    const made = repo();
    const result = await runInProcess(['--as-of', '2026-01-20', 'lint', '--format', 'json'], made.root);
    const findings = (JSON.parse(result.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings);
    expect(findings.map((finding) => finding.rule)).toContain('session-short');
    expect(addresses(result.stdout)).toEqual([]);
  });

  it('the SARIF log names no address that does not exist: each rule\'s help is `supv explain RULE`', async () => {
    const made = repo();
    const result = await runInProcess(['--as-of', '2026-01-20', 'lint', '--format', 'sarif'], made.root);
    const log = JSON.parse(result.stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver).not.toHaveProperty('informationUri');
    for (const rule of driver.rules) {
      expect(rule).not.toHaveProperty('helpUri');
      expect(rule.help.text).toContain(`supv explain ${rule.id}`);
    }
    // Only the SARIF schema's own address is left: nothing about supv points at the web.
    expect(addresses(result.stdout)).toEqual(['https://json.schemastore.org/sarif-2.1.0.json']);
  });

  it('the terminal report says how to read a rule\'s page, with no link', async () => {
    const made = repo();
    const result = await runInProcess(['--as-of', '2026-01-20', 'lint'], made.root);
    expect(result.stdout).toContain('What a rule checks and how to fix its findings: supv explain RULE (such as supv explain ');
    expect(addresses(result.stdout)).toEqual([]);
  });
});
