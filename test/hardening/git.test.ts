/**
 * Hardening, git (cases 21 and 22 of the hardening issue, issue 16, SPEC
 * §11.8): no git call supv makes can run a program that a repository's own
 * configuration, its attributes or the user's environment names, and none
 * reads a file name as an option.
 *
 * The hostile repository names a program for every key git would run one
 * for: core.fsmonitor, core.hooksPath (with hooks), pagers, aliases shadowing
 * built-ins, diff.external, a diff driver's textconv and command, filter
 * drivers (clean, smudge, process) chosen by both `.gitattributes` and
 * `.git/info/attributes`, core.sshCommand, gpg.program with log.showSignature
 * and commit.gpgSign, credential.helper, core.askPass, core.editor. It is a
 * copy (`cp -a`) of a committed repository, so git's stat data is stale and
 * git would read every file again, through its filter. The hostile
 * environment exports GIT_CONFIG_GLOBAL (a config as hostile as the
 * repository's, with its own attributes file), GIT_CONFIG_COUNT/KEY/VALUE,
 * GIT_CONFIG_PARAMETERS, GIT_CONFIG_SYSTEM, GIT_EXEC_PATH, GIT_TEMPLATE_DIR,
 * GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, the ssh, pager, editor, askpass and
 * external diff variables, and GIT_TRACE.
 *
 * Every program writes a file into one folder, which must stay empty; and
 * every command must answer exactly as it does for the same repository
 * without any of it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, session, TEAM } from '../helpers/records.js';
import { BIN, CHROMIUM, staffText, STACK } from './helpers.js';

const AS_OF = '2026-03-10';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** git for setting up fixtures, with no config but the test's own. */
function git(cwd: string, args: string[], date = '2026-01-05T09:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Sam Lee',
      GIT_AUTHOR_EMAIL: 'sam.lee@example.org',
      GIT_COMMITTER_NAME: 'Sam Lee',
      GIT_COMMITTER_EMAIL: 'sam.lee@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** supv as a user runs it, in an environment the test adds to. */
function supv(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, '--as-of', AS_OF, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Who commits when `supv init` does: no test may depend on the machine's git identity. */
const IDENTITY = { GIT_AUTHOR_NAME: 'Sam Lee', GIT_AUTHOR_EMAIL: 'sam.lee@example.org', GIT_COMMITTER_NAME: 'Sam Lee', GIT_COMMITTER_EMAIL: 'sam.lee@example.org' };
const INJECTED = 'records/staff/--upload-pack=touch pwned.md';
const ROBIN = 'records/staff/robin-ash.md';

/**
 * The records' history, committed with nothing hostile in it: the team, a
 * contract, two sessions (one written up late), a staff record named like
 * an option, Robin Ash leaving, a session deleted; then, not committed, a
 * change to Robin's record and a new session. `.gitattributes` is committed
 * and names the drivers a hostile config may define.
 */
let base: string;
beforeAll(() => {
  base = tempFolder('supv-git-base-');
  git(base, ['init', '-q', '-b', 'main']);
  for (const { file, text } of TEAM) write(base, file, text);
  write(base, ROBIN, staffText('robin-ash', 'Robin Ash'));
  write(base, INJECTED, staffText('upload-pack', 'Jo Upload'));
  write(base, '.gitattributes', '*.md filter=evil diff=evil\n*.yaml filter=evil\n');
  git(base, ['add', '-A']);
  git(base, ['commit', '-qm', 'The team']);
  const agreed = contract({ supervisee: 'jo-bloggs', agreed: '2026-01-12' });
  const onTime = session('2026-02-02');
  const late = session('2026-02-03', { supervisee: 'ali-khan' });
  const gone = session('2026-01-19');
  for (const record of [agreed, onTime, gone]) write(base, record.file, record.text);
  git(base, ['add', '-A']);
  git(base, ['commit', '-qm', 'Contract and sessions'], '2026-02-02T16:00:00+00:00');
  write(base, late.file, late.text);
  write(base, ROBIN, staffText('robin-ash', 'Robin Ash', 'left: 2026-07-31\n'));
  git(base, ['add', '-A']);
  git(base, ['commit', '-qm', 'Robin leaves; Ali\'s session, written up late'], '2026-02-17T16:00:00+00:00');
  rmSync(path.join(base, gone.file));
  git(base, ['commit', '-qam', 'Remove a session'], '2026-03-04T09:00:00+00:00');
  write(base, ROBIN, staffText('robin-ash', 'Robin Ash', 'left: 2026-08-31\n'));
  const draft = session('2026-03-09');
  write(base, draft.file, draft.text);
});

/** A copy of the records repository in a new place: git's stat data no longer matches, so git would read every file again. */
function copy(): string {
  const root = path.join(tempFolder('supv-git-copy-'), 'records-repo');
  execFileSync('cp', ['-a', base, root]);
  return root;
}

interface Hostile {
  root: string;
  /** The folder every hostile program writes its marker into. */
  markers: string;
  /** The hostile environment. */
  env: Record<string, string>;
  /** Which programs ran. */
  ran(): string[];
}

/** A hostile copy of the records repository, and a hostile environment to run supv in. */
function hostile(options: { config?: boolean; attributes?: 'info' | 'committed' } = {}): Hostile {
  const root = copy();
  const place = tempFolder('supv-git-hostile-');
  const markers = path.join(place, 'markers');
  mkdirSync(markers);
  const scripts = path.join(place, 'scripts');
  mkdirSync(scripts);
  /** A program that leaves a marker named `name` and passes its input through (so a pager or a filter still "works"). */
  const script = (name: string, folder = scripts, file = name) => {
    const full = path.join(folder, file);
    writeFileSync(full, `#!/bin/sh\ntouch '${path.join(markers, name)}'\ncat\n`);
    chmodSync(full, 0o755);
    return full;
  };
  const hooks = path.join(place, 'hooks');
  mkdirSync(hooks);
  for (const hook of ['pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman']) script(`hook-${hook}`, hooks, hook);

  /** Every key that names a program, each naming one that leaves a marker `<prefix>-<key>`. */
  const configText = (prefix: string) => [
    '[core]',
    `\tfsmonitor = ${script(`${prefix}-fsmonitor`)}`,
    `\thooksPath = ${hooks}`,
    `\tpager = ${script(`${prefix}-pager`)}`,
    `\tsshCommand = ${script(`${prefix}-ssh`)}`,
    `\taskPass = ${script(`${prefix}-askpass`)}`,
    `\teditor = ${script(`${prefix}-editor`)}`,
    '[alias]',
    `\tlog = !${script(`${prefix}-alias-log`)}`,
    `\trev-parse = !${script(`${prefix}-alias-rev-parse`)}`,
    `\tstatus = !${script(`${prefix}-alias-status`)}`,
    `\tls-tree = !${script(`${prefix}-alias-ls-tree`)}`,
    `\tcat-file = !${script(`${prefix}-alias-cat-file`)}`,
    '[diff]',
    `\texternal = ${script(`${prefix}-diff-external`)}`,
    '[diff "evil"]',
    `\ttextconv = ${script(`${prefix}-textconv`)}`,
    `\tcommand = ${script(`${prefix}-diff-command`)}`,
    ...['evil', 'info', 'global'].flatMap((driver) => [
      `[filter "${driver}"]`,
      `\tclean = ${script(`${prefix}-filter-${driver}-clean`)}`,
      `\tsmudge = ${script(`${prefix}-filter-${driver}-smudge`)}`,
      `\tprocess = ${script(`${prefix}-filter-${driver}-process`)}`,
      '\trequired = true',
    ]),
    '[log]',
    '\tshowSignature = true',
    '[commit]',
    '\tgpgSign = true',
    '[gpg]',
    `\tprogram = ${script(`${prefix}-gpg`)}`,
    '[credential]',
    `\thelper = !${script(`${prefix}-credential`)}`,
    '[pager]',
    `\tlog = ${script(`${prefix}-pager-log`)}`,
    `\tstatus = ${script(`${prefix}-pager-status`)}`,
    '[sequence]',
    `\teditor = ${script(`${prefix}-sequence-editor`)}`,
    '',
  ].join('\n');

  if (options.config !== false) {
    writeFileSync(path.join(root, '.git/config'), readFileSync(path.join(root, '.git/config'), 'utf8') + configText('repo'));
    if (options.attributes !== 'committed') writeFileSync(path.join(root, '.git/info/attributes'), '*.md filter=info diff=evil\n');
  }

  const globalAttributes = path.join(place, 'attributes');
  writeFileSync(globalAttributes, '* filter=global diff=evil\n');
  const globalConfig = path.join(place, 'gitconfig');
  writeFileSync(globalConfig, `${configText('global')}[core]\n\tattributesFile = ${globalAttributes}\n[init]\n\ttemplateDir = ${path.join(place, 'template')}\n`);
  // A template that would install live hooks into a repository `supv init` creates.
  mkdirSync(path.join(place, 'template/hooks'), { recursive: true });
  for (const hook of ['pre-commit', 'post-commit', 'reference-transaction']) script(`template-${hook}`, path.join(place, 'template/hooks'), hook);
  // A git exec path whose `git` and helpers are hostile.
  const execPath = path.join(place, 'exec-path');
  mkdirSync(execPath);
  for (const helper of ['git', 'git-log', 'git-maintenance', 'git-gc', 'git-upload-pack', 'git-remote-https']) script(`exec-path-${helper}`, execPath, helper);
  // Another repository, for GIT_DIR and GIT_WORK_TREE to point supv's git at.
  const decoy = path.join(place, 'decoy');
  mkdirSync(decoy);
  git(decoy, ['init', '-q']);
  write(decoy, 'records/staff/decoy.md', staffText('decoy', 'Pat Decoy'));
  git(decoy, ['add', '-A']);
  git(decoy, ['commit', '-qm', 'decoy'], '2020-01-01T00:00:00+00:00');

  const env: Record<string, string> = {
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_SYSTEM: globalConfig,
    GIT_CONFIG_NOSYSTEM: '0',
    GIT_CONFIG_COUNT: '4',
    GIT_CONFIG_KEY_0: 'core.fsmonitor',
    GIT_CONFIG_VALUE_0: script('count-fsmonitor'),
    GIT_CONFIG_KEY_1: 'filter.evil.clean',
    GIT_CONFIG_VALUE_1: script('count-filter-clean'),
    GIT_CONFIG_KEY_2: 'core.pager',
    GIT_CONFIG_VALUE_2: script('count-pager'),
    GIT_CONFIG_KEY_3: 'core.hooksPath',
    GIT_CONFIG_VALUE_3: hooks,
    GIT_CONFIG_PARAMETERS: `'core.fsmonitor'='${script('parameters-fsmonitor')}' 'filter.info.process'='${script('parameters-filter-process')}'`,
    GIT_EXEC_PATH: execPath,
    GIT_TEMPLATE_DIR: path.join(place, 'template'),
    GIT_DIR: path.join(decoy, '.git'),
    GIT_WORK_TREE: decoy,
    GIT_INDEX_FILE: path.join(markers, 'env-index-file'),
    GIT_SSH_COMMAND: script('env-ssh-command'),
    GIT_SSH: script('env-ssh'),
    GIT_PROXY_COMMAND: script('env-proxy'),
    GIT_EXTERNAL_DIFF: script('env-external-diff'),
    GIT_PAGER: script('env-git-pager'),
    PAGER: script('env-pager'),
    GIT_EDITOR: script('env-git-editor'),
    GIT_SEQUENCE_EDITOR: script('env-sequence-editor'),
    EDITOR: script('env-editor'),
    VISUAL: script('env-visual'),
    GIT_ASKPASS: script('env-git-askpass'),
    SSH_ASKPASS: script('env-ssh-askpass'),
    GIT_TRACE: path.join(markers, 'env-trace'),
    GIT_TRACE2: path.join(markers, 'env-trace2'),
  };
  return { root, markers, env, ran: () => readdirSync(markers).sort() };
}

const controls = new Map<string, ReturnType<typeof supv>>();

/** The same answer as for the same repository with nothing hostile about it or its environment. */
function expectSameAnswer(args: string[], hostileRun: { root: string; env?: Record<string, string> }): void {
  const key = JSON.stringify(args);
  if (!controls.has(key)) controls.set(key, supv(args, copy()));
  const control = controls.get(key)!;
  const result = supv(args, hostileRun.root, hostileRun.env);
  expect(result.stderr, args.join(' ')).not.toMatch(STACK);
  expect(result.stderr, args.join(' ')).toBe(control.stderr);
  expect(result.stdout, args.join(' ')).toBe(control.stdout);
  expect(result.exitCode, args.join(' ')).toBe(control.exitCode);
}

describe('22. git', () => {
  it('the hostile repository and environment really are hostile: plain git runs them', () => {
    const { root, env, ran } = hostile();
    // Plain git, as a user would run it, with the hostile environment but the real repository.
    const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...rest } = env;
    spawnSync('git', ['status'], { cwd: root, env: { ...process.env, ...rest } });
    expect(ran()).toEqual(expect.arrayContaining(['env-trace', 'parameters-fsmonitor']));
    expect(ran().some((name) => name.includes('-filter-'))).toBe(true);
    const repoOnly = hostile();
    spawnSync('git', ['status'], { cwd: repoOnly.root, env: { PATH: process.env.PATH!, HOME: repoOnly.root, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(repoOnly.ran()).toEqual(expect.arrayContaining(['repo-fsmonitor']));
    // Without fsmonitor, the stale stat data sends every record through the filter.
    const filterOnly = hostile();
    spawnSync('git', ['-c', 'core.fsmonitor=false', 'status'], { cwd: filterOnly.root, env: { PATH: process.env.PATH!, HOME: filterOnly.root, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(filterOnly.ran().some((name) => name.startsWith('repo-filter-'))).toBe(true);
  });

  describe('issue 16.1: plain `supv audit` runs no filter, even when git\'s stat data is stale', () => {
    it.each([
      ['a filter driver in .git/config, chosen in .git/info/attributes', { attributes: 'info' as const }],
      ['a filter driver in .git/config, chosen in the committed .gitattributes', { attributes: 'committed' as const }],
    ])('%s', (_name, options) => {
      const run = hostile(options);
      expectSameAnswer(['audit', '--format', 'json'], { root: run.root });
      expectSameAnswer(['audit'], { root: run.root });
      expect(run.ran()).toEqual([]);
    });

    it('still marks a changed record and a new one as not committed, and the rest as committed', () => {
      const run = hostile();
      const result = supv(['audit', '--format', 'json'], run.root);
      const records = Object.fromEntries((JSON.parse(result.stdout) as { records: Array<{ file: string; uncommitted: boolean; commits: number }> }).records.map((record) => [record.file, record]));
      expect(records[ROBIN]).toMatchObject({ uncommitted: true, commits: 2 });
      expect(records['records/sessions/2026/2026-03-09-jo-bloggs.md']).toMatchObject({ uncommitted: true, commits: 0 });
      expect(records['records/staff/jo-bloggs.md']).toMatchObject({ uncommitted: false, commits: 1 });
      expect(records[INJECTED]).toMatchObject({ uncommitted: false, commits: 1 });
      expect(run.ran()).toEqual([]);
    });
  });

  describe('issue 16.2: an exported GIT_CONFIG_GLOBAL does not reach git', () => {
    it.each([
      ['a file that does not exist', (place: string) => path.join(place, 'missing', 'gitconfig')],
      ['a folder', (place: string) => place],
      ['a file git cannot read as config', (place: string) => {
        writeFileSync(path.join(place, 'broken'), '[core\n\tpager = \n');
        return path.join(place, 'broken');
      }],
    ])('pointing at %s: audit still sees the history', (_name, where) => {
      const root = copy();
      const env = { GIT_CONFIG_GLOBAL: where(tempFolder('supv-git-global-')) };
      expectSameAnswer(['audit', '--format', 'json'], { root, env });
      expectSameAnswer(['audit', '--format', 'json', ROBIN], { root, env });
      expectSameAnswer(['audit', '--deleted', '--format', 'json'], { root, env });
      expectSameAnswer(['lint', '--format', 'json'], { root, env });
    });

    it('pointing at a hostile config: audit sees the history and runs nothing', () => {
      const run = hostile({ config: false });
      const env = { GIT_CONFIG_GLOBAL: run.env.GIT_CONFIG_GLOBAL! };
      expectSameAnswer(['audit', '--format', 'json'], { root: run.root, env });
      expectSameAnswer(['audit', ROBIN, '--patch'], { root: run.root, env });
      expect(run.ran()).toEqual([]);
    });

    it('init in a fresh folder commits its files whatever GIT_CONFIG_GLOBAL names', () => {
      for (const where of [path.join(tempFolder('supv-git-global-'), 'missing'), tempFolder('supv-git-global-')]) {
        const folder = path.join(tempFolder('supv-git-init-'), 'new-records');
        const result = supv(['init', folder], os.tmpdir(), { GIT_CONFIG_GLOBAL: where, ...IDENTITY });
        expect(result.stderr).not.toMatch(STACK);
        expect(result.exitCode, result.stderr).toBe(0);
        expect(result.stdout).toContain('committed supv.config.yaml');
        expect(git(folder, ['log', '--format=%an %s']).trim()).toBe('Sam Lee Start the supervision records (supv init)');
      }
    });
  });

  describe('22. every command that touches git, in a hostile repository with a hostile environment, runs nothing and answers as usual', () => {
    it.each([
      [['lint', '--format', 'json']],
      [['audit', '--format', 'json']],
      [['audit']],
      [['audit', '--format', 'json', ROBIN]],
      [['audit', ROBIN, '--patch']],
      [['audit', 'ali-khan']],
      [['audit', '--deleted', '--format', 'json']],
      [['audit', '--', INJECTED]],
      [['verify']],
    ])('%j', (args) => {
      const run = hostile();
      expectSameAnswer(args, run);
      expect(run.ran()).toEqual([]);
      expect(existsSync(path.join(run.root, 'pwned'))).toBe(false);
    });

    it('report', () => {
      const run = hostile();
      const result = supv(['report', '--format', 'json,csv', '--out', 'report'], run.root, run.env);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(readdirSync(path.join(run.root, 'report')).length).toBeGreaterThan(0);
      expect(run.ran()).toEqual([]);
    });

    it('new session', () => {
      const run = hostile();
      const result = supv(['new', 'session', '--supervisee', 'ali-khan', '--date', '2026-03-10'], run.root, run.env);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(existsSync(path.join(run.root, 'records/sessions/2026/2026-03-10-ali-khan.md'))).toBe(true);
      expect(run.ran()).toEqual([]);
    });

    it.skipIf(!CHROMIUM)('build (the commit each PDF was built from)', () => {
      const run = hostile();
      const result = supv(['build', '--out', 'dist', '--concurrency', '1', ROBIN], run.root, { ...run.env, SUPV_CHROME: process.env.SUPV_CHROME ?? CHROMIUM! });
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(path.join(run.root, 'dist/manifest.json'), 'utf8')) as { records: Record<string, { commit: string }> };
      expect(manifest.records['robin-ash']!.commit).toBe(git(run.root, ['rev-parse', 'HEAD']).trim());
      expect(run.ran()).toEqual([]);
    });

    it.skipIf(!CHROMIUM)('bundle', () => {
      const run = hostile();
      const result = supv(['bundle', '--out', 'dist/bundle.pdf'], run.root, { ...run.env, SUPV_CHROME: process.env.SUPV_CHROME ?? CHROMIUM! });
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(existsSync(path.join(run.root, 'dist/bundle.pdf'))).toBe(true);
      expect(run.ran()).toEqual([]);
    });

    it('watch: starts, re-lints a changed record with the git rules on, and stops', async () => {
      const run = hostile();
      const child = spawn(process.execPath, [BIN, 'watch', '--as-of', AS_OF], { cwd: run.root, env: { ...process.env, NO_COLOR: '1', ...run.env, SUPV_CHROME: '/nowhere/chromium' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : code)));
      const until = async (pattern: RegExp) => {
        const deadline = Date.now() + 60_000;
        while (!pattern.test(stdout)) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      try {
        await until(/Watching for changes/);
        const file = path.join(run.root, ROBIN);
        writeFileSync(file, readFileSync(file, 'utf8').replace('id: sam-lee', 'id: sam-le'));
        await until(/\+ records\/staff\/robin-ash\.md \d+:\d+ error .*\(unknown-ref\)/);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(stderr).not.toMatch(STACK);
      // The git rules had the history: no "history is incomplete" warning.
      expect(stdout + stderr).not.toMatch(/incomplete/);
      expect(run.ran()).toEqual([]);
    });

    it('init in a fresh folder: commits its files, installs only its own hook (none from a template), runs nothing', () => {
      const run = hostile();
      const folder = path.join(tempFolder('supv-git-init-'), 'new-records');
      const result = supv(['init', folder], os.tmpdir(), { ...run.env, ...IDENTITY });
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout).toContain('committed supv.config.yaml');
      expect(git(folder, ['log', '--format=%an %s']).trim()).toBe('Sam Lee Start the supervision records (supv init)');
      const hooks = path.join(folder, '.git/hooks');
      expect(existsSync(hooks) ? readdirSync(hooks).filter((name) => !name.endsWith('.sample')) : []).toEqual(['pre-commit']);
      expect(readFileSync(path.join(hooks, 'pre-commit'), 'utf8')).toContain('supv');
      expect(run.ran()).toEqual([]);
    });

    it('init inside a hostile repository that has no commits yet: adds and commits without its filters or hooks', () => {
      const run = hostile();
      const empty = path.join(tempFolder('supv-git-init-'), 'empty');
      mkdirSync(empty);
      git(empty, ['init', '-q']);
      writeFileSync(path.join(empty, '.git/config'), readFileSync(path.join(run.root, '.git/config'), 'utf8'));
      writeFileSync(path.join(empty, '.git/info/attributes'), '* filter=info diff=evil\n');
      const result = supv(['init', empty], os.tmpdir(), IDENTITY);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.exitCode, result.stderr).toBe(0);
      expect(run.ran()).toEqual([]);
    });
  });
});
