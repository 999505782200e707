/**
 * Git history kept in lint's cache under HEAD's commit
 * (src/cache/history-cache.ts): taken from the cache, it is the history git
 * gives, with what the working tree adds worked out anew; a damaged or
 * foreign file, or another commit, has git read again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, CACHE_FORMAT } from '../../src/cache/lint-cache.js';
import { HISTORY_FILE, historyCached } from '../../src/cache/history-cache.js';
import { gitState } from '../../src/git/state.js';
import { historyOutsideGit, loadGitHistory } from '../../src/git/history.js';
import type { GitHistory } from '../../src/git/types.js';
import { gitRepo, removeTempFolders, tempFolder, type TestRepo } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const KEPT = path.join(CACHE_DIR, 'lint', HISTORY_FILE);

/** Everything a history says but the function that reads blobs. */
function said(history: GitHistory): Omit<GitHistory, 'readBlobs'> {
  const { readBlobs: _readBlobs, ...rest } = history;
  return rest;
}

/** A repository with adds, edits, a delete, a rename and a record deleted and added again, over four commits. */
function repository(): TestRepo {
  const repo = gitRepo();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo.root, file)), { recursive: true });
    writeFileSync(path.join(repo.root, file), text);
  };
  write('supv.config.yaml', 'organisation: Test School\n');
  write('records/staff/ada.md', '---\nkind: staff\nid: ada\n---\n');
  write('records/sessions/one.md', '---\nkind: session\nid: one\n---\n');
  write('records/sessions/two.md', '---\nkind: session\nid: two\n---\n');
  repo.commit('first records', '2026-01-05T10:00:00+00:00');
  write('records/sessions/one.md', '---\nkind: session\nid: one\n---\nEdited.\n');
  unlinkSync(path.join(repo.root, 'records/sessions/two.md'));
  repo.commit('one edited, two deleted\n\nWith a body.', '2026-02-05T10:00:00+00:00');
  renameSync(path.join(repo.root, 'records/staff/ada.md'), path.join(repo.root, 'records/staff/ada-lovelace.md'));
  write('records/sessions/three.md', '---\nkind: session\nid: three\n---\n');
  repo.commit('ada renamed', '2026-03-05T10:00:00+00:00');
  write('records/sessions/two.md', '---\nkind: session\nid: two\n---\nBack.\n');
  unlinkSync(path.join(repo.root, 'records/sessions/three.md'));
  repo.commit('two back, three gone', '2026-04-05T10:00:00+00:00');
  return repo;
}

describe('git history kept in the cache under HEAD', () => {
  it('taken from the cache, it is what git gives; what the working tree says is read each time', async () => {
    const repo = repository();
    mkdirSync(path.join(repo.root, CACHE_DIR, 'lint'), { recursive: true });
    const fresh = await loadGitHistory(repo.root);
    // A rename is a delete and an add to the walk (record-deleted knows a moved record by its file name).
    expect(fresh.deleted.map((entry) => entry.file)).toEqual(['records/sessions/three.md', 'records/staff/ada.md']);
    // The first asks git and keeps the walk; the second reads it back.
    expect(said(await historyCached(repo.root, await gitState(repo.root)))).toEqual(said(fresh));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(path.join(repo.root, KEPT))).toBe(true);
    const kept = await historyCached(repo.root, await gitState(repo.root));
    expect(said(kept)).toEqual(said(fresh));
    // It is the cache that answers: a message changed there (the checksum-free cache is trusted, as documented) shows.
    const keptText = readFileSync(path.join(repo.root, KEPT), 'utf8');
    writeFileSync(path.join(repo.root, KEPT), keptText.replace('"first records"', '"first records, from the cache"'));
    expect((await historyCached(repo.root, await gitState(repo.root))).commits[0]!.message).toBe('first records, from the cache');
    writeFileSync(path.join(repo.root, KEPT), keptText);
    // Blobs are read from the repository as before.
    const blob = kept.versions!.get('records/sessions/one.md')!.at(-1)!.blob!;
    const read: string[] = [];
    await kept.readBlobs!([blob], (_blob, content) => read.push(String(content)));
    expect(read).toEqual(['---\nkind: session\nid: one\n---\nEdited.\n']);
    // A deleted record restored in the working tree, not committed: no longer reported, with the walk from the cache.
    writeFileSync(path.join(repo.root, 'records/sessions/three.md'), 'restored');
    expect((await historyCached(repo.root, await gitState(repo.root))).deleted.map((entry) => entry.file)).toEqual(['records/staff/ada.md']);
    expect(said(await historyCached(repo.root, await gitState(repo.root)))).toEqual(said(await loadGitHistory(repo.root)));
  });

  it('another commit, or a damaged or foreign file, has git read again', async () => {
    const repo = repository();
    mkdirSync(path.join(repo.root, CACHE_DIR, 'lint'), { recursive: true });
    await historyCached(repo.root, await gitState(repo.root));
    await new Promise((resolve) => setTimeout(resolve, 200));
    writeFileSync(path.join(repo.root, 'records/sessions/four.md'), '---\nkind: session\nid: four\n---\n');
    repo.commit('four', '2026-05-05T10:00:00+00:00');
    const after = await historyCached(repo.root, await gitState(repo.root));
    expect(after.commits.map((commit) => commit.message)).toContain('four');
    expect(said(after)).toEqual(said(await loadGitHistory(repo.root)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const text = readFileSync(path.join(repo.root, KEPT), 'utf8');
    for (const damaged of [text.slice(0, text.length / 2), text.replace('"four"', '"five"').replace(/"key":"[^"]*"/, '"key":"another"'), JSON.stringify({ format: CACHE_FORMAT, key: JSON.parse(text).key, commits: [['x']], added: [], versions: [], lastDeleted: [] })]) {
      writeFileSync(path.join(repo.root, KEPT), damaged);
      expect(said(await historyCached(repo.root, await gitState(repo.root)))).toEqual(said(await loadGitHistory(repo.root)));
    }
  });

  it('no cache folder: none is made; no history: nothing is kept', async () => {
    const repo = repository();
    await historyCached(repo.root, await gitState(repo.root));
    expect(existsSync(path.join(repo.root, CACHE_DIR))).toBe(false);
    const outside = gitRepo().root;
    unlinkSync(path.join(outside, '.git', 'HEAD'));
    const none = await historyCached(outside, await gitState(outside));
    expect(none.complete).toBe(false);
  });

  it('outside any repository: the history git would give, without asking git a second time', async () => {
    const outside = tempFolder('supv-no-git-');
    for (const config of [false, true]) {
      if (config) writeFileSync(path.join(outside, 'supv.config.yaml'), 'organisation: Test School\n');
      const state = await gitState(outside);
      expect(state).toMatch(/^no history: /);
      const known = historyOutsideGit(outside, state);
      expect(known && said(known)).toEqual(said(await loadGitHistory(outside)));
      expect(said(await historyCached(outside, state))).toEqual(said(known!));
    }
    // Any other state is git's to explain: a repository with history, or without a commit yet.
    const repo = repository();
    expect(historyOutsideGit(repo.root, await gitState(repo.root))).toBeUndefined();
    const empty = gitRepo().root;
    expect(historyOutsideGit(empty, await gitState(empty))).toBeUndefined();
  });
});
