/** Smaller things a safeguarding lead stumbled on (issue 19): each said plainly. */
import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { session, TEAM } from '../helpers/records.js';

const NOW = new Date('2026-02-03T12:00:00Z');

function repo(): string {
  const first = session('2026-02-02');
  return makeRepo(Object.fromEntries([...TEAM, first].map((file) => [file.file, file.text])));
}

describe('verify: a record still missing a signature is not "ok"', () => {
  it('says who has signed and who is still to sign, and counts it as not signed; ok once everyone has', async () => {
    const root = repo();
    const file = 'records/sessions/2026/2026-02-02-jo-bloggs.md';
    expect((await runInProcess(['sign', file, '--as', 'sam-lee', '--at', '2026-02-02T15:00:00+00:00'], root, NOW)).exitCode).toBe(0);
    const partly = await runInProcess(['verify', file], root, NOW);
    expect(partly.exitCode).toBe(0);
    expect(partly.stdout).toBe(`-    ${file}  signed by sam-lee (supervisor, recorded); still to sign: jo-bloggs (supervisee)\n\n1 file checked: 0 ok, 0 failed, 1 not signed; all signatures hold\n`);
    expect(partly.stdout).not.toMatch(/^ok/m);
    expect((await runInProcess(['sign', file, '--as', 'jo-bloggs', '--at', '2026-02-03T09:00:00+00:00'], root, NOW)).exitCode).toBe(0);
    const whole = await runInProcess(['verify', file], root, NOW);
    expect(whole.stdout).toMatch(/^ok {3}records\/sessions\/2026\/2026-02-02-jo-bloggs\.md {2}signed by sam-lee \(supervisor, recorded\), jo-bloggs \(supervisee, recorded\)$/m);
  });
});

describe('sign with no file', () => {
  it('asks for the file first, then for --as', async () => {
    const root = repo();
    expect(await runInProcess(['sign'], root, NOW)).toMatchObject({ exitCode: 2, stderr: 'supv: name the record files to sign: supv sign FILE... --as YOUR-STAFF-ID\n' });
    expect(await runInProcess(['sign', '--as', 'sam-lee'], root, NOW)).toMatchObject({ exitCode: 2, stderr: 'supv: name the record files to sign: supv sign FILE... --as YOUR-STAFF-ID\n' });
    expect(await runInProcess(['sign', 'records/sessions/2026/2026-02-02-jo-bloggs.md'], root, NOW)).toMatchObject({ exitCode: 2, stderr: 'supv: say who is signing with --as YOUR-STAFF-ID, such as --as sam-lee\n' });
  });
});
