import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_INPUTS as cases, MARKER, staff } from '../helpers/bad-inputs.js';
import { makeRepo, onlyEngineRules, runners } from '../helpers/cli.js';

const engineOnly = await onlyEngineRules();

/**
 * Issue "Records engine", Bad input: each file gives a finding that names the
 * file at the right line, a non-zero exit, no stack trace, nothing run and
 * nothing written. Written once, run in-process and as the spawned binary.
 */


describe.each(runners)('bad input, %s', (_mode, run) => {
  it.each(cases)('$name', async ({ file, content, line, rule, message }) => {
    const root = makeRepo({ 'records/staff/robin-ash.md': staff('robin-ash'), [file]: content });
    const before = readdirSync(root, { recursive: true }).sort();
    const started = performance.now();
    const result = await run(['lint', ...engineOnly, '--format', 'json'], root);
    expect(performance.now() - started).toBeLessThan(20_000);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ line: number; rule: string; message: string }> }>;
    const findings = report.find((entry) => entry.file === file)?.findings ?? [];
    expect(findings.some((finding) => finding.rule === rule && finding.line === line && message.test(finding.message)), JSON.stringify(findings)).toBe(true);
    // The valid record beside it is untouched by the bad one.
    expect(report.find((entry) => entry.file === 'records/staff/robin-ash.md')?.findings ?? []).toEqual([]);

    expect(existsSync(MARKER)).toBe(false);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('two files with one id: the second is a duplicate', async () => {
    const root = makeRepo({ 'records/staff/robin-ash.md': staff('robin-ash'), 'records/sessions/robin-ash.md': staff('robin-ash') });
    const result = await run(['lint', ...engineOnly, '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ line: number; rule: string; message: string }> }>;
    expect(report.find((entry) => entry.file === 'records/staff/robin-ash.md')?.findings).toMatchObject([
      { rule: 'id-mismatch', line: 3, message: 'the id robin-ash is already used by records/sessions/robin-ash.md; every record needs its own id' },
    ]);
  });

  it('a symlink to a file outside the repository is refused, not read', async () => {
    const outside = makeRepo({ 'secret.md': staff('secret') });
    const root = makeRepo({ 'records/staff/robin-ash.md': staff('robin-ash') });
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'records/staff/secret.md'));
    const result = await run(['lint', ...engineOnly, '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('leads out of the repository');
    expect(result.stdout).not.toContain('Robin Ash');
  });
});

it('a valid record on its own lints clean with exit 0', async () => {
  const root = makeRepo({ 'records/staff/robin-ash.md': staff('robin-ash') });
  writeFileSync(path.join(root, 'supv.config.yaml'), 'organisation: Larkfield Primary School\n');
  for (const [, run] of runners) {
    const result = await run(['lint', ...engineOnly, '--as-of', '2024-09-03'], root);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  }
});
