/**
 * `supv build` end to end through the CLI function: where PDFs go, what the
 * manifest says, what is skipped, and how the output folder is protected.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, type CliResult } from '../helpers/cli.js';
import { loadRecords } from '../../src/load/load.js';
import type { Manifest } from '../../src/render/manifest.js';
import { LOCK_FILE } from '../../src/render/output-folder.js';
import { parseShard, shardOf } from '../../src/render/plan.js';
import { decisionText, makeRecordsRepo, pdfText, sessionText, signText, skipReason, unwrapped } from './fixtures.js';

const reason = skipReason();

function supv(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  return runInProcess(args, cwd, new Date('2025-03-01T12:00:00Z'), env);
}

function manifestOf(root: string, out = 'dist'): Manifest {
  return JSON.parse(readFileSync(path.join(root, out, 'manifest.json'), 'utf8')) as Manifest;
}

const ALL_IDS = ['2025-02-03-jo-bloggs', 'ana-silva', 'contract-jo-bloggs-2024', 'dec-2025-02-03-fam-0042', 'jo-bloggs', 'sam-lee'];

describe('shards', () => {
  it('parses I/N and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('every id falls in exactly one shard, the same one every time', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `2025-01-${String(i).padStart(3, '0')}-x`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const shard = shardOf(id, 4);
      expect(shard).toBe(shardOf(id, 4));
      counts[shard - 1]! += 1;
    }
    expect(counts.reduce((a, b) => a + b)).toBe(500);
    for (const count of counts) expect(count).toBeGreaterThan(80);
  });
});

describe.skipIf(reason)(`supv build${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('builds every valid record to dist/pdf/<kind>/<id>.pdf with a manifest, then skips them until --force', async () => {
    const root = makeRecordsRepo({ files: { 'records/sessions/2025/broken.md': '---\nkind: session\nid: broken\n---\n' } });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'records');
    const head = git(root, 'rev-parse', 'HEAD').trim();

    const first = await supv(['build', '--concurrency', '2'], root);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^built 6, unchanged 0, failed 0 in \d+\.\d s \(1 invalid skipped\); 6 PDFs, 1 of them a draft: 1 unsigned\n$/);
    expect(first.stderr).toContain('skipped records/sessions/2025/broken.md');
    const manifest = manifestOf(root);
    expect(Object.keys(manifest.records)).toEqual(ALL_IDS);
    const session = manifest.records['2025-02-03-jo-bloggs']!;
    expect(session.kind).toBe('session');
    expect(session.path).toBe('pdf/session/2025-02-03-jo-bloggs.pdf');
    expect(session.commit).toBe(head);
    expect(session.source).toBe(sha256(readFileSync(path.join(root, 'records/sessions/2025/2025-02-03-jo-bloggs.md'))));
    const pdfFile = path.join(root, 'dist', session.path);
    expect(session.pdf).toBe(sha256(readFileSync(pdfFile)));
    expect(unwrapped(pdfText(pdfFile))).toContain(unwrapped(`Commit ${head.slice(0, 10)}`));
    expect(manifest.records['dec-2025-02-03-fam-0042']!.draft).toBe(true);
    expect(existsSync(path.join(root, 'dist', LOCK_FILE))).toBe(false);

    const second = await supv(['build'], root);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/^built 0, unchanged 6, failed 0 in /);

    // Editing one record rebuilds that one; renaming a person rebuilds every record showing their name.
    writeFileSync(path.join(root, 'records/decisions/dec-2025-02-03-fam-0042.md'), signText(decisionText(), [{ by: 'sam-lee', role: 'supervisor' }]));
    expect((await supv(['build'], root)).stdout).toMatch(/^built 1, unchanged 5,/);
    const ana = path.join(root, 'records/staff/ana-silva.md');
    writeFileSync(ana, readFileSync(ana, 'utf8').replace('name: Ana Silva', 'name: Ana Silva-Reyes'));
    expect((await supv(['build'], root)).stdout).toMatch(/^built 2, unchanged 4,/); // her own record and Sam's (she supervises him)

    const forced = await supv(['build', '--force'], root);
    expect(forced.stdout).toMatch(/^built 6, unchanged 0,/);
    // Same inputs, a fresh browser: byte-identical PDFs.
    const again = manifestOf(root);
    const before = manifestOf(root);
    await supv(['build', '--force'], root);
    expect(manifestOf(root).records['2025-02-03-jo-bloggs']!.pdf).toBe(before.records['2025-02-03-jo-bloggs']!.pdf);
    expect(again.records['sam-lee']!.pdf).toBe(manifestOf(root).records['sam-lee']!.pdf);
  });

  it('builds only the paths given, and outside git says uncommitted', async () => {
    const root = makeRecordsRepo();
    const run = await supv(['build', 'records/staff', '--out', 'out'], root);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^built 3, unchanged 0,/);
    const manifest = manifestOf(root, 'out');
    expect(Object.keys(manifest.records)).toEqual(['ana-silva', 'jo-bloggs', 'sam-lee']);
    expect(manifest.records['sam-lee']!.commit).toBe('uncommitted');
    expect((await supv(['build', 'records/nowhere'], root)).exitCode).toBe(2);
  });

  it('shards split the records between machines: each built exactly once', async () => {
    const root = makeRecordsRepo();
    const seen: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const out = `shard-${shard.replace('/', '-')}`;
      const run = await supv(['build', '--shard', shard, '--out', out], root);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`left to other shards (shard ${shard})`);
      seen.push(...Object.keys(manifestOf(root, out).records));
    }
    expect(seen.sort()).toEqual(ALL_IDS);
    const records = loadRecords(root);
    for (const id of ALL_IDS) expect(records.byId.has(id)).toBe(true);
  });

  it('dist mirrors the records: the PDF of a deleted record, or of an id that changed, is removed; nothing else is', async () => {
    const [gone, renamed, broken] = ['2025-02-10-jo-bloggs', '2025-02-17-jo-bloggs', '2025-02-24-jo-bloggs'];
    const root = makeRecordsRepo({ files: Object.fromEntries([gone, renamed, broken].map((id) => [sessionFile(id), extraSession(id)])) });
    expect((await supv(['build'], root)).stdout).toMatch(/^built 9, unchanged 0, failed 0 /);
    const pdf = (id: string, kind = 'session') => path.join(root, 'dist/pdf', kind, `${id}.pdf`);
    // A file of the user's own beside the PDFs, and a PDF the manifest does not name.
    writeFileSync(path.join(root, 'dist/pdf/session/notes.pdf'), 'mine');

    // Nothing changed: the manifest is left as it is, not rewritten.
    const manifestFile = path.join(root, 'dist/manifest.json');
    const before = statSync(manifestFile);
    expect((await supv(['build'], root)).stdout).toMatch(/^built 0, unchanged 9, failed 0 in \d+\.\d s; \d+ PDFs?, [^\n]*\n$/);
    expect(statSync(manifestFile).ino).toBe(before.ino);
    expect(statSync(manifestFile).mtimeMs).toBe(before.mtimeMs);

    unlinkSync(path.join(root, sessionFile(gone)));
    writeFileSync(path.join(root, sessionFile(renamed)), extraSession(renamed).replace(`id: ${renamed}`, 'id: 2025-02-17-jo-bloggs-b'));
    // A file that cannot be read as a record for now is not a deleted one: its PDF stays until it is fixed or deleted.
    writeFileSync(path.join(root, sessionFile(broken)), extraSession(broken).replace('type: one-to-one', 'type: [one-to-one'));
    const run = await supv(['build'], root);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^built 1, unchanged 6, failed 0 in \d+\.\d s \(1 invalid skipped; removed 2 PDFs of records that no longer exist\); \d+ PDFs?, [^\n]*\n$/);
    expect(run.stderr).toContain(`supv: removed dist/pdf/session/${gone}.pdf: no record has the id ${gone} any more (it was ${sessionFile(gone)})`);
    expect(run.stderr).toContain(`supv: removed dist/pdf/session/${renamed}.pdf`);
    expect(existsSync(pdf(gone))).toBe(false);
    expect(existsSync(pdf(renamed))).toBe(false);
    expect(unwrapped(pdfText(pdf('2025-02-17-jo-bloggs-b')))).toContain(unwrapped('2025-02-17-jo-bloggs-b'));
    expect(existsSync(pdf(broken))).toBe(true);
    expect(readFileSync(path.join(root, 'dist/pdf/session/notes.pdf'), 'utf8')).toBe('mine');
    const ids = Object.keys(manifestOf(root).records);
    expect(ids).not.toContain(gone);
    expect(ids).not.toContain(renamed);
    expect(ids).toContain(broken);

    // Fixed, then deleted: now it goes too; and a second run has nothing left to remove.
    unlinkSync(path.join(root, sessionFile(broken)));
    const last = await supv(['build'], root);
    expect(last.stdout).toMatch(/^built 0, unchanged 7, failed 0 in \d+\.\d s \(removed 1 PDF of a record that no longer exists\); \d+ PDFs?, [^\n]*\n$/);
    expect(existsSync(pdf(broken))).toBe(false);
    expect((await supv(['build'], root)).stdout).toMatch(/^built 0, unchanged 7, failed 0 in \d+\.\d s; \d+ PDFs?, [^\n]*\n$/);
  });

  it('removes only the file the manifest names at the path made from its id and kind, never through a link', async () => {
    const root = makeRecordsRepo();
    expect((await supv(['build', 'records/staff'], root)).exitCode).toBe(0);
    const victim = path.join(os.tmpdir(), `supv-victim-${process.pid}-${Date.now()}`);
    writeFileSync(victim, 'precious');
    const outside = path.join(root, 'outside.pdf');
    writeFileSync(outside, 'precious');
    symlinkSync(victim, path.join(root, 'dist/pdf/staff/gone-link.pdf'));
    const manifest = manifestOf(root);
    const entry = manifest.records['sam-lee']!;
    // Entries for ids no record has: one whose path climbs out of the folder, one whose path is a planted link.
    manifest.records['gone-out'] = { ...entry, file: 'records/staff/gone-out.md', path: '../outside.pdf' };
    manifest.records['gone-link'] = { ...entry, file: 'records/staff/gone-link.md', path: 'pdf/staff/gone-link.pdf' };
    writeFileSync(path.join(root, 'dist/manifest.json'), JSON.stringify(manifest));

    const run = await supv(['build', 'records/staff'], root);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('removed 1 PDF of a record that no longer exists');
    // The link itself is removed (it sat where gone-link's PDF belongs); what it pointed at is untouched.
    expect(existsSync(path.join(root, 'dist/pdf/staff/gone-link.pdf'))).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(Object.keys(manifestOf(root).records)).toEqual(['ana-silva', 'jo-bloggs', 'sam-lee']);
  });

  it('a shard removes the PDFs of gone records in its own shard only, and a build of some PATHs only under them', async () => {
    const candidates = Array.from({ length: 12 }, (_, i) => `2025-03-${String(i + 1).padStart(2, '0')}-jo-bloggs`);
    const inFirst = candidates.find((id) => shardOf(id, 2) === 1)!;
    const inSecond = candidates.find((id) => shardOf(id, 2) === 2)!;
    const root = makeRecordsRepo({ files: Object.fromEntries([inFirst, inSecond].map((id) => [sessionFile(id), extraSession(id)])) });
    // Both shards into one folder, as a single machine catching up would.
    for (const shard of ['1/2', '2/2']) expect((await supv(['build', '--shard', shard], root)).exitCode).toBe(0);
    const pdf = (id: string) => path.join(root, 'dist/pdf/session', `${id}.pdf`);
    expect(existsSync(pdf(inFirst)) && existsSync(pdf(inSecond))).toBe(true);
    unlinkSync(path.join(root, sessionFile(inFirst)));
    unlinkSync(path.join(root, sessionFile(inSecond)));

    const second = await supv(['build', '--shard', '2/2'], root);
    expect(second.stdout).toContain('removed 1 PDF of a record that no longer exists');
    expect(existsSync(pdf(inSecond))).toBe(false);
    expect(existsSync(pdf(inFirst))).toBe(true);
    expect(Object.keys(manifestOf(root).records)).toContain(inFirst);

    // A build of the staff records leaves a session's PDF alone; a build of the sessions removes it.
    expect((await supv(['build', 'records/staff'], root)).stdout).not.toContain('removed');
    expect(existsSync(pdf(inFirst))).toBe(true);
    const sessions = await supv(['build', 'records/sessions'], root);
    expect(sessions.stdout).toContain('removed 1 PDF of a record that no longer exists');
    expect(existsSync(pdf(inFirst))).toBe(false);
    expect(Object.keys(manifestOf(root).records)).toEqual(ALL_IDS);
  });

  it('refuses to write through a symbolic link planted in the output folder', async () => {
    const root = makeRecordsRepo();
    const victim = path.join(os.tmpdir(), `supv-victim-${process.pid}-${Date.now()}`);
    writeFileSync(victim, 'precious');
    mkdirSync(path.join(root, 'dist/pdf/staff'), { recursive: true });
    symlinkSync(victim, path.join(root, 'dist/pdf/staff/sam-lee.pdf'));
    const run = await supv(['build', 'records/staff'], root);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^built 2, unchanged 0, failed 1/);
    expect(run.stderr).toMatch(/failed records\/staff\/sam-lee\.md \(sam-lee\): .*symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readlinkSync(path.join(root, 'dist/pdf/staff/sam-lee.pdf'))).toBe(victim);

    // A linked folder is refused before anything is written.
    const elsewhere = path.join(os.tmpdir(), `supv-elsewhere-${process.pid}-${Date.now()}`);
    mkdirSync(elsewhere);
    const other = makeRecordsRepo();
    mkdirSync(path.join(other, 'dist'));
    symlinkSync(elsewhere, path.join(other, 'dist/pdf'));
    const linked = await supv(['build', 'records/staff'], other);
    expect(linked.exitCode).toBe(2);
    expect(linked.stderr).toContain('symbolic link');
    expect(lstatSync(path.join(other, 'dist/pdf')).isSymbolicLink()).toBe(true);
  });

  it('a second build at once waits for the lock, then stops with a clear message', async () => {
    const root = makeRecordsRepo();
    mkdirSync(path.join(root, 'dist'));
    // A lock held by a live process (this one) on this host.
    writeFileSync(path.join(root, 'dist', LOCK_FILE), JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'other' }));
    const started = Date.now();
    const run = await supv(['build', 'records/staff'], root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/another supv build \(process \d+ on .*\) is writing to/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);

    // A lock left by a process that no longer exists is taken over.
    writeFileSync(path.join(root, 'dist', LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), token: 'dead' }));
    expect((await supv(['build', 'records/staff'], root)).exitCode).toBe(0);
  }, 60_000);

  it('refuses an output folder holding the records', async () => {
    const root = makeRecordsRepo();
    expect((await supv(['build', '--out', 'records/x'], root)).stderr).toContain('inside records/');
    expect((await supv(['build', '--out', '.'], root)).exitCode).toBe(2);
    expect((await supv(['build', '--concurrency', '0'], root)).exitCode).toBe(2);
  });

  it('a record that cannot be rendered is reported and the rest still build', async () => {
    const root = makeRecordsRepo({
      files: { 'templates/staff.hbs': '{{> header-facts}}{{this.nonexistent.field}}' },
    });
    const run = await supv(['build'], root);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^built 3, unchanged 0, failed 3/);
    expect(run.stderr).toMatch(/failed records\/staff\/ana-silva\.md \(ana-silva\): templates\/staff\.hbs: "field" not defined/);
  });

  it('a session body long enough for several pages keeps every table inside the page', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| ${i + 1} | ${'averyveryverylongunbrokenwordthatmustwrap'.repeat(2)} | ok |`).join('\n');
    const root = makeRecordsRepo({ files: { 'records/sessions/2025/2025-02-03-jo-bloggs.md': sessionText(`| n | text | status |\n|---|---|---|\n${rows}\n`) } });
    expect((await supv(['build', 'records/sessions'], root)).exitCode).toBe(0);
    const text = pdfText(path.join(root, 'dist/pdf/session/2025-02-03-jo-bloggs.pdf'));
    // The word is made to wrap, anywhere in it: look for it with no white space at all.
    expect(text.replace(/\s+/g, '')).toContain('averyveryverylong');
    expect(text.match(/ok/g)!.length).toBeGreaterThanOrEqual(40);
  });
});

function sessionFile(id: string): string {
  return `records/sessions/2025/${id}.md`;
}

/** Another session of Jo's, dated by its id. */
function extraSession(id: string): string {
  return sessionText(undefined, id).replace('date: 2025-02-03', `date: ${id.slice(0, 10)}`);
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}


