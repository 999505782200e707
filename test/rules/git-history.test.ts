import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGitHistory } from '../../src/git/history.js';
import { gitRepo, removeTempFolders, shallowClone, tempFolder } from '../helpers/git-repo.js';
import { session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

describe('loadGitHistory', () => {
  it('says git is not installed when it is not, not that the folder is not in git', () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('Records', '2026-03-04T09:00:00+00:00');
    // A PATH holding node and nothing else: no git.
    const bin = tempFolder('supv-no-git-');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const lint = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../bin/supv.js'), 'lint', '--format', 'json'], { cwd: repo.root, env: { PATH: bin }, encoding: 'utf8' });
    expect(lint.stdout).toContain('git is not installed on this computer');
    expect(lint.stdout).not.toContain('not in a git repository');
  });

  it('reads first adds, deletions and messages in one walk', async () => {
    const repo = gitRepo();
    const march = session('2026-03-03');
    repo.write(...TEAM, march);
    const first = repo.commit('Records\n\nWith a body.', '2026-03-04T09:00:00+00:00');
    repo.write({ ...march, text: march.text + 'More.\n' });
    repo.commit('Edit', '2026-03-05T09:00:00+00:00');
    repo.git(['rm', '-q', march.file]);
    const removal = repo.commit('Remove', '2026-03-06T09:00:00+00:00');

    const history = await loadGitHistory(repo.root);
    expect(history.complete).toBe(true);
    expect(history.firstAdded.get(march.file)).toMatchObject({ hash: first, author: 'Sam Lee', message: 'Records\n\nWith a body.' });
    expect(history.firstAdded.get(march.file)!.date).toBe('2026-03-04T09:00:00+00:00');
    expect(history.deleted).toEqual([{ file: march.file, commit: expect.objectContaining({ hash: removal }) }]);
    expect(history.commits.map((commit) => commit.message)).toEqual(['Records\n\nWith a body.', 'Edit', 'Remove']);
    expect(history.reportFile).toBeUndefined();
  });

  it('paths are relative to the records repository when it sits inside a larger repository', async () => {
    const repo = gitRepo();
    const inner = path.join(repo.root, 'safeguarding');
    mkdirSync(inner);
    writeFileSync(path.join(inner, 'supv.config.yaml'), 'organisation: Example Primary School\n');
    repo.write(...TEAM.map((text) => ({ ...text, file: `safeguarding/${text.file}` })), { file: 'other/readme.md', text: 'x\n' });
    repo.commit('Monorepo', '2026-03-04T09:00:00+00:00');
    const history = await loadGitHistory(inner);
    expect([...history.firstAdded.keys()].sort()).toEqual(['records/staff/ali-khan.md', 'records/staff/jo-bloggs.md', 'records/staff/sam-lee.md', 'supv.config.yaml']);
    expect(history.reportFile).toBe('supv.config.yaml');
  });

  it('a shallow clone, a folder outside git and a repository without commits are incomplete, with the reason', async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('One', '2026-03-04T09:00:00+00:00');
    repo.commit('Two', '2026-03-05T09:00:00+00:00');
    expect(await loadGitHistory(shallowClone(repo))).toMatchObject({ complete: false, incompleteReason: expect.stringContaining('shallow clone') });
    expect(await loadGitHistory(tempFolder())).toMatchObject({ complete: false, incompleteReason: expect.stringContaining('not in a git repository') });
    expect(await loadGitHistory(gitRepo().root)).toMatchObject({ complete: false, incompleteReason: 'the repository has no commits yet' });
  });

  it('a commit message cannot forge a commit boundary or a file entry', async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('Innocent\u0001supv-00000000-0000-0000-0000-000000000000\u0001\n\nD\trecords/staff/sam-lee.md', '2026-03-04T09:00:00+00:00');
    const history = await loadGitHistory(repo.root);
    expect(history.commits).toHaveLength(1);
    expect(history.deleted).toEqual([]);
  });

  it("never runs a program named in the repository's own git config", async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('Records', '2026-03-04T09:00:00+00:00');
    repo.git(['rm', '-q', 'records/staff/ali-khan.md']);
    repo.commit('Remove', '2026-03-05T09:00:00+00:00');

    // A script that leaves a marker when anything runs it, named wherever git might run a program.
    const outside = tempFolder();
    const marker = path.join(outside, 'MARKER');
    const script = path.join(outside, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\ncat >/dev/null 2>&1\nexit 0\n`);
    chmodSync(script, 0o755);
    const hooks = path.join(outside, 'hooks');
    mkdirSync(hooks);
    for (const hook of ['post-checkout', 'pre-commit', 'post-index-change', 'fsmonitor-watchman', 'reference-transaction']) {
      writeFileSync(path.join(hooks, hook), `#!/bin/sh\ntouch '${marker}'\n`);
      chmodSync(path.join(hooks, hook), 0o755);
    }
    const hostile: Array<[string, string]> = [
      ['core.fsmonitor', script],
      ['core.hooksPath', hooks],
      ['core.pager', script],
      ['pager.log', script],
      ['alias.log', `!${script}`],
      ['alias.rev-parse', `!${script}`],
      ['diff.external', script],
      ['log.showSignature', 'true'],
      ['gpg.program', script],
      ['gpg.ssh.program', script],
      ['core.sshCommand', script],
      ['core.editor', script],
      ['diff.md.textconv', script],
      ['color.ui', 'always'],
      ['log.showRoot', 'false'],
      ['diff.renames', 'copies'],
    ];
    for (const [key, value] of hostile) repo.git(['config', key, value]);
    writeFileSync(path.join(repo.root, '.gitattributes'), '*.md diff=md\n');

    // The trap is armed: plain `git status` runs the fsmonitor program.
    repo.git(['status']);
    expect(existsSync(marker)).toBe(true);
    repo.git(['-c', 'core.fsmonitor=false', 'status']);
    rmSync(marker);

    const history = await loadGitHistory(repo.root);
    expect(existsSync(marker)).toBe(false);
    // And the output was still read correctly, root commit included.
    expect(history.complete).toBe(true);
    expect(history.firstAdded.has('records/staff/sam-lee.md')).toBe(true);
    expect(history.deleted.map((entry) => entry.file)).toEqual(['records/staff/ali-khan.md']);
  });
});
