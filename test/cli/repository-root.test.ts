/**
 * SPEC §2: the repository is found as git finds its own, from the folder a
 * command runs in upwards; run from records/sessions/2026, every command
 * works on the whole repository, and PATH arguments are relative to the
 * folder the command was run in. With no repository there or above, exit 2
 * and say so: never an empty "all clear" (SPEC §11.8).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runInProcess, runSpawned, runners } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { contract, session, TEAM } from '../helpers/records.js';
import { skipReason } from '../render/fixtures.js';

afterAll(removeTempFolders);

const NOT_A_REPOSITORY = 'not a records repository (no supv.config.yaml or records/ here or in any folder above)';
const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-23T12:00:00Z');
const SESSION = 'records/sessions/2026/2026-02-02-jo-bloggs.md';
/** Signed with a made-up hash: verify fails it, wherever it is run from. */
const CONTRACT = 'records/contracts/contract-jo-bloggs-2025.md';

/**
 * Sam Lee's team with an unsigned session of February (overdue by November,
 * so lint has errors) and a contract whose signatures do not hold; committed,
 * so audit has a history. `sub` is records/sessions/2026, where the session is.
 */
function school() {
  const repo = gitRepo();
  repo.write({ file: 'supv.config.yaml', text: 'organisation: Larkfield Primary School\n' }, ...TEAM, contract({ supervisee: 'jo-bloggs', agreed: '2025-09-01' }), session('2026-02-02'));
  repo.commit('The team, a contract and a session', '2026-02-02T16:00:00+00:00');
  return { root: repo.root, sub: path.join(repo.root, 'records/sessions/2026') };
}

