import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import { loadGitHistory } from '../../src/git/history.js';
import { recordDeleted } from '../../src/check/rules/record-deleted.js';
import { loadRecords } from '../../src/load/load.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

async function lint(root: string) {
  const results = await checkRecords(loadRecords(root), [recordDeleted], { config: structuredClone(DEFAULT_CONFIG), asOf: '2026-04-30', git: await loadGitHistory(root) });
  return results.flatMap((result) => result.findings);
}

/** Jo's March session, committed, then deleted by Ali Khan on 2 April. */
function repoWithDeletion() {
  const repo = gitRepo();
  const march = session('2026-03-03');
  repo.write(...TEAM, march);
  repo.commit('Session record', '2026-03-04T09:00:00+00:00');
  repo.git(['rm', '-q', march.file]);
  repo.git(['-c', 'user.name=Ali Khan', 'commit', '-q', '-m', 'Tidy up'], '2026-04-02T15:00:00+01:00');
  const hash = repo.git(['rev-parse', 'HEAD']).trim();
  return { repo, march, hash };
}

describe('record-deleted', () => {
  it('a record deleted in history is an error on its old path, naming the commit, date and author, with the command to restore it', async () => {
    const { repo, march, hash } = repoWithDeletion();
    const short = hash.slice(0, 12);
    const findings = await lint(repo.root);
    expect(findings).toMatchObject([
      {
        file: march.file,
        line: 1,
        column: 1,
        rule: 'record-deleted',
        severity: 'error',
        message: `this record was deleted in commit ${short} on 2026-04-02 by Ali Khan; records must not be destroyed while retention applies. Restore it with \`git checkout ${short}^ -- ${march.file}\``,
      },
    ]);
    // The command in the message does bring it back.
    repo.git(['checkout', `${short}^`, '--', march.file]);
    expect(existsSync(path.join(repo.root, march.file))).toBe(true);
    expect(await lint(repo.root)).toEqual([]);
  });

  it('a record deleted and later restored is kept', async () => {
    const { repo, march } = repoWithDeletion();
    repo.write(march);
    repo.commit('Restore the March session', '2026-04-03T09:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });

  it('a record moved to another folder is not destroyed', async () => {
    const repo = gitRepo();
    const march = session('2026-03-03');
    repo.write(...TEAM, march);
    repo.commit('Session record', '2026-03-04T09:00:00+00:00');
    mkdirSync(path.join(repo.root, 'records/sessions/archive'));
    repo.git(['mv', march.file, 'records/sessions/archive/2026-03-03-jo-bloggs.md']);
    repo.commit('Archive', '2026-04-02T09:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });

  it('files outside records/ are not records', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, { file: 'notes/todo.md', text: 'x\n' });
    repo.commit('Notes', '2026-03-04T09:00:00+00:00');
    repo.git(['rm', '-q', 'notes/todo.md']);
    repo.commit('Drop notes', '2026-03-05T09:00:00+00:00');
    expect(await lint(repo.root)).toEqual([]);
  });

  it('a deleted file named like an option (--output.md) is reported, and restoring it is safe', async () => {
    const repo = gitRepo();
    const file = 'records/sessions/--output.md';
    repo.write(...TEAM, { file, text: session('2026-03-03').text });
    repo.commit('Odd name', '2026-03-04T09:00:00+00:00');
    repo.git(['rm', '-q', '--', file]);
    const hash = repo.commit('Remove it', '2026-03-05T09:00:00+00:00').slice(0, 12);
    const findings = await lint(repo.root);
    expect(findings.map((finding) => [finding.file, finding.message])).toEqual([
      [file, `this record was deleted in commit ${hash} on 2026-03-05 by Sam Lee; records must not be destroyed while retention applies. Restore it with \`git checkout ${hash}^ -- ${file}\``],
    ]);
    // Reading history never wrote a file called "output" anywhere.
    expect(existsSync(path.join(repo.root, 'output'))).toBe(false);
    expect(existsSync(path.join(repo.root, 'records/sessions/output'))).toBe(false);
  });
});
