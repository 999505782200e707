import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn } from '../../src/git/run.js';
import { blobId, changedSinceHead } from '../../src/git/worktree.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const plainGit = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

describe('which records differ from their last commit, without git status', () => {
  it('hashes bytes to the blob id git gives them', () => {
    const repo = gitRepo();
    for (const text of ['', 'one\n', '---\nid: jo-bloggs\n---\r\nNotes.\r\n', 'é\u0000\u00ff']) {
      writeFileSync(path.join(repo.root, 'x'), text);
      expect(blobId(Buffer.from(text))).toBe(plainGit(repo.root, ['hash-object', 'x']).trim());
    }
  });

  it('tells changed, new and staged records from unchanged ones (a CRLF checkout of an LF commit, a symbolic link), in a folder below the top of the repository too', async () => {
    const repo = gitRepo();
    const root = path.join(repo.root, 'team');
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('records/staff/jo-bloggs.md', 'Jo\n');
    write('records/staff/ali-khan.md', 'Ali\n');
    write('records/staff/sam-lee.md', 'Sam\n');
    write('records/staff/windows.md', 'line one\nline two\n');
    symlinkSync('jo-bloggs.md', path.join(root, 'records/staff/jo-link.md'));
    repo.commit('team', '2026-01-05T09:00:00+00:00');
    write('records/staff/ali-khan.md', 'Ali Khan\n');
    write('records/staff/windows.md', 'line one\r\nline two\r\n');
    write('records/staff/kim-park.md', 'Kim\n');
    write('records/staff/staged.md', 'Staged\n');
    repo.git(['add', 'team/records/staff/staged.md']);
    const files = ['jo-bloggs.md', 'ali-khan.md', 'sam-lee.md', 'windows.md', 'jo-link.md', 'kim-park.md', 'staged.md'].map((name) => `records/staff/${name}`);
    const changed = await changedSinceHead(gitIn(root), root, files, 'records');
    expect([...changed].sort()).toEqual(['records/staff/ali-khan.md', 'records/staff/kim-park.md', 'records/staff/staged.md']);
  });

  it('works in a SHA-256 repository', async () => {
    const root = tempFolder();
    plainGit(root, ['init', '-q', '--object-format=sha256']);
    mkdirSync(path.join(root, 'records'));
    writeFileSync(path.join(root, 'records/a.md'), 'A\n');
    writeFileSync(path.join(root, 'records/b.md'), 'B\n');
    plainGit(root, ['add', '.']);
    plainGit(root, ['-c', 'user.name=Sam Lee', '-c', 'user.email=sam.lee@example.org', 'commit', '-qm', 'a and b']);
    writeFileSync(path.join(root, 'records/b.md'), 'B changed\n');
    expect([...await changedSinceHead(gitIn(root), root, ['records/a.md', 'records/b.md'], 'records')]).toEqual(['records/b.md']);
  });
});