const filesIn = (stdout: string) => (JSON.parse(stdout) as Array<{ file: string }>).map((entry) => entry.file);
const below = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('run from records/sessions/2026, every command works on the whole repository', () => {
  const { root, sub } = school();

  it.each(runners)('lint reports every record, as from the root, and fails on the errors (%s)', async (_name, run) => {
    const fromRoot = await run(['--as-of', AS_OF, 'lint', '--format', 'json'], root);
    const fromSub = await run(['--as-of', AS_OF, 'lint', '--format', 'json'], sub);
    expect(fromSub).toMatchObject({ exitCode: 1, stderr: '' });
    expect(fromSub.stdout).toBe(fromRoot.stdout);
    expect(filesIn(fromSub.stdout)).toEqual(expect.arrayContaining(['records/staff/jo-bloggs.md', CONTRACT, SESSION]));
  });

  it('lint PATH arguments are relative to the folder it was run in', async () => {
    const lint = (args: string[]) => runInProcess(['--as-of', AS_OF, 'lint', '--format', 'json', ...args], sub, NOW);
    expect(filesIn((await lint(['2026-02-02-jo-bloggs.md'])).stdout)).toEqual([SESSION]);
    expect(filesIn((await lint(['.'])).stdout)).toEqual([SESSION]);
    expect(filesIn((await lint(['../../staff'])).stdout)).toEqual(['records/staff/ali-khan.md', 'records/staff/jo-bloggs.md', 'records/staff/sam-lee.md']);
    // A path written from the root names nothing from here.
    expect(await lint([SESSION])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining(`no records found at records/sessions/2026/${SESSION}`) });
  });

  it('--cwd names the folder to run in: the repository is found above it, and PATHs are relative to it', async () => {
    const elsewhere = tempFolder('supv-shell-');
    const result = await runInProcess(['--cwd', sub, '--as-of', AS_OF, 'lint', '--format', 'json', '2026-02-02-jo-bloggs.md'], elsewhere, NOW);
    expect(result).toMatchObject({ exitCode: 1, stderr: '' });
    expect(filesIn(result.stdout)).toEqual([SESSION]);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('the root\'s supv.config.yaml applies; --config is relative to the folder run in', async () => {
    const { root: fresh, sub: here } = school();
    writeFileSync(path.join(fresh, 'supv.config.yaml'), 'organisation: Larkfield Primary School\ntimezone: Europe/Larkfield\n');
    expect(await runInProcess(['lint'], here, NOW)).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^supv: configuration error: supv\.config\.yaml:2:/) });
    writeFileSync(path.join(here, 'trial.yaml'), 'policy:\n  functions_window: nought\n');
    expect(await runInProcess(['--config', 'trial.yaml', 'lint'], here, NOW)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^supv: configuration error: records\/sessions\/2026\/trial\.yaml:2:21/),
    });
  });

  it('verify checks every record and fails on the contract whose signatures do not hold', async () => {
    const all = await runInProcess(['verify'], sub, NOW);
    expect(all.exitCode).toBe(1);
    expect(all.stdout).toMatch(new RegExp(`^FAIL ${CONTRACT} `, 'm'));
    expect(all.stdout).toMatch(/^2 files checked: 0 ok, 1 failed, 1 not signed/m);
    const one = await runInProcess(['verify', '2026-02-02-jo-bloggs.md'], sub, NOW);
    expect(one).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^-    records\/sessions\/2026\/2026-02-02-jo-bloggs\.md {2}not signed\n\n1 file checked/) });
  });

  it('audit finds the record beside it, and summarises every record', async () => {
    const one = await runInProcess(['audit', '--format', 'json', '2026-02-02-jo-bloggs.md'], sub, NOW);
    expect(one).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(one.stdout)).toMatchObject({ file: SESSION, commits: [{ message: 'The team, a contract and a session' }] });
    const summary = await runInProcess(['audit', '--format', 'json'], sub, NOW);
    expect(summary).toMatchObject({ exitCode: 0, stderr: '' });
    expect(summary.stdout).toContain(CONTRACT);
    expect(summary.stdout).toContain('records/staff/ali-khan.md');
  });

  it('report judges every staff member and writes into the repository\'s output folder, not among the records', async () => {
    const result = await runInProcess(['--as-of', AS_OF, 'report', '--format', 'json,csv'], sub, NOW);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toMatch(/of 3 staff in date/);
    expect(result.stdout).toContain('wrote ../../../dist/report/report.json');
    expect(existsSync(path.join(root, 'dist/report/report.json'))).toBe(true);
    expect(below(sub)).toEqual(['2026-02-02-jo-bloggs.md']);
  });

  it('--out and --output are relative to the folder the user is in, so here they would land among the records and are refused', async () => {
    const report = await runInProcess(['report', '--format', 'json', '--out', 'report'], sub, NOW);
    expect(report).toMatchObject({ exitCode: 2, stderr: `supv: --out ${path.join(sub, 'report')} is inside records/; supv never writes there\n` });
    const lint = await runInProcess(['lint', '--format', 'json', '--output', 'lint.json'], sub, NOW);
    expect(lint).toMatchObject({ exitCode: 2, stderr: 'supv: --output lint.json is inside records/; supv never writes there\n' });
    expect(below(sub)).toEqual(['2026-02-02-jo-bloggs.md']);
    const outside = await runInProcess(['--as-of', AS_OF, 'lint', '--format', 'json', '--output', '../../../dist/lint.json'], sub, NOW);
    expect(outside.exitCode).toBe(1);
    expect(filesIn(readFileSync(path.join(root, 'dist/lint.json'), 'utf8'))).toContain(CONTRACT);
  });

  it('new session finds the supervisee\'s staff record and writes the record at its place in the repository, named from here', async () => {
    const { root: fresh, sub: here } = school();
    const result = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-24'], here, NOW);
    expect(result).toMatchObject({ exitCode: 0, stdout: '2026-11-24-jo-bloggs.md\n' });
    expect(existsSync(path.join(fresh, 'records/sessions/2026/2026-11-24-jo-bloggs.md'))).toBe(true);
    expect(existsSync(path.join(here, 'records'))).toBe(false);
  });

  it('sign signs the record beside it, as a staff member the repository knows', async () => {
    const { root: fresh, sub: here } = school();
    const result = await runInProcess(['sign', '2026-02-02-jo-bloggs.md', '--as', 'sam-lee', '--at', '2026-02-03T09:00:00+00:00'], here, NOW);
    expect(result).toMatchObject({ exitCode: 0, stderr: '', stdout: `signed ${SESSION} as sam-lee (supervisor)\n` });
    expect(readFileSync(path.join(fresh, SESSION), 'utf8')).toContain('by: sam-lee');
  });

  it('watch lints the whole repository (PDFs off)', async () => {
    const child = spawn(process.execPath, [BIN, '--as-of', AS_OF, 'watch'], { cwd: sub, env: { ...process.env, NO_COLOR: '1', SUPV_CHROME: '/nowhere/chromium' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!/Watching for changes/.test(stdout) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain(CONTRACT);
    expect(stdout).toContain(SESSION);
    expect(stdout).toMatch(/Watching for changes/);
  });

  const reason = skipReason();
  it.skipIf(reason)(`build renders the record beside it into the repository's output folder${reason ? ` (skipped: ${reason})` : ''}`, () => {
    const { root: fresh, sub: here } = school();
    const result = runSpawned(['--as-of', AS_OF, 'build', '2026-02-02-jo-bloggs.md'], here);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^built 1, unchanged 0/) });
    expect(existsSync(path.join(fresh, 'dist/pdf/session/2026-02-02-jo-bloggs.pdf'))).toBe(true);
    expect(below(here)).toEqual(['2026-02-02-jo-bloggs.md']);
  });

  it.skipIf(reason)(`bundle takes the whole repository's people and writes into its output folder${reason ? ` (skipped: ${reason})` : ''}`, () => {
    const { root: fresh, sub: here } = school();
    const result = runSpawned(['--as-of', AS_OF, 'bundle', '--staff', 'jo-bloggs'], here);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^wrote \.\.\/\.\.\/\.\.\/dist\/bundle\.pdf: \d+ records/) });
    expect(existsSync(path.join(fresh, 'dist/bundle.pdf'))).toBe(true);
    expect(below(here)).toEqual(['2026-02-02-jo-bloggs.md']);
  });
});

