// Personal keys for a few of the FICTIONAL example staff, so the example
// records show signatures made with a personal key next to recorded ones.
// Each key is made deterministically from a fixed seed and the person's id:
// anyone can remake it, so it protects nothing and must never be used for
// real records. The private keys are only ever held in memory and, while
// sign-examples.mjs signs, in a temporary folder outside the repository;
// no private key file is written to records/ or to any records repository.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';

const SEED = 'supv example key (fictional; never use for real records): ';

/** Who holds a key, and the first day it counts (on or after the day their staff record is committed in the demo repositories). */
export const KEY_HOLDERS = {
  'imogen-thistlewood': '2025-12-01',
  'bronwen-castellane': '2025-12-01',
  'tobias-fennimore': '2026-01-05',
};

/** The person's example key: the private key as PKCS#8 PEM and the public key as an OpenSSH line. */
export function exampleKey(id) {
  const seed = createHash('sha256').update(SEED + id).digest();
  // PKCS#8 for an ed25519 private key: a fixed prefix, then the 32-byte seed.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const raw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x, 'base64url');
  const lengthPrefixed = (bytes) => { const length = Buffer.alloc(4); length.writeUInt32BE(bytes.length); return Buffer.concat([length, bytes]); };
  const blob = Buffer.concat([lengthPrefixed(Buffer.from('ssh-ed25519')), lengthPrefixed(raw)]);
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicLine: `ssh-ed25519 ${blob.toString('base64')} ${id}@larkfield.example`,
  };
}

/** The `keys:` list of a key holder's staff record, or undefined. */
export function exampleKeysField(id) {
  const from = KEY_HOLDERS[id];
  return from ? [{ public_key: exampleKey(id).publicLine, from }] : undefined;
}
