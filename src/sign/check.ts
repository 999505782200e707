/**
 * Signature checks: whether each signature of a record still holds (its
 * content hash, then its personal `sig`). The rules use them, and so does
 * `supv verify` (src/verify/).
 */
import { isValidRecord, type LoadedRecord, type RecordSet } from '../model.js';
import { dateOfTimestamp } from '../policy/dates.js';
import { requiredSigners, type RequiredSigner } from '../policy/signers.js';
import { recordContentHash } from './content-hash.js';
import { verifyFields } from './keys.js';
import { keyCountsOn, staffKeys, type StaffKey } from './staff-keys.js';

/** One signature of one record as `supv verify` reports it: the status (below), flattened for its output. */
export interface SignatureCheck {
  /** Position in the `signatures` list (JSON pointer `/signatures/<index>`). */
  index: number;
  role: string;
  by: string;
  at: string;
  status: SignatureStatus;
  /** `ok` for verified and recorded, `superseded`, or why it is not valid. */
  outcome: 'ok' | 'superseded' | NotValidCode;
  /** True when a `sig` verified with the signer's personal key. */
  personal: boolean;
  /** The key's fingerprint, for a verified signature. */
  fingerprint?: string;
  /** Plain words: why it is not valid, or when it was signed again. */
  problem?: string;
}

/** Every signature of a record, checked, in list order (see {@link signatureStatuses}). */
export function checkRecordSignatures(record: LoadedRecord, context: SignatureContext): SignatureCheck[] {
  return signatureStatuses(record, context).signatures.map(({ index, entry, status, code, reason, fingerprint }) => ({
    index,
    role: entry.role,
    by: entry.by,
    at: entry.at,
    status,
    outcome: status === 'not-valid' ? code! : status === 'superseded' ? 'superseded' : 'ok',
    personal: status === 'verified',
    ...(fingerprint ? { fingerprint } : {}),
    ...(reason ? { problem: reason } : {}),
  }));
}

// ---------------------------------------------------------------------------
// Signature statuses (SPEC §11.1, §11.6): what each signature of a record is
// worth, in the four words PDFs, `verify`, lint and the bundle use.

/**
 * What one signature is worth:
 * - `verified`: made with the personal key the signer held when they signed
 *   (as the staff record stood in git when the signature was committed), and
 *   the record is unchanged since. `fingerprint` names the key.
 * - `recorded`: the signer held no personal key then (and `policy.require_keys`
 *   is off): the signature is a record of who signed, and the record is
 *   unchanged since.
 * - `superseded`: the same person signed again in the same role later in the
 *   list; the later entry is the one that counts. Not a failure.
 * - `not-valid`: changed after signing, signed without the key the signer
 *   held, a `sig` that does not verify, a key not on the trusted list, a role
 *   that does not fit the record, or a signer who is not a staff member.
 */
export type SignatureStatus = 'verified' | 'recorded' | 'superseded' | 'not-valid';

/** Why a signature is not valid, as a stable code (the `reason` gives the words). */
export type NotValidCode =
  /** The entry lacks role, by, at or sha256 (the schema rule says which). */
  | 'incomplete'
  /** `by` is not a staff id (unknown-ref reports it too). */
  | 'unknown-signer'
  /** The role does not fit the record (`supervisee` by someone who is not its supervisee). */
  | 'role'
  /** The content hash differs: the record changed after signing. */
  | 'changed'
  /** No `sig`, but the signer held a personal key at `at` (or `policy.require_keys` is on). */
  | 'no-sig'
  /** A `sig` that does not verify with any key the signer held at `at`. */
  | 'bad-sig'
  /** A `sig`, but the signer held no key at `at` to check it with. */
  | 'no-key'
  /** The `sig` verifies, but with a key the trusted-keys list does not give that person. */
  | 'untrusted';

/** The fields of one signature entry (SPEC §5, §11.1); strings as written. */
export interface SignatureFields {
  role: string;
  by: string;
  at: string;
  sha256: string;
  sig?: string;
  /** `SHA256:...`, the fingerprint of the key `sign` used. */
  key?: string;
}

