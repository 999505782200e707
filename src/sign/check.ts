/**
 * Signature checks: whether each signature of a record still holds (its
 * content hash, then its personal `sig`). The rules use them, and so does
 * `supv verify` (src/verify/).
 */
import type { KeyObject } from 'node:crypto';
import type { LoadedRecord, RecordSet } from '../model.js';
import { recordContentHash } from './content-hash.js';
import { KeyError, readPublicKey, verifyFields } from './keys.js';

/** What became of one signature when checked. */
export type SignatureOutcome =
  /** The hash matches and the `sig`, if any, verifies. */
  | 'ok'
  /** The content hash differs: the record changed after signing. */
  | 'changed'
  /** The `sig` does not verify against the signer's public key. */
  | 'bad-sig'
  /** There is a `sig` but no public key to check it with. */
  | 'no-key'
  /** The entry lacks role, by, at or sha256 (the schema rule says which). */
  | 'incomplete';

/** One signature of one record, checked. */
export interface SignatureCheck {
  /** Position in the `signatures` list (JSON pointer `/signatures/<index>`). */
  index: number;
  role: string;
  by: string;
  at: string;
  outcome: SignatureOutcome;
  /** True when the entry carries an ed25519 `sig` that verified. */
  personal: boolean;
  /** Plain words for anything but `ok`. */
  problem?: string;
}

/** Looks up and parses signers' public keys once per run. */
export class PublicKeys {
  private readonly cache = new Map<string, KeyObject | string>();
  constructor(private readonly records: RecordSet) {}

  /** The signer's public key, or the reason there is none. */
  get(staffId: string): KeyObject | string {
    let found = this.cache.get(staffId);
    if (found === undefined) {
      const staff = this.records.byId.get(staffId);
      const pem = staff?.kind === 'staff' ? staff.data?.public_key : undefined;
      if (typeof pem !== 'string') found = `no public_key for ${staffId}`;
      else {
        try {
          found = readPublicKey(pem);
        } catch (error) {
          if (!(error instanceof KeyError)) throw error;
          found = `the public_key of ${staffId} cannot be read (${error.message})`;
        }
      }
      this.cache.set(staffId, found);
    }
    return found;
  }
}

/** Check every signature of a parsed record: the content hash, then the personal `sig`. */
export function checkRecordSignatures(record: LoadedRecord, keys: PublicKeys): SignatureCheck[] {
  const list = record.data?.signatures;
  if (!record.data || !Array.isArray(list) || list.length === 0) return [];
  const hash = recordContentHash(record)!;
  return list.map((item: unknown, index): SignatureCheck => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const { role, by, at, sha256, sig } = entry;
    if (typeof role !== 'string' || typeof by !== 'string' || typeof at !== 'string' || typeof sha256 !== 'string') {
      return { index, role: String(role ?? '?'), by: String(by ?? '?'), at: String(at ?? '?'), outcome: 'incomplete', personal: false, problem: `signature ${index + 1} is incomplete: it needs role, by, at and sha256` };
    }
    const checked = (outcome: SignatureOutcome, personal: boolean, problem?: string): SignatureCheck => ({ index, role, by, at, outcome, personal, problem });
    if (sha256 !== hash) return checked('changed', false, `${by} (${role}) signed at ${at} but the record changed after signing`);
    if (sig === undefined) return checked('ok', false);
    const key = keys.get(by);
    if (typeof key === 'string') return checked('no-key', false, `${by} (${role}): the personal signature cannot be checked: ${key}`);
    if (typeof sig !== 'string' || !verifyFields({ role, by, at, sha256 }, sig, key)) {
      return checked('bad-sig', false, `${by} (${role}): the personal signature does not verify against ${by}'s public_key`);
    }
    return checked('ok', true);
  });
}
