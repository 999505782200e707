/**
 * `supv lint --cache` (SPEC §11.7): findings identical to a cold run, always,
 * over random edits; a cache file that is corrupt, cut short, made by another
 * supv or configuration, or edited, is not trusted and is written anew; a
 * symbolic link in place of the cache folder is never followed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEachRecord, isRecordRule } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { schema } from '../../src/check/rules/schema.js';
import { supervisorUntrained } from '../../src/check/rules/supervisor-untrained.js';
import type { Rule } from '../../src/check/rule.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { CACHE_DIR, CACHE_FORMAT, INDEX_FILE, indexPartName, settleTimesAfter, SHARDS } from '../../src/cache/lint-cache.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { scanAhead, timesOf } from '../../src/cache/scan.js';
import { discoverRecords } from '../../src/load/discover.js';
import { loadRecords } from '../../src/load/load.js';
import { recordLinks, recordsTiedTo, tieGraph, type Tie } from '../../src/cache/links.js';
import { recordDate } from '../../src/policy/record-date.js';
import { generateFixtures } from '../../scripts/examples/generate-fixtures.mjs';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { session, recordFiles } from '../helpers/records.js';

afterAll(removeTempFolders);

const LINT_DIR = path.join(CACHE_DIR, 'lint');

/** The example school's records and config, committed once, so the git rules run too. */
function exampleRepo(): string {
  const repo = gitRepo();
  cpSync(path.join(REPO_ROOT, 'records'), path.join(repo.root, 'records'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(repo.root, 'supv.config.yaml'));
  repo.commit('the records so far', '2026-11-20T10:00:00+00:00');
  return repo.root;
}


async function lintJson(root: string, extra: string[] = []) {
  const result = await runInProcess(['lint', '--format', 'json', ...extra], root);
  if (result.exitCode === 2) throw new Error(`lint failed: ${result.stderr}`);
  return result;
}

/** Cold and cached, the same output, exit code and nothing on stderr. */
async function expectSame(root: string, extra: string[] = []) {
  const cold = await lintJson(root, extra);
  const cached = await lintJson(root, ['--cache', ...extra]);
  expect(cached.stdout).toBe(cold.stdout);
  expect(cached.exitCode).toBe(cold.exitCode);
  expect(cached.stderr).toBe(cold.stderr);
  return cold;
}

/** Every file of the lint cache: the shards, the index of the last run, and the git history and config parse when kept. */
function cacheFiles(root: string): string[] {
  return readdirSync(path.join(root, LINT_DIR))
    .filter((name) => /\.jsonl?$/.test(name))
    .map((name) => path.join(root, LINT_DIR, name));
}

function shardFiles(root: string): string[] {
  return cacheFiles(root).filter((file) => /^records-\d\d\.jsonl$/.test(path.basename(file)));
}

/** The parts of the index, one a shard (`run-NN.json`), beside run.json, which names them. */
function indexParts(root: string): string[] {
  return cacheFiles(root).filter((file) => /^run-\d\d\.json$/.test(path.basename(file)));
}

/**
 * Every part of the index edited by hand as someone who knows its layout
 * would: its files by key and its lines about each file changed by `edit`,
 * and every checksum (the part's header, run.json's name for the part) made
 * to match.
 */
function forgeIndex(root: string, edit: (part: { keys: string; details: string[] }) => { keys: string; details: string[] }): void {
  const sha = (text: string) => createHash('sha256').update(text).digest('base64');
  const index = path.join(root, LINT_DIR, INDEX_FILE);
  const [top, outside] = readFileSync(index, 'utf8').split('\n') as [string, string];
  const header = JSON.parse(top) as { parts: string[] };
  header.parts = indexParts(root).sort().map((part) => {
    const [head, files, results, keys, ...details] = readFileSync(part, 'utf8').split('\n') as [string, string, string, string, ...string[]];
    const edited = edit({ keys, details });
    const partHeader = JSON.stringify({ ...JSON.parse(head), sha256: sha([files, results, edited.keys].join('\n')), details: sha(edited.details.join('\n')) });
    writeFileSync(part, [partHeader, files, results, edited.keys, ...edited.details].join('\n'));
    return sha(partHeader);
  });
  writeFileSync(index, `${JSON.stringify(header)}\n${outside}`);
}

type Step =
  | { op: 'edit'; pick: number; how: number; value: number }
  | { op: 'add'; pick: number; name: number }
  | { op: 'delete'; pick: number }
  | { op: 'rename'; pick: number; name: number }
  | { op: 'config'; value: number }
  | { op: 'damage'; pick: number; how: number }
  | { op: 'nothing' };

const EDITS = [
  // duration: session-short, a rule kept with the record
  (text: string, value: number) => text.replace(/^duration_minutes: \d+$/m, `duration_minutes: ${10 + (value % 80)}`),
  // a line more in the body
  (text: string, value: number) => `${text}\nA line added ${value}.\n`,
  // an unknown field
  (text: string, value: number) => text.replace(/^kind: /m, `stray_field_${value}: yes\nkind: `),
  // YAML that cannot be read
  (text: string) => text.replace(/^kind: /m, 'broken: [never closed\nkind: '),
  // a control character in the body
  (text: string) => `${text}\nA bell \u0007 here.\n`,
  // the id of another record: a duplicate, and a file name that does not match
  (text: string, value: number) => text.replace(/^id: .*$/m, value % 2 === 0 ? 'id: sam-lee' : 'id: 2026-01-05-someone-else'),
  // a date in the future, or long past: rules about several records
  (text: string, value: number) => text.replace(/^date: \d{4}-\d{2}-\d{2}$/m, `date: 20${20 + (value % 10)}-0${1 + (value % 9)}-1${value % 10}`),
  // a group session without confidentiality agreed
  (text: string) => text.replace(/^type: one-to-one$/m, 'type: group'),
  // the same bytes written again
  (text: string) => text,
  // Windows line endings
  (text: string) => text.replace(/\n/g, '\r\n'),
];

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), how: fc.nat({ max: EDITS.length - 1 }), value: fc.nat({ max: 1000 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), pick: fc.nat(), name: fc.nat({ max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.nat({ max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('config' as const), value: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('damage' as const), pick: fc.nat(), how: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'nothing' as const }) },
);

function apply(root: string, change: Step): void {
  const files = recordFiles(root);
  const pickOf = (n: number) => files[n % files.length]!;
  switch (change.op) {
    case 'edit': {
      const file = path.join(root, pickOf(change.pick));
      writeFileSync(file, EDITS[change.how]!(readFileSync(file, 'utf8'), change.value));
      break;
    }
    case 'add': {
      const from = pickOf(change.pick);
      cpSync(path.join(root, from), path.join(root, path.dirname(from), `copy-${change.name}.md`));
      break;
    }
    case 'delete':
      if (files.length > 5) unlinkSync(path.join(root, pickOf(change.pick)));
      break;
    case 'rename': {
      const from = pickOf(change.pick);
      const to = `records/sessions/moved-${change.name}-${path.basename(from)}`;
      if (!existsSync(path.join(root, to))) renameSync(path.join(root, from), path.join(root, to));
      break;
    }
    case 'config': {
      const file = path.join(root, 'supv.config.yaml');
      const minimum = ['PT30M', 'PT45M', 'PT60M', 'PT50M'][change.value]!;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s*min_duration:\s*)\S+/m, `$1${minimum}`));
      break;
    }
    case 'damage': {
      if (!existsSync(path.join(root, LINT_DIR))) break;
      const shards = shardFiles(root);
      const shard = shards[change.pick % shards.length]!;
      const text = readFileSync(shard, 'utf8');
      const damaged = [
        text.slice(0, Math.floor(text.length / 2)),
        'not json at all',
        text.replace(/"message":"[^"]*"/, '"message":"edited by hand"'),
        '',
      ][change.how]!;
      writeFileSync(shard, damaged);
      break;
    }
    case 'nothing':
      break;
  }
}

