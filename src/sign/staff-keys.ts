/**
 * The keys a staff record lists (SPEC §11.1): the `keys` list, and the single
 * `public_key` of the first release read as one key whose `from` is the day
 * of the commit that added it.
 */
import type { KeyObject } from 'node:crypto';
import { KeyError, readPublicKey } from './keys.js';
import { fingerprint } from './openssh.js';

/** One key a staff record lists. */
export interface StaffKey {
  key: KeyObject;
  /** `SHA256:...`, as `ssh-keygen -l` prints it. */
  fingerprint: string;
  /** The first day it counts (`YYYY-MM-DD`); undefined for a `public_key` whose adding commit is not known yet. */
  from?: string;
  /** The last day it counts, when closed. */
  until?: string;
  /** JSON pointer of the entry in the staff record: `/keys/<i>` or `/public_key`. */
  pointer: string;
  /** The text of `public_key` as written, to compare versions. */
  text: string;
}

/** A key entry that cannot be used, with where it is. */
export interface StaffKeyProblem {
  pointer: string;
  message: string;
}

/**
 * The keys a staff record's data lists, in order (`public_key` last), with
 * the entries that cannot be read. `publicKeyFrom` is the `from` day given to
 * the single `public_key`. Two entries with the same key are a problem (the
 * second is left out).
 */
export function staffKeys(data: Record<string, unknown> | undefined, publicKeyFrom?: string): { keys: StaffKey[]; problems: StaffKeyProblem[] } {
  const keys: StaffKey[] = [];
  const problems: StaffKeyProblem[] = [];
  if (!data) return { keys, problems };
  const add = (text: unknown, pointer: string, from: string | undefined, until: string | undefined) => {
    if (typeof text !== 'string') {
      problems.push({ pointer, message: 'public_key must be the key as text (SPKI PEM or an `ssh-ed25519 AAAA...` line)' });
      return;
    }
    try {
      const key = readPublicKey(text);
      const print = fingerprint(key);
      const earlier = keys.find((other) => other.fingerprint === print);
      if (earlier) {
        problems.push({ pointer, message: `this key (${print}) is already listed at ${describePointer(earlier.pointer)}; list each key once` });
        return;
      }
      keys.push({ key, fingerprint: print, from, until, pointer, text });
    } catch (error) {
      if (!(error instanceof KeyError)) throw error;
      problems.push({ pointer, message: error.message.replace(/^the public_key/, 'this key') });
    }
  };
  if (Array.isArray(data.keys)) {
    data.keys.forEach((entry: unknown, index) => {
      const item = (entry ?? {}) as Record<string, unknown>;
      add(item.public_key, `/keys/${index}`, typeof item.from === 'string' ? item.from : undefined, typeof item.until === 'string' ? item.until : undefined);
    });
  }
  if (data.public_key !== undefined) add(data.public_key, '/public_key', publicKeyFrom, undefined);
  return { keys, problems };
}

/** `/keys/2` as "keys entry 3" (list items are counted from 1 in messages). */
export function describePointer(pointer: string): string {
  const match = /^\/keys\/(\d+)$/.exec(pointer);
  return match ? `keys entry ${Number(match[1]) + 1}` : 'public_key';
}

/** True when the key counts on that day (`from` and `until` both included). */
export function keyCountsOn(key: StaffKey, day: string): boolean {
  return (key.from === undefined || key.from <= day) && (key.until === undefined || day <= key.until);
}
