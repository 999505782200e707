/**
 * Shared pieces of the hardening suite (issue "Hardening: bad input, faults,
 * fuzzing, threat model"): valid record texts to corrupt, a snapshot of a
 * repository's tree, a marker file hostile content would create, and the CLI
 * run with an environment of the test's choosing. Fictional people only:
 * Robin Ash, Sam Lee and Jo Bloggs.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runInProcess, type CliResult } from '../helpers/cli.js';

/** The browser the render cases use: SUPV_CHROME, or the first usual place (chromium-paths.cjs, the list supv itself uses). */
export const CHROMIUM: string | undefined = (createRequire(import.meta.url)('../../chromium-paths.cjs') as { usualChromium(): string | undefined }).usualChromium();

export { BIN, REPO_ROOT, makeRepo, onlyEngineRules, runInProcess, runSpawned } from '../helpers/cli.js';

/** A file hostile content would create if it ever ran; it must never appear. */
export const MARKER = path.join(os.tmpdir(), `supv-hardening-pwned-${process.pid}`);

/** How many kill runs the fault tests make: modest in CI, `SUPV_FAULT_RUNS=100` locally. */
export const FAULT_RUNS = Number(process.env.SUPV_FAULT_RUNS ?? 25);

/** A valid staff record; `extra` lines go before the closing fence. */
export function staffText(id: string, name = 'Robin Ash', extra = ''): string {
  return `---\nkind: staff\nid: ${id}\nname: ${name}\nrole: Teacher\ntier: general\nstarted: 2024-09-02\nsupervisors:\n  - id: sam-lee\n    from: 2024-09-02\n${extra}---\nRobin teaches Year 4.\n`;
}

export const SAM = `---\nkind: staff\nid: sam-lee\nname: Sam Lee\nrole: Designated Safeguarding Lead\ntier: designated-lead\nstarted: 2020-09-01\nsupervisors:\n  - id: sam-lee\n    from: 2020-09-01\nsupervision_training: 2021-03-10\n---\n`;

/** Every path below `root` with a digest of what it holds (file bytes, link target), sorted. */
export function snapshotTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) out.push(`${rel} -> ${readlinkSync(full)}`);
      else if (stats.isDirectory()) {
        out.push(`${rel}/`);
        walk(full);
      } else out.push(`${rel} ${createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16)}`);
    }
  };
  walk(root);
  return out;
}

/** Nothing ran, nothing leaked into Object.prototype. */
export function expectNothingRan(): void {
  expect(existsSync(MARKER), `marker ${MARKER} exists: hostile content ran`).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** A stack trace looks like `    at fn (file:line:col)`. */
export const STACK = /\n\s+at \S/;

export interface JsonFinding {
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

/** Parse `lint --format json` output into findings by file. */
export function findingsByFile(stdout: string): Map<string, JsonFinding[]> {
  const report = JSON.parse(stdout) as Array<{ file: string; findings: JsonFinding[] }>;
  return new Map(report.map((entry) => [entry.file, entry.findings]));
}

export type Run = CliResult;

/** The CLI in this process with an environment. */
export function runWithEnv(args: string[], cwd: string, env: Record<string, string | undefined>, now = new Date('2025-03-01T12:00:00Z')): Promise<Run> {
  return runInProcess(args, cwd, now, env);
}
