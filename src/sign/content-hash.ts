import { hash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// canonicalize is CommonJS (`module.exports = serialize`) but its types declare
// `export default`, which NodeNext reads as `exports.default`. At run time the
// default import is the function itself.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/**
 * White space removed from the end of the body: CommonMark's whitespace
 * characters (space, tab, LF, VT, FF; CR is already LF by then). Narrower than
 * `String.prototype.trimEnd`, so a non-breaking space someone typed is content.
 */
function isTrailingWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c;
}

/**
 * Frontmatter that RFC 8785 cannot write: YAML can say `.nan`, `.inf` or
 * `1e999`, JSON has no such numbers. No schema lets them through, so such a
 * record is already invalid; it has no content hash, and no signature can
 * match it.
 */
export class UnhashableError extends Error {}

/** The frontmatter as RFC 8785 canonical JSON, without `signatures` (SPEC §5). */
export function canonicalFrontmatter(data: Record<string, unknown>): string {
  let json: string | undefined;
  try {
    const sorted = sortedCopy(data, 'signatures');
    json = sorted === UNSORTABLE ? canonicalize(withoutSignatures(data)) : JSON.stringify(sorted);
  } catch (error) {
    // Both writers refuse NaN and the infinities with these words.
    if (/^(?:NaN|Infinity) is not allowed$/.test((error as Error).message)) {
      throw new UnhashableError('the frontmatter holds a number JSON cannot write (NaN or infinity), so it has no content hash');
    }
    throw error;
  }
  if (json === undefined) throw new Error('the frontmatter cannot be written as JSON');
  return json;
}

function withoutSignatures(data: Record<string, unknown>): Record<string, unknown> {
  const { signatures: _signatures, ...content } = data;
  return content;
}

const UNSORTABLE = Symbol('unsortable');
/** Keys a plain object cannot hold in the order they are inserted (array indexes come first), or cannot hold at all. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * A copy of parsed YAML with every mapping's keys inserted in sorted order, so
 * that the native JSON.stringify writes RFC 8785's form: members sorted by
 * UTF-16 code units, numbers and strings as ECMAScript writes them. That is
 * how `canonicalize` writes them too, one JSON.stringify call per value; the
 * native serializer does it about a third faster, which a 10,000-record lint
 * notices (SPEC §9). Anything a plain object would reorder or refuse (a key
 * that reads as an array index, `__proto__`) leaves the work to `canonicalize`;
 * a non-finite number is refused as `canonicalize` refuses it. A test holds
 * the two equal on generated values.
 */
function sortedCopy(value: unknown, skip?: string): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(Number.isNaN(value) ? 'NaN is not allowed' : 'Infinity is not allowed');
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i]);
      if (item === UNSORTABLE) return UNSORTABLE;
      copy[i] = item;
    }
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return UNSORTABLE;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (key === skip) continue;
    if (key === '__proto__' || INDEX_KEY.test(key)) return UNSORTABLE;
    const item = sortedCopy(record[key]);
    if (item === UNSORTABLE) return UNSORTABLE;
    copy[key] = item;
  }
  return copy;
}

/** The body as the hash sees it: LF line endings, no white space at the end. */
export function normaliseBody(body: string): string {
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  // Read from the end: a regular expression anchored at the end tries every run of spaces in the body.
  let end = text.length;
  while (end > 0 && isTrailingWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A record's content hash (SPEC §5): SHA-256, in lower-case hex, of the UTF-8
 * bytes of `JCS(frontmatter without signatures) + "\n" + body`. Comments, key
 * order, quoting and line endings do not change it; every value and every
 * character of the body text does.
 *
 * @param data the parsed frontmatter (dates as strings, as the reader gives them)
 * @param body the text after the closing `---` line
 */
export function contentHash(data: Record<string, unknown>, body: string): string {
  // The one-shot hash (Node 20.12) encodes a string as UTF-8, without a Hash object per record.
  return hash('sha256', `${canonicalFrontmatter(data)}\n${normaliseBody(body)}`, 'hex');
}

// A memo, not state of a run: a record's hash depends only on its data and body, which nothing changes once
// the record is read, so it holds across runs (supv watch keeps unchanged record objects from one save to the
// next and need not hash them again) and goes when the record does.
const recordHashes = new WeakMap<object, string>();

/** {@link contentHash}, or undefined for frontmatter that has none ({@link UnhashableError}). */
export function hashOrNothing(data: Record<string, unknown>, body: string): string | undefined {
  try {
    return contentHash(data, body);
  } catch (error) {
    if (error instanceof UnhashableError) return undefined;
    throw error;
  }
}

/**
 * The content hash of a loaded record, worked out once per record object
 * (undefined when the record has no frontmatter, or none that can be hashed):
 * lint, verify and the PDF signature block all ask for it, and `supv watch`
 * keeps unchanged records between saves.
 */
export function recordContentHash(record: { data: Record<string, unknown> | undefined; body: string; contentHash?: string }): string | undefined {
  if (!record.data) return undefined;
  // Signed records are hashed as they are read (src/parse/read-record.ts).
  if (record.contentHash !== undefined) return record.contentHash;
  let hash = recordHashes.get(record);
  if (hash === undefined) {
    hash = hashOrNothing(record.data, record.body);
    if (hash !== undefined) recordHashes.set(record, hash);
  }
  return hash;
}
