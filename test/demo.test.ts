/**
 * `npm run demo` end to end, into a temporary folder: the example records in a
 * repository with a contemporaneous git history lint clean as of 2026-11-23,
 * every signature verifies, and (with Chromium) the build makes PDFs. The
 * build is limited to the contracts to keep this test well under a minute and
 * a half on a shared two-core machine; the full build is `npm run demo`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skipReason } from './render/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(os.tmpdir(), 'supv-demo-'));
const chromium = skipReason() === undefined;

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run demo', () => {
  it('lints the examples clean, verifies every signature and builds PDFs', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 150_000,
      env: {
        ...process.env,
        NO_COLOR: '1',
        SUPV_DEMO_OUT: out,
        SUPV_DEMO_STEPS: chromium ? 'lint,verify,build' : 'lint,verify',
        SUPV_DEMO_BUILD_PATHS: 'records/contracts',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(result.stdout).toContain('demo: all steps passed');
    expect(result.stdout).toContain('--as-of 2026-11-23');

    // The history: one commit per record plus the configuration, none naming a child.
    const repo = path.join(out, 'demo-repo');
    const log = spawnSync('git', ['log', '--format=%ad|%s', '--date=short'], { cwd: repo, encoding: 'utf8' }).stdout.trim().split('\n');
    expect(log.length).toBeGreaterThan(100);
    expect(log.at(-1)).toMatch(/configuration/);
    const children = readdirSync(path.join(repo, 'records/decisions'))
      .map((f) => /^child:.*?\bname:\s*([^,}\n]+)/m.exec(readFileSync(path.join(repo, 'records/decisions', f), 'utf8'))?.[1]?.trim())
      .filter((name): name is string => Boolean(name));
    expect(children.length).toBeGreaterThan(0);
    for (const name of children) expect(log.filter((line) => line.toLowerCase().includes(name.toLowerCase()))).toEqual([]);

    // lint: no findings at all, in the JSON report as well as the exit code.
    const report = JSON.parse(readFileSync(path.join(repo, 'dist/lint.json'), 'utf8')) as Array<{ findings: Array<{ severity: string; rule: string }> }>;
    const findings = report.flatMap((file) => file.findings);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([]);
    expect(existsSync(path.join(repo, 'dist/lint.sarif'))).toBe(true);

    // verify: the demo checked this, and says so.
    expect(result.stdout).toMatch(/verify: exit 0/);
    expect(result.stdout).toMatch(/0 failed, 0 not signed/);

    if (chromium && /build: exit 0/.test(result.stdout)) {
      const pdfs = readdirSync(path.join(repo, 'dist/pdf/contract')).filter((f) => f.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(0);
      expect(readFileSync(path.join(repo, 'dist/pdf/contract', pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 150_000);
});
