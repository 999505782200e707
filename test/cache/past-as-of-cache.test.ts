/**
 * `lint --cache` judged as of a past day gives what a cold lint gives: the
 * cache is kept for the whole repository, and the records written after the
 * as-of day are left out of the run either way (SPEC §11.2, §11.7).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { TEAM, session, signature } from '../helpers/records.js';

const signed = (date: string) =>
  session(date, { signatures: [signature('sam-lee', 'supervisor', `${date}T16:00:00+00:00`), signature('jo-bloggs', 'supervisee', `${date}T16:30:00+00:00`)] });

describe('lint --cache with a past --as-of', () => {
  it('uses the cache and finds exactly what a cold lint finds, leaving out the later records', async () => {
    const files: Record<string, string> = { 'supv.config.yaml': 'organisation: Larkfield Primary School\n' };
    for (const record of [...TEAM, signed('2026-09-14'), signed('2026-10-12'), signed('2026-11-09')]) files[record.file] = record.text;
    const root = makeRepo(files);
    const args = ['lint', '--format', 'json', '--as-of', '2026-10-20'];
    const cold = await runInProcess(args, root);
    const first = await runInProcess([...args, '--cache'], root);
    expect(existsSync(path.join(root, '.supv-cache'))).toBe(true);
    const second = await runInProcess([...args, '--cache'], root);
    expect(first.stdout).toBe(cold.stdout);
    expect(second.stdout).toBe(cold.stdout);
    expect(second.exitCode).toBe(cold.exitCode);
    // The November session had not been written on 2026-10-20: no finding names it.
    expect(cold.stdout).not.toContain('2026-11-09');
  });
});
