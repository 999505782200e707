/**
 * The claim `lint --cache` rests on after a change (src/cache/links.ts): what
 * a rule with `meta.scope: 'linked'` finds in a record depends only on the
 * records tied to it, every staff record and the last session each
 * supervisor involved led. Checked directly, for every record of the example
 * school and a sample of a generated repository with group sessions, cases
 * handed on and decisions: taking each record in turn as the one changed, the
 * linked rules run over only the records the cache would give them, and the
 * findings of the whole run must be those of a run over everything, to the
 * letter. A rule marked linked that looks further fails here, named.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRecords, HISTORY_INCOMPLETE_MESSAGE_ID } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { recordLinks, recordsTiedTo, tieGraph, type Tie } from '../../src/cache/links.js';
import { loadConfig } from '../../src/config/config.js';
import { loadGitHistory } from '../../src/git/history.js';
import { indexRecords, loadRecords } from '../../src/load/load.js';
import type { Finding, RecordSet } from '../../src/model.js';
import { recordDate } from '../../src/policy/record-date.js';
import { generateFixtures } from '../../scripts/examples/generate-fixtures.mjs';
import { REPO_ROOT } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const AS_OF = '2026-11-23';

function tieOf(record: RecordSet['files'][number]): Tie {
  const { keys, leader } = recordLinks(record.data);
  return { links: keys, leader: leader ?? null, kind: record.kind ?? null, id: record.id ?? null, valid: record.valid, date: recordDate(record)?.date ?? null };
}

/** For each record taken as the one changed: the whole run, with the linked rules over only the tied records, equals the run over everything. */
async function expectLocal(root: string, pick: (index: number) => boolean): Promise<{ checked: number; partial: number }> {
  const { config } = loadConfig(root, undefined, root);
  const records = loadRecords(root);
  const git = await loadGitHistory(root);
  const full = await checkRecords(records, rules, { config, asOf: AS_OF, git });
  const ties = records.files.map(tieOf);
  const linkedIds = new Set(rules.filter((rule) => rule.meta.scope === 'linked').map((rule) => rule.meta.id));
  const ledIds = new Set(rules.filter((rule) => rule.meta.readsSessionsLed).map((rule) => rule.meta.id));
  let checked = 0;
  /** Records whose change leaves most of the repository with its last findings: where the test has something to catch. */
  let partial = 0;
  for (let i = 0; i < records.files.length; i++) {
    if (!pick(i)) continue;
    checked += 1;
    const { affected, led, needed } = recordsTiedTo(tieGraph(ties), [ties[i]!], [i], AS_OF)!;
    const files = new Set([...affected].map((n) => records.files[n]!.file));
    const ledFiles = new Set([...led].map((n) => records.files[n]!.file));
    if (files.size < records.files.length / 2) partial += 1;
    const kept = new Map<string, Finding[]>();
    for (const { file, findings } of full) {
      if (files.has(file)) continue;
      for (const finding of findings) {
        if (!linkedIds.has(finding.rule) || finding.messageId === HISTORY_INCOMPLETE_MESSAGE_ID) continue;
        if (ledIds.has(finding.rule) && ledFiles.has(file)) continue;
        kept.set(finding.rule, [...(kept.get(finding.rule) ?? []), finding]);
      }
    }
    const subset = indexRecords(records.files.filter((_record, n) => needed.has(n)));
    const linked = await checkRecords(records, rules, { config, asOf: AS_OF, git, linked: { records: subset, files, led: ledFiles, kept } });
    const changed = records.files[i]!.file;
    expect(linked, `with ${changed} changed (${files.size} records tied to it, ${subset.files.length} given to the linked rules)`).toEqual(full);
  }
  return { checked, partial };
}

/** A records repository committed once, so the git rules run. */
function committed(fill: (root: string) => void): string {
  const repo = gitRepo(tempFolder('supv-linked-'));
  fill(repo.root);
  repo.commit('the records so far', '2026-11-20T10:00:00+00:00');
  return repo.root;
}

describe('rules marked linked look only at the records tied to the one they report on', () => {
  it('every record of the example school, each taken as the one changed', async () => {
    const root = committed((dir) => {
      cpSync(path.join(REPO_ROOT, 'records'), path.join(dir, 'records'), { recursive: true });
      cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(dir, 'supv.config.yaml'));
    });
    const { checked, partial } = await expectLocal(root, () => true);
    expect(checked).toBeGreaterThan(100);
    expect(partial).toBeGreaterThan(20);
  }, 240_000);

  it('a generated repository of 600 records (groups, cases, decisions), one record in twelve taken as the one changed', async () => {
    const root = committed((dir) => generateFixtures(600, dir, { seed: 7, asOf: AS_OF }));
    const { checked, partial } = await expectLocal(root, (i) => i % 12 === 0);
    expect(checked).toBeGreaterThan(40);
    expect(partial).toBeGreaterThan(20);
  }, 240_000);

  it('the test can fail: a rule that looks past the tied records is caught', async () => {
    const root = committed((dir) => generateFixtures(600, dir, { seed: 7, asOf: AS_OF }));
    const { config } = loadConfig(root, undefined, root);
    const records = loadRecords(root);
    // A made-up rule, marked linked, that reports in each staff record how many sessions the repository holds.
    const counting = {
      meta: { id: 'counting', scope: 'linked' as const, description: 'counts', defaultSeverity: 'warning' as const, docs: '', messages: { count: '{n} sessions' } },
      check({ records: set, report }: Parameters<(typeof rules)[number]['check']>[0]) {
        for (const staff of set.ofKind.staff) report({ record: staff, messageId: 'count', data: { n: set.ofKind.session.length } });
      },
    };
    const full = await checkRecords(records, [counting], { config, asOf: AS_OF });
    const ties = records.files.map(tieOf);
    // The session with the fewest records tied to it: most of the repository keeps its last findings.
    const sessions = records.files.flatMap((record, n) => (record.kind === 'session' ? [n] : []));
    const plans = sessions.map((n) => recordsTiedTo(tieGraph(ties), [ties[n]!], [n], AS_OF)!);
    const { affected, needed } = plans.reduce((least, plan) => (plan.affected.size < least.affected.size ? plan : least));
    expect(affected.size).toBeLessThan(records.files.length / 2);
    const files = new Set([...affected].map((n) => records.files[n]!.file));
    const subset = indexRecords(records.files.filter((_record, n) => needed.has(n)));
    const kept = new Map([['counting', full.flatMap((result) => (files.has(result.file) ? [] : result.findings))]]);
    const linked = await checkRecords(records, [counting], { config, asOf: AS_OF, linked: { records: subset, files, kept } });
    expect(linked).not.toEqual(full);
  });
});
