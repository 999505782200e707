import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type EarlyStart } from '../../src/cli/main.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(REPO_ROOT, 'bin/supv.js');

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Run supv in this process, with a fixed clock and, when given, an environment (none by default). */
export async function runInProcess(args: string[], cwd: string, now = new Date('2026-11-23T12:00:00Z'), env: Record<string, string | undefined> = {}, early: EarlyStart = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env,
    isTTY: false,
    now: () => now,
  }, early);
  return { exitCode, stdout, stderr };
}

/** Run the real binary, as a user would. */
export function runSpawned(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Both ways of running supv, so every CLI case is written once and run twice. */
export const runners = [
  ['in-process', runInProcess],
  ['spawned', async (args: string[], cwd: string) => runSpawned(args, cwd)],
] as const;

/** A temporary records repository holding the given files (text or bytes). */
export function makeRepo(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'supv-test-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/**
 * `--rule ID=off` for every rule but the records engine's own four, for tests
 * about reading and reporting that should not depend on the policy rules.
 */
export async function onlyEngineRules(): Promise<string[]> {
  const { rules } = await import('../../src/check/rules/index.js');
  const engine = new Set(['parse', 'schema', 'id-mismatch', 'unknown-ref']);
  return rules.filter((rule) => !engine.has(rule.meta.id)).flatMap((rule) => ['--rule', `${rule.meta.id}=off`]);
}
