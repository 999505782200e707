/** Signing again shows as a chain in `supv audit`; an OpenSSH key people already have signs through the CLI. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { TEAM } from '../helpers/records.js';
import { SESSION, SESSION_FILE, keyRepo, staffWithKeys } from './keys-helpers.js';

afterAll(removeTempFolders);

describe('supv audit shows the chain of signatures', () => {
  it('signed, then signed again after an amendment; never "signature removed" by someone who signed again', async () => {
    const repo = keyRepo();
    repo.write(...TEAM, SESSION);
    repo.commitAs('Sam Lee', '2026-02-03T17:00:00+00:00', 'Session');
    await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--at', '2026-02-04T10:00:00+00:00']);
    repo.commitAs('Jo Bloggs', '2026-02-04T10:05:00+00:00', 'Signed');
    repo.edit(SESSION_FILE, (text) => text.replace('Notes.', 'Notes. Amended after review.'));
    repo.commitAs('Sam Lee', '2026-02-05T09:00:00+00:00', 'Amendment');
    await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--at', '2026-02-05T10:00:00+00:00']);
    repo.commitAs('Jo Bloggs', '2026-02-05T10:05:00+00:00', 'Signed again');
    // The first release's `sign` replaced the latest entry instead of keeping it: read as signing again too.
    repo.edit(SESSION_FILE, (text) => text.replace('Amended after review.', 'Amended after review twice.'));
    repo.commitAs('Sam Lee', '2026-02-06T09:00:00+00:00', 'Second amendment');
    repo.edit(SESSION_FILE, (text) => text.replace(/  - role: supervisee\n    by: jo-bloggs\n    at: 2026-02-05T10:00:00\+00:00\n    sha256: \w+\n/, ''));
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--at', '2026-02-06T10:00:00+00:00'])).exitCode).toBe(0);
    repo.commitAs('Jo Bloggs', '2026-02-06T10:05:00+00:00', 'Signed, the old way');

    const audit = await repo.supv(['audit', SESSION_FILE]);
    expect(audit.exitCode).toBe(0);
    expect(audit.stdout).toContain('signed by jo-bloggs as supervisee at 2026-02-04T10:00:00+00:00');
    expect(audit.stdout).toContain('signed again by jo-bloggs as supervisee at 2026-02-05T10:00:00+00:00 (signed before at 2026-02-04T10:00:00+00:00, and the record was amended since)');
    expect(audit.stdout).toContain('signed again by jo-bloggs as supervisee at 2026-02-06T10:00:00+00:00 (signed before at 2026-02-05T10:00:00+00:00, and the record was amended since)');
    expect(audit.stdout).not.toContain('signature removed');
  });
});

const hasSshKeygen = (() => {
  try {
    execFileSync('ssh-keygen', ['-V'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

describe.runIf(hasSshKeygen)('an OpenSSH key signs through the CLI', () => {
  it('key: is the fingerprint ssh-keygen -l prints, the sig verifies; an encrypted key is exit 2', async () => {
    const folder = tempFolder('supv-ssh-');
    const keyFile = path.join(folder, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'jo@laptop', '-f', keyFile], { stdio: 'ignore' });
    const printed = execFileSync('ssh-keygen', ['-l', '-f', `${keyFile}.pub`], { encoding: 'utf8' }).split(' ')[1]!;
    const repo = keyRepo();
    repo.write(TEAM[0]!, staffWithKeys('jo-bloggs', [{ key: readFileSync(`${keyFile}.pub`, 'utf8').trim(), from: '2026-01-05' }]), TEAM[2]!, SESSION);
    repo.commitAs('Kim Park', '2026-01-05T09:00:00+00:00', 'Staff');
    const signed = await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', keyFile, '--at', '2026-02-04T10:00:00+00:00']);
    expect(signed.stdout).toContain(`with personal key ${printed}`);
    expect(repo.read(SESSION_FILE)).toContain(`    key: ${printed}\n    sig: `);
    expect((await repo.supv(['verify', SESSION_FILE])).stdout).toContain(`jo-bloggs (supervisee, personal key ${printed})`);

    const locked = path.join(folder, 'locked');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'correct horse', '-f', locked], { stdio: 'ignore' });
    const refused = await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', locked]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('is protected by a passphrase');
    writeFileSync(path.join(folder, 'rsa'), execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const wrongType = await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', path.join(folder, 'rsa')]);
    expect(wrongType.exitCode).toBe(2);
    expect(wrongType.stderr).toContain('supv signatures use ed25519 keys');
  });
});
