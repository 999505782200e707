/**
 * bin/supv.js runs lib/packed/ (lib/ packed into a few files by
 * scripts/pack.mjs, which Node loads much faster than lib/'s modules one by
 * one) only when the pack was made after lib/ was last compiled; and the
 * pack does what lib/ does.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../helpers/cli.js';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const run = (script: string, args: string[], cwd = REPO_ROOT) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });

describe('the packed CLI', () => {
  it('is used only when it was made after lib/ was compiled', () => {
    // bin/supv.js in a package of its own, whose lib/ and pack each say which they are.
    const root = tempFolder('supv-pack-');
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(BIN, path.join(root, 'bin', 'supv.js'));
    writeFileSync(path.join(root, 'package.json'), '{"type":"module"}\n');
    const write = (file: string, text: string, seconds: number) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
      utimesSync(path.join(root, file), seconds, seconds);
    };
    const which = () => run(path.join(root, 'bin', 'supv.js'), []).stdout;
    write('lib/cli/bin.js', "process.stdout.write('lib');\n", 1_000_000);
    expect(which()).toBe('lib');
    write('lib/packed/bin.js', "process.stdout.write('packed');\n", 2_000_000);
    expect(which()).toBe('packed');
    // lib/ compiled again after the pack (tsc alone): the older pack is not used.
    write('lib/cli/bin.js', "process.stdout.write('lib');\n", 3_000_000);
    expect(which()).toBe('lib');
  });

  it('is in use in this checkout, and finds what lib/ finds', () => {
    expect(statSync(path.join(REPO_ROOT, 'lib/packed/bin.js')).mtimeMs).toBeGreaterThanOrEqual(statSync(path.join(REPO_ROOT, 'lib/cli/bin.js')).mtimeMs);
    const args = ['lint', '--format', 'json', '--as-of', '2026-11-23'];
    const packed = run(path.join(REPO_ROOT, 'lib/packed/bin.js'), args);
    const compiled = run(path.join(REPO_ROOT, 'lib/cli/bin.js'), args);
    expect(packed.stderr).toBe(compiled.stderr);
    expect(packed.status).toBe(compiled.status);
    expect(packed.stdout).toBe(compiled.stdout);
    expect(JSON.parse(packed.stdout).length).toBeGreaterThan(100);
    expect(run(BIN, ['--version']).stdout).toBe(run(path.join(REPO_ROOT, 'lib/cli/bin.js'), ['--version']).stdout);
  });
});
