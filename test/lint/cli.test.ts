import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, onlyEngineRules, runners } from '../helpers/cli.js';

const engineOnly = await onlyEngineRules();

/** `supv lint` options, each case written once and run in-process and as the binary. */

const staff = (id: string, supervisor = id) =>
  `---\nkind: staff\nid: ${id}\nname: Robin Ash\nrole: Teacher\ntier: general\nstarted: 2024-09-02\nsupervisors:\n  - id: ${supervisor}\n    from: 2024-09-02\nsupervision_training: 2023-01-01\n---\n`;

/** A repository with one schema error (line 3) and one unknown reference (line 9). */
function brokenRepo(): string {
  return makeRepo({
    'records/staff/robin-ash.md': staff('robin-ash'),
    'records/staff/kit-moss.md': staff('kit-moss', 'nobody-here'),
    'records/staff/wrong.md': staff('not-wrong'),
  });
}

describe.each(runners)('supv lint, %s', (_mode, run) => {
  it('stylish groups findings by file with a summary line, exit 1', async () => {
    const result = await run(['lint', ...engineOnly, '--as-of', '2024-10-01'], brokenRepo());
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('records/staff/kit-moss.md\n  9:9  error  `id` of supervisor 1 names nobody-here, but there is no staff record with that id  unknown-ref');
    expect(result.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('json gives file, line, column, rule, severity and message', async () => {
    const result = await run(['lint', ...engineOnly, '--format', 'json', '--as-of', '2024-10-01'], brokenRepo());
    const report = JSON.parse(result.stdout) as Array<{ file: string; findings: unknown[] }>;
    expect(report.find((entry) => entry.file === 'records/staff/wrong.md')?.findings).toEqual([
      {
        file: 'records/staff/wrong.md',
        line: 3,
        column: 5,
        rule: 'id-mismatch',
        severity: 'error',
        message: '`id` is not-wrong but the file is named wrong.md; the id must equal the file name without .md',
      },
    ]);
  });

  it('sarif places each finding on its line with the rule metadata', async () => {
    const result = await run(['lint', ...engineOnly, '--format', 'sarif', '--as-of', '2024-10-01'], brokenRepo());
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const rules = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(rules).toContain('unknown-ref');
    expect(sarif.runs[0].results).toContainEqual(
      expect.objectContaining({
        ruleId: 'unknown-ref',
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ region: { startLine: 9, startColumn: 9 } }) })],
      }),
    );
  });

  it('junit and github formats', async () => {
    const junit = await run(['lint', ...engineOnly, '--format', 'junit', '--as-of', '2024-10-01'], brokenRepo());
    expect(junit.stdout).toMatch(/^<\?xml/);
    expect(junit.stdout).toContain('<failure');
    const github = await run(['lint', ...engineOnly, '--format', 'github', '--as-of', '2024-10-01'], brokenRepo());
    expect(github.stdout).toContain('::error file=records/staff/wrong.md,line=3,col=5,title=supv id-mismatch::');
  });

  it('--rule ID=off turns a rule off; ID=warn makes it a warning', async () => {
    const off = await run(['lint', ...engineOnly, '--rule', 'unknown-ref=off', '--rule', 'id-mismatch=off', '--as-of', '2024-10-01'], brokenRepo());
    expect(off).toMatchObject({ exitCode: 0, stdout: '' });
    const warn = await run(['lint', ...engineOnly, '--format', 'json', '--rule', 'unknown-ref=warn', '--rule', 'id-mismatch=warn', '--as-of', '2024-10-01'], brokenRepo());
    expect(warn.exitCode).toBe(0);
    expect(warn.stdout).toContain('"severity": "warning"');
  });

  it('--max-warnings fails the run when there are more warnings', async () => {
    const result = await run(['lint', ...engineOnly, '--rule', 'unknown-ref=warn', '--rule', 'id-mismatch=warn', '--max-warnings', '1', '--as-of', '2024-10-01'], brokenRepo());
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('more than --max-warnings 1');
  });

  it('--output writes the report to a file', async () => {
    const root = brokenRepo();
    const result = await run(['lint', ...engineOnly, '--format', 'json', '--output', 'report.json', '--as-of', '2024-10-01'], root);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8'))).toHaveLength(3);
  });

  it('PATH arguments limit the report to those files, while rules still see every record', async () => {
    const result = await run(['lint', ...engineOnly, '--format', 'json', 'records/staff/robin-ash.md', '--as-of', '2024-10-01'], brokenRepo());
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ file: 'records/staff/robin-ash.md', findings: [], errorCount: 0, warningCount: 0 }]);
  });

  it.each([
    [['lint', '--format', 'xml'], /xml/],
    [['lint', '--rule', 'no-such-rule=off'], /no rule no-such-rule|no-such-rule/],
    [['lint', '--rule', 'schema'], /ID=off/],
    [['lint', '--as-of', '2023-02-30'], /real date/],
    [['lint', '--max-warnings', 'many'], /whole number/],
    [['lint', 'records/nowhere'], /no records found/],
    [['frobnicate'], /unknown command/],
  ])('usage error %j exits 2 with a message and no stack trace', async (args, message) => {
    const result = await run(args, brokenRepo());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad config is named with its line and column, exit 2', async () => {
    const root = makeRepo({ 'supv.config.yaml': 'organisation: Larkfield\npolicy:\n  sign_within: seven days\n', 'records/staff/robin-ash.md': staff('robin-ash') });
    const result = await run(['lint'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/supv\.config\.yaml:3:16: .*sign_within/);
  });

  it('--cwd and --config are honoured', async () => {
    const root = makeRepo({ 'other.yaml': 'policy:\n  functions_window: 0\n', 'records/staff/robin-ash.md': staff('robin-ash') });
    const result = await run(['lint', ...engineOnly, '--cwd', root, '--config', 'other.yaml'], '/');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/other\.yaml:2:21/);
  });
});

it('--output to a device writes through it and leaves the device in place', async () => {
  const { statSync } = await import('node:fs');
  const root = makeRepo({ 'records/staff/robin-ash.md': '---\nkind: staff\n---\n' });
  const result = await runners[0][1](['lint', '--format', 'json', '--output', '/dev/null'], root);
  expect(result.exitCode).toBe(1);
  expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
});
