import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/parse/frontmatter.js';
import { decodeRecord } from '../../src/parse/decode.js';
import { canonicalFrontmatter, contentHash } from '../../src/sign/content-hash.js';

// CI clones the repository with shared/ beside it: <root>/../shared/vectors.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vectors = path.resolve(repoRoot, '../shared/vectors/content-hash');
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
