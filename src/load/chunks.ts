/**
 * Chunk packing: how a chunk of records read in a worker thread crosses to the
 * main thread and is unpacked there, as cheaply as the values allow.
 */
import type { RecordParts } from '../parse/read-record.js';

/**
 * Record parts as sent between threads: the text apart (see {@link PackedChunk}),
 * and the body and frontmatter, slices of the text, sent as where they start.
 */
export type PackedParts = Omit<RecordParts, 'text' | 'body' | 'frontmatter'> & { body: string | number; frontmatter: string | [number, number] };

function packParts(parts: RecordParts): PackedParts {
  const { text, body, frontmatter } = parts;
  // Field by field: a rest pattern and a spread copied every record twice, a fifth of a worker's time on a chunk.
  return {
    file: parts.file,
    absPath: parts.absPath,
    data: parts.data,
    body: text.endsWith(body) ? text.length - body.length : body,
    frontmatter: text.startsWith(frontmatter, 3) ? [3, 3 + frontmatter.length] : frontmatter,
    fenceLine: parts.fenceLine,
    bodyLine: parts.bodyLine,
    parseProblem: parts.parseProblem,
    schemaProblems: parts.schemaProblems,
    valid: parts.valid,
    kind: parts.kind,
    id: parts.id,
    contentHash: parts.contentHash,
  };
}

function unpackParts(packed: PackedParts, text: string): RecordParts {
  const { body, frontmatter } = packed;
  return {
    file: packed.file,
    absPath: packed.absPath,
    text,
    data: packed.data,
    body: typeof body === 'number' ? text.slice(body) : body,
    frontmatter: typeof frontmatter === 'string' ? frontmatter : text.slice(frontmatter[0], frontmatter[1]),
    fenceLine: packed.fenceLine,
    bodyLine: packed.bodyLine,
    parseProblem: packed.parseProblem,
    schemaProblems: packed.schemaProblems,
    valid: packed.valid,
    kind: packed.kind,
    id: packed.id,
    contentHash: packed.contentHash,
  };
}

/**
 * A chunk of records as a worker sends it. The parsed values go as JSON text
 * when JSON gives every value back as it was, otherwise as the objects
 * themselves: the main thread parses JSON faster than it takes in the same
 * objects from a structured clone, and is the busier thread (measured: 10k
 * lint about 0.04 s faster, a tenth of a second less CPU). JSON has no NaN,
 * Infinity or -0, which YAML can write (`.nan`, `.inf`, `-0.0`): a chunk
 * holding one of them is sent as objects. The files' texts go beside, as
 * strings, which cross between threads as a copy of their characters, without
 * the escaping and unescaping JSON would give them.
 */
export type PackedChunk = { texts: string[] } & ({ json: string } | { parts: PackedParts[] });

export function packChunk(chunk: RecordParts[]): PackedChunk {
  const parts = chunk.map(packParts);
  const texts = chunk.map((record) => record.text);
  return parts.every((part) => survivesJson(part.data)) ? { texts, json: JSON.stringify(parts) } : { texts, parts };
}

export function unpackChunk(packed: PackedChunk): RecordParts[] {
  const parts = 'json' in packed ? (JSON.parse(packed.json) as PackedParts[]) : packed.parts;
  return parts.map((part, index) => unpackParts(part, packed.texts[index]!));
}

/** Whether JSON gives `value` (parsed YAML: mappings, lists and scalars) back as it is. */
export function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every(survivesJson);
  for (const key in value) if (!survivesJson((value as Record<string, unknown>)[key])) return false;
  return true;
}
