import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, runSpawned } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder, type TestRepo } from '../helpers/git-repo.js';
import { session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

/**
 * `supv --cwd REPO COMMAND PATH`: a relative PATH is relative to REPO, not to
 * the folder the shell is in, for every command that takes record paths.
 * The shell here is an unrelated empty folder.
 */
let repo: TestRepo;
let elsewhere: string;
const SESSION = 'records/sessions/2026/2026-02-02-jo-bloggs.md';
beforeAll(() => {
  repo = gitRepo();
  repo.write(...TEAM, session('2026-02-02'));
  repo.commit('The team and a session', '2026-02-02T16:00:00+00:00');
  elsewhere = tempFolder('supv-shell-');
});

const supv = (args: string[]) => runInProcess(['--cwd', repo.root, '--as-of', '2026-02-03', ...args], elsewhere, new Date('2026-02-03T12:00:00Z'));
const filesIn = (stdout: string) => (JSON.parse(stdout) as Array<{ file: string }>).map((entry) => entry.file);

describe('--cwd: relative PATH arguments are relative to the repository', () => {
  it('lint reports on the file or folder named inside the repository', async () => {
    const one = await supv(['lint', '--format', 'json', SESSION]);
    expect(one.stderr).toBe('');
    expect(filesIn(one.stdout)).toEqual([SESSION]);
    const staff = await supv(['lint', '--format', 'json', 'records/staff']);
    expect(filesIn(staff.stdout)).toEqual(['records/staff/ali-khan.md', 'records/staff/jo-bloggs.md', 'records/staff/sam-lee.md']);
    // `.` is the repository itself; an absolute path still works.
    expect(filesIn((await supv(['lint', '--format', 'json', '.'])).stdout)).toHaveLength(4);
    expect(filesIn((await supv(['lint', '--format', 'json', path.join(repo.root, SESSION)])).stdout)).toEqual([SESSION]);
  });

  it('a path leading out of the repository, or to no record, is a usage error naming it', async () => {
    const outside = await supv(['lint', '../elsewhere']);
    expect(outside).toMatchObject({ exitCode: 2 });
    expect(outside.stderr).toContain(`../elsewhere is outside the records repository ${repo.root}`);
    const nowhere = await supv(['lint', 'records/contracts']);
    expect(nowhere).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('no records found at records/contracts') });
    expect((await supv(['build', 'records/contracts'])).stderr).toContain('no records found at records/contracts');
    expect((await supv(['verify', 'records/contracts'])).stderr).toContain('no records found at records/contracts');
  });

  it('audit, sign and verify find the record by its path in the repository', async () => {
    const audit = await supv(['audit', '--format', 'json', SESSION]);
    expect(audit).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(audit.stdout)).toMatchObject({ file: SESSION, commits: [{ message: 'The team and a session' }] });

    const signed = await supv(['sign', SESSION, '--as', 'sam-lee', '--at', '2026-02-03T09:00:00+00:00']);
    expect(signed).toMatchObject({ exitCode: 0, stderr: '' });
    const verify = await supv(['verify', '--format', 'json', SESSION]);
    expect(verify.exitCode).toBe(0);
    expect((JSON.parse(verify.stdout) as { files: Array<{ file: string }> }).files.map((entry) => entry.file)).toEqual([SESSION]);
  });

  it('build renders the record named, into the repository\'s output folder, as the binary too', () => {
    const result = runSpawned(['--cwd', repo.root, 'build', 'records/staff/jo-bloggs.md'], elsewhere);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^built 1, unchanged 0/) });
    expect(existsSync(path.join(repo.root, 'dist/pdf/staff/jo-bloggs.pdf'))).toBe(true);
    expect(existsSync(path.join(repo.root, 'dist/pdf/staff/ali-khan.pdf'))).toBe(false);
  });

  it('without --cwd, paths are relative to the current folder, which is the repository', async () => {
    const result = await runInProcess(['--as-of', '2026-02-03', 'lint', '--format', 'json', SESSION], repo.root);
    expect(filesIn(result.stdout)).toEqual([SESSION]);
  });
});
