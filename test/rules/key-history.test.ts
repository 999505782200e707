/** Rule key-history, from real git histories with several commits and authors. */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { removeTempFolders } from '../helpers/git-repo.js';
import { TEAM, staff } from '../helpers/records.js';
import { SESSION, SESSION_FILE, keyRepo, newKey, staffWithKeys, type Key, type KeyRepo } from '../sign/keys-helpers.js';

afterAll(removeTempFolders);

let repo: KeyRepo;
let first: Key;
let second: Key;
const SAM = 'records/staff/sam-lee.md';

/** `line severity: message` of key-history's findings on Sam's record. */
async function findings(): Promise<string[]> {
  const result = await repo.supv(['lint', '--format', 'json', '--as-of', '2026-11-23']);
  const files = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string; line: number; severity: string }> }>;
  return files.flatMap((file) => file.findings.filter((finding) => finding.rule === 'key-history').map((finding) => `${file.file}:${finding.line} ${finding.severity}: ${finding.message}`));
}

const lineOf = (needle: string) => repo.read(SAM).split('\n').findIndex((line) => line.includes(needle)) + 1;

beforeEach(() => {
  repo = keyRepo();
  first = newKey();
  second = newKey();
  repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-05' }]), ...TEAM.slice(1));
  repo.commitAs('Kim Park', '2026-01-05T09:00:00+00:00', 'Staff');
});

describe('key-history', () => {
  it('is silent for a first key committed on its `from` day, and for `until` added later', async () => {
    expect(await findings()).toEqual([]);
    repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-05', until: '2026-06-30' }]));
    repo.commitAs('Sam Lee', '2026-07-01T09:00:00+00:00', 'Close the old key');
    expect(await findings()).toEqual([]);
  });

  it('reports an edited `from`, naming the commit, its author and date; putting it back mends it', async () => {
    repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-01' }]));
    const commit = repo.commitAs('Ali Khan', '2026-02-10T09:00:00+00:00', 'Adjust');
    expect(await findings()).toEqual([
      `${SAM}:${lineOf('- public_key')} error: the key ${first.fingerprint} was changed (from 2026-01-05 to 2026-01-01); only \`until\` may be added in commit ${commit.slice(0, 12)} by Ali Khan on 2026-02-10; put it back as it was committed (only \`until\` may be added)`,
    ]);
    repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-05' }]));
    repo.commitAs('Kim Park', '2026-02-11T09:00:00+00:00', 'Put back');
    expect(await findings()).toEqual([]);
  });

  it('reports a removed key, and a backdated new key, and warns about a key added after the first', async () => {
    repo.write(staffWithKeys('sam-lee', [{ key: second, from: '2026-03-01' }]));
    const commit = repo.commitAs('Pat Morgan', '2026-03-04T09:00:00+00:00', 'New key');
    const hash = commit.slice(0, 12);
    expect(await findings()).toEqual([
      `${SAM}:${lineOf('keys:')} error: the key ${first.fingerprint} (keys entry 1 then) was removed in commit ${hash} by Pat Morgan on 2026-03-04; keys are append-only: put the entry back exactly as it was, and give it an \`until:\` date if it is no longer used`,
      `${SAM}:${lineOf('- public_key')} error: the key ${second.fingerprint} says \`from: 2026-03-01\`, before the day it was committed, 2026-03-04 in commit ${hash} by Pat Morgan on 2026-03-04; a key counts only from the day it is committed, so it does not count for signatures before 2026-03-04`,
      `${SAM}:${lineOf('- public_key')} warning: the key ${second.fingerprint} was added in commit ${hash} by Pat Morgan on 2026-03-04, after Sam Lee's first key; confirm with Sam Lee in person that this key is theirs (compare the fingerprint), since anyone who can commit could add a key in their name`,
    ].sort());
  });

  it('checks the working copy too, before anything is committed', async () => {
    repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-05' }, { key: second, from: '2026-11-20' }]));
    expect(await findings()).toEqual([
      `${SAM}:${lineOf('from: 2026-11-20') - 4} error: the key ${second.fingerprint} says \`from: 2026-11-20\`, before the day it was added (today; it is not committed yet), 2026-11-23 in the working copy (not committed yet); a key counts only from the day it is committed, so it does not count for signatures before 2026-11-23`,
      `${SAM}:${lineOf('from: 2026-11-20') - 4} warning: the key ${second.fingerprint} was added in the working copy (not committed yet), after Sam Lee's first key; confirm with Sam Lee in person that this key is theirs (compare the fingerprint), since anyone who can commit could add a key in their name`,
    ].sort());
  });

  it('reports a key listed twice, and a key that is not ed25519, at its line', async () => {
    const rsa = execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const rsaPublic = execFileSync('openssl', ['pkey', '-pubout'], { input: rsa, encoding: 'utf8' });
    repo.write(staffWithKeys('sam-lee', [{ key: first, from: '2026-01-05' }, { key: first, from: '2026-11-23' }, { key: rsaPublic, from: '2026-11-23' }]));
    const text = repo.read(SAM).split('\n');
    const entries = text.flatMap((line, index) => (line.includes('- public_key') ? [index + 1] : []));
    const all = await findings();
    expect(all).toContain(`${SAM}:${entries[1]!} error: this key cannot be used: this key (${first.fingerprint}) is already listed at keys entry 1; list each key once`);
    expect(all).toContain(`${SAM}:${entries[2]!} error: this key cannot be used: this key is a rsa key; supv signatures use ed25519 keys`);
  });

  it('reads the single public_key as one key from the day of the commit that added it', async () => {
    repo = keyRepo();
    repo.write(staff({ id: 'sam-lee', role: 'Team Manager', supervisors: [{ id: 'kim-park', from: '2020-01-06' }], supervision_training: '2023-05-10', public_key: first.publicPem }), ...TEAM.slice(1), SESSION);
    repo.commitAs('Kim Park', '2026-02-05T09:00:00+00:00', 'Staff and a session');
    // Signed with the key before the day it was committed: the key did not count yet.
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', first.file, '--at', '2026-02-04T10:00:00+00:00'])).exitCode).toBe(0);
    repo.commitAs('Sam Lee', '2026-02-06T09:00:00+00:00', 'Signed');
    const early = await repo.supv(['verify', SESSION_FILE]);
    expect(early.stdout).toContain('the personal signature cannot be checked: Sam Lee held no usable key on 2026-02-04');
    expect(early.exitCode).toBe(1);
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', first.file, '--at', '2026-02-06T10:00:00+00:00'])).exitCode).toBe(0);
    repo.commitAs('Sam Lee', '2026-02-06T10:05:00+00:00', 'Signed again');
    expect((await repo.supv(['verify', SESSION_FILE])).stdout).toContain(`sam-lee (supervisor, personal key ${first.fingerprint}; first signed 2026-02-04T10:00:00+00:00, signed again)`);
    expect(await findings()).toEqual([]);
  });
});