describe('lint --cache gives what a cold lint gives', () => {
  // Files are trusted by their times as soon as they are hashed: the runs below take files from the cache
  // unread (by their times) as well as read and hashed, where a user's lint mostly does the former.
  beforeAll(() => settleTimesAfter(0));
  afterAll(() => settleTimesAfter(3000));

  it('over random edits, additions, deletions, renames, config changes and damaged cache files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), async (steps, withSettings) => {
        const root = exampleRepo();
        const extra = withSettings ? ['--rule', 'schema=warn', '--rule', 'session-short=off', '--rule', 'parse=error'] : [];
        await expectSame(root, extra);
        for (const change of steps) {
          apply(root, change);
          await expectSame(root, extra);
          // And again with nothing changed: everything from the cache.
          expect((await lintJson(root, ['--cache', ...extra])).stdout).toBe((await lintJson(root, extra)).stdout);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 10 },
    );
  }, 300_000);

  it('a cached run reads its findings from the cache: it writes nothing when nothing changed, one shard and the index when one record did', async () => {
    const root = exampleRepo();
    await expectSame(root);
    const shards = shardFiles(root);
    expect(shards.length).toBeGreaterThan(1);
    const before = new Map(cacheFiles(root).map((file) => [file, lstatSync(file).mtimeMs]));
    await lintJson(root, ['--cache']);
    expect(cacheFiles(root).filter((file) => lstatSync(file).mtimeMs !== before.get(file))).toEqual([]);
    const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
    const cold = await expectSame(root);
    expect(cold.stdout).toContain('the session lasted 20 minutes');
    const shardsWritten = shardFiles(root).filter((name) => lstatSync(name).mtimeMs !== before.get(name));
    expect(shardsWritten).toHaveLength(1);
    // Of the index, the part of that shard (its entry and its findings changed) and run.json, which names the parts.
    expect(indexParts(root)).toHaveLength(SHARDS);
    expect(indexParts(root).filter((name) => lstatSync(name).mtimeMs !== before.get(name)).map((name) => path.basename(name))).toEqual([indexPartName(Number(/(\d\d)\.jsonl$/.exec(shardsWritten[0]!)![1]))]);
    expect(lstatSync(path.join(root, LINT_DIR, INDEX_FILE)).mtimeMs).not.toBe(before.get(path.join(root, LINT_DIR, INDEX_FILE)));
  });

  it('outside git, one session changed: only the records tied to it are checked, whether the warning about history lands on the config file or on the first record', async () => {
    for (const withConfig of [true, false]) {
      // Large enough that one session is tied to few of its records (in a small school, to most).
      const root = tempFolder('supv-no-git-');
      generateFixtures(600, root, { seed: 7, asOf: '2026-11-23' });
      if (!withConfig) unlinkSync(path.join(root, 'supv.config.yaml'));
      const first = await expectSame(root);
      expect(first.stdout).toContain('git history is incomplete');
      const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/2026/'))!);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
      const cold = await lintJson(root);
      expect(cold.stdout).toContain('the session lasted 20 minutes');
      const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
      expect(cached.stdout).toBe(cold.stdout);
      expect(cached.stderr).toMatch(/supv lint --cache: linked;/);
    }
  });

  it("a session's supervisor changed: the rule that reads the sessions someone led looks again at the new supervisor's staff record, and only that rule", async () => {
    const root = tempFolder('supv-led-');
    generateFixtures(600, root, { seed: 7, asOf: '2026-11-23' });
    const findingsOf = (stdout: string, file: string) => (JSON.parse(stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>).find((result) => result.file === file)?.findings ?? [];
    const before = await expectSame(root);
    // A session with few records tied to it (the run is then a linked one), and a member of staff with no supervision
    // training who supervises nobody now and is not among those records: supervisor-untrained says nothing of them yet.
    const records = loadRecords(root);
    const ties = records.files.map((record): Tie => {
      const { keys, leader } = recordLinks(record.data);
      return { links: keys, leader: leader ?? null, kind: record.kind ?? null, id: record.id ?? null, valid: record.valid, date: recordDate(record)?.date ?? null };
    });
    const untrained = (affected: Set<number>) =>
      records.files.findIndex((record, n) => record.kind === 'staff' && !affected.has(n) && !/supervision_training/.test(record.text) && !findingsOf(before.stdout, record.file).some((finding) => finding.rule === 'supervisor-untrained'));
    const pick = records.files
      .map((record, n) => ({ record, n }))
      .filter(({ record }) => record.kind === 'session' && record.data?.date !== undefined && String(record.data.date) <= '2026-11-23' && typeof record.data.supervisor === 'string')
      .map(({ record, n }) => ({ record, affected: recordsTiedTo(tieGraph(ties), [ties[n]!], [n], '2026-11-23')!.affected }))
      .filter(({ affected }) => affected.size < records.files.length / 8 && untrained(affected) >= 0)
      .sort((a, b) => String(b.record.data!.date).localeCompare(String(a.record.data!.date)))[0];
    expect(pick, 'a recent session with few records tied to it, and an untrained member of staff outside them').toBeDefined();
    const staff = records.files[untrained(pick!.affected)]!;
    const file = path.join(root, pick!.record.file);
    const text = readFileSync(file, 'utf8');
    const led = text.replace(/^supervisor: .*$/m, `supervisor: ${staff.id}`);
    writeFileSync(file, led);
    const cold = await lintJson(root);
    expect(findingsOf(cold.stdout, staff.file).filter((finding) => finding.rule === 'supervisor-untrained').map((finding) => finding.message).join('\n')).toMatch(/led session .* but has no `supervision_training` date/);
    const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    expect(cached.stderr).toMatch(/supv lint --cache: linked;/);
    expect(cached.stdout).toBe(cold.stdout);

    // The test can fail: without saying it reads the sessions someone led, the rule keeps its last findings there.
    writeFileSync(file, text);
    await lintJson(root, ['--cache']);
    writeFileSync(file, led);
    const meta = supervisorUntrained.meta as { readsSessionsLed?: true };
    delete meta.readsSessionsLed;
    try {
      const stale = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
      expect(stale.stderr).toMatch(/supv lint --cache: linked;/);
      expect(stale.stdout).not.toBe(cold.stdout);
    } finally {
      meta.readsSessionsLed = true;
    }
  });

  it('entries read alone at their place in a shard are checked like any other: a line edited is not trusted', async () => {
    // Large enough that one change re-checks few records, whose entries are then read one by one.
    const root = tempFolder('supv-entries-');
    generateFixtures(600, root, { seed: 7, asOf: '2026-11-23' });
    await expectSame(root);
    // Every staff record is re-checked after any change: in the shard, each one's supervision training moved a century
    // back, the lines as long as before (so each is read at its place, and only its checksum tells).
    for (const shard of shardFiles(root)) writeFileSync(shard, readFileSync(shard, 'utf8').replace(/"supervision_training":"20/g, '"supervision_training":"19'));
    const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/2026/'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
    const cold = await lintJson(root);
    const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    expect(cached.stderr).toMatch(/supv lint --cache: linked;/);
    expect(cached.stdout).toBe(cold.stdout);
  });

  it('an entry\'s place edited by hand, with every checksum made to match, reads nothing: the files are read again', async () => {
    const root = tempFolder('supv-places-');
    generateFixtures(600, root, { seed: 7, asOf: '2026-11-23' });
    await expectSame(root);
    // Each entry said to be a terabyte long, at a place far beyond its shard.
    forgeIndex(root, ({ keys, details }) => ({ keys, details: details.map((line) => line.replace(/,(\d+),(\d+)\]$/, ',1099511627776,1099511627776]')) }));
    const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/2026/'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
    const cold = await lintJson(root);
    const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    expect(cached.stderr).toMatch(/supv lint --cache: linked;/);
    expect(cached.stdout).toBe(cold.stdout);
  });

  it("a part's files by key edited by hand, with every checksum made to match, but not as supv writes them: every record is checked again", async () => {
    const damages: Array<[string, (keys: Record<string, unknown>) => Record<string, unknown>]> = [
      ['out of order', (keys) => ({ ...keys, 'k:staff': [...(keys['k:staff'] as number[] ?? [0, 1])].reverse().concat([0]) })],
      ['beyond the part', (keys) => ({ ...keys, 'k:staff': [1_000_000] })],
      ['not a list', (keys) => ({ ...keys, 'k:staff': 'every file' })],
    ];
    for (const [what, damage] of damages) {
      const root = tempFolder('supv-keys-');
      generateFixtures(600, root, { seed: 7, asOf: '2026-11-23' });
      await expectSame(root);
      forgeIndex(root, ({ keys, details }) => ({ keys: JSON.stringify(damage(JSON.parse(keys) as Record<string, unknown>)), details }));
      const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/2026/'))!);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
      const cold = await lintJson(root);
      const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
      expect(cached.stderr, what).toMatch(/supv lint --cache: full;/);
      expect(cached.stdout, what).toBe(cold.stdout);
    }
  });

  it('a part of the index that run.json does not name (an older one, or one from a run that stopped halfway) has every record checked again', async () => {
    const root = exampleRepo();
    await expectSame(root);
    const file = path.join(root, recordFiles(root).find((name) => name.includes('/sessions/'))!);
    const parts = new Map(indexParts(root).map((part) => [part, readFileSync(part, 'utf8')]));
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 20'));
    await expectSame(root);
    const changed = indexParts(root).filter((part) => readFileSync(part, 'utf8') !== parts.get(part));
    expect(changed).toHaveLength(1);
    // The part as it was before the change, under run.json as it is after: the findings of the run before would come back.
    writeFileSync(changed[0]!, parts.get(changed[0]!)!);
    const cold = await lintJson(root);
    expect(cold.stdout).toContain('the session lasted 20 minutes');
    const cached = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    expect(cached.stdout).toBe(cold.stdout);
    expect(cached.stderr).toMatch(/supv lint --cache: full;/);
    // Written anew, and trusted again.
    const again = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    expect(again.stdout).toBe(cold.stdout);
    expect(again.stderr).toMatch(/supv lint --cache: unchanged;/);
  });
});

