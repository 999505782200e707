import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GIT_IDENTITY_ENVIRONMENT, gitIn, safeGitEnvironment, SAFE_GIT_CONFIG } from '../../src/git/run.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

/** A folder of marker files, and a program that leaves one named `name` there and passes its input through. */
function markers() {
  const folder = tempFolder('supv-marker-');
  const scripts = tempFolder('supv-scripts-');
  return {
    ran: () => readdirSync(folder).sort(),
    script(name: string): string {
      const file = path.join(scripts, name);
      writeFileSync(file, `#!/bin/sh\ntouch '${path.join(folder, name)}'\ncat\n`);
      chmodSync(file, 0o755);
      return file;
    },
  };
}

/** A HOME whose global git config holds `text`. */
function homeWith(text: string): string {
  const home = tempFolder('supv-home-');
  writeFileSync(path.join(home, '.gitconfig'), text);
  return home;
}

describe('safe git', () => {
  it('runs nothing a repository\'s own config names: fsmonitor, hooks, pager, external diff', async () => {
    const repo = gitRepo();
    const { ran, script } = markers();
    for (const [key, value] of [['core.fsmonitor', script('fsmonitor')], ['core.pager', script('pager')], ['diff.external', script('diff')], ['core.hooksPath', repo.root]]) repo.git(['config', key!, value!]);
    writeFileSync(path.join(repo.root, 'post-commit'), `#!/bin/sh\n${script('hook')}\n`);
    chmodSync(path.join(repo.root, 'post-commit'), 0o755);
    writeFileSync(path.join(repo.root, 'a.txt'), 'one\n');
    const git = gitIn(repo.root);
    await git.run(['add', 'a.txt']);
    await git.run(['commit', '-q', '-m', 'one']);
    writeFileSync(path.join(repo.root, 'a.txt'), 'two\n');
    await git.run(['status']);
    await git.run(['diff', '--no-ext-diff', '--no-textconv']);
    await git.run(['log', '-p', '--no-ext-diff', '--no-textconv']);
    expect(ran()).toEqual([]);
  });

  it('switches off every filter driver the repository defines, whatever its name, so adding and committing run none', async () => {
    const repo = gitRepo();
    const { ran, script } = markers();
    const drivers = ['evil', 'with.dots', 'with=equals', 'With Space'];
    for (const driver of drivers) {
      for (const key of ['clean', 'smudge', 'process']) repo.git(['config', `filter.${driver}.${key}`, script(`${driver}-${key}`)]);
      repo.git(['config', `filter.${driver}.required`, 'true']);
    }
    mkdirSync(path.join(repo.root, '.git/info'), { recursive: true });
    writeFileSync(path.join(repo.root, '.git/info/attributes'), drivers.map((driver, index) => `f${index}.md filter=${driver.replace(/ /g, '\\040')}\n`).join(''));
    const git = gitIn(repo.root);
    for (let index = 0; index < drivers.length; index++) writeFileSync(path.join(repo.root, `f${index}.md`), `file ${index}\r\n`);
    await git.run(['add', '--', ...drivers.map((_, index) => `f${index}.md`)]);
    await git.run(['commit', '-q', '-m', 'files']);
    // Stored as written: no clean filter changed them on the way in.
    expect(await git.run(['cat-file', 'blob', 'HEAD:f0.md'])).toBe('file 0\r\n');
    expect(ran()).toEqual([]);
    // And plain git would have run them.
    writeFileSync(path.join(repo.root, 'f0.md'), 'changed\n');
    spawnSync('git', ['add', 'f0.md'], { cwd: repo.root, env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    expect(ran()).toContain('evil-process');
  });

  it('builds git\'s environment from nothing: no exported GIT_*, pager, editor or ssh variable reaches it, and no config file but the repository\'s', () => {
    const from = {
      PATH: '/usr/bin', HOME: '/home/sam', SECRET_TOKEN: 'x', LD_PRELOAD: '/tmp/evil.so',
      GIT_DIR: '/elsewhere', GIT_WORK_TREE: '/elsewhere', GIT_INDEX_FILE: '/elsewhere/index', GIT_EXEC_PATH: '/evil',
      GIT_CONFIG_GLOBAL: '/evil/gitconfig', GIT_CONFIG_SYSTEM: '/evil/gitconfig', GIT_CONFIG_NOSYSTEM: '0', GIT_CONFIG: '/evil/gitconfig',
      GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.fsmonitor', GIT_CONFIG_VALUE_0: '/evil', GIT_CONFIG_PARAMETERS: "'core.pager'='/evil'",
      GIT_SSH_COMMAND: '/evil', GIT_SSH: '/evil', GIT_PROXY_COMMAND: '/evil', GIT_EXTERNAL_DIFF: '/evil', GIT_PAGER: '/evil', PAGER: '/evil',
      GIT_EDITOR: '/evil', EDITOR: '/evil', VISUAL: '/evil', GIT_ASKPASS: '/evil', SSH_ASKPASS: '/evil', GIT_TEMPLATE_DIR: '/evil', GIT_TRACE: '/evil',
      GIT_AUTHOR_NAME: 'Sam Lee',
    };
    const fixed = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_ATTR_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
    expect(safeGitEnvironment([], from)).toEqual({ PATH: '/usr/bin', HOME: '/home/sam', ...fixed });
    // Only the identity may be passed on, and nothing passed on replaces the fixed values.
    expect(safeGitEnvironment([...GIT_IDENTITY_ENVIRONMENT, 'GIT_CONFIG_GLOBAL', 'GIT_DIR', 'GIT_CONFIG_COUNT'], from)).toEqual({ PATH: '/usr/bin', HOME: '/home/sam', GIT_AUTHOR_NAME: 'Sam Lee', ...fixed });
    expect(SAFE_GIT_CONFIG).toEqual(expect.arrayContaining(['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'core.pager=cat', 'protocol.allow=never', 'commit.gpgSign=false', 'log.showSignature=false']));
  });

  it('carries the user\'s own name, email, default branch and safe directories from their global config, and nothing else from it', async () => {
    const { ran, script } = markers();
    const hostileValues = `[core]\n\tpager = ${script('pager')}\n\tfsmonitor = ${script('fsmonitor')}\n[filter "x"]\n\tclean = ${script('clean')}\n[alias]\n\tco = !${script('alias')}\n`;
    const home = homeWith(`[user]\n\tname = Jo Bloggs\n\temail = jo.bloggs@example.org\n[init]\n\tdefaultBranch = records\n${hostileValues}`);
    const folder = tempFolder();
    const git = gitIn(folder, { env: { PATH: process.env.PATH, HOME: home } });
    await git.run(['init', '-q']);
    expect((await git.run(['symbolic-ref', 'HEAD'])).trim()).toBe('refs/heads/records');
    expect((await git.run(['var', 'GIT_COMMITTER_IDENT'])).trim()).toMatch(/^Jo Bloggs <jo\.bloggs@example\.org> /);
    expect((await git.run(['config', '--get', 'core.pager'])).trim()).toBe('cat');
    await expect(git.run(['config', '--get', 'filter.x.clean'])).rejects.toThrow();
    await expect(git.run(['config', '--get', 'alias.co'])).rejects.toThrow();
    expect(ran()).toEqual([]);

    // The same from an exported GIT_CONFIG_GLOBAL: its values, never its programs; one git cannot read gives none.
    const exported = path.join(homeWith(''), 'exported-gitconfig');
    writeFileSync(exported, `[user]\n\tname = Ali Khan\n\temail = ali.khan@example.org\n${hostileValues}`);
    const viaExport = gitIn(folder, { env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_GLOBAL: exported } });
    expect((await viaExport.run(['var', 'GIT_COMMITTER_IDENT'])).trim()).toMatch(/^Ali Khan <ali\.khan@example\.org> /);
    expect((await viaExport.run(['config', '--get', 'core.pager'])).trim()).toBe('cat');
    const unreadable = gitIn(folder, { env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_GLOBAL: folder } });
    expect(await unreadable.isRepository()).toBe(true);
    await expect(unreadable.run(['config', '--get', 'user.name'])).rejects.toThrow();
    expect(ran()).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('opens a repository owned by another user only when the user\'s own config marks it safe, as plain git does', async () => {
    const repo = gitRepo();
    repo.write({ file: 'a.txt', text: 'one\n' });
    repo.commit('one', '2026-01-05T09:00:00+00:00');
    execFileSync('chown', ['-R', '65534:65534', repo.root]);
    const unmarked = gitIn(repo.root, { env: { PATH: process.env.PATH, HOME: homeWith('') } });
    expect(await unmarked.isRepository()).toBe(false);
    const marked = gitIn(repo.root, { env: { PATH: process.env.PATH, HOME: homeWith(`[safe]\n\tdirectory = ${repo.root}\n`) } });
    expect(await marked.isRepository()).toBe(true);
    expect(await marked.headCommit()).toMatch(/^[0-9a-f]{40}$/);
    chownSync(repo.root, 0, 0);
  });

  it('refuses a folder that only looks like a bare repository', async () => {
    const folder = tempFolder();
    execFileSync('git', ['init', '-q', '--bare', folder], { env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    expect(existsSync(path.join(folder, 'HEAD'))).toBe(true);
    await expect(gitIn(folder).run(['rev-parse', '--git-dir'])).rejects.toThrow(/bare/);
  });
});
