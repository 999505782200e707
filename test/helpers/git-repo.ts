/**
 * Real git repositories in temporary folders for the git rules' tests:
 * commits are backdated with GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, and each
 * repository has its own user so the machine's git config does not matter.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RecordFile } from './records.js';

export interface TestRepo {
  root: string;
  /** Run git in the repository (dated commits: pass `date`). */
  git(args: string[], date?: string): string;
  write(...texts: RecordFile[]): void;
  /** Stage everything and commit as Sam Lee on `date` (RFC 3339). */
  commit(message: string, date: string): string;
}

const folders: string[] = [];

/** An empty folder under the system temp folder, removed by `removeTempFolders`. */
export function tempFolder(prefix = 'supv-git-'): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function runGit(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `git init` in a new temp folder, user Sam Lee. */
export function gitRepo(root = tempFolder()): TestRepo {
  runGit(root, ['init', '-q', '-b', 'main']);
  runGit(root, ['config', 'user.name', 'Sam Lee']);
  runGit(root, ['config', 'user.email', 'sam.lee@example.org']);
  runGit(root, ['config', 'commit.gpgsign', 'false']);
  return {
    root,
    git: (args, date) => runGit(root, args, date),
    write(...texts) {
      for (const { file, text } of texts) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      }
    },
    commit(message, date) {
      runGit(root, ['add', '-A']);
      runGit(root, ['commit', '-q', '--allow-empty', '-m', message], date);
      return runGit(root, ['rev-parse', 'HEAD']).trim();
    },
  };
}

/** A shallow clone (`--depth 1`) of the repository, as CI checks out by default. */
export function shallowClone(repo: TestRepo): string {
  const target = path.join(tempFolder(), 'clone');
  runGit(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo.root}`, target]);
  return target;
}
