/** Real git repositories where people hold personal keys, for the key tests: commits by several authors on given days. */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../src/sign/openssh.js';
import { runInProcess, type CliResult } from '../helpers/cli.js';
import { gitRepo, tempFolder, type TestRepo } from '../helpers/git-repo.js';
import { session, staff, type RecordFile } from '../helpers/records.js';

export interface Key {
  privatePem: string;
  publicPem: string;
  fingerprint: string;
  /** The private key written to a file outside the repository. */
  file: string;
}

export function newKey(): Key {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const file = path.join(tempFolder('supv-key-'), 'signing.key');
  writeFileSync(file, privatePem, { mode: 0o600 });
  return { privatePem, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: fingerprint(publicKey), file };
}

export interface KeyRepo extends TestRepo {
  /** Stage everything and commit as `author` on `date` (RFC 3339). */
  commitAs(author: string, date: string, message: string): string;
  read(file: string): string;
  edit(file: string, change: (text: string) => string): void;
  supv(args: string[], now?: string): Promise<CliResult>;
}

export function keyRepo(): KeyRepo {
  const repo = gitRepo();
  const commitAs = (author: string, date: string, message: string) => {
    const email = `${author.toLowerCase().replace(/\s+/g, '.')}@example.org`;
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    execFileSync('git', ['add', '-A'], { cwd: repo.root, env });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: repo.root, env });
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.root, encoding: 'utf8' }).trim();
  };
  const read = (file: string) => readFileSync(path.join(repo.root, file), 'utf8');
  return {
    ...repo,
    commitAs,
    read,
    edit: (file, change) => writeFileSync(path.join(repo.root, file), change(read(file))),
    supv: (args, now = '2026-11-23T12:00:00Z') => runInProcess(args, repo.root, new Date(now)),
  };
}

/** A staff record whose `keys` list holds these keys. */
export function staffWithKeys(id: string, keys: Array<{ key: Key | string; from: string; until?: string }>, extra: Record<string, unknown> = {}): RecordFile {
  return staff({
    id,
    ...(id === 'sam-lee' ? { role: 'Team Manager', supervisors: [{ id: 'kim-park', from: '2020-01-06' }], supervision_training: '2023-05-10' } : {}),
    ...extra,
    keys: keys.map(({ key, from, until }) => ({ public_key: typeof key === 'string' ? key : key.publicPem, from, ...(until ? { until } : {}) })),
  });
}

export const SESSION = session('2026-02-03');
export const SESSION_FILE = SESSION.file;
