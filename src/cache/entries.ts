/**
 * One record file as lint's cache keeps it (an entry, one line of a shard
 * file), and the record made from it again.
 */
import type { Finding, LoadedRecord, Locator, Position, ReadProblem, SchemaProblem } from '../model.js';
import type { FoundFile } from '../load/discover.js';
import { survivesJson } from '../load/chunks.js';
import { assembleRecord, readRecordBytes, unreadableParts, type RecordParts } from '../parse/read-record.js';
import { decodeRecord } from '../parse/decode.js';
import { isObject, nullOr, sha256, splitHeader, type CacheKey } from './files.js';

/** Records are spread over this many shard files by path. */
export const SHARDS = 32;

/** One record file as the cache keeps it. */
export interface Entry {
  file: string;
  /** The file's bytes' hash ({@link shortHash}). */
  hash: string;
  data: Record<string, unknown> | null;
  /** Where the frontmatter and the body start in the text (line endings read as LF), or the text itself when it is not a slice. */
  frontmatter: [number, number] | string;
  body: number | string;
  fenceLine: number;
  bodyLine: number;
  parseProblem: ReadProblem | null;
  schemaProblems: SchemaProblem[];
  valid: boolean;
  kind: string | null;
  id: string | null;
  contentHash: string | null;
  /** The findings of the rules about one record, without their file. */
  findings: Array<Omit<Finding, 'file'>>;
  /** Places found for locators, by `pointer` and target (`k` or `v`). */
  places: Record<string, [number, number]>;
  /** What ties the record to others (src/cache/links.ts). */
  links: string[];
  /** A session's supervisor. */
  leader: string | null;
  /** The date the record is judged by for a past `--as-of` (src/policy/record-date.ts). */
  date: string | null;
}

export function shardOf(file: string): number {
  // FNV-1a: cheap, and the same in every process.
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

export function shardName(shard: number): string {
  return `records-${String(shard).padStart(2, '0')}.jsonl`;
}

export const isPosition = (value: unknown): boolean => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column);

export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isFindingShape(finding: unknown): boolean {
  return (
    isPosition(finding) &&
    typeof (finding as Finding).rule === 'string' &&
    typeof (finding as Finding).message === 'string' &&
    typeof (finding as Finding).messageId === 'string' &&
    ((finding as Finding).severity === 'error' || (finding as Finding).severity === 'warning')
  );
}

/** Every field of an entry of the type the cache writes: anything else, and it is not trusted. */
export function isEntry(value: unknown): value is Entry {
  if (!isObject(value)) return false;
  const { file, hash, data, frontmatter, body, fenceLine, bodyLine, parseProblem, schemaProblems, valid, kind, id, contentHash, findings, places, links, leader, date } = value;
  return (
    typeof file === 'string' &&
    typeof hash === 'string' &&
    (data === null || isObject(data)) &&
    (typeof frontmatter === 'string' || (Array.isArray(frontmatter) && frontmatter.length === 2 && frontmatter.every(Number.isInteger))) &&
    (typeof body === 'string' || Number.isInteger(body)) &&
    Number.isInteger(fenceLine) &&
    Number.isInteger(bodyLine) &&
    (parseProblem === null || (isPosition(parseProblem) && typeof (parseProblem as ReadProblem).message === 'string')) &&
    Array.isArray(schemaProblems) &&
    schemaProblems.every((problem) => isObject(problem) && typeof problem.pointer === 'string' && typeof problem.message === 'string') &&
    typeof valid === 'boolean' &&
    nullOr(kind, 'string') &&
    nullOr(id, 'string') &&
    nullOr(contentHash, 'string') &&
    Array.isArray(findings) &&
    findings.every(isFindingShape) &&
    isObject(places) &&
    Object.values(places).every((place) => Array.isArray(place) && place.length === 2 && place.every(Number.isInteger)) &&
    isStringList(links) &&
    nullOr(leader, 'string') &&
    nullOr(date, 'string')
  );
}

