import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runInProcess } from '../helpers/cli.js';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

/**
 * `supv ARGS | true` in a real shell: the reader has gone before supv writes
 * its first line (node takes far longer to start than `true` to exit), so
 * every write meets a closed pipe, as the later writes of `supv ... | head -1`
 * do. pipefail gives supv's own exit code.
 */
function intoClosedPipe(args: string[], cwd: string): { exitCode: number; stderr: string } {
  const command = `"$0" "$@" | true`;
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command, process.execPath, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { exitCode: result.status ?? -1, stderr: result.stderr };
}

describe('a reader that stops early (supv ... | head -1) is not an error', () => {
  it('keygen writes both keys and exits 0, with no stack trace', () => {
    const folder = tempFolder();
    const result = intoClosedPipe(['keygen', '--out', path.join(folder, 'ada.key')], folder);
    expect(result).toEqual({ exitCode: 0, stderr: '' });
    expect(existsSync(path.join(folder, 'ada.key'))).toBe(true);
    expect(existsSync(path.join(folder, 'ada.key.pub'))).toBe(true);
  });

  it('schema exits 0 quietly', () => {
    expect(intoClosedPipe(['schema', 'session'], tempFolder())).toEqual({ exitCode: 0, stderr: '' });
  });

  it('lint keeps its own exit code (1: findings) and prints no stack trace', async () => {
    const folder = tempFolder();
    expect((await runInProcess(['init', '--examples', folder], '/')).exitCode).toBe(0);
    expect(intoClosedPipe(['lint'], folder)).toEqual({ exitCode: 1, stderr: '' });
  });

  it('--help exits 0 quietly', () => {
    expect(intoClosedPipe(['--help'], tempFolder())).toEqual({ exitCode: 0, stderr: '' });
  });
});
