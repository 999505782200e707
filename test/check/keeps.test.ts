/**
 * `RuleContext.keeps`: in `lint --cache` after a change, the linked rules skip
 * the work for files whose findings the engine drops (src/check/engine.ts).
 * Whatever set of files a run keeps, what it finds there must be what a run
 * that keeps everything finds there, to the letter; here with every record
 * given to the rules, so that only the skipping is tested (test/cache/
 * linked-rules.test.ts tests which records are given).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkRecords, HISTORY_INCOMPLETE_MESSAGE_ID } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { loadConfig } from '../../src/config/config.js';
import { loadGitHistory } from '../../src/git/history.js';
import { loadRecords } from '../../src/load/load.js';
import type { Finding } from '../../src/model.js';
import { RunFacts } from '../../src/policy/facts.js';
import { generateFixtures } from '../../scripts/examples/generate-fixtures.mjs';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { contract, recordSet, session, signature, staff } from '../helpers/records.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Config } from '../../src/types/config.js';
import type { GitHistory } from '../../src/git/types.js';
import type { RecordSet } from '../../src/model.js';

afterAll(removeTempFolders);

const AS_OF = '2026-11-23';

/** A small deterministic generator, so a failure names a set that can be made again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const linkedIds = new Set(rules.filter((rule) => rule.meta.scope === 'linked').map((rule) => rule.meta.id));

/** For each named set of files: a run keeping the linked rules' findings only there, with the rest kept from a full run, is the full run. */
async function expectSameKept(records: RecordSet, config: Config, git: GitHistory | undefined, sets: Array<[string, string[]]>): Promise<void> {
  const full = await checkRecords(records, rules, { config, asOf: AS_OF, git });
  for (const [name, list] of sets) {
    const files = new Set(list);
    const kept = new Map<string, Finding[]>();
    for (const { file, findings } of full) {
      if (files.has(file)) continue;
      for (const finding of findings) {
        if (!linkedIds.has(finding.rule) || finding.messageId === HISTORY_INCOMPLETE_MESSAGE_ID) continue;
        kept.set(finding.rule, [...(kept.get(finding.rule) ?? []), finding]);
      }
    }
    const linked = await checkRecords(records, rules, { config, asOf: AS_OF, git, linked: { records, files, kept } });
    expect(linked, name).toEqual(full);
  }
}

describe('a linked run that keeps some files finds in them what a full run finds', () => {
  it('a team with findings of most linked rules about people, supervisors and contracts, each file kept alone and all but it', async () => {
    const records = recordSet(
      // An untrained supervisor of two, one of them overdue and neither with a contract; a lapsed one of one with an overdue contract review.
      staff({ id: 'kim-park', role: 'Head of Service', tier: 'general', supervisor: 'lee-grant', line_manager: 'lee-grant' }),
      staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2020-05-10', safeguarding_training: '2026-01-10' }),
      staff({ id: 'jo-bloggs', supervisor: 'kim-park', line_manager: 'sam-lee' }),
      staff({ id: 'ali-khan', supervisor: 'sam-lee', tier: 'no-such-tier', safeguarding_training: '2022-01-10' }),
      staff({ id: 'lee-grant', role: 'Director', tier: 'general', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }, { id: 'kim-park', from: '2026-06-01' }], supervision_training: '2027-01-01' }),
      contract({ supervisee: 'ali-khan', agreed: '2024-09-02', signedBy: ['supervisor'] }),
      session('2026-10-20', { supervisee: 'ali-khan', actions: [{ id: 'A1', text: 'Book a core group meeting', owner: 'ali-khan', due: '2026-10-27' }], signatures: [signature('sam-lee', 'supervisor', '2026-10-19T10:00:00+00:00')] }),
      session('2026-11-18', { supervisee: 'ali-khan', duration_minutes: 20, functions: ['support'] }),
      session('2026-11-21', { supervisor: 'kim-park', supervisee: 'jo-bloggs', functions: ['support'] }),
    );
    const full = await checkRecords(records, rules, { config: DEFAULT_CONFIG, asOf: AS_OF });
    const found = new Set(full.flatMap((result) => result.findings.map((finding) => finding.rule)));
    for (const id of ['session-overdue', 'supervisor-untrained', 'no-contract', 'safeguarding-training', 'unsigned', 'future-date', 'actions-not-reviewed', 'handover-missing']) {
      expect(found, id).toContain(id);
    }
    const all = records.files.map((record) => record.file);
    await expectSameKept(records, DEFAULT_CONFIG, undefined, [
      ...all.map((file): [string, string[]] => [`${file} alone`, [file]]),
      ...all.map((file): [string, string[]] => [`all but ${file}`, all.filter((other) => other !== file)]),
    ]);
  });

  it('over a generated repository of 600 records, for sets of files of every kind and size', async () => {
    const repo = gitRepo(tempFolder('supv-keeps-'));
    generateFixtures(600, repo.root, { seed: 11, asOf: AS_OF });
    repo.commit('the records so far', '2026-11-20T10:00:00+00:00');
    const { config } = loadConfig(repo.root, undefined, repo.root);
    const records = loadRecords(repo.root);
    const git = await loadGitHistory(repo.root);
    const full = await checkRecords(records, rules, { config, asOf: AS_OF, git });
    // Most linked rules find something somewhere, or the comparison says little about them.
    const found = new Set(full.flatMap((result) => result.findings.map((finding) => finding.rule)));
    expect([...linkedIds].filter((id) => found.has(id)).length).toBeGreaterThan(10);

    const all = records.files.map((record) => record.file);
    const sets: Array<[string, string[]]> = [
      ['no file', []],
      ['the staff records', records.ofKind.staff.map((record) => record.file)],
      ['the contracts', records.ofKind.contract.map((record) => record.file)],
      ['one staff record in three and every decision', [...records.ofKind.staff.filter((_r, n) => n % 3 === 0), ...records.ofKind.decision].map((record) => record.file)],
      ...records.ofKind.staff.map((record): [string, string[]] => [`${record.file} alone`, [record.file]]),
    ];
    for (const [seed, share] of [[1, 0.02], [2, 0.1], [3, 0.5], [4, 0.9]] as const) {
      const next = random(seed);
      sets.push([`${share * 100}% of the files at random (seed ${seed})`, all.filter(() => next() < share)]);
    }
    await expectSameKept(records, config, git, sets);
  }, 240_000);

  it("a person's status asked alone is their entry of the statuses, the same object", () => {
    const root = tempFolder('supv-keeps-');
    generateFixtures(600, root, { seed: 5, asOf: AS_OF });
    const { config } = loadConfig(root, undefined, root);
    const records = loadRecords(root);
    const alone = new RunFacts(records, config, AS_OF);
    const people = alone.inPost;
    // Asked one by one, backwards, before the whole list.
    const one = [...people].reverse().map((person) => alone.statusOf(person)).reverse();
    expect(alone.statuses).toEqual(one);
    alone.statuses.forEach((status, n) => expect(status).toBe(one[n]));
    // And what a run that asks for the whole list first works out.
    expect(new RunFacts(records, config, AS_OF).statuses).toEqual(one);
    expect(people.length).toBeGreaterThan(10);
  });
});