/** One entry of a record's `signatures`, with what it is worth. */
export interface SignatureStatusEntry {
  /** Position in the `signatures` list, from 0 (JSON pointer `/signatures/<index>`). */
  index: number;
  entry: SignatureFields;
  status: SignatureStatus;
  /** For `not-valid`: the stable code. */
  code?: NotValidCode;
  /**
   * Plain words for an inspector, without ids or jargon: for `not-valid`, why
   * (e.g. "the record was changed after it was signed"); for `superseded`,
   * "signed again on <at>". Absent for `verified` and `recorded`.
   */
  reason?: string;
  /** For `verified`: the key's fingerprint, `SHA256:...` as `ssh-keygen -l` prints it. */
  fingerprint?: string;
  /** For `superseded`: the later entry by the same person in the same role (the one that counts). */
  supersededBy?: { at: string; index: number };
  /** True when this is the entry that counts for one of the record's required signers. */
  required: boolean;
}

/** Every signature of one record, and whether the record is fully signed. */
export interface RecordSignatureStatus {
  /** Every entry, in list order (oldest first). */
  signatures: SignatureStatusEntry[];
  /** Required signers (src/policy/signers.ts) with no entry at all. */
  missing: RequiredSigner[];
  /**
   * True when every required signer's latest entry is `verified` or
   * `recorded` and no entry that counts is `not-valid`. A record that cannot
   * be read, or is not valid against its schema, is never complete.
   */
  complete: boolean;
}

/** The keys a signer held when a signature was given, and where they were read. */
export interface HeldKeys {
  /** Keys that count on the signature's day, as the staff record stood when the signature was committed. */
  keys: StaffKey[];
  /** Keys listed then that do not count (e.g. added by a commit that removed another key), with why. */
  refused?: Map<string, string>;
}

/**
 * Where a signer's keys come from. The history source (src/sign/key-history.ts)
 * reads the staff record as it stood in git at the commit that added the
 * signature; {@link workingTreeKeys} reads today's files (no git).
 */
export interface KeySource {
  /** The keys `by` held on `day`, for the signature `entry` of `record`. */
  heldKeys(record: LoadedRecord, entry: SignatureFields, by: string, day: string): HeldKeys;
  /**
   * False when `by` never held a key, so {@link heldKeys} would give none on
   * any day: the signature's day then need not be worked out (most signers of
   * most organisations hold no key, and lint judges every signature).
   */
  everHeld?(by: string): boolean;
}

/** What a signer who never held a key holds. */
const NO_KEYS: HeldKeys = { keys: [] };

/** What {@link signatureStatuses} needs besides the record; make one per run with `loadSignatureContext` (key-history.ts). */
export interface SignatureContext {
  records: RecordSet;
  /** The organisation's time zone: a signature's day is the date of its `at` there. */
  timezone: string;
  /** `policy.require_keys`: every signature needs a valid `sig`. */
  requireKeys: boolean;
  keys: KeySource;
  /** The outside trust list (`verify --trusted-keys`, config `trusted_keys`): staff id to fingerprints. */
  trustedKeys?: Map<string, Set<string>>;
}

/** Today's staff records as the key source (no git: the single `public_key` counts from any day). */
export function workingTreeKeys(records: RecordSet): KeySource {
  const cache = new Map<string, StaffKey[]>();
  const keysOf = (by: string) => {
    let keys = cache.get(by);
    if (!keys) {
      const staff = records.byId.get(by);
      keys = staff?.kind === 'staff' ? staffKeys(staff.data as Record<string, unknown>).keys : [];
      cache.set(by, keys);
    }
    return keys;
  };
  return {
    heldKeys(_record, _entry, by, day) {
      return { keys: keysOf(by).filter((key) => keyCountsOn(key, day)) };
    },
    everHeld: (by) => keysOf(by).length > 0,
  };
}