describe('a cache file is never trusted when it cannot be', () => {
  const damages: Array<[string, (text: string) => string]> = [
    ['cut short', (text) => text.slice(0, Math.floor(text.length * 0.7))],
    ['not JSON', () => '\u0000\u0001 garbage'],
    ['empty', () => ''],
    ['made by another version of supv', (text) => text.replace(/"supv":"[^"]*"/, '"supv":"another build"')],
    ['of another cache format', (text) => text.replace(/"format":"[^"]*"/, '"format":"supv lint cache 0"')],
    ['made for another configuration', (text) => text.replace(/"config":"[^"]*"/, '"config":"another config"')],
    ['edited: a finding removed', (text) => text.replace(/"findings":\[\{[^\]]*\]/, '"findings":[]')],
    ['edited: a record marked valid', (text) => text.replace(/"valid":false/, '"valid":true')],
  ];
  for (const [what, damage] of damages) {
    it(`${what}: ignored, and written anew`, async () => {
      const root = exampleRepo();
      // Findings the per-record rules keep with the record, in the file's own shard.
      const broken = path.join(root, 'records/sessions/zz-broken.md');
      writeFileSync(broken, session('2026-03-02', { duration_minutes: 15, stray: 'field' }).text.replace('kind: session', 'kind: session\nmood: [unclosed'));
      const cold = await expectSame(root);
      for (const file of cacheFiles(root)) writeFileSync(file, damage(readFileSync(file, 'utf8')));
      const cached = await lintJson(root, ['--cache']);
      expect(cached.stdout).toBe(cold.stdout);
      expect(cached.stderr).toBe('');
      // Written anew: the next run trusts it again and still agrees.
      for (const file of cacheFiles(root)) expect(readFileSync(file, 'utf8').startsWith(`{"format":"${CACHE_FORMAT}"`)).toBe(true);
      expect((await lintJson(root, ['--cache'])).stdout).toBe(cold.stdout);
    });
  }

  it('a .supv-cache that is a symbolic link out of the repository is not followed: lint says so and runs without it', async () => {
    const root = exampleRepo();
    const outside = tempFolder('supv-outside-');
    symlinkSync(outside, path.join(root, CACHE_DIR));
    const cold = await lintJson(root);
    const cached = await lintJson(root, ['--cache']);
    expect(cached.stdout).toBe(cold.stdout);
    expect(cached.exitCode).toBe(cold.exitCode);
    expect(cached.stderr).toMatch(/the cache was not used: \.supv-cache is a symbolic link, which supv does not follow/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a cache file that is a symbolic link is not read through, and is replaced rather than written through', async () => {
    const root = exampleRepo();
    const cold = await expectSame(root);
    const outside = path.join(tempFolder('supv-outside-'), 'elsewhere.json');
    writeFileSync(outside, 'keep me');
    // A shard and the index: with the index unreadable, every shard is read (and written) again.
    const links = [shardFiles(root)[0]!, path.join(root, LINT_DIR, INDEX_FILE)];
    for (const file of links) {
      unlinkSync(file);
      symlinkSync(outside, file);
    }
    expect((await lintJson(root, ['--cache'])).stdout).toBe(cold.stdout);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    for (const file of links) expect(lstatSync(file).isSymbolicLink()).toBe(false);
  });

  it('the cache is git-ignored wherever it is, and never read as records', async () => {
    const repo = gitRepo();
    cpSync(path.join(REPO_ROOT, 'records'), path.join(repo.root, 'records'), { recursive: true });
    repo.commit('records', '2026-11-20T10:00:00+00:00');
    await expectSame(repo.root);
    expect(existsSync(path.join(repo.root, LINT_DIR))).toBe(true);
    expect(repo.git(['status', '--porcelain', '--ignored=no'])).toBe('');
    // A cache folder inside records/ would be records; supv keeps it at the root only.
    expect(existsSync(path.join(repo.root, 'records', CACHE_DIR))).toBe(false);
    expect(readFileSync(path.join(REPO_ROOT, '.gitignore'), 'utf8')).toMatch(/^\.supv-cache\/$/m);
  });

  it('--no-cache after --cache reads every record and leaves the cache alone', async () => {
    const root = exampleRepo();
    await lintJson(root, ['--cache', '--no-cache']);
    expect(existsSync(path.join(root, CACHE_DIR))).toBe(false);
    expect(SHARDS).toBeGreaterThan(1);
  });
});

describe('which rules are kept with each record', () => {
  it('exactly the rules that read one record and the configuration, said in their meta', () => {
    expect(rules.filter(isRecordRule).map((rule) => rule.meta.id).sort()).toEqual(['group-confidentiality', 'parse', 'schema', 'session-short']);
    for (const rule of rules.filter((candidate) => candidate.meta.usesGit)) expect(isRecordRule(rule)).toBe(false);
  });

  it('a rule about one record that reaches for other records, the facts, the date or git history is stopped, named', async () => {
    const record = recordFromText({ file: 'records/sessions/2026/2026-01-05-jo-bloggs.md', absPath: '/repo/x.md' }, session('2026-01-05').text);
    const reaching = (what: string, reach: (context: Parameters<Rule['check']>[0]) => unknown): Rule => ({
      meta: { ...schema.meta, id: `reaches-${what}` },
      check: (context) => void reach(context),
    });
    for (const [what, reach] of [
      ['byId', (context) => context.records.byId.get('jo-bloggs')],
      ['facts', (context) => context.facts.statuses],
      ['asOf', (context) => context.asOf],
      ['history', (context) => context.history()],
    ] as Array<[string, (context: Parameters<Rule['check']>[0]) => unknown]>) {
      await expect(checkEachRecord([record], [reaching(what, reach)], DEFAULT_CONFIG)).rejects.toThrow(new RegExp(`rule reaches-${what} is about one record at a time .* but read ${what === 'byId' ? 'records.byId' : what}`));
    }
  });

  it('run over each record alone, the per-record rules find what they find over the whole set', async () => {
    const root = exampleRepo();
    // The default policy, as DEFAULT_CONFIG below.
    rmSync(path.join(root, 'supv.config.yaml'));
    mkdirSync(path.join(root, 'records/sessions/2026'), { recursive: true });
    writeFileSync(path.join(root, 'records/sessions/2026/2026-03-02-jo-bloggs.md'), session('2026-03-02', { duration_minutes: 15, type: 'group', attendees: ['jo-bloggs'] }).text);
    const whole = JSON.parse((await lintJson(root, rules.filter((rule) => !isRecordRule(rule)).flatMap((rule) => ['--rule', `${rule.meta.id}=off`]))).stdout) as Array<{ file: string; findings: unknown[] }>;
    const files = recordFiles(root);
    const alone = [];
    for (const file of files) {
      const record = recordFromText({ file, absPath: path.join(root, file) }, readFileSync(path.join(root, file), 'utf8'));
      alone.push(...((await checkEachRecord([record], rules.filter(isRecordRule), DEFAULT_CONFIG)).get(file) ?? []));
    }
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.length).toBe(whole.flatMap((result) => result.findings).length);
  });
});

describe('the pre-commit hook and watch use the cache', () => {
  it('the hook init installs lints with --cache', async () => {
    const { preCommitHook } = await import('../../src/author/scaffold.js');
    expect(preCommitHook('1.0.0')).toMatch(/\$supv_cmd lint \\\n\s+--cache \\\n/);
  });

  it('watch starts from the cache: the same findings as a cold start, a short session found after a save, and the cache written', async () => {
    const { watchRepo, removeTempDirs } = await import('../watch/helpers.js');
    const { SAM_LEE, staff, contract } = await import('../helpers/records.js');
    const files = [SAM_LEE, staff({ id: 'jo-bloggs' }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), session('2025-02-15', { supervisee: 'jo-bloggs' })];
    const cold = await watchRepo(files, { cache: false });
    const coldReady = cold.events.find((event) => event.type === 'ready');
    await cold.handle.close();
    const warm = await watchRepo(files, { cache: true });
    try {
      const ready = warm.events.find((event) => event.type === 'ready');
      expect(ready).toMatchObject({ results: (coldReady as { results: unknown }).results });
      expect(shardFiles(warm.root).length).toBeGreaterThan(0);
      warm.write(files[3]!.file, files[3]!.text.replace('duration_minutes: 60', 'duration_minutes: 20'));
      const next = await warm.next('lint');
      expect(next.appeared.map((finding) => finding.rule)).toContain('session-short');
    } finally {
      await warm.handle.close();
      removeTempDirs();
    }
  });
});

describe('the scan supv starts before the CLI loads (src/cache/scan.ts)', () => {
  beforeAll(() => settleTimesAfter(0));
  afterAll(() => settleTimesAfter(3000));

  it('gives the files and their times the cache compares: the same findings as a cold lint, after edits, additions and deletions', async () => {
    const root = exampleRepo();
    const cachedWithScan = async () => (await runInProcess(['lint', '--format', 'json', '--cache'], root, undefined, {}, { scanAhead: scanAhead(root) })).stdout;
    expect(await cachedWithScan()).toBe((await lintJson(root)).stdout);
    const files = recordFiles(root).filter((file) => file.includes('/sessions/'));
    writeFileSync(path.join(root, files[0]!), `${readFileSync(path.join(root, files[0]!), 'utf8')}\nA line more.\n`);
    writeFileSync(path.join(root, files[1]!), readFileSync(path.join(root, files[1]!), 'utf8').replace(/^duration_minutes: \d+$/m, 'duration_minutes: 25'));
    cpSync(path.join(root, files[2]!), path.join(root, 'records/sessions/copy-of-one.md'));
    unlinkSync(path.join(root, files[3]!));
    const cold = (await lintJson(root)).stdout;
    expect(cold).toContain('the session lasted 25 minutes');
    expect(await cachedWithScan()).toBe(cold);
    expect(await cachedWithScan()).toBe(cold);
  });

  it("parses the config file, keeping the parse in the cache under the text's hash: an edited, broken or damaged config reads as a cold lint reads it", async () => {
    const root = exampleRepo();
    const configFile = path.join(root, 'supv.config.yaml');
    const kept = path.join(root, LINT_DIR, 'config.json');
    const withScan = async () => {
      const result = await runInProcess(['lint', '--format', 'json', '--cache'], root, undefined, {}, { scanAhead: scanAhead(root) });
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
    };
    const cold = async () => {
      const result = await runInProcess(['lint', '--format', 'json'], root);
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
    };
    // No cache folder yet: the scan makes none; the lint does, and the next scan keeps the parse there.
    expect(await withScan()).toEqual(await cold());
    expect(existsSync(kept)).toBe(false);
    expect(await withScan()).toEqual(await cold());
    expect(JSON.parse(readFileSync(kept, 'utf8')).parsed.value.policy.min_duration).toBe('PT60M');
    // Edited: read anew, and the new parse kept.
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace(/^(\s*min_duration:\s*)\S+/m, '$1PT30M'));
    expect(await withScan()).toEqual(await cold());
    expect(JSON.parse(readFileSync(kept, 'utf8')).parsed.value.policy.min_duration).toBe('PT30M');
    // A YAML problem is said with its place, from the kept parse too.
    const good = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, `${good}\nmarking: OFFICIAL\nmarking: SECRET\n`);
    const broken = await cold();
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/supv\.config\.yaml:\d+:\d+: this key appears twice/);
    expect(await withScan()).toEqual(broken);
    expect(await withScan()).toEqual(broken);
    // A damaged or foreign file is not used, and is written anew.
    writeFileSync(configFile, good);
    for (const damaged of ['not json', JSON.stringify({ format: CACHE_FORMAT, key: 'another', parsed: { value: { organisation: 'Not this one' } } })]) {
      expect(await withScan()).toEqual(await cold());
      writeFileSync(kept, damaged);
      expect(await withScan()).toEqual(await cold());
      expect(JSON.parse(readFileSync(kept, 'utf8')).parsed.value.organisation).not.toBe('Not this one');
    }
  });

  it('finds the files the lint would find, refusals and odd names included, with their times', async () => {
    const root = exampleRepo();
    const outside = tempFolder('supv-outside-');
    writeFileSync(path.join(outside, 'elsewhere.md'), '---\nkind: staff\n---\n');
    symlinkSync(path.join(outside, 'elsewhere.md'), path.join(root, 'records/staff/link-out.md'));
    mkdirSync(path.join(root, 'records/odd'), { recursive: true });
    writeFileSync(path.join(root, 'records/odd/two\nlines and ünïcode.md'), readFileSync(path.join(root, recordFiles(root)[0]!)));
    const scan = await scanAhead(root).scan;
    const found = discoverRecords(root);
    expect(found.some((file) => file.refused)).toBe(true);
    expect(scan!.found).toEqual(found);
    expect(scan!.times).toEqual(found.map((file) => (file.refused ? undefined : timesOf(file.absPath))));
  });

  it('a scan of another folder is not used', async () => {
    const root = exampleRepo();
    const other = exampleRepo();
    unlinkSync(path.join(other, recordFiles(other).find((file) => file.includes('/sessions/'))!));
    const cold = (await lintJson(root)).stdout;
    const result = await runInProcess(['lint', '--format', 'json', '--cache'], root, undefined, {}, { scanAhead: scanAhead(other) });
    expect(result.stdout).toBe(cold);
  });
});

