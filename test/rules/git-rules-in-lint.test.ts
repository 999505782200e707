import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { session, TEAM } from '../helpers/records.js';

afterAll(removeTempFolders);

const GIT_RULES = ['late-record', 'record-deleted', 'name-in-path'];

/** The git rules' findings of `supv lint --format json`, as `rule: message`. */
async function gitFindings(root: string, extra: string[] = []): Promise<string[]> {
  const result = await runInProcess(['lint', '--format', 'json', '--as-of', '2026-04-30', ...extra], root);
  const files = JSON.parse(result.stdout) as Array<{ findings: Array<{ rule: string; message: string }> }>;
  return files.flatMap((file) => file.findings).filter((finding) => GIT_RULES.includes(finding.rule)).map((finding) => `${finding.rule}: ${finding.message}`);
}

describe('supv lint reads git history for the git rules', () => {
  it('reports a late record through the CLI', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, session('2026-03-03'));
    repo.commit('Late session record', '2026-03-30T09:00:00+00:00');
    expect(await gitFindings(repo.root)).toEqual(['late-record: first committed on 2026-03-30, 27 days after the session on 2026-03-03; records should be written within 7 days']);
  });

  it('with no commits yet, one warning; with every git rule off, history is not read and nothing is said about it', async () => {
    const repo = gitRepo();
    repo.write(...TEAM, session('2026-03-03'));
    expect(await gitFindings(repo.root)).toEqual(['late-record: git history is incomplete: the repository has no commits yet. The git rules (late-record, record-deleted, name-in-path) were skipped rather than guess']);
    expect(await gitFindings(repo.root, GIT_RULES.flatMap((id) => ['--rule', `${id}=off`]))).toEqual([]);
  });
});
