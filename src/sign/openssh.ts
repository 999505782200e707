/**
 * Ed25519 keys in the forms people already have: SPKI PEM (what `supv keygen`
 * writes), OpenSSH public lines (`ssh-ed25519 AAAA... comment`) and
 * unencrypted OpenSSH private keys (`-----BEGIN OPENSSH PRIVATE KEY-----`,
 * the openssh-key-v1 format, read by hand: node:crypto has no reader for it).
 * Also the OpenSSH fingerprint (`SHA256:...`, as `ssh-keygen -l` prints it).
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { KeyError } from './key-error.js';

const ED25519 = 'ssh-ed25519';
const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** The raw 32 bytes of an ed25519 public key (a private key stands for its public half). */
export function rawPublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new KeyError('this is not an ed25519 key; supv signatures use ed25519 keys');
  return Buffer.from(jwk.x, 'base64url');
}

/** The SSH wire form of an ed25519 public key: string "ssh-ed25519", string key. */
function sshBlob(raw: Buffer): Buffer {
  return Buffer.concat([sshString(Buffer.from(ED25519)), sshString(raw)]);
}

function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** The OpenSSH fingerprint of an ed25519 key, `SHA256:` and unpadded base64, exactly as `ssh-keygen -l` prints it. */
export function fingerprint(key: KeyObject): string {
  return `SHA256:${createHash('sha256').update(sshBlob(rawPublicKey(key))).digest('base64').replace(/=+$/, '')}`;
}

/** The key as an OpenSSH public line (`ssh-ed25519 AAAA...`), with an optional comment. */
export function sshPublicLine(key: KeyObject, comment?: string): string {
  return `${ED25519} ${sshBlob(rawPublicKey(key)).toString('base64')}${comment ? ` ${comment}` : ''}`;
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** A bounds-checked reader of SSH wire data: every length is checked against what is left. */
class WireReader {
  private at = 0;
  constructor(private readonly bytes: Buffer, private readonly what: string) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  uint32(): number {
    if (this.left < 4) throw new KeyError(`${this.what} is cut short`);
    const value = this.bytes.readUInt32BE(this.at);
    this.at += 4;
    return value;
  }
  string(): Buffer {
    const length = this.uint32();
    if (length > this.left) throw new KeyError(`${this.what} is cut short or damaged (a field claims ${length} bytes, ${this.left} are left)`);
    const value = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return value;
  }
  rest(): Buffer {
    return this.bytes.subarray(this.at);
  }
}

/** An OpenSSH public line `ssh-ed25519 AAAA... [comment]`; anything else (another key type, a damaged blob) is refused. */
export function readSshPublicLine(line: string): KeyObject {
  const [type, data] = line.trim().split(/\s+/);
  if (type !== ED25519) throw new KeyError(`this is ${type ? `an ${type}` : 'not an OpenSSH'} key line; supv signatures use ed25519 keys (ssh-ed25519 ...)`);
  if (!data || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) throw new KeyError('the ssh-ed25519 line has no key data after the type');
  const blob = new WireReader(Buffer.from(data, 'base64'), 'the ssh-ed25519 key');
  const inner = blob.string().toString('latin1');
  if (inner !== ED25519) throw new KeyError(`the key data says it is ${inner || 'of no type'}, not ssh-ed25519`);
  const raw = blob.string();
  if (raw.length !== 32 || blob.left !== 0) throw new KeyError('the ssh-ed25519 key data is damaged (an ed25519 key is 32 bytes)');
  return publicKeyFromRaw(raw);
}

/** True when the text is an OpenSSH private key file. */
export function isOpenSshPrivateKey(text: string): boolean {
  return text.includes('-----BEGIN OPENSSH PRIVATE KEY-----');
}

/**
 * Read an unencrypted openssh-key-v1 private key holding one ed25519 key.
 * Refuses, with what to do, an encrypted key (passphrase), another key type,
 * several keys, or damaged data. Every length is checked before it is used.
 */
export function readOpenSshPrivateKey(text: string): KeyObject {
  const match = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text);
  if (!match) throw new KeyError('the OpenSSH private key has no END line; the file is cut short');
  const body = match[1]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new KeyError('the OpenSSH private key is damaged (it is not base64)');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new KeyError('this is not an openssh-key-v1 private key');
  const outer = new WireReader(bytes.subarray(MAGIC.length), 'the OpenSSH private key');
  const cipher = outer.string().toString('latin1');
  const kdf = outer.string().toString('latin1');
  outer.string(); // kdf options
  if (cipher !== 'none' || kdf !== 'none') {
    throw new KeyError('this OpenSSH key is protected by a passphrase; supv reads only unencrypted keys. Make an unprotected copy with `cp KEY /tmp/k && ssh-keygen -p -N "" -f /tmp/k` and sign with that, or use `supv keygen`');
  }
  const count = outer.uint32();
  if (count !== 1) throw new KeyError(`the OpenSSH key file holds ${count} keys; supv reads a file with exactly one`);
  const publicBlob = new WireReader(outer.string(), 'the OpenSSH public key');
  const publicType = publicBlob.string().toString('latin1');
  if (publicType !== ED25519) throw new KeyError(`this is an ${publicType || 'unknown'} key; supv signatures use ed25519 keys (make one with \`ssh-keygen -t ed25519\` or \`supv keygen\`)`);
  const section = new WireReader(outer.string(), 'the OpenSSH private key');
  if (section.uint32() !== section.uint32()) throw new KeyError('the OpenSSH private key is damaged (its check numbers differ)');
  const type = section.string().toString('latin1');
  if (type !== ED25519) throw new KeyError(`this is an ${type || 'unknown'} key; supv signatures use ed25519 keys`);
  const publicRaw = section.string();
  const secret = section.string();
  section.string(); // comment
  if (publicRaw.length !== 32 || secret.length !== 64) throw new KeyError('the OpenSSH ed25519 key is damaged (wrong key lengths)');
  if (!secret.subarray(32).equals(publicRaw)) throw new KeyError('the OpenSSH ed25519 key is damaged (its halves do not belong together)');
  const padding = section.rest();
  if (padding.length >= 256 || padding.some((byte, i) => byte !== i + 1)) throw new KeyError('the OpenSSH private key is damaged (bad padding)');
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: secret.subarray(0, 32).toString('base64url'), x: publicRaw.toString('base64url') }, format: 'jwk' });
  // The stored public half must be the one the secret makes.
  if (!rawPublicKey(key).equals(publicRaw)) throw new KeyError('the OpenSSH ed25519 key is damaged (its public half does not match its secret)');
  return key;
}
