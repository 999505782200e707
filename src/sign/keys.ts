import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { KeyError } from './key-error.js';
import { isOpenSshPrivateKey, readOpenSshPrivateKey, readSshPublicLine } from './openssh.js';

/** What a personal signature covers (SPEC §5). */
export interface SignedFields {
  role: string;
  by: string;
  at: string;
  sha256: string;
}

/** A personal key pair as PEM text: PKCS#8 private, SPKI public (what `public_key` holds). */
export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

export { KeyError };

/**
 * The bytes an ed25519 `sig` is made over. The version prefix keeps a
 * signature from ever being read as one over some other supv message.
 */
export function signaturePayload({ role, by, at, sha256 }: SignedFields): Buffer {
  return Buffer.from(`supv-signature-v1\n${role}\n${by}\n${at}\n${sha256}`, 'utf8');
}

/** A fresh ed25519 key pair for `supv keygen`. */
export function generateKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Read a PKCS#8 PEM private key or an unencrypted OpenSSH private key, refusing anything that is not ed25519. */
export function readPrivateKey(pem: string): KeyObject {
  if (isOpenSshPrivateKey(pem)) return readOpenSshPrivateKey(pem);
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)) throw new KeyError('this private key is protected by a passphrase; supv reads only unencrypted keys (make one with `supv keygen --out FILE`)');
  if (/^\s*ssh-[a-z0-9-]+ /.test(pem)) throw new KeyError('this is a public key line, not a private key; give --key the private key file (for OpenSSH keys, the file without .pub)');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new KeyError('this is not a private key in PEM form (make one with `supv keygen --out FILE`)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyError(`this is a ${key.asymmetricKeyType ?? 'unknown'} key; supv signatures use ed25519 keys`);
  return key;
}

/** Read a public key as SPKI PEM or as an OpenSSH line (`ssh-ed25519 AAAA...`), refusing anything that is not ed25519. */
export function readPublicKey(pem: string): KeyObject {
  if (/^\s*(ssh|ecdsa|sk)-[A-Za-z0-9@.-]+\s/.test(pem)) return readSshPublicLine(pem);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new KeyError('the public_key is not a public key in PEM form');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyError(`the public_key is a ${key.asymmetricKeyType ?? 'unknown'} key; supv signatures use ed25519 keys`);
  return key;
}

/** True when two keys (a private key stands for its public half) are the same key, however their PEM is wrapped. */
export function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject) => (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return der(a).equals(der(b));
}

/** The base64 ed25519 signature over a signature entry's fields. */
export function signFields(fields: SignedFields, privateKey: KeyObject): string {
  // ed25519 hashes internally; node:crypto takes `null` as the digest for it.
  return sign(null, signaturePayload(fields), privateKey).toString('base64');
}

/** True when `sig` (base64) is the signer's ed25519 signature over the fields. */
export function verifyFields(fields: SignedFields, sig: string, publicKey: KeyObject): boolean {
  const bytes = Buffer.from(sig, 'base64');
  // Buffer.from silently skips bad base64; an ed25519 signature is exactly 64 bytes.
  if (bytes.length !== 64) return false;
  return verify(null, signaturePayload(fields), publicKey, bytes);
}
