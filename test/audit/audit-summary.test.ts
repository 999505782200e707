import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/history.js';
import type { AuditSummary } from '../../src/audit/summary.js';
import { runInProcess, runSpawned } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, shallowClone, tempFolder, type TestRepo } from '../helpers/git-repo.js';
import { session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

const at = new Date('2026-03-10T12:00:00Z');
const supv = (args: string[], root: string) => runInProcess(['--as-of', '2026-03-10', ...args], root, at);

/**
 * Sam Lee supervises Jo Bloggs and Ali Khan. Jo's February session was
 * written on the day and signed by both; Ali's was written two weeks late; a
 * third session was signed and then changed; one was moved to another
 * folder; one was deleted; one is still a draft nobody has committed.
 */
let repo: TestRepo;
beforeAll(async () => {
  repo = gitRepo();
  repo.write(...TEAM);
  repo.commit('The team', '2026-01-05T09:00:00+00:00');

  const onTime = session('2026-02-02');
  repo.write(onTime);
  repo.commit('Session with Jo Bloggs', '2026-02-02T16:00:00+00:00');
  expect((await supv(['sign', onTime.file, '--as', 'sam-lee', '--at', '2026-02-03T09:00:00+00:00'], repo.root)).exitCode).toBe(0);
  expect((await supv(['sign', onTime.file, '--as', 'jo-bloggs', '--at', '2026-02-03T10:00:00+00:00'], repo.root)).exitCode).toBe(0);
  repo.commit('Signed', '2026-02-03T11:00:00+00:00');

  repo.write(session('2026-02-03', { supervisee: 'ali-khan' }));
  repo.commit('Session with Ali Khan, written up late', '2026-02-17T16:00:00+00:00');

  const edited = session('2026-02-16');
  repo.write(edited);
  repo.commit('Session with Jo Bloggs, 16 February', '2026-02-16T16:00:00+00:00');
  expect((await supv(['sign', edited.file, '--as', 'sam-lee', '--at', '2026-02-17T09:00:00+00:00'], repo.root)).exitCode).toBe(0);
  repo.commit('Signed by the supervisor', '2026-02-17T09:30:00+00:00');
  const editedPath = path.join(repo.root, edited.file);
  writeFileSync(editedPath, readFileSync(editedPath, 'utf8').replace('duration_minutes: 60', 'duration_minutes: 90'));
  repo.commit('Correct the length', '2026-02-18T09:00:00+00:00');

  // Filed under the wrong year at first, then moved: its history follows it.
  repo.write({ ...session('2026-03-02', { supervisee: 'ali-khan' }), file: 'records/sessions/2025/2026-03-02-ali-khan.md' });
  repo.commit('Session with Ali Khan, March', '2026-03-02T16:00:00+00:00');
  mkdirSync(path.join(repo.root, 'records/sessions/2026'), { recursive: true });
  renameSync(path.join(repo.root, 'records/sessions/2025/2026-03-02-ali-khan.md'), path.join(repo.root, 'records/sessions/2026/2026-03-02-ali-khan.md'));
  repo.commit('File under 2026', '2026-03-03T09:00:00+00:00');

  repo.write(session('2026-01-19'));
  repo.commit('Session with Jo Bloggs, January', '2026-01-19T16:00:00+00:00');
  rmSync(path.join(repo.root, 'records/sessions/2026/2026-01-19-jo-bloggs.md'));
  repo.commit('Remove a session', '2026-03-04T09:00:00+00:00');

  repo.write(session('2026-03-09'));
});

function byFile(summary: AuditSummary) {
  return Object.fromEntries(summary.records.map((record) => [record.file, record]));
}

describe('supv audit with no record: every record at a glance', () => {
  it('gives each record its first commit, timeliness, commits, signatures and edits after signing (JSON)', async () => {
    const result = await supv(['audit', '--format', 'json'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const summary = JSON.parse(result.stdout) as AuditSummary;
    expect(summary).toMatchObject({ complete: true, recordWithin: 'P7D' });
    const records = byFile(summary);
    expect(Object.keys(records)).toEqual([
      'records/sessions/2026/2026-02-02-jo-bloggs.md',
      'records/sessions/2026/2026-02-03-ali-khan.md',
      'records/sessions/2026/2026-02-16-jo-bloggs.md',
      'records/sessions/2026/2026-03-02-ali-khan.md',
      'records/sessions/2026/2026-03-09-jo-bloggs.md',
      'records/staff/ali-khan.md',
      'records/staff/jo-bloggs.md',
      'records/staff/sam-lee.md',
    ]);

    expect(records['records/sessions/2026/2026-02-02-jo-bloggs.md']).toMatchObject({
      kind: 'session', id: '2026-02-02-jo-bloggs', commits: 2,
      firstCommit: { date: '2026-02-02T16:00:00+00:00', author: 'Sam Lee' },
      timeliness: { recordDate: '2026-02-02', firstCommitted: '2026-02-02', days: 0, contemporaneous: true },
      signatures: [
        { role: 'supervisor', by: 'sam-lee', at: '2026-02-03T09:00:00+00:00', matchesContent: true },
        { role: 'supervisee', by: 'jo-bloggs', at: '2026-02-03T10:00:00+00:00', matchesContent: true },
      ],
      editedAfterSigning: false, uncommitted: false,
    });
    expect(records['records/sessions/2026/2026-02-03-ali-khan.md']).toMatchObject({ commits: 1, timeliness: { days: 14, contemporaneous: false }, signatures: [] });
    expect(records['records/sessions/2026/2026-02-16-jo-bloggs.md']).toMatchObject({
      commits: 3, editedAfterSigning: true,
      signatures: [{ by: 'sam-lee', matchesContent: false }],
    });
    // Moved: both commits, first committed under its old path.
    expect(records['records/sessions/2026/2026-03-02-ali-khan.md']).toMatchObject({ commits: 2, firstCommit: { date: '2026-03-02T16:00:00+00:00' }, timeliness: { contemporaneous: true } });
    expect(records['records/sessions/2026/2026-03-09-jo-bloggs.md']).toMatchObject({ commits: 0, uncommitted: true, editedAfterSigning: false });
    expect(records['records/sessions/2026/2026-03-09-jo-bloggs.md']).not.toHaveProperty('firstCommit');
    expect(records['records/staff/jo-bloggs.md']).toMatchObject({ kind: 'staff', commits: 1, uncommitted: false });
    expect(records['records/staff/jo-bloggs.md']).not.toHaveProperty('timeliness');
    expect(summary.deleted).toEqual([{ file: 'records/sessions/2026/2026-01-19-jo-bloggs.md', hash: expect.stringMatching(/^[0-9a-f]{40}$/), date: '2026-03-04T09:00:00+00:00', author: 'Sam Lee' }]);
  });

  it('agrees with the one-record audit on every record', async () => {
    const summary = JSON.parse((await supv(['audit', '--format', 'json'], repo.root)).stdout) as AuditSummary;
    for (const record of summary.records) {
      const report = JSON.parse((await supv(['audit', '--format', 'json', record.file], repo.root)).stdout) as AuditReport;
      expect(record.commits, record.file).toBe(report.commits.length);
      expect(record.firstCommit?.hash, record.file).toBe(report.commits[0]?.hash);
      expect(record.editedAfterSigning, record.file).toBe(report.commits.some((commit) => commit.editedAfterSigning));
      expect(record.timeliness, record.file).toEqual(report.timeliness);
    }
  });

  it('starts a record that began as a near copy of another at its own first commit, not the other record\'s', async () => {
    // Fresh from the template, the 16 February session is almost the same text as Ali's of 3 February, which
    // `git log --follow` reports as a copy source; its history must not include Ali's commit.
    const report = JSON.parse((await supv(['audit', '--format', 'json', 'records/sessions/2026/2026-02-16-jo-bloggs.md'], repo.root)).stdout) as AuditReport;
    expect(report.commits.map((commit) => `${commit.change}: ${commit.message}`)).toEqual([
      'added: Session with Jo Bloggs, 16 February',
      'modified: Signed by the supervisor',
      'modified: Correct the length',
    ]);
  });

  it('prints one line per record and the totals, as the binary too', async () => {
    const result = runSpawned(['--as-of', '2026-03-10', 'audit'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^RECORD\s+FIRST COMMITTED\s+TIMELINESS\s+COMMITS\s+SIGNED BY\s+NOTES$/);
    expect(lines).toContainEqual(expect.stringMatching(/^records\/sessions\/2026\/2026-02-02-jo-bloggs\.md\s+2026-02-02\s+contemporaneous, 0 days\s+2\s+sam-lee, jo-bloggs$/));
    expect(lines).toContainEqual(expect.stringMatching(/^records\/sessions\/2026\/2026-02-03-ali-khan\.md\s+2026-02-17\s+LATE, 14 days\s+1\s+-$/));
    expect(lines).toContainEqual(expect.stringMatching(/^records\/sessions\/2026\/2026-02-16-jo-bloggs\.md\s+2026-02-16\s+contemporaneous, 0 days\s+3\s+sam-lee\*\s+EDITED AFTER SIGNING$/));
    expect(lines).toContainEqual(expect.stringMatching(/^records\/sessions\/2026\/2026-03-09-jo-bloggs\.md\s+never committed\s+-\s+0\s+-$/));
    expect(result.stdout).toContain('* this signature no longer matches the record: it was changed after it was signed');
    expect(result.stdout).toContain('8 records: 3 contemporaneous, 1 late (record_within 7 days), 1 never committed; 1 edited after signing; 1 deleted (supv audit --deleted lists them)');
  });

  it('marks a committed record changed in the working tree, and refuses --patch without a record', async () => {
    const file = path.join(repo.root, 'records/staff/ali-khan.md');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('Family Support Worker', 'Senior Family Support Worker'));
    try {
      const records = byFile(JSON.parse((await supv(['audit', '--format', 'json'], repo.root)).stdout) as AuditSummary);
      expect(records['records/staff/ali-khan.md']).toMatchObject({ commits: 1, uncommitted: true });
      expect((await supv(['audit'], repo.root)).stdout).toMatch(/^records\/staff\/ali-khan\.md\s+2026-01-05\s+-\s+1\s+-\s+uncommitted changes$/m);
    } finally {
      writeFileSync(file, before);
    }
    const patch = await supv(['audit', '--patch'], repo.root);
    expect(patch.exitCode).toBe(2);
    expect(patch.stderr).toContain('--patch shows the changes to one record; name it');
  });

  it('says history is incomplete in a shallow clone and judges no timeliness, and lists records outside git as never committed', async () => {
    const shallow = JSON.parse((await supv(['audit', '--format', 'json'], shallowClone(repo))).stdout) as AuditSummary;
    expect(shallow).toMatchObject({ complete: false, incompleteReason: expect.stringContaining('shallow clone') });
    expect(shallow.records.every((record) => record.timeliness === undefined)).toBe(true);

    const plain = tempFolder();
    mkdirSync(path.join(plain, 'records/staff'), { recursive: true });
    writeFileSync(path.join(plain, TEAM[1]!.file), TEAM[1]!.text);
    const outside = await supv(['audit'], plain);
    expect(outside.exitCode).toBe(0);
    expect(outside.stdout).toContain('warning: git history is incomplete: the folder is not in a git repository');
    expect(outside.stdout).toMatch(/^records\/staff\/jo-bloggs\.md\s+never committed/m);
  });
});
