/**
 * What each signature of a record amounts to, as a PDF shows it (SPEC §11.6):
 * verified (a personal key checks it), recorded (no personal key, and the
 * record is unchanged since), superseded (the same person signed again in the
 * same role later), or not valid (the record changed after signing, or the
 * personal signature does not verify).
 *
 * The statuses are worked out from src/sign/check.ts (the content hash, then
 * the personal `sig`); this module only names them for a reader and adds the
 * key's fingerprint. Nothing here decides whether a signature holds.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { LoadedRecord, RecordSet } from '../model.js';
import { signatureStatuses as checkedStatuses, workingTreeKeys, type SignatureContext } from '../sign/check.js';

/** One of the four things a signature can be. */
export type SignatureStatus = 'verified' | 'recorded' | 'superseded' | 'not-valid';

/** One entry of a record's `signatures`, with what it is worth (the shape src/sign/check.ts gives). */
export interface SignatureStatusEntry {
  /** Position in the `signatures` list, from 0. */
  index: number;
  entry: { role: string; by: string; at: string; sha256: string; sig?: string };
  status: SignatureStatus;
  /** For not valid: why, in plain words. */
  reason?: string;
  /** For verified: the OpenSSH fingerprint (`SHA256:...`) of the key that verified it. */
  fingerprint?: string;
  /** For superseded: the later entry by the same person in the same role (the one that counts). */
  supersededBy?: { at: string; index: number };
}

/** What a PDF needs to know about a record's signatures. */
export interface RecordSignatureStatuses {
  signatures: SignatureStatusEntry[];
}

/** Works out the statuses of a record's signatures for one run (a build, a bundle). */
export type SignatureStatusesOf = (record: LoadedRecord) => RecordSignatureStatuses;

// One context per record set: a build renders many records naming the same people.
const contextOf = new WeakMap<RecordSet, SignatureContext>();

/**
 * Every signature of the record with its status, in the order of the
 * `signatures` list, from src/sign/check.ts. Without a context from the
 * command (keys from git history, the policy), today's staff records are
 * read: callers that can should pass `RenderContext.signatureStatuses` made
 * with `loadSignatureContext` (src/sign/key-history.ts).
 */
export function signatureStatuses(record: LoadedRecord, records: RecordSet): RecordSignatureStatuses {
  let context = contextOf.get(records);
  if (!context) {
    context = { records, timezone: 'Europe/London', requireKeys: false, keys: workingTreeKeys(records) };
    contextOf.set(records, context);
  }
  return checkedStatuses(record, context);
}

/**
 * The OpenSSH fingerprint of an ed25519 public key, as `ssh-keygen -l`
 * prints it: `SHA256:` and the unpadded base64 of the SHA-256 of the key's
 * SSH wire form (the string `ssh-ed25519`, then the 32 key bytes, each with
 * a four-byte length).
 */
export function keyFingerprint(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  const raw = spki.subarray(spki.length - 32);
  const type = Buffer.from('ssh-ed25519');
  const length = (n: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(n);
    return bytes;
  };
  const wire = Buffer.concat([length(type.length), type, length(raw.length), raw]);
  return `SHA256:${createHash('sha256').update(wire).digest('base64').replace(/=+$/, '')}`;
}