describe('lint --cache across commits', () => {
  beforeAll(() => settleTimesAfter(0));
  afterAll(() => settleTimesAfter(3000));

  const MODE = /supv lint --cache: (\w+);/;
  async function cachedMode(root: string): Promise<{ stdout: string; mode: string | undefined }> {
    const result = await runInProcess(['lint', '--format', 'json', '--cache', '--debug'], root);
    return { stdout: result.stdout, mode: MODE.exec(result.stderr)?.[1] };
  }

  it('after new commits, only the records they touched (and those tied to them) are checked again; after a reset, everything', async () => {
    // A repository large enough that one session is tied to few of its records (in a small school, to most).
    const repo = gitRepo();
    generateFixtures(600, repo.root, { seed: 7, asOf: '2026-11-23' });
    // One session left out of the first commit: committed long after its date, it is a late record.
    const session = recordFiles(repo.root).find((file) => file.includes('/sessions/2026/'))!;
    const text = readFileSync(path.join(repo.root, session), 'utf8');
    unlinkSync(path.join(repo.root, session));
    const first = repo.commit('the records so far', '2026-01-01T10:00:00+00:00');
    writeFileSync(path.join(repo.root, session), text);
    expect((await cachedMode(repo.root)).stdout).toBe((await lintJson(repo.root)).stdout);
    // Committed now, with the same bytes: only its history changed, and late-record finds it.
    repo.commit('one more session', '2026-11-20T10:00:00+00:00');
    const cold = (await lintJson(repo.root)).stdout;
    expect(cold).toMatch(new RegExp(`"file": "${session}",\\s+"findings": \\[[^\\]]*first committed on 2026-11-20`));
    const after = await cachedMode(repo.root);
    expect(after.stdout).toBe(cold);
    expect(after.mode).toBe('linked');
    // Back to the first commit (the history shrank): everything is checked again, and still the same.
    repo.git(['reset', '-q', '--soft', first]);
    const reset = await cachedMode(repo.root);
    expect(reset.stdout).toBe((await lintJson(repo.root)).stdout);
    expect(reset.mode).toBe('full');
  });
});

describe('a cache file that is not a file', () => {
  it('a FIFO in place of the index is not waited on: ignored, and replaced by a file', async () => {
    const root = exampleRepo();
    const cold = await expectSame(root);
    const index = path.join(root, LINT_DIR, INDEX_FILE);
    unlinkSync(index);
    execFileSync('mkfifo', [index]);
    expect((await lintJson(root, ['--cache'])).stdout).toBe(cold.stdout);
    expect(lstatSync(index).isFile()).toBe(true);
  }, 30_000);
});
