import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import { loadGitHistory } from '../../src/git/history.js';
import { lateRecord } from '../../src/check/rules/late-record.js';
import { nameInPath } from '../../src/check/rules/name-in-path.js';
import { recordDeleted } from '../../src/check/rules/record-deleted.js';
import { loadRecords } from '../../src/load/load.js';
import { gitRepo, removeTempFolders, shallowClone, tempFolder } from '../helpers/git-repo.js';
import { contract, lineOf, session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

const AS_OF = '2026-04-30';

async function lint(root: string, rules = [lateRecord]) {
  const results = await checkRecords(loadRecords(root), rules, { config: structuredClone(DEFAULT_CONFIG), asOf: AS_OF, git: await loadGitHistory(root) });
  return results.flatMap((result) => result.findings);
}

describe('late-record', () => {
  it('a session committed two days after it took place is contemporaneous', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, session('2026-03-03'));
    repo.commit('Session record', '2026-03-05T16:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });

  it('a session first committed 17 days after it took place is late (a warning at its date)', async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('Team', '2026-01-05T09:00:00+00:00');
    const text = session('2026-03-03');
    repo.write(text);
    repo.commit('Session record', '2026-03-20T11:00:00+00:00');
    // Later edits do not make it contemporaneous: the first commit counts.
    repo.write({ ...text, text: text.text + 'Addendum.\n' });
    repo.commit('Addendum', '2026-03-21T11:00:00+00:00');
    expect(await lint(repo.root)).toMatchObject([
      {
        file: text.file,
        line: lineOf(text.text, 'date:'),
        severity: 'warning',
        message: 'first committed on 2026-03-20, 17 days after the session on 2026-03-03; records should be written within 7 days',
      },
    ]);
  });

  it('committed on the last day of record_within is in time', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, session('2026-03-03'));
    repo.commit('Session record', '2026-03-10T22:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });

  it('the commit day is read in the organisation\'s time zone', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, session('2026-03-03'));
    // 23:30 in New York on the 10th is already the 11th in London.
    repo.commit('Session record', '2026-03-10T23:30:00-05:00');
    expect((await lint(repo.root)).map((finding) => finding.message)).toEqual([
      'first committed on 2026-03-11, 8 days after the session on 2026-03-03; records should be written within 7 days',
    ]);
  });

  it('a contract is timed from the day it was agreed', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05', signedBy: [] }));
    repo.commit('Contract', '2026-02-01T09:00:00+00:00');
    expect((await lint(repo.root)).map((finding) => finding.message)).toEqual([
      'first committed on 2026-02-01, 27 days after the contract was agreed on 2026-01-05; records should be written within 7 days',
    ]);
  });

  it('a record not yet committed is not late: it is judged when it is committed', async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    repo.commit('Team', '2026-01-05T09:00:00+00:00');
    repo.write(session('2026-03-03'));
    expect(await lint(repo.root)).toEqual([]);
  });

  it('a record moved to another folder keeps the date it was first committed', async () => {
    const repo = gitRepo();
    const text = session('2026-03-03');
    repo.write(...TEAM, { file: 'records/2026-03-03-jo-bloggs.md', text: text.text });
    repo.commit('Session record', '2026-03-04T09:00:00+00:00');
    mkdirSync(path.join(repo.root, 'records/sessions'));
    repo.git(['mv', 'records/2026-03-03-jo-bloggs.md', 'records/sessions/2026-03-03-jo-bloggs.md']);
    repo.commit('Tidy into folders', '2026-04-20T09:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });
});

describe('incomplete history: one warning, never a guess', () => {
  const gitRules = [lateRecord, recordDeleted, nameInPath];

  it('a shallow clone: one warning on supv.config.yaml, whichever git rules are on', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, { file: 'supv.config.yaml', text: 'organisation: Example Primary School\n' });
    repo.commit('Team', '2026-01-05T09:00:00+00:00');
    repo.write(session('2026-03-03'));
    repo.commit('Late session', '2026-03-30T09:00:00+00:00');
    repo.git(['rm', '-q', 'records/staff/ali-khan.md']);
    repo.commit('Remove a record', '2026-04-01T09:00:00+00:00');
    const clone = shallowClone(repo);
    const findings = await lint(clone, gitRules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'supv.config.yaml', line: 1, column: 1, rule: 'late-record', severity: 'warning' });
    expect(findings[0]!.message).toMatch(/^git history is incomplete: this is a shallow clone; fetch the full history with `git fetch --unshallow`.*The git rules \(late-record, record-deleted, name-in-path\) were skipped rather than guess$/);
  });

  it('a folder outside git: the warning goes on the first record when there is no config file', async () => {
    const root = tempFolder();
    for (const { file, text } of TEAM) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const findings = await lint(root, gitRules);
    expect(findings).toMatchObject([{ file: 'records/staff/ali-khan.md', line: 1, column: 1, severity: 'warning' }]);
    expect(findings[0]!.message).toContain('the folder is not in a git repository');
  });

  it('a repository with no commits yet', async () => {
    const repo = gitRepo();
    repo.write(...TEAM);
    const findings = await lint(repo.root, [recordDeleted]);
    expect(findings.map((finding) => [finding.rule, finding.message])).toEqual([
      ['record-deleted', 'git history is incomplete: the repository has no commits yet. The git rules (late-record, record-deleted, name-in-path) were skipped rather than guess'],
    ]);
  });
});
