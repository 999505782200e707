import { existsSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn, safeGitEnvironment, SAFE_GIT_CONFIG } from '../../src/git/run.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

describe('safe git', () => {
  it('runs nothing a repository\'s own config names: fsmonitor, hooks, pager, external diff', async () => {
    const repo = gitRepo();
    const marker = path.join(tempFolder('supv-marker-'), 'ran');
    const script = path.join(repo.root, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(script, 0o755);
    for (const [key, value] of [['core.fsmonitor', script], ['core.pager', script], ['diff.external', script], ['core.hooksPath', repo.root]]) repo.git(['config', key!, value!]);
    writeFileSync(path.join(repo.root, 'post-commit'), `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(path.join(repo.root, 'post-commit'), 0o755);
    writeFileSync(path.join(repo.root, 'a.txt'), 'one\n');
    const git = gitIn(repo.root);
    await git.run(['add', 'a.txt']);
    await git.run(['commit', '-q', '-m', 'one']);
    writeFileSync(path.join(repo.root, 'a.txt'), 'two\n');
    await git.run(['status']);
    await git.run(['diff', '--no-ext-diff', '--no-textconv']);
    await git.run(['log', '-p', '--no-ext-diff', '--no-textconv']);
    expect(existsSync(marker)).toBe(false);
  });

  it('passes on only the variables git needs, and never a hook\'s GIT_DIR', () => {
    const env = safeGitEnvironment([], { PATH: '/usr/bin', HOME: '/home/sam', GIT_DIR: '/elsewhere', SECRET_TOKEN: 'x' });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/sam', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' });
    expect(SAFE_GIT_CONFIG).toContain('core.hooksPath=/dev/null');
  });
});
