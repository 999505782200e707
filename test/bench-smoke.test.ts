import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Guards scripts/bench/ against rot: the quick lint part runs end to end and
// prints its tables with numeric ratios. Timings are never asserted: this
// machine is shared and the numbers belong in BENCHMARKS.md, not in a test.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('npm run bench (quick lint part)', () => {
  const benchDir = mkdtempSync(path.join(tmpdir(), 'supv-bench-smoke-'));
  afterAll(() => rmSync(benchDir, { recursive: true, force: true }));

  it('prints a lint table with numeric ratios and leaves BENCHMARKS.md alone', () => {
    const benchmarks = path.join(root, 'BENCHMARKS.md');
    const before = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : undefined;
    const result = spawnSync(process.execPath, ['scripts/bench/run.mjs', '--quick', '--part', 'lint', '--no-write'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SUPV_BENCH_DIR: benchDir, SUPV_BENCH_REMARK_SECONDS: '3' },
      timeout: 280_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout;

    expect(out).toContain('## Machine');
    expect(out).toMatch(/- CPU: .+ × \d+/);
    expect(out).toMatch(/- Node: v\d+/);
    expect(out).toContain('## Lint (quick)');

    const header = out.split('\n').find((line) => line.startsWith('| Records |'));
    expect(header).toBeDefined();
    const columns = header!.split('|').map((cell) => cell.trim());
    const row = out.split('\n').find((line) => line.startsWith('| 1,000 |'));
    expect(row).toBeDefined();
    const cells = row!.split('|').map((cell) => cell.trim());
    expect(cells).toHaveLength(columns.length);

    const cell = (name: string) => cells[columns.indexOf(name)]!;
    for (const name of ['supv lint wall (s)', 'supv CPU (s)', 'floor wall (s)', 'supv RSS (MB)']) {
      expect(columns).toContain(name);
      expect(Number(cell(name))).toBeGreaterThan(0);
    }
    for (const name of ['supv / floor (wall)', 'supv / floor (CPU)', 'remark / supv (wall)', 'remark / supv (CPU)']) {
      expect(columns).toContain(name);
      expect(cell(name)).toMatch(/^(≈ )?\d+\.\d+x$/);
    }

    expect(out).toMatch(/\| peak memory under 1 GB .*\| (PASS|FAIL) \|/);
    expect(existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : undefined).toBe(before);
  }, 300_000);
});
