import { spawn } from 'node:child_process';
import type { SimpleGit } from 'simple-git';
import { GIT_IDENTITY_ENVIRONMENT, SAFE_GIT_CONFIG, safeGit, safeGitEnvironment } from '../util/git.js';
import { firstLine } from '../util/text.js';

/**
 * git for `supv audit` and `supv init`, run the one safe way (src/util/git.ts):
 * a records repository may come from anywhere, so nothing its own
 * `.git/config` names is run. The author identity may come from the
 * environment, since `supv init` commits.
 *
 * Callers put paths only after `--`, and nothing read from a record becomes
 * an option.
 */

/** A git runner for one folder. */
export interface GitRunner {
  /** Run git with these arguments; resolves with stdout, rejects with git's message. */
  run(args: string[]): Promise<string>;
  /** True inside a git working tree. */
  isRepository(): Promise<boolean>;
  /** True when HEAD names a commit. */
  hasCommits(): Promise<boolean>;
  /** True in a shallow clone (history cut off). */
  isShallow(): Promise<boolean>;
}

export function gitIn(root: string): GitRunner {
  const git: SimpleGit = safeGit(root, { keepEnv: GIT_IDENTITY_ENVIRONMENT });
  const succeeds = async (args: string[], expect?: string): Promise<boolean> => {
    try {
      const out = (await git.raw(args)).trim();
      return expect === undefined ? out !== '' : out === expect;
    } catch {
      return false;
    }
  };
  return {
    run: (args) => git.raw(args),
    isRepository: () => succeeds(['rev-parse', '--is-inside-work-tree'], 'true'),
    hasCommits: () => succeeds(['rev-parse', '--quiet', '--verify', 'HEAD^{commit}']),
    isShallow: () => succeeds(['rev-parse', '--is-shallow-repository'], 'true'),
  };
}

/**
 * Read many blobs in one `git cat-file --batch`, handing each to `onBlob` as
 * it arrives so a whole repository's history is never held in memory at
 * once. simple-git cannot write to git's standard input, so this spawns git
 * itself, with the same `-c` settings and reduced environment as safeGit.
 * A blob git does not have (a partial clone) is passed as `undefined`.
 */
export function readBlobs(root: string, blobs: readonly string[], onBlob: (blob: string, content: Buffer | undefined) => void): Promise<void> {
  if (blobs.length === 0) return Promise.resolve();
  const args = [...SAFE_GIT_CONFIG.flatMap((setting) => ['-c', setting]), 'cat-file', '--batch'];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, env: safeGitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    let pending: Buffer = Buffer.alloc(0);
    let stderr = '';
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(error);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // Each answer is `<blob> blob <size>\n<content>\n`, or `<blob> missing\n`.
      for (;;) {
        const newline = pending.indexOf(10);
        if (newline < 0) return;
        const header = pending.subarray(0, newline).toString('utf8').split(' ');
        if (header[1] === 'missing' || header[1] === 'ambiguous') {
          onBlob(header[0]!, undefined);
          pending = pending.subarray(newline + 1);
          continue;
        }
        const size = Number(header[2]);
        if (header.length !== 3 || !Number.isSafeInteger(size)) return fail(new Error(`git cat-file answered "${header.join(' ')}"`));
        if (pending.length < newline + 1 + size + 1) return;
        onBlob(header[0]!, pending.subarray(newline + 1, newline + 1 + size));
        pending = pending.subarray(newline + 1 + size + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.stdin.on('error', fail);
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) fail(new Error(`git cat-file failed: ${firstLine(stderr) || `exit ${code}`}`));
      else resolve();
    });
    child.stdin.end(`${blobs.join('\n')}\n`);
  });
}
