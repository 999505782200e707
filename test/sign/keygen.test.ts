import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

describe('supv keygen keeps private keys out of repositories', () => {
  it('refuses to write a private key inside a git work tree, says why and where to keep it, and writes nothing', async () => {
    const repo = gitRepo();
    const result = await runInProcess(['keygen', '--out', 'ada.key'], repo.root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`inside the git repository at ${repo.root}`);
    expect(result.stderr).toContain('~/.config/supv/');
    expect(result.stderr).toContain('--force');
    expect(existsSync(path.join(repo.root, 'ada.key'))).toBe(false);
    expect(existsSync(path.join(repo.root, 'ada.key.pub'))).toBe(false);
  });

  it('judges by the folder the key goes into, not the folder supv runs in', async () => {
    const repo = gitRepo();
    mkdirSync(path.join(repo.root, 'keys'));
    const outside = tempFolder();
    const into = await runInProcess(['keygen', '--out', path.join(repo.root, 'keys/ada.key')], outside);
    expect(into.exitCode).toBe(2);
    expect(existsSync(path.join(repo.root, 'keys/ada.key'))).toBe(false);

    const out = await runInProcess(['keygen', '--out', path.join(outside, 'ada.key')], repo.root);
    expect(out).toMatchObject({ exitCode: 0, stderr: '' });
    expect(statSync(path.join(outside, 'ada.key')).mode & 0o777).toBe(0o600);
  });

  it('--force writes it anyway, and warns when git would not ignore it', async () => {
    const repo = gitRepo();
    repo.write({ file: '.gitignore', text: '*.key\n' });
    const ignored = await runInProcess(['keygen', '--out', 'ada.key', '--force'], repo.root);
    expect(ignored).toMatchObject({ exitCode: 0, stderr: '' });
    expect(readFileSync(path.join(repo.root, 'ada.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);

    const exposed = await runInProcess(['keygen', '--out', 'ada-signing', '--force'], repo.root);
    expect(exposed.exitCode).toBe(0);
    expect(exposed.stderr).toContain('git does not ignore');
    expect(existsSync(path.join(repo.root, 'ada-signing'))).toBe(true);
  });

  it('--force never lets a key into records/', async () => {
    const repo = gitRepo();
    mkdirSync(path.join(repo.root, 'records/staff'), { recursive: true });
    const result = await runInProcess(['keygen', '--out', 'records/staff/ada.key', '--force'], repo.root);
    expect(result.exitCode).toBe(2);
    expect(existsSync(path.join(repo.root, 'records/staff/ada.key'))).toBe(false);
  });

  it('--help lists --force', async () => {
    const result = await runInProcess(['keygen', '--help'], tempFolder());
    expect(result.stdout).toContain('--force');
  });
});