describe('a supv.config.yaml (or a records folder) committed below records/ is not a repository of its own', () => {
  it.each(['supv.config.yaml', 'records/'])('%s planted in records/sessions/2026 changes nothing: lint there judges the whole repository by its own policy', async (planted) => {
    const { root, sub } = school();
    if (planted.endsWith('/')) mkdirSync(path.join(sub, 'records'));
    else writeFileSync(path.join(sub, planted), 'organisation: Someone Else\npolicy:\n  tiers: { general: P10Y }\n');
    const fromRoot = await runInProcess(['--as-of', AS_OF, 'lint', '--format', 'json'], root, NOW);
    const fromSub = await runInProcess(['--as-of', AS_OF, 'lint', '--format', 'json'], sub, NOW);
    expect(fromSub).toMatchObject({ exitCode: 1, stderr: '' });
    expect(fromSub.stdout).toBe(fromRoot.stdout);
  });
});

describe('outside any records repository: exit 2, the reason, nothing written', () => {
  const COMMANDS: string[][] = [
    ['lint'],
    ['lint', '--format', 'json', '--output', 'lint.json'],
    ['verify'],
    ['sign', 'records/staff/sam-lee.md', '--as', 'sam-lee'],
    ['build'],
    ['bundle'],
    ['report'],
    ['audit'],
    ['watch'],
    ['new', 'session', '--supervisee', 'jo-bloggs'],
  ];

  it.each(COMMANDS)('supv %s in an empty folder', async (...args) => {
    const empty = tempFolder('supv-nowhere-');
    for (const result of [await runInProcess(args, empty, NOW), runSpawned(args, empty)]) {
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(`supv: ${NOT_A_REPOSITORY}`);
    }
    expect(readdirSync(empty)).toEqual([]);
  });

  it('the search stops at the top of the file system', async () => {
    const result = await runInProcess(['--cwd', '/', 'lint'], tempFolder('supv-nowhere-'), NOW);
    expect(result).toMatchObject({ exitCode: 2, stderr: expect.stringContaining(NOT_A_REPOSITORY) });
  });

  it('a supv.config.yaml above a git repository does not make the git repository a records repository', async () => {
    const home = tempFolder('supv-home-');
    writeFileSync(path.join(home, 'supv.config.yaml'), 'organisation: Larkfield Primary School\n');
    mkdirSync(path.join(home, 'project/src'), { recursive: true });
    const project = gitRepo(path.join(home, 'project'));
    for (const cwd of [project.root, path.join(project.root, 'src')]) {
      const result = await runInProcess(['lint'], cwd, NOW);
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(`${NOT_A_REPOSITORY}; the search stops at the top of the git repository ${project.root}`);
    }
    // The folder holding the config is a repository, git or not.
    expect(await runInProcess(['lint'], home, NOW)).toMatchObject({ exitCode: 0 });
  });

  it('a file called records is not a records folder', async () => {
    const folder = tempFolder('supv-notes-');
    writeFileSync(path.join(folder, 'records'), 'a list of my vinyl records\n');
    expect(await runInProcess(['lint'], folder, NOW)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining(NOT_A_REPOSITORY) });
    // Beside a supv.config.yaml it is a repository whose records cannot be read: said, not passed over.
    writeFileSync(path.join(folder, 'supv.config.yaml'), 'organisation: Larkfield Primary School\n');
    const result = await runInProcess(['lint'], folder, NOW);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toBe(`supv: the records repository ${folder} cannot be read: records is a file, not a folder; records are the *.md files in the records/ folder\n`);
  });
});
