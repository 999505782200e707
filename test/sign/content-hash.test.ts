import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalizeModule from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/parse/frontmatter.js';
import { decodeRecord } from '../../src/parse/decode.js';
import { canonicalFrontmatter, contentHash, hashOrNothing, recordContentHash, UnhashableError } from '../../src/sign/content-hash.js';

// The vectors live in the repository (a fresh clone has them); they are copies of the project's
// shared vectors, which some checkouts have beside the repository: <root>/../shared/vectors.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vectors = path.join(repoRoot, 'test/fixtures/content-hash');
const shared = path.resolve(repoRoot, '../shared/vectors/content-hash');
const expected = JSON.parse(readFileSync(path.join(vectors, 'expected.json'), 'utf8')) as Record<string, { sha256: string; canonical_frontmatter: string }>;

describe('content hash (SPEC §5 vectors)', () => {
  it('has a vector for every record file and a file for every vector', () => {
    const files = readdirSync(vectors).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: canonical frontmatter and hash match`, () => {
      const decoded = decodeRecord(readFileSync(path.join(vectors, name)));
      if ('problem' in decoded) throw new Error(decoded.problem.message);
      const parsed = parseRecordText(decoded.text);
      expect(parsed.problem).toBeUndefined();
      expect(canonicalFrontmatter(parsed.data!)).toBe(want.canonical_frontmatter);
      expect(contentHash(parsed.data!, parsed.body)).toBe(want.sha256);
    });
  }
});

describe('the vectors copied into test/fixtures', () => {
  it('are, byte for byte, the shared vectors in ../shared/vectors/content-hash (when a checkout has them beside it)', (context) => {
    context.skip(!existsSync(shared), `no ${shared} beside the repository (a fresh clone has none); the copy in test/fixtures/content-hash is used as it is`);
    const ours = readdirSync(vectors).filter((name) => name !== '.gitattributes').sort();
    expect(ours).toEqual(readdirSync(shared).sort());
    for (const name of ours) expect(readFileSync(path.join(vectors, name)).equals(readFileSync(path.join(shared, name))), name).toBe(true);
  });
});

// canonicalize is CommonJS: at run time the default import is the function itself.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

describe('canonical frontmatter', () => {
  const withoutSignatures = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'signatures'));
  // Keys as records and hostile files write them: plain words, digits (array-index-like keys reorder in a plain object),
  // `__proto__`, non-ASCII and astral characters (sorted by UTF-16 code units, not code points).
  const key = fc.oneof(fc.string(), fc.constantFrom('signatures', '__proto__', 'constructor', 'toJSON', '0', '1', '10', '9', '01', '-1', 'é', 'e\u0301', '\u{1F600}', '\uFFFF', ''));
  const scalar = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(-0), fc.constant(1e21), fc.constant(5e-7));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('object')),
    // Built with defineProperty, as the YAML readers build a `__proto__` key: an own property, not the prototype.
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [name, item] of entries) Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
      return object;
    }),
  }));

  it('is what canonicalize writes, for any YAML-shaped value', () => {
    fc.assert(
      fc.property(value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)), (data) => {
        expect(canonicalFrontmatter(data)).toBe(canonicalize(withoutSignatures(data)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a value JSON cannot hold, as canonicalize does, and such a record has no hash', () => {
    expect(() => canonicalFrontmatter({ x: Number.NaN })).toThrow(UnhashableError);
    expect(() => canonicalFrontmatter({ x: [1, Number.POSITIVE_INFINITY] })).toThrow('NaN or infinity');
    // A key only canonicalize can write leaves the value to it: it refuses the same way.
    expect(() => canonicalFrontmatter({ '1': Number.NEGATIVE_INFINITY })).toThrow(UnhashableError);
    expect(hashOrNothing({ x: Number.NaN }, 'body')).toBeUndefined();
    expect(recordContentHash({ data: { x: Number.NaN }, body: '' })).toBeUndefined();
  });
});
