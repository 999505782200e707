/**
 * `supv watch` reads its records as every judging command does (SPEC §11.2):
 * with an explicit past `--as-of`, records dated after it have not been
 * written yet and are left out, on start and on every run; a `policy.head`
 * naming no staff record is a configuration error: exit 2 on start, and
 * reported (the watch going on) when an edit makes it so.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG } from '../../src/config/config.js';
import { BIN } from '../helpers/cli.js';
import { contract, SAM_LEE, session, staff, type RecordFile } from '../helpers/records.js';
import { AS_OF, tempDir, watchRepo, closingWatches } from './helpers.js';

const JO = staff({ id: 'jo-bloggs' });
const CONTRACT = contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' });
const SESSION = session('2025-02-15', { supervisee: 'jo-bloggs' });
/** Written after the as-of date (2025-03-01) and before today: it had not been written on the day judged. */
const LATER = session('2025-03-05', { supervisee: 'jo-bloggs' });
/** The head of the organisation, named by `policy.head`. */
const HEAD = staff({ id: 'robin-hale', role: 'Head of Service', tier: 'general', supervisor: 'sam-lee' });
const TODAY = '2025-03-10';

const watch = closingWatches();

const about = <F extends { file: string }>(findings: F[], file: string) => findings.filter((f) => f.file === file);

function withHead(head: string) {
  const config = structuredClone(DEFAULT_CONFIG);
  config.policy.head = head;
  return config;
}

describe('supv watch with a past --as-of', () => {
  it('leaves out, on start, the records dated after the as-of date', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION, LATER], { today: TODAY });
    const ready = repo.events.find((event) => event.type === 'ready');
    expect(ready?.type === 'ready' && ready.records).toBe(4);
    const findings = ready?.type === 'ready' ? ready.results.flatMap((result) => result.findings) : [];
    // Not "dated in the future", not "unsigned": on 1 March it did not exist.
    expect(about(findings, LATER.file)).toEqual([]);
    // The session before it is still judged.
    expect(about(findings, SESSION.file).map((f) => f.rule)).toContain('unsigned');
  });

  it('leaves out a record dated after it that is written while watching, and judges one dated on or before it', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION], { today: TODAY });
    repo.write(LATER.file, LATER.text);
    const later = await repo.next('lint');
    expect(later.changed).toEqual([LATER.file]);
    expect(about(later.appeared, LATER.file)).toEqual([]);
    expect(later.appeared).toEqual([]);

    const onTheDay = session(AS_OF, { supervisee: 'jo-bloggs' });
    repo.write(onTheDay.file, onTheDay.text);
    const judged = await repo.next('lint');
    expect(about(judged.appeared, onTheDay.file).map((f) => f.rule)).toContain('unsigned');
  });

  it('still reports a record dated after today (a year typed wrong), as lint does', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION], { today: TODAY });
    const typo = session('2052-03-05', { supervisee: 'jo-bloggs' });
    repo.write(typo.file, typo.text);
    const run = await repo.next('lint');
    expect(about(run.appeared, typo.file).map((f) => f.rule)).toContain('future-date');
  });
});

describe('supv watch and policy.head', () => {
  it('does not start when policy.head names no staff record: a configuration error naming the key', async () => {
    const start = watchRepo([SAM_LEE, JO, CONTRACT, SESSION], {
      config: withHead('robin-hale'),
      locateConfig: (pointer) => ({ file: 'supv.config.yaml', line: pointer === '/policy/head' ? 3 : 1, column: 9 }),
    });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow('supv.config.yaml:3:9: `policy.head` names robin-hale, but there is no staff record with that id (records/staff/robin-hale.md)');
  });

  it('reports the head\'s staff record removed, keeps watching, and checks again once it is back', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION, HEAD], { config: withHead('robin-hale') });
    repo.remove(HEAD.file);
    const error = await repo.next('error');
    expect(error.message).toMatch(/^configuration error: supv\.config\.yaml:1:1: `policy\.head` names robin-hale, but there is no staff record with that id \(records\/staff\/robin-hale\.md\)/);
    expect(error.message).toContain('not checked again until it is fixed');
    // Nothing is judged against a configuration lint would refuse.
    expect(await repo.quiet('lint', 600)).toBe(true);

    // Still watching: a session edited meanwhile is reported again, not judged.
    repo.write(SESSION.file, SESSION.text.replace('supervisor: sam-lee', 'supervisor: sam-le'));
    expect((await repo.next('error')).message).toContain('`policy.head` names robin-hale');

    repo.write(HEAD.file, HEAD.text);
    expect((await repo.next('notice')).message).toBe('the configuration error is fixed; the records are checked again');
    const run = await repo.next('lint');
    // What changed while it was broken is judged now.
    expect(run.appeared.map((f) => f.rule)).toContain('unknown-ref');
  });

  it('reports a config edit naming an unknown head at its line, then the fix', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION, HEAD], { config: withHead('robin-hale') });
    repo.write('supv.config.yaml', 'organisation: Riverside Family Support\npolicy:\n  head: robin-hall\n');
    const error = await repo.next('error');
    expect(error.message).toContain('configuration error: supv.config.yaml:3:9: `policy.head` names robin-hall, but there is no staff record with that id');
    repo.write('supv.config.yaml', 'organisation: Riverside Family Support\npolicy:\n  head: robin-hale\n');
    await repo.next('notice');
    await repo.next('lint');
  });
});

describe('supv watch, the command', () => {
  function repository(files: RecordFile[], config?: string): string {
    const root = tempDir('supv-watch-asof-');
    for (const { file, text } of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    if (config !== undefined) writeFileSync(path.join(root, 'supv.config.yaml'), config);
    return root;
  }

  function run(root: string) {
    const child = spawn(process.execPath, [BIN, 'watch', '--no-pdf', '--as-of', AS_OF], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : code)));
    return { child, exited, output: () => ({ stdout, stderr }) };
  }

  it('exits 2 on start with the configuration error lint gives, at the key\'s line', async () => {
    const root = repository([SAM_LEE, JO, CONTRACT, SESSION], 'policy:\n  records_from: 2024-09-01\n  head: robin-hale\n');
    const watching = run(root);
    const code = await Promise.race([watching.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 30_000))]);
    if (code === 'still running') watching.child.kill('SIGTERM');
    expect(code).toBe(2);
    expect(watching.output().stderr).toContain('supv: configuration error: supv.config.yaml:3:9: `policy.head` names robin-hale, but there is no staff record with that id');
    expect(watching.output().stderr).not.toMatch(/\n\s+at /);
  });

  it('judges the repository as it stood on the past --as-of day: a later record is not reported', async () => {
    const root = repository([SAM_LEE, JO, CONTRACT, SESSION, LATER]);
    const watching = run(root);
    const deadline = Date.now() + 60_000;
    while (!/Watching for changes/.test(watching.output().stdout) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    watching.child.kill('SIGTERM');
    expect(await watching.exited).toBe(0);
    const { stdout } = watching.output();
    expect(stdout).toMatch(/4 records: /);
    expect(stdout).toContain('2025-02-15-jo-bloggs.md');
    expect(stdout).not.toContain('2025-03-05-jo-bloggs.md');
  });
});