/**
 * The status of every signature of a record (SPEC §11.1, §11.6), and whether
 * the record is complete. Pure and synchronous: everything from git is in the
 * context, read once per run.
 *
 * In order, an entry is:
 * 1. `superseded` when a later entry has the same `by` and `role` (the latest
 *    counts; a superseded entry is not a failure);
 * 2. `not-valid` when incomplete, by someone who is not a staff member, in a
 *    role that does not fit the record (supervisor/supervisee/auditor: the
 *    record's field of that name; attendee: one of its `attendees`; manager:
 *    any staff member, who countersigns without being named), or its content
 *    hash differs from the record's now;
 * 3. then by key: when the signer held personal keys on the signature's day
 *    (or `requireKeys`), `verified` if `sig` verifies with one of them (and,
 *    with a trust list, that key is listed for them; and `key:`, if written,
 *    names that key), else `not-valid`. A signer with no key then: `recorded`
 *    without `sig`, `not-valid` with one (it cannot be checked).
 */
export function signatureStatuses(record: LoadedRecord, context: SignatureContext): RecordSignatureStatus {
  const data = record.data;
  const list: unknown[] = data && Array.isArray(data.signatures) ? data.signatures : [];
  const required = isValidRecord(record) ? requiredSigners(record) : [];
  const hash = list.length > 0 && data ? recordContentHash(record) : undefined;
  const lastIndex = lastEntries(list);
  const signatures = list.map((item, index): SignatureStatusEntry => {
    const raw = (item ?? {}) as Record<string, unknown>;
    // Written field by field rather than spread: lint judges every signature of every record.
    const fields: SignatureFields = { role: String(raw.role ?? ''), by: String(raw.by ?? ''), at: String(raw.at ?? ''), sha256: String(raw.sha256 ?? '') };
    if (raw.sig !== undefined) fields.sig = typeof raw.sig === 'string' ? raw.sig : String(raw.sig);
    if (typeof raw.key === 'string') fields.key = raw.key;
    const last = lastIndex(fields.by, fields.role);
    const isRequired = last === index && required.some((signer) => signer.by === fields.by && signer.role === fields.role);
    if (last !== undefined && last !== index) {
      const later = (list[last] ?? {}) as Record<string, unknown>;
      const at = String(later.at ?? '');
      return { index, entry: fields, status: 'superseded', reason: `signed again on ${at}`, supersededBy: { at, index: last }, required: false };
    }
    const result = judge(record, data, fields, raw, hash, context);
    // Most signatures are recorded: the same fields, in the same order, as the spread below gives.
    if (result === RECORDED) return { index, entry: fields, status: 'recorded', required: isRequired };
    return { index, entry: fields, ...result, required: isRequired };
  });
  const missing = required.filter((signer) => !signatures.some((one) => one.entry.by === signer.by && one.entry.role === signer.role));
  const complete = record.valid && missing.length === 0 && signatures.every((one) => one.status !== 'not-valid');
  return { signatures, missing, complete };
}

/**
 * The index of the last entry by `by` in `role` (the one that counts), or
 * undefined when no entry has both as strings. A record carries two or three
 * signatures, which are compared directly; a long list is indexed once.
 */
function lastEntries(list: unknown[]): (by: string, role: string) => number | undefined {
  const byAndRole = (item: unknown) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    return typeof entry.by === 'string' && typeof entry.role === 'string' ? entry : undefined;
  };
  // Compared directly, as the joined key would compare them: no `by` or `role` holds the NUL that joins them.
  const joinable = (item: unknown) => {
    const entry = byAndRole(item);
    return !entry || !((entry.by as string).includes('\0') || (entry.role as string).includes('\0'));
  };
  if (list.length <= 8 && list.every(joinable)) {
    return (by, role) => {
      for (let index = list.length - 1; index >= 0; index--) {
        const entry = byAndRole(list[index]);
        if (entry && entry.by === by && entry.role === role) return index;
      }
      return undefined;
    };
  }
  const lastIndex = new Map<string, number>();
  list.forEach((item, index) => {
    const entry = byAndRole(item);
    if (entry) lastIndex.set(`${entry.by as string}\0${entry.role as string}`, index);
  });
  return (by, role) => lastIndex.get(`${by}\0${role}`);
}

