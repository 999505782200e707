/**
 * The claim behind `meta.scope: 'paths'` (src/model.ts): such a rule's
 * findings depend only on which record files there are, the decision
 * records, git history and the configuration, so `lint --cache` keeps them
 * without running the rule when only other records changed
 * (src/cache/lint-cache.ts). Checked directly: each rule runs over the
 * example school (a record deleted in a commit, a child named in a path and
 * in a commit message) with every record but the decisions reduced to its
 * path, any other read refused, and must find what it finds over the whole
 * records. A made-up rule that reads a session is caught.
 */
import { cpSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRecords } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import type { Rule } from '../../src/check/rule.js';
import { loadConfig } from '../../src/config/config.js';
import { loadGitHistory } from '../../src/git/history.js';
import { loadRecords } from '../../src/load/load.js';
import type { LoadedRecord, RecordSet } from '../../src/model.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const AS_OF = '2026-11-23';
const S = 'records/sessions/2026';

/** The example school, with a record deleted in a commit that names a child, and a file named after a child. */
function school(): string {
  const repo = gitRepo(tempFolder('supv-paths-'));
  cpSync(path.join(REPO_ROOT, 'records'), path.join(repo.root, 'records'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(repo.root, 'supv.config.yaml'));
  repo.commit('the records so far', '2026-11-20T10:00:00+00:00');
  unlinkSync(path.join(repo.root, `${S}/2026-10-08-rowan-pettigrew.md`));
  renameSync(path.join(repo.root, `${S}/2026-11-05-rowan-pettigrew.md`), path.join(repo.root, `${S}/arlo-jellicoe-2026-11-05.md`));
  repo.commit('notes on Arlo Jellicoe moved', '2026-11-21T10:00:00+00:00');
  return repo.root;
}

/** The records with every one but the decisions reduced to its path: reading anything else of them throws, naming it. */
function pathsOnly(records: RecordSet): RecordSet {
  const reduced = (record: LoadedRecord): LoadedRecord =>
    new Proxy(record, {
      get(target, key) {
        if (key === 'file' || key === 'absPath') return target[key];
        throw new Error(`read ${String(key)} of ${target.file}, a ${target.kind ?? 'unreadable'} record`);
      },
    });
  const files = records.files.map((record) => (record.kind === 'decision' ? record : reduced(record)));
  const refused = (what: string) => () => {
    throw new Error(`read records.${what}`);
  };
  return Object.defineProperties({ files, ofKind: { staff: [], contract: [], session: [], 'case-audit': [], decision: records.ofKind.decision } } as unknown as RecordSet, {
    byId: { get: refused('byId') },
  });
}

async function expectPathsOnly(root: string, rule: Rule): Promise<void> {
  const { config } = loadConfig(root, undefined, root);
  const records = loadRecords(root);
  const git = await loadGitHistory(root);
  const full = await checkRecords(records, [rule], { config, asOf: AS_OF, git });
  const reduced = await checkRecords(pathsOnly(records), [rule], { config, asOf: AS_OF, git });
  expect(reduced).toEqual(full);
}

describe("rules marked 'paths' read only the paths, the decisions and git history", () => {
  const pathRules = rules.filter((rule) => rule.meta.scope === 'paths');

  it('the rules marked so are the two that read the whole repository: record-deleted and name-in-path', () => {
    expect(pathRules.map((rule) => rule.meta.id).sort()).toEqual(['name-in-path', 'record-deleted']);
  });

  it.each(pathRules.map((rule) => [rule.meta.id, rule] as const))('%s finds the same with every record but the decisions reduced to its path', async (_id, rule) => {
    const root = school();
    const findings = (await checkRecords(loadRecords(root), [rule], { config: loadConfig(root, undefined, root).config, asOf: AS_OF, git: await loadGitHistory(root) })).flatMap((result) => result.findings);
    // Not idle: each finds something here.
    expect(findings.length).toBeGreaterThan(0);
    await expectPathsOnly(root, rule);
  });

  it('the test can fail: a rule marked paths that reads a session is caught', async () => {
    const root = school();
    const reading: Rule = {
      meta: { id: 'reading', scope: 'paths', description: 'reads', defaultSeverity: 'warning', docs: '', messages: { date: 'session of {date}' } },
      check({ records: set, report }) {
        for (const record of set.files) if (record.file.includes('/sessions/')) report({ file: record.file, messageId: 'date', data: { date: String(record.data?.date) } });
      },
    };
    await expect(expectPathsOnly(root, reading)).rejects.toThrow(/read data of records\/sessions/);
  });
});
