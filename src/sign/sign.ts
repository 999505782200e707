/** Signing: `supv sign` adds a signature and changes nothing else in the file; the content hash, keys and signature checks beside it. */
import { isDeepStrictEqual } from 'node:util';
import { DateTime } from 'luxon';
import { isMap, isSeq, parse as parseYamlValue, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml';
import { isValidRecord, type RecordSet } from '../model.js';
import { parseRecordText } from '../parse/frontmatter.js';
import { recordFromText } from '../parse/read-record.js';
import { signaturesOf } from '../policy/signers.js';
import { STRICT_OPTIONS } from '../parse/yaml.js';
import { canonicalFrontmatter, contentHash } from './content-hash.js';
import { dateOfTimestamp } from '../policy/dates.js';
import { KeyError, readPrivateKey, signFields } from './keys.js';
import { fingerprint } from './openssh.js';
import { keyCountsOn, staffKeys, type StaffKey } from './staff-keys.js';

/** The capacities a person signs in (SPEC §5). */
export const SIGNATURE_ROLES = ['supervisor', 'supervisee', 'attendee', 'manager', 'auditor'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

/** One entry of a record's `signatures` list. */
export interface SignatureEntry {
  role: SignatureRole;
  by: string;
  at: string;
  sha256: string;
  /** The fingerprint of the personal key used (`SHA256:...`), written with `sig`. */
  key?: string;
  sig?: string;
}

export interface SignOptions {
  /** The signer's staff id. */
  as: string;
  /** The capacity; inferred when the signer holds exactly one in the record. */
  role?: SignatureRole;
  /** RFC 3339 timestamp with offset (see {@link isTimestamp}). */
  at: string;
  /** A private key (PKCS#8 PEM or unencrypted OpenSSH): adds the key's fingerprint and an ed25519 `sig`. */
  privateKeyPem?: string;
  /** `policy.require_keys`: refuse to sign without a key. */
  requireKeys?: boolean;
  /** The organisation's time zone: a key counts on the calendar day of `at` there (default: the day `at` is written with). */
  timezone?: string;
  /** Every record, to find the signer's staff record and public key. */
  records: RecordSet;
  /** Repository-relative path, used only in messages. */
  file?: string;
}

export interface SignResult {
  /** The whole new file text; only the `signatures` block differs from the input. */
  text: string;
  entry: SignatureEntry;
  /** The earlier entry by the same person in the same role, now superseded (it stays in the list), if any. */
  again?: SignatureEntry;
}

/** Signing refused; the file must be left as it is. The message is for the user. */
export class SignRefusal extends Error {}

/** The schema's timestamp shape: RFC 3339 with seconds and an offset. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real RFC 3339 timestamp with seconds and an offset, as `signatures[].at` requires. */
export function isTimestamp(value: string): boolean {
  return TIMESTAMP.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

/** `now` as RFC 3339 in the machine's local offset, to the second: what a person reads as "when I signed". */
export function formatTimestamp(now: Date): string {
  return DateTime.fromJSDate(now).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/**
 * Add (or renew) one person's signature to a record's text.
 *
 * Only the `signatures` block changes (SPEC §5, §10): the new entry is spliced
 * into the original text, so comments, key order, quoting, the BOM, line
 * endings and the body stay byte for byte. Signing again keeps history: an
 * earlier entry by the same person in the same role stays (it is superseded by
 * the new one, which is appended, so the list stays oldest first). A
 * flow-style list (`signatures: []`) is rewritten as a block list.
 *
 * Refuses (throws {@link SignRefusal}) rather than guess when: the record does
 * not pass its schema, it is a staff record, the signer is not a known staff
 * member or not a party in the role, `signatures` is not the last field (moving
 * it would change lines others wrote; the user moves it and signs again), or a
 * key is not one of the signer's keys or does not count on the signing day,
 * or the signer holds a personal key (or `requireKeys`) and none was given:
 * their name is not signed without their key.
 */
export function signRecordText(text: string, options: SignOptions): SignResult {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const raw = text.slice(bom.length);
  const record = recordFromText({ file: options.file ?? 'record', absPath: options.file ?? 'record' }, raw);
  if (record.parseProblem) {
    const { line, column, message } = record.parseProblem;
    throw new SignRefusal(`cannot be read at line ${line}, column ${column}: ${message}`);
  }
  if (!isValidRecord(record)) {
    const first = record.schemaProblems[0]!;
    const { line } = record.locate(first);
    throw new SignRefusal(`does not pass its schema (line ${line}: ${first.message}); fix it with \`supv lint\`, then sign`);
  }
  if (!isTimestamp(options.at)) throw new SignRefusal(`the signing time ${options.at} is not an RFC 3339 timestamp with an offset, such as 2025-02-04T10:12:00+00:00`);

  const data = record.data;
  const role = chooseRole(data, options);
  const signer = options.records.byId.get(options.as);
  if (!signer || signer.kind !== 'staff') throw new SignRefusal(`${options.as} is not a staff id: there is no valid staff record with that id`);

  const sha256 = contentHash(data, record.body);
  const entry: SignatureEntry = { role, by: options.as, at: options.at, sha256 };
  const day = options.timezone ? dateOfTimestamp(options.at, options.timezone) : options.at.slice(0, 10);
  const { keys } = staffKeys(signer.data as Record<string, unknown>);
  if (options.privateKeyPem !== undefined) {
    const { key, sig } = personalSignature(entry, options.privateKeyPem, keys, day, signer.file);
    entry.key = key;
    entry.sig = sig;
  } else {
    const held = keys.find((key) => keyCountsOn(key, day));
    if (held) throw new SignRefusal(`${options.as} holds a personal key (${held.fingerprint}); a signature in their name needs it: sign with --key FILE`);
    if (options.requireKeys) throw new SignRefusal('every signature needs a personal key here (policy.require_keys); sign with --key FILE (make a key with `supv keygen`)');
  }

  const existing: SignatureEntry[] = signaturesOf(record) as SignatureEntry[];
  const again = existing.filter((old) => old.by === entry.by && old.role === entry.role).at(-1);
  const replacedIndexes: number[] = [];
  const newText = bom + spliceSignatures(raw, replacedIndexes, existing, entry);

  // The splice is careful, but a signature is a promise about the content: re-read the result and prove it.
  const reread = parseRecordText(newText.slice(bom.length));
  const expected = [...existing.filter((_, index) => !replacedIndexes.includes(index)), entry];
  if (
    !reread.data ||
    canonicalFrontmatter(reread.data) !== canonicalFrontmatter(data) ||
    reread.body !== record.body ||
    !isDeepStrictEqual(reread.data.signatures, expected) ||
    Object.keys(reread.data).at(-1) !== 'signatures'
  ) {
    throw new Error('signing would have changed more than the signatures block; the file was left as it was');
  }
  return { text: newText, entry, ...(again ? { again } : {}) };
}

/** The roles a person holds in a record, as its fields say. */
export function rolesOf(data: Record<string, unknown>, staffId: string): SignatureRole[] {
  const roles: SignatureRole[] = [];
  if (data.supervisor === staffId) roles.push('supervisor');
  if (data.supervisee === staffId) roles.push('supervisee');
  if (Array.isArray(data.attendees) && data.attendees.includes(staffId)) roles.push('attendee');
  if (data.kind === 'case-audit' && data.auditor === staffId) roles.push('auditor');
  return roles;
}

function chooseRole(data: Record<string, unknown>, { as, role }: SignOptions): SignatureRole {
  if (data.kind === 'staff') throw new SignRefusal('is a staff record; staff records are not signed');
  // A manager countersigns (after a three-way meeting, say) without being named in the record, so only on request.
  if (role === 'manager') return role;
  const held = rolesOf(data, as);
  if (role !== undefined) {
    if (held.includes(role)) return role;
    throw new SignRefusal(`${as} is not the ${role} of this ${String(data.kind)}${held.length > 0 ? ` (they are its ${held.join(' and ')})` : ''}`);
  }
  if (held.length === 1) return held[0]!;
  if (held.length > 1) throw new SignRefusal(`${as} is both ${held.join(' and ')} of this ${String(data.kind)}; say which with --role`);
  throw new SignRefusal(`${as} is not a party to this ${String(data.kind)}: ${describeParties(data)}`);
}

function describeParties(data: Record<string, unknown>): string {
  if (data.kind === 'case-audit') return `the auditor is ${String(data.auditor)}`;
  const external = data.supervisor_external as { name?: unknown } | undefined;
  // An external supervisor has no staff id to sign as (SPEC §11.2): their signature is optional.
  const parts = [typeof data.supervisor === 'string' ? `the supervisor is ${data.supervisor}` : `the supervisor is ${String(external?.name ?? 'not named')}, from outside the staff (no signature needed)`];
  if (typeof data.supervisee === 'string') parts.push(`the supervisee ${data.supervisee}`);
  if (Array.isArray(data.attendees)) parts.push(`the attendees ${data.attendees.filter((attendee) => typeof attendee === 'string').join(', ')}`);
  return parts.join(', ');
}

function personalSignature(entry: SignatureEntry, privateKeyPem: string, keys: StaffKey[], day: string, staffFile: string): { key: string; sig: string } {
  try {
    const privateKey = readPrivateKey(privateKeyPem);
    const print = fingerprint(privateKey);
    // Without the key in the staff record nobody could ever check this sig; say so now rather than at verify time.
    if (keys.length === 0) {
      throw new SignRefusal(`${entry.by} has no personal key in ${staffFile}; add the public key \`supv keygen\` printed to its \`keys:\` list, commit it, then sign with --key`);
    }
    const listed = keys.find((key) => key.fingerprint === print);
    if (!listed) {
      throw new SignRefusal(`the key ${print} is not one of ${entry.by}'s keys in ${staffFile} (${keys.map((key) => key.fingerprint).join(', ')}); use ${entry.by}'s own key`);
    }
    if (!keyCountsOn(listed, day)) {
      throw new SignRefusal(`the key ${print} counts ${listed.from ? `from ${listed.from}` : ''}${listed.until ? ` until ${listed.until}` : ''}, not on ${day}, the day of the signature`);
    }
    return { key: print, sig: signFields(entry, privateKey) };
  } catch (error) {
    if (error instanceof KeyError) throw new SignRefusal(error.message);
    throw error;
  }
}

// ---------------------------------------------------------------------------
// The splice. Offsets below are into the text without its BOM.

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function spliceSignatures(raw: string, replacedIndexes: number[], existing: SignatureEntry[], entry: SignatureEntry): string {
  const eol = /\r\n|\r|\n/.exec(raw)?.[0] ?? '\n';
  const { start, end } = frontmatterRange(raw);
  // The yaml package does not take a bare CR as a line break; CR to LF keeps every offset, so the ranges still fit `raw`.
  const document = parseDocument(raw.slice(start, end).replace(/\r(?!\n)/g, '\n'), STRICT_OPTIONS);
  const root = document.contents;
  if (!isMap(root) || root.flow) throw new SignRefusal('the frontmatter must be written as `key: value` lines to be signed');

  const index = root.items.findIndex((pair) => keyOf(pair) === 'signatures');
  const edits: Edit[] = [];
  if (index === -1) {
    // No list yet: it goes at the end of the frontmatter, just before the closing fence.
    edits.push({ at: end, remove: 0, insert: `signatures:${eol}${entryText(entry, 2, 4, eol)}` });
  } else {
    if (index !== root.items.length - 1) {
      const after = root.items.slice(index + 1).map(keyOf).join(', ');
      throw new SignRefusal(`\`signatures\` must be the last field, but ${after} comes after it; move the signatures block to the end of the frontmatter and sign again`);
    }
    const list = root.items[index]!.value as YAMLSeq;
    if (!isSeq(list)) throw new SignRefusal('`signatures` must be a list');
    edits.push(...(list.flow ? flowListEdits(raw, start, list, existing, replacedIndexes, entry, eol) : blockListEdits(raw, start, list, replacedIndexes, entry, eol)));
  }
  // Apply from the end so earlier offsets stay true.
  edits.sort((a, b) => b.at - a.at);
  let result = raw;
  for (const edit of edits) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove);
  return result;
}

/** Where the YAML between the fences lies in the raw text (the reader has already accepted the fences). */
function frontmatterRange(raw: string): { start: number; end: number } {
  const firstBreak = /\r\n|\r|\n/.exec(raw)!;
  const start = firstBreak.index + firstBreak[0].length;
  const close = /(?:\r\n|\r|\n)---/g;
  close.lastIndex = firstBreak.index;
  const found = close.exec(raw)!;
  return { start, end: Math.max(start, found.index + found[0].length - 3) };
}

function keyOf(pair: Pair): string {
  const key = pair.key as Node | null;
  return key && 'value' in key ? String(key.value) : '';
}

/** A block list: drop the replaced items' lines, then add the new item after the last one, indented like the others. */
function blockListEdits(raw: string, base: number, list: YAMLSeq, replacedIndexes: number[], entry: SignatureEntry, eol: string): Edit[] {
  const items = list.items as Node[];
  const spans = items.map((item) => itemLines(raw, base + item.range![0], base + item.range![1]));
  const first = spans[0]!;
  const dashIndent = first.dash - first.start;
  const firstNode = base + items[0]!.range![0];
  // `- role: x` puts the keys on the dash's line; `-\n    role: x` does not, so use the usual two spaces.
  const keyIndent = /[\r\n]/.test(raw.slice(first.dash, firstNode)) ? first.dash - first.start + 2 : firstNode - first.start;
  const edits: Edit[] = replacedIndexes.map((i) => ({ at: spans[i]!.start, remove: spans[i]!.end - spans[i]!.start, insert: '' }));
  edits.push({ at: spans.at(-1)!.end, remove: 0, insert: entryText(entry, dashIndent, keyIndent > dashIndent ? keyIndent : dashIndent + 2, eol) });
  return edits;
}

/** The whole lines of one block-list item: from the line of its `-` to the end of the line where it ends. */
function itemLines(raw: string, nodeStart: number, nodeEnd: number): { start: number; dash: number; end: number } {
  let dash = nodeStart - 1;
  while (dash >= 0 && /[ \t\r\n]/.test(raw[dash]!)) dash -= 1;
  const start = Math.max(raw.lastIndexOf('\n', dash), raw.lastIndexOf('\r', dash)) + 1;
  if (raw[dash] !== '-' || raw.slice(start, dash).trim() !== '') throw new SignRefusal('the `signatures` list is laid out in a way supv cannot edit safely; write each entry as `- role: ...`');
  return { start, dash, end: endOfLine(raw, Math.max(nodeStart, nodeEnd - 1)) };
}

/** The offset just after the line break that ends the line holding `offset`. */
function endOfLine(raw: string, offset: number): number {
  const match = /\r\n|\r|\n/g;
  match.lastIndex = offset;
  const found = match.exec(raw);
  return found ? found.index + found[0].length : raw.length;
}

/** `signatures: [...]` becomes a block list; its entries carry no comments or layout worth keeping, but refuse if they do. */
function flowListEdits(raw: string, base: number, list: YAMLSeq, existing: SignatureEntry[], replacedIndexes: number[], entry: SignatureEntry, eol: string): Edit[] {
  const [from, to] = [base + list.range![0], base + list.range![1]];
  if (raw.slice(from, to).includes('#')) throw new SignRefusal('the `signatures` list holds comments inside `[...]`; write it as a block list and sign again');
  let spaceBefore = from;
  while (raw[spaceBefore - 1] === ' ' || raw[spaceBefore - 1] === '\t') spaceBefore -= 1;
  const kept = [...existing.filter((_, i) => !replacedIndexes.includes(i)), entry];
  return [
    { at: spaceBefore, remove: to - spaceBefore, insert: '' },
    { at: endOfLine(raw, to), remove: 0, insert: kept.map((one) => entryText(one, 2, 4, eol)).join('') },
  ];
}

/** One list item as YAML lines, ending with a line break. */
function entryText(entry: SignatureEntry, dashIndent: number, keyIndent: number, eol: string): string {
  const fields = Object.entries(entry).filter(([, value]) => value !== undefined);
  return fields
    .map(([key, value], i) => `${i === 0 ? `${' '.repeat(dashIndent)}-${' '.repeat(keyIndent - dashIndent - 1)}` : ' '.repeat(keyIndent)}${key}: ${scalar(String(value))}${eol}`)
    .join('');
}

/** Plain when YAML 1.2 core reads it back as the same string (`at`, ids, hex), double-quoted otherwise. */
function scalar(value: string): string {
  const plainSafe = /^[A-Za-z0-9+/][A-Za-z0-9+/=:._-]*$/.test(value) && parseYamlValue(value, { schema: 'core' }) === value;
  return plainSafe ? value : JSON.stringify(value);
}
