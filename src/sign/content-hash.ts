import { createHash } from 'node:crypto';
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
const TRAILING_WHITE_SPACE = /[ \t\n\v\f]+$/;

/** The frontmatter as RFC 8785 canonical JSON, without `signatures` (SPEC §5). */
export function canonicalFrontmatter(data: Record<string, unknown>): string {
  const { signatures: _signatures, ...content } = data;
  const json = canonicalize(content);
  if (json === undefined) throw new Error('the frontmatter cannot be written as JSON');
  return json;
}

/** The body as the hash sees it: LF line endings, no white space at the end. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(TRAILING_WHITE_SPACE, '');
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
  return createHash('sha256').update(`${canonicalFrontmatter(data)}\n${normaliseBody(body)}`, 'utf8').digest('hex');
}

const recordHashes = new WeakMap<object, string>();

/**
 * The content hash of a loaded record, worked out once per record object:
 * lint, verify and the PDF signature block all ask for it, and `supv watch`
 * keeps unchanged records between saves.
 */
export function recordContentHash(record: { data: Record<string, unknown> | undefined; body: string; contentHash?: string }): string | undefined {
  if (!record.data) return undefined;
  // Signed records are hashed as they are read (src/parse/read-record.ts).
  if (record.contentHash !== undefined) return record.contentHash;
  let hash = recordHashes.get(record);
  if (hash === undefined) {
    hash = contentHash(record.data, record.body);
    recordHashes.set(record, hash);
  }
  return hash;
}
