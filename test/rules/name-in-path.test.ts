import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import { loadGitHistory } from '../../src/git/history.js';
import { nameInPath } from '../../src/check/rules/name-in-path.js';
import { loadRecords } from '../../src/load/load.js';
import { gitRepo, removeTempFolders, shallowClone, type TestRepo } from '../helpers/git-repo.js';
import { decision, lineOf, session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

const DAY = '2026-03-04T09:00:00+00:00';
/** The decision record for the child's file: the child is (fictional) Amy Pond. */
const amy = decision('dec-2026-02-03-fam-0042', { child: { name: 'Amy Pond', dob: '2016-04-01' } });

async function lint(root: string) {
  const results = await checkRecords(loadRecords(root), [nameInPath], { config: structuredClone(DEFAULT_CONFIG), asOf: '2026-04-30', git: await loadGitHistory(root) });
  return results.flatMap((result) => result.findings);
}

function repoWith(paths: string[], message = 'Records'): TestRepo {
  const repo = gitRepo();
  repo.write(...TEAM, amy, ...paths.map((file) => ({ file, text: 'x\n' })));
  repo.commit(message, DAY);
  return repo;
}

describe('name-in-path', () => {
  const clean: Array<[string, string[], string]> = [
    ['files named by id and case reference, and a neutral message', ['records/sessions/2026/2026-02-03-jo-bloggs.md'], 'Session and decision for FAM-0042'],
    ['a longer word is not the name (whole words only)', ['notes/amy-ponder.txt'], 'Amy Ponders notes'],
  ];
  it.each(clean)('%s', async (_name, paths, message) => {
    expect(await lint(repoWith(paths, message).root)).toEqual([]);
  });

  const leaks: Array<[string, string[], string[]]> = [
    ['the name in a record path, with hyphens', ['records/sessions/2026/amy-pond.md'], ['records/sessions/2026/amy-pond.md']],
    ['with underscores and capitals', ['records/AMY_POND/notes.md'], ['records/AMY_POND/notes.md']],
    ['with a space', ['records/Amy Pond.md'], ['records/Amy Pond.md']],
  ];
  it.each(leaks)('%s', async (_name, paths, where) => {
    const findings = await lint(repoWith(paths).root);
    expect(findings.map((finding) => finding.message)).toEqual(where.map((file) => `the child's name in \`child.name\` appears in the file path ${file}; name files by id or case reference, not by the child's name`));
    expect(findings[0]).toMatchObject({ file: amy.file, line: lineOf(amy.text, 'name:'), severity: 'error' });
  });

  it('a path from history counts, even after the file was renamed', async () => {
    const repo = repoWith(['records/sessions/amy-pond.md']);
    repo.git(['mv', 'records/sessions/amy-pond.md', 'records/sessions/fam-0042.md']);
    repo.commit('Rename', DAY);
    expect((await lint(repo.root)).map((finding) => finding.message)).toEqual([
      "the child's name in `child.name` appears in the file path records/sessions/amy-pond.md; name files by id or case reference, not by the child's name",
    ]);
  });

  it('a commit message naming the child is reported by hash and date, without repeating the message', async () => {
    const repo = repoWith([]);
    const hash = repo.commit('Strategy discussion for amy pond after school concern\n\nMore details here.', '2026-03-05T09:00:00+00:00').slice(0, 12);
    const findings = await lint(repo.root);
    expect(findings.map((finding) => finding.message)).toEqual([
      `the child's name in \`child.name\` appears in the message of commit ${hash} (2026-03-05); commit messages are read by everyone with access to the repository: ask whoever administers it to rewrite that message`,
    ]);
    expect(findings[0]!.message).not.toContain('school concern');
  });

  it('in a shallow clone, current paths are still checked; history is not guessed at', async () => {
    const repo = repoWith(['records/amy-pond.md']);
    repo.commit('About Amy Pond', DAY);
    const findings = await lint(shallowClone(repo));
    expect(findings.map((finding) => [finding.severity, finding.message.slice(0, 60)])).toEqual([
      ['warning', 'git history is incomplete: this is a shallow clone; fetch th'],
      ['error', "the child's name in `child.name` appears in the file path re"],
    ]);
  });

  it('a session file is no exception', async () => {
    const repo = gitRepo();
    const named = session('2026-02-03', { id: 'amy-pond-2026-02-03' });
    repo.write(...TEAM, amy, named);
    repo.commit('Records', DAY);
    expect((await lint(repo.root)).map((finding) => finding.message)).toEqual([
      `the child's name in \`child.name\` appears in the file path ${named.file}; name files by id or case reference, not by the child's name`,
    ]);
  });
});
