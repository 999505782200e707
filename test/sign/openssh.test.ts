import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPrivateKey, readPublicKey, signFields, verifyFields, KeyError } from '../../src/sign/keys.js';
import { fingerprint, readOpenSshPrivateKey, readSshPublicLine, sshPublicLine } from '../../src/sign/openssh.js';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const hasSshKeygen = (() => {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { status?: number }).status !== undefined && (error as { code?: string }).code !== 'ENOENT';
  }
})();

/** A fixed key (RFC 8032 test 1 secret), and its OpenSSH fingerprint as `ssh-keygen -l` printed it. */
const SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const PUBLIC = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');

function fixedKey() {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: SEED.toString('base64url'), x: PUBLIC.toString('base64url') }, format: 'jwk' });
}

function sshKeygen(dir: string, name: string, extra: string[] = []): string {
  const file = path.join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'jo@example.org', '-f', file, ...extra], { stdio: 'ignore' });
  return file;
}

const fields = { role: 'supervisor', by: 'sam-lee', at: '2026-03-01T10:00:00+00:00', sha256: 'a'.repeat(64) };

describe('OpenSSH keys', () => {
  it('the fingerprint of a fixed key is the known vector', () => {
    const key = createPublicKey(fixedKey());
    const line = sshPublicLine(key, 'test');
    expect(line).toBe('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea test');
    // As `ssh-keygen -l` printed it for this line.
    expect(fingerprint(key)).toBe('SHA256:bbXpuKG6zhzdmnxq256TlqzFBzRl2f6OOg722cYNbU8');
    expect(fingerprint(readSshPublicLine(line))).toBe(fingerprint(key));
  });

  it.runIf(hasSshKeygen)('reads keys ssh-keygen made, and its fingerprint is what `ssh-keygen -l` prints', () => {
    const dir = tempFolder('supv-ssh-');
    const file = sshKeygen(dir, 'id_ed25519');
    const printed = execFileSync('ssh-keygen', ['-l', '-f', `${file}.pub`], { encoding: 'utf8' }).split(' ')[1];
    const publicKey = readPublicKey(readFileSync(`${file}.pub`, 'utf8'));
    expect(fingerprint(publicKey)).toBe(printed);
    const privateKey = readPrivateKey(readFileSync(file, 'utf8'));
    expect(fingerprint(privateKey)).toBe(printed);
    expect(verifyFields(fields, signFields(fields, privateKey), publicKey)).toBe(true);
    // And the other way: a supv PEM key written out as an OpenSSH line is a line ssh-keygen reads.
    writeFileSync(path.join(dir, 'fixed.pub'), `${sshPublicLine(createPublicKey(fixedKey()), 'fixed')}\n`);
    expect(execFileSync('ssh-keygen', ['-l', '-f', path.join(dir, 'fixed.pub')], { encoding: 'utf8' }).split(' ')[1]).toBe(fingerprint(createPublicKey(fixedKey())));
  });

  it.runIf(hasSshKeygen)('refuses an encrypted OpenSSH key and other key types, saying what to do', () => {
    const dir = tempFolder('supv-ssh-');
    const locked = path.join(dir, 'locked');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret words', '-f', locked], { stdio: 'ignore' });
    expect(() => readPrivateKey(readFileSync(locked, 'utf8'))).toThrow(/passphrase/);
    const rsa = path.join(dir, 'rsa');
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsa], { stdio: 'ignore' });
    expect(() => readPrivateKey(readFileSync(rsa, 'utf8'))).toThrow(/ssh-rsa key; supv signatures use ed25519/);
    expect(() => readPublicKey(readFileSync(`${rsa}.pub`, 'utf8'))).toThrow(/ssh-rsa/);
  });

  it('refuses damaged OpenSSH private keys with a clear message, never a crash', () => {
    const good = Buffer.concat([
      Buffer.from('openssh-key-v1\0', 'latin1'),
      str('none'), str('none'), str(''), u32(1), str(Buffer.concat([str('ssh-ed25519'), str(PUBLIC)])),
      str(Buffer.concat([u32(7), u32(7), str('ssh-ed25519'), str(PUBLIC), str(Buffer.concat([SEED, PUBLIC])), str('c'), Buffer.from([1, 2, 3])])),
    ]);
    const pem = (bytes: Buffer) => `-----BEGIN OPENSSH PRIVATE KEY-----\n${bytes.toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(fingerprint(readOpenSshPrivateKey(pem(good)))).toBe(fingerprint(createPublicKey(fixedKey())));
    // Every truncation, and a length field claiming more than there is, is a KeyError.
    for (let cut = 0; cut < good.length; cut += 7) expect(() => readOpenSshPrivateKey(pem(good.subarray(0, cut)))).toThrow(KeyError);
    const lying = Buffer.from(good);
    lying.writeUInt32BE(0xffffffff, 15);
    expect(() => readOpenSshPrivateKey(pem(lying))).toThrow(/cut short or damaged/);
    expect(() => readOpenSshPrivateKey('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA')).toThrow(/no END line/);
  });
});

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function str(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([u32(bytes.length), bytes]);
}
