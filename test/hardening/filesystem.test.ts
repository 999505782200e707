/**
 * Hardening, the file system and git (cases 20 and 21 of the issue): symbolic
 * links planted in the output folder, records that are links out of the
 * repository, link loops under records/, and file names that look like options
 * handed to git. Nothing may be written outside the output folder. Case 22, a
 * hostile git configuration and environment, is git.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, SAM, STACK, findingsByFile, makeRepo, onlyEngineRules, runInProcess, runSpawned, runWithEnv, snapshotTree, staffText } from './helpers.js';

const env = { SUPV_CHROME: process.env.SUPV_CHROME ?? CHROMIUM };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Sam Lee', GIT_AUTHOR_EMAIL: 'sam@example.org', GIT_COMMITTER_NAME: 'Sam Lee', GIT_COMMITTER_EMAIL: 'sam@example.org' },
  });
}

/** A folder outside every repository, holding a file a planted link points at. */
function outside(): { dir: string; victim: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-outside-'));
  const victim = path.join(dir, 'victim.txt');
  writeFileSync(victim, 'precious\n');
  return { dir, victim };
}

describe('20. symbolic links', () => {
  it('a record that is a link out of the repository is refused and not read', async () => {
    const { dir } = outside();
    writeFileSync(path.join(dir, 'secret.md'), staffText('secret', 'Secret Person'));
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM });
    symlinkSync(path.join(dir, 'secret.md'), path.join(root, 'records/staff/secret.md'));
    const before = snapshotTree(root);
    for (const result of [await runInProcess(['lint', '--format', 'json'], root), runSpawned(['lint', '--format', 'json'], root)]) {
      expect(result.exitCode).toBe(1);
      expect(result.stderr).not.toMatch(STACK);
      expect(findingsByFile(result.stdout).get('records/staff/secret.md')).toMatchObject([{ line: 1, rule: 'parse', message: expect.stringMatching(/leads out of the repository/) }]);
      expect(result.stdout).not.toContain('Secret Person');
    }
    expect(snapshotTree(root)).toEqual(before);
  });

  it('records itself a link out of the repository: every command refuses it, and nothing there is read or rendered', async () => {
    const { dir } = outside();
    mkdirSync(path.join(dir, 'staff'));
    writeFileSync(path.join(dir, 'staff/secret.md'), staffText('secret', 'Secret Person'));
    const root = makeRepo({ 'supv.config.yaml': 'organisation: Larkfield Primary School\n' });
    symlinkSync(dir, path.join(root, 'records'));
    const before = [snapshotTree(root), snapshotTree(dir)];
    const refused = `supv: the records repository ${root} cannot be read: records is a symbolic link that leads out of the repository; supv reads only records inside it\n`;
    for (const args of [['lint', '--format', 'json'], ['build'], ['report'], ['bundle'], ['verify'], ['new', 'session', '--supervisee', 'secret']]) {
      for (const result of [await runInProcess(args, root), runSpawned(args, root)]) {
        expect(result, args.join(' ')).toMatchObject({ exitCode: 2, stdout: '', stderr: refused });
      }
    }
    expect([snapshotTree(root), snapshotTree(dir)]).toEqual(before);
    // Below the CLI too (watch reads the folder again as it changes): the one thing found is records, refused.
    const { discoverRecords } = await import('../../src/load/discover.js');
    expect(discoverRecords(root)).toEqual([{ file: 'records', absPath: path.join(root, 'records'), refused: 'records is a symbolic link that leads out of the repository; supv reads only records inside it' }]);
  });

  it('a records link that stays inside the repository is followed like any other', async () => {
    const root = makeRepo({ 'data/records/staff/sam-lee.md': SAM });
    symlinkSync(path.join('data', 'records'), path.join(root, 'records'));
    const result = await runInProcess(['lint', ...(await onlyEngineRules()), '--format', 'json'], root);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect([...findingsByFile(result.stdout).keys()]).toEqual(['records/staff/sam-lee.md']);
  });

  it('a link loop under records/ (a folder linking to its parent, two files linking to each other) ends with findings, not a hang', async () => {
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM });
    symlinkSync('..', path.join(root, 'records/staff/up'));
    symlinkSync('.', path.join(root, 'records/self'));
    symlinkSync('b.md', path.join(root, 'records/staff/a.md'));
    symlinkSync('a.md', path.join(root, 'records/staff/b.md'));
    const started = performance.now();
    const result = await runInProcess(['lint', ...(await onlyEngineRules()), '--format', 'json'], root);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).not.toMatch(STACK);
    const findings = findingsByFile(result.stdout);
    expect(findings.get('records/staff/a.md')).toMatchObject([{ line: 1, rule: 'parse', message: expect.stringMatching(/loops/) }]);
    expect(findings.get('records/staff/b.md')).toMatchObject([{ line: 1, rule: 'parse', message: expect.stringMatching(/loops/) }]);
    // sam-lee.md is read once, not once per way round the loop.
    expect([...findings.keys()].filter((file) => file.endsWith('sam-lee.md'))).toHaveLength(1);
  });

  describe.skipIf(!CHROMIUM)('planted in the output folder', () => {
    const plants: Array<[string, (root: string, victim: string, dir: string) => void, RegExp]> = [
      ['a link where a PDF will go', (root, victim) => {
        mkdirSync(path.join(root, 'dist/pdf/staff'), { recursive: true });
        symlinkSync(victim, path.join(root, 'dist/pdf/staff/sam-lee.pdf'));
      }, /symbolic link/],
      ['a link as the manifest', (root, victim) => {
        mkdirSync(path.join(root, 'dist'), { recursive: true });
        symlinkSync(victim, path.join(root, 'dist/manifest.json'));
      }, /symbolic link/],
      ['dist/pdf as a link to a folder outside', (root, _victim, dir) => {
        mkdirSync(path.join(root, 'dist'), { recursive: true });
        symlinkSync(dir, path.join(root, 'dist/pdf'));
      }, /symbolic link/],
      ['dist/pdf/staff as a link to a folder outside', (root, _victim, dir) => {
        mkdirSync(path.join(root, 'dist/pdf'), { recursive: true });
        symlinkSync(dir, path.join(root, 'dist/pdf/staff'));
      }, /symbolic link/],
      ['the lock file as a link', (root, victim) => {
        mkdirSync(path.join(root, 'dist'), { recursive: true });
        symlinkSync(victim, path.join(root, 'dist/.supv-build.lock'));
      }, /./],
    ];
    it.each(plants)('%s: refused, nothing written through it', async (_name, plant, message) => {
      const { dir, victim } = outside();
      const root = makeRepo({ 'records/staff/sam-lee.md': SAM });
      plant(root, victim, dir);
      const outsideBefore = snapshotTree(dir);
      const recordsBefore = snapshotTree(path.join(root, 'records'));
      const result = await runWithEnv(['build', '--out', 'dist', '--concurrency', '1'], root, env);
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stderr).toMatch(message);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
      expect(snapshotTree(dir)).toEqual(outsideBefore);
      expect(snapshotTree(path.join(root, 'records'))).toEqual(recordsBefore);
    });
  });
});

describe('21. git', () => {
  it('21. a record whose file name begins with -- is a path to git, never an option', async () => {
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM, 'records/staff/--output=pwned.md': staffText('output') });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'records');
    rmSync(path.join(root, 'records/staff/--output=pwned.md'));
    git(root, 'commit', '-qam', 'remove');
    const lint = await runInProcess(['lint', '--format', 'json', '--as-of', '2025-03-01'], root);
    expect(lint.stderr).not.toMatch(STACK);
    expect(findingsByFile(lint.stdout).get('records/staff/--output=pwned.md')?.map((finding) => finding.rule)).toContain('record-deleted');
    const audit = runSpawned(['audit', '--', 'records/staff/--output=pwned.md'], root);
    expect(audit.stderr).not.toMatch(STACK);
    expect(audit.exitCode, audit.stderr).toBe(0);
    expect(existsSync(path.join(root, 'pwned'))).toBe(false);
    expect(existsSync(path.join(root, 'pwned.md'))).toBe(false);
  });
});