export function parseEntry(raw: string): Entry | undefined {
  try {
    const entry: unknown = JSON.parse(raw);
    return isEntry(entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** One shard's lines (one entry each), or undefined when it is not one of this cache's. */
export function shardLines(text: string | undefined, shard: number, key: CacheKey): { lines: string[]; sha256: string } | undefined {
  const split = text === undefined ? undefined : splitHeader(text, key);
  if (!split || split.header.shard !== shard || typeof split.header.sha256 !== 'string') return undefined;
  return { lines: split.body === '' ? [] : split.body.split('\n'), sha256: split.header.sha256 };
}

/** The entries of one shard, each with its line, or undefined when it is not one to trust (its checksum covers every line). */
export function parseShard(text: string, shard: number, key: CacheKey): Map<string, { entry: Entry; raw: string }> | undefined {
  const read = shardLines(text, shard, key);
  if (!read || sha256(read.lines.join('\n')) !== read.sha256) return undefined;
  const map = new Map<string, { entry: Entry; raw: string }>();
  for (const raw of read.lines) {
    const entry = parseEntry(raw);
    if (!entry || shardOf(entry.file) !== shard || map.has(entry.file)) return undefined;
    map.set(entry.file, { entry, raw });
  }
  return map;
}

export const placeKey = (locator: Locator) => `${locator.pointer}|${locator.target === 'key' ? 'k' : 'v'}`;

export function normalise(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A cache entry for a record just read, or undefined when its values would not come back from JSON as they are. */
export function toEntry(parts: RecordParts, hash: string, findings: Finding[], links: Pick<Entry, 'links' | 'leader' | 'date'>): Entry | undefined {
  if (parts.data !== undefined && !survivesJson(parts.data)) return undefined;
  if (!findings.every((finding) => finding.data === undefined || survivesJson(finding.data))) return undefined;
  const text = normalise(parts.text);
  const fmStart = text.startsWith(parts.frontmatter, 3) ? 3 : text.indexOf('\n');
  const frontmatter: Entry['frontmatter'] = fmStart >= 0 && text.startsWith(parts.frontmatter, fmStart) ? [fmStart, fmStart + parts.frontmatter.length] : parts.frontmatter;
  const body = text.endsWith(parts.body) ? text.length - parts.body.length : parts.body;
  return {
    file: parts.file,
    hash,
    data: parts.data ?? null,
    frontmatter,
    body,
    fenceLine: parts.fenceLine,
    bodyLine: parts.bodyLine,
    parseProblem: parts.parseProblem ?? null,
    schemaProblems: parts.schemaProblems,
    valid: parts.valid,
    kind: parts.kind ?? null,
    id: parts.id ?? null,
    contentHash: parts.contentHash ?? null,
    findings: findings.map(({ file: _file, ...rest }) => rest),
    places: {},
    links: links.links,
    leader: links.leader,
    date: links.date,
  };
}

/**
 * A record from its cache entry, its file not read: the text, body and
 * frontmatter are read when first asked for (by a rule placing a finding at
 * a place the entry does not know; the rules that read the body are kept
 * with the record).
 */
export function unreadRecord(found: FoundFile, entry: Entry, changed: () => void): LoadedRecord {
  let read: LoadedRecord | undefined;
  const load = (): LoadedRecord => {
    if (read) return read;
    const bytes = readRecordBytes(found);
    read = ('problem' in bytes ? undefined : fromEntry(found, entry, bytes.data, changed)) ?? assembleRecord(unreadableParts(found, { line: 1, column: 1, message: 'the file changed while it was linted; lint again' }));
    return read;
  };
  const record: LoadedRecord = {
    file: found.file,
    absPath: found.absPath,
    get text() {
      return load().text;
    },
    data: entry.data ?? undefined,
    get body() {
      return load().body;
    },
    ...entryFields(entry),
    locate: (locator) => {
      const known = entry.places[placeKey(locator)];
      return known ? { line: known[0], column: known[1] } : load().locate(locator);
    },
  };
  return record;
}

/** What a cache entry says of its record as it was read: the parse, the schema's verdict, the content hash. */
export function entryFields(entry: Entry) {
  return {
    fenceLine: entry.fenceLine,
    bodyLine: entry.bodyLine,
    parseProblem: entry.parseProblem ?? undefined,
    schemaProblems: entry.schemaProblems,
    valid: entry.valid,
    kind: (entry.kind ?? undefined) as LoadedRecord['kind'],
    id: entry.id ?? undefined,
    contentHash: entry.contentHash ?? undefined,
  };
}

/** A record from its cache entry and its bytes (read again to see that they are unchanged). */
export function fromEntry(found: FoundFile, entry: Entry, bytes: Uint8Array, changed: () => void): LoadedRecord | undefined {
  const decoded = decodeRecord(bytes);
  const text = 'problem' in decoded ? '' : decoded.text;
  const normalised = normalise(text);
  const slice = (at: number | [number, number] | string): string | undefined => {
    if (typeof at === 'string') return at;
    const [start, end] = typeof at === 'number' ? [at, normalised.length] : at;
    return start >= 0 && start <= end && end <= normalised.length ? normalised.slice(start, end) : undefined;
  };
  const frontmatter = slice(entry.frontmatter);
  const body = slice(entry.body);
  if (frontmatter === undefined || body === undefined) return undefined;
  const record = assembleRecord({
    file: found.file,
    absPath: found.absPath,
    text,
    data: entry.data ?? undefined,
    body,
    frontmatter,
    ...entryFields(entry),
  });
  rememberPlaces(record, entry, changed);
  return record;
}

/** Places answered from the entry, and those found anew kept in it. */
export function rememberPlaces(record: LoadedRecord, entry: Entry, changed: () => void): void {
  const locate = record.locate.bind(record);
  record.locate = (locator: Locator): Position => {
    const name = placeKey(locator);
    const known = entry.places[name];
    if (known) return { line: known[0], column: known[1] };
    const place = locate(locator);
    entry.places[name] = [place.line, place.column];
    changed();
    return place;
  };
}