type Judged = Pick<SignatureStatusEntry, 'status' | 'code' | 'reason' | 'fingerprint'>;

/** A signature with no key to check, by a signer who held none: a record of who signed. */
const RECORDED: Judged = Object.freeze({ status: 'recorded' });

function judge(record: LoadedRecord, data: Record<string, unknown> | undefined, fields: SignatureFields, raw: Record<string, unknown>, hash: string | undefined, context: SignatureContext): Judged {
  const notValid = (code: NotValidCode, reason: string): Judged => ({ status: 'not-valid', code, reason });
  if (typeof raw.role !== 'string' || typeof raw.by !== 'string' || typeof raw.at !== 'string' || typeof raw.sha256 !== 'string') {
    return notValid('incomplete', 'the signature entry is incomplete (it needs who signed, in what role, when, and the content hash)');
  }
  const signer = context.records.byId.get(fields.by);
  if (!signer || signer.kind !== 'staff') return notValid('unknown-signer', `${fields.by} is not a member of staff in these records`);
  const name = signer.data.name;
  if (!roleFits(data ?? {}, fields.role, fields.by)) return notValid('role', `${name} is not the ${fields.role} of this ${String(data?.kind ?? 'record')}`);
  if (fields.sha256 !== hash) return notValid('changed', 'the record was changed after it was signed');
  // The signature's day, worked out only when a key or a message needs it.
  let signedOn: string | undefined;
  const dayOf = () => (signedOn ??= dateOfTimestamp(fields.at, context.timezone));
  const held = context.keys.everHeld?.(fields.by) === false ? NO_KEYS : context.keys.heldKeys(record, fields, fields.by, dayOf());
  if (fields.sig === undefined) {
    if (held.keys.length > 0) return notValid('no-sig', `signed without ${name}'s personal key, which ${name} held on ${dayOf()}`);
    if (context.requireKeys) return notValid('no-sig', 'signed without a personal key, and this organisation requires one for every signature');
    return RECORDED;
  }
  if (held.keys.length === 0) {
    const refused = held.refused && held.refused.size > 0 ? ` (${[...held.refused.values()][0]})` : '';
    return notValid('no-key', `the personal signature cannot be checked: ${name} held no usable key on ${dayOf()}${refused}`);
  }
  const candidates = fields.key === undefined ? held.keys : held.keys.filter((key) => key.fingerprint === fields.key);
  if (candidates.length === 0) {
    const refused = fields.key !== undefined ? held.refused?.get(fields.key) : undefined;
    return notValid('bad-sig', refused ? `made with key ${fields.key}, which does not count for ${name}: ${refused}` : `made with key ${fields.key}, which ${name} did not hold on ${dayOf()}`);
  }
  const used = candidates.find((key) => verifyFields(fields, fields.sig!, key.key));
  if (!used) return notValid('bad-sig', `the personal signature does not verify with the key ${name} held on ${dayOf()}`);
  const trusted = context.trustedKeys;
  if (trusted && !trusted.get(fields.by)?.has(used.fingerprint)) {
    return notValid('untrusted', `made with key ${used.fingerprint}, which the trusted-keys list does not give to ${name}`);
  }
  return { status: 'verified', fingerprint: used.fingerprint };
}

/**
 * True when the person holds the role in the record: `attendee` is one of its
 * `attendees`; any other role is the record's field of that name
 * (`supervisor`, `supervisee`, `auditor`, ...); a `manager` countersigns
 * without being named in the record, so any staff member fits.
 */
export function roleFits(data: Record<string, unknown>, role: string, by: string): boolean {
  if (role === 'manager') return true;
  if (role === 'attendee') return Array.isArray(data.attendees) && data.attendees.includes(by);
  if (role === 'kind' || role === 'id' || role === 'signatures') return false;
  return data[role] === by;
}
