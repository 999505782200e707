import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION, makeRepo } from './helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/supv.js');
const FILE = 'records/sessions/2025/2025-02-03-jo-bloggs.md';
const RUNS = 30;

/** Run the compiled CLI; resolve with how it ended once it has. */
function runSign(cwd: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'sign', FILE, '--as', 'sam-lee', '--at', '2025-02-04T10:12:00+00:00'], { cwd, stdio: 'ignore' });
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, ms: performance.now() - started })));
}

describe('supv sign killed at any moment', () => {
  beforeAll(() => {
    // The spawned binary runs lib/, which the global set-up (test/global-setup.ts) compiles before any
    // test starts. Compiling here again rewrote lib/ while other files' tests were running it: a
    // spawned CLI read a module half written and failed with a SyntaxError.
    expect(existsSync(path.join(repoRoot, 'lib/cli/commands/sign.js'))).toBe(true);
  });

  it(`leaves the whole old file or the whole new one, and no temporary files, across ${RUNS} kills`, async () => {
    const repo = makeRepo();
    const absPath = repo.write(FILE, SESSION);
    const folder = path.dirname(absPath);

    // Time warm runs (the first pays for cold caches); the kills are spread over that span.
    const durations: number[] = [];
    for (let i = 0; i < 3; i++) {
      writeFileSync(absPath, SESSION);
      const full = await runSign(repo.root);
      expect(full.code).toBe(0);
      durations.push(full.ms);
    }
    const typicalMs = durations.sort((a, b) => a - b)[1]!;
    const signed = readFileSync(absPath, 'utf8');
    expect(signed).not.toBe(SESSION);

    const seen = { old: 0, new: 0 };
    for (let run = 0; run < RUNS; run++) {
      writeFileSync(absPath, SESSION);
      // Spread the kills over the whole life of the process, a little past its usual end.
      const { signal } = await runSign(repo.root, Math.random() * typicalMs * 1.1);
      const now = readFileSync(absPath, 'utf8');
      expect([SESSION, signed], `run ${run} (${signal ?? 'finished'})`).toContain(now);
      seen[now === signed ? 'new' : 'old'] += 1;
      // A kill between creating the temporary file and the rename can leave it behind (SIGKILL cannot be
      // caught); it must be recognisably supv's, and the next run sweeps it (checked below and each run).
      const left = readdirSync(folder).filter((name) => name !== path.basename(absPath));
      expect(left.every((name) => name.startsWith(`.${path.basename(absPath)}.supv-tmp-`)), `run ${run}: files left in ${folder}: ${left}`).toBe(true);
    }
    writeFileSync(absPath, SESSION);
    expect((await runSign(repo.root)).code).toBe(0);
    expect(readdirSync(folder), `after a full run, files left in ${folder}`).toEqual([path.basename(absPath)]);
    // Both outcomes should occur, or the kills were not spread over the write.
    expect(seen.old).toBeGreaterThan(0);
  }, 120_000);
});
