import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/history.js';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, shallowClone } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

type Findings = Array<{ findings: Array<{ file: string; rule: string }> }>;
const rulesIn = (stdout: string) => (JSON.parse(stdout) as Findings).flatMap((entry) => entry.findings.map((f) => `${f.file} ${f.rule}`));

describe('the story of a supervision, from supv init to supv audit', () => {
  const repo = gitRepo();
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
  const supv = (args: string[], date: string) => runInProcess(['--as-of', date, ...args], repo.root, at(date));
  const cai = ['records/staff/cai-morrow.md', 'records/contracts/contract-cai-morrow-2026.md'];
  const firstSession = 'records/sessions/2026/2026-01-20-cai-morrow.md';

  it('init, a new member of staff, their contract and first session, all signed: lint is clean', async () => {
    expect((await runInProcess(['init'], repo.root, at('2026-01-05'))).exitCode).toBe(0);
    // The hook init installed in .git/hooks needs supv on the PATH; the story commits without it.
    repo.git(['config', 'core.hooksPath', '/dev/null']);
    expect((await supv(['new', 'staff', '--id', 'cai-morrow', '--name', 'Cai Morrow', '--role', 'Family Support Worker', '--tier', 'case-holder', '--supervisor', 'ada-quillfeather'], '2026-01-05')).exitCode).toBe(0);
    // Cai did the school's safeguarding training on the first day: the lead fills in the date the template leaves for it.
    const staffFile = path.join(repo.root, cai[0]!);
    writeFileSync(staffFile, readFileSync(staffFile, 'utf8').replace(/^# safeguarding_training: .*$/m, 'safeguarding_training: 2026-01-05'));
    repo.commit('Cai Morrow joins', '2026-01-05T15:00:00+00:00');

    expect((await supv(['new', 'contract', '--supervisee', 'cai-morrow', '--dispute-resolution', 'the head of service'], '2026-01-06')).stdout).toBe(`${cai[1]}\n`);
    expect((await supv(['sign', cai[1]!, '--as', 'ada-quillfeather', '--at', '2026-01-06T10:00:00+00:00'], '2026-01-06')).exitCode).toBe(0);
    expect((await supv(['sign', cai[1]!, '--as', 'cai-morrow', '--at', '2026-01-06T11:00:00+00:00'], '2026-01-06')).exitCode).toBe(0);
    repo.commit('Contract for Cai Morrow, signed', '2026-01-06T12:00:00+00:00');

    expect((await supv(['new', 'session', '--supervisee', 'cai-morrow'], '2026-01-20')).stdout).toBe(`${firstSession}\n`);
    const file = path.join(repo.root, firstSession);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^actions: \[\].*$/m, 'actions:\n  - { id: A1, text: Book a core group meeting, owner: cai-morrow, due: 2026-02-03 }'));
    repo.commit('Session with Cai Morrow', '2026-01-20T16:00:00+00:00');
    expect((await supv(['sign', firstSession, '--as', 'ada-quillfeather', '--at', '2026-01-21T09:00:00+00:00'], '2026-01-21')).exitCode).toBe(0);
    expect((await supv(['sign', firstSession, '--as', 'cai-morrow', '--at', '2026-01-21T10:00:00+00:00'], '2026-01-21')).exitCode).toBe(0);
    repo.commit('Session signed', '2026-01-21T11:00:00+00:00');

    const lint = await supv(['lint', '--format', 'json', ...cai, firstSession], '2026-01-21');
    expect(rulesIn(lint.stdout)).toEqual([]);
    expect(lint.exitCode).toBe(0);
  });

  it('weeks later the session is overdue, and the next session carries the open action', async () => {
    const lint = await supv(['lint', '--format', 'json', ...cai], '2026-03-02');
    expect(rulesIn(lint.stdout)).toContain('records/staff/cai-morrow.md session-overdue');

    expect((await supv(['new', 'session', '--supervisee', 'cai-morrow'], '2026-03-02')).stdout).toBe('records/sessions/2026/2026-03-02-cai-morrow.md\n');
    const text = readFileSync(path.join(repo.root, 'records/sessions/2026/2026-03-02-cai-morrow.md'), 'utf8');
    expect(text).toContain('- ref: 2026-01-20-cai-morrow#A1');
    expect(text).toContain('status: carried   # review: done | carried | dropped');
    expect(text).toContain('next_meeting: 2026-03-30');
    repo.commit('Session with Cai Morrow, 2 March', '2026-03-02T16:00:00+00:00');
  });

  it('audit shows the commits, a field change, the signatures and an edit after signing', async () => {
    const file = path.join(repo.root, firstSession);
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration_minutes: 60', 'duration_minutes: 75'));
    repo.commit('Correct the length of the session', '2026-03-03T09:00:00+00:00');

    const json = await supv(['audit', '--format', 'json', '2026-01-20-cai-morrow'], '2026-03-03');
    expect(json.exitCode).toBe(0);
    const report = JSON.parse(json.stdout) as AuditReport;
    expect(report.commits.map((commit) => commit.message)).toEqual(['Session with Cai Morrow', 'Session signed', 'Correct the length of the session']);
    expect(report.commits[1]!.signatures).toEqual([
      { event: 'signed', role: 'supervisor', by: 'ada-quillfeather', at: '2026-01-21T09:00:00+00:00' },
      { event: 'signed', role: 'supervisee', by: 'cai-morrow', at: '2026-01-21T10:00:00+00:00' },
    ]);
    expect(report.commits[1]!.editedAfterSigning).toBe(false);
    expect(report.commits[2]!.fields).toEqual([{ op: 'changed', pointer: '/duration_minutes', from: 60, to: 75 }]);
    expect(report.commits[2]!.editedAfterSigning).toBe(true);
    expect(report.timeliness).toMatchObject({ recordDate: '2026-01-20', firstCommitted: '2026-01-20', contemporaneous: true });

    const text = await supv(['audit', firstSession], '2026-03-03');
    expect(text.stdout).toContain('contemporaneous');
    expect(text.stdout).toContain('changed /duration_minutes: 60 -> 75');
    expect(text.stdout).toContain('signed by ada-quillfeather as supervisor at 2026-01-21T09:00:00+00:00');
    expect(text.stdout).toContain('edited after signing');
  });

  it('--deleted lists a record removed from the repository, and audit still finds its history', async () => {
    rmSync(path.join(repo.root, 'records/sessions/2026/2026-03-02-cai-morrow.md'));
    repo.commit('Remove a session record', '2026-03-04T09:00:00+00:00');
    const deleted = await supv(['audit', '--deleted'], '2026-03-04');
    expect(deleted.stdout).toMatch(/records\/sessions\/2026\/2026-03-02-cai-morrow\.md\s+deleted in [0-9a-f]{12} on 2026-03-04.*Remove a session record/);
    const json = JSON.parse((await supv(['audit', '--deleted', '--format', 'json'], '2026-03-04')).stdout) as { deleted: Array<{ file: string }> };
    expect(json.deleted.map((entry) => entry.file)).toEqual(['records/sessions/2026/2026-03-02-cai-morrow.md']);
    const history = await supv(['audit', '2026-03-02-cai-morrow'], '2026-03-04');
    expect(history.stdout).toContain('DELETED');
  });

  it('works in a detached HEAD, and says history is incomplete in a shallow clone', async () => {
    repo.git(['checkout', '-q', repo.git(['rev-parse', 'HEAD~1']).trim()]);
    const detached = await supv(['audit', firstSession], '2026-03-04');
    expect(detached.exitCode).toBe(0);
    expect(detached.stdout).toContain('edited after signing');
    repo.git(['checkout', '-q', 'main']);

    const clone = shallowClone(repo);
    const shallow = await runInProcess(['audit', firstSession], clone, at('2026-03-04'));
    expect(shallow.exitCode).toBe(0);
    expect(shallow.stdout).toContain('history is incomplete');
  });
});
