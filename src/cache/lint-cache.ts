/**
 * `supv lint --cache` (SPEC §11.7): what lint learnt about each record file,
 * kept in `.supv-cache/lint/` at the repository's root, so that the next run
 * reads, parses, validates and hashes only the files that changed.
 *
 * Kept for each file, under its path and the SHA-256 of its bytes: the parse
 * (frontmatter values, where frontmatter and body start, any parse problem),
 * the schema problems, the content hash its signatures are checked against,
 * the findings of the rules about one record at a time (`meta.scope:
 * 'record'`), and the places in the file the other rules' findings were put
 * (a position depends only on the file's text). The rules about several
 * records, the date or git history run again every time, over every record.
 *
 * The cache is a set of shard files, each record in the shard its path
 * falls in, so that a change to one record rewrites one shard. Each shard
 * says the cache format, supv's build, and the configuration it was made
 * with, and carries the SHA-256 of its entries. A shard that is not
 * readable JSON, or was cut short, made by another supv or for another
 * configuration, or whose entries do not match their checksum or shape, is
 * not trusted: its records are read again and the shard is written anew.
 * Shards are written atomically (util/atomic-write), and the cache folder is
 * used only when it is a real folder: a `.supv-cache` that is a symbolic
 * link is never followed, and lint then runs without a cache.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEachRecord } from '../check/engine.js';
import { rules as everyRule } from '../check/rules/index.js';
import type { Rule } from '../check/rule.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import { survivesJson } from '../load/chunks.js';
import { indexRecords } from '../load/load.js';
import type { Finding, LoadedRecord, Locator, Position, ReadProblem, RecordSet, SchemaProblem } from '../model.js';
import { assembleRecord, partsFromBytes, readRecordBytes, unreadableParts, type RecordParts } from '../parse/read-record.js';
import { decodeRecord } from '../parse/decode.js';
import type { Config } from '../types/config.js';
import { writeAtomic } from '../util/atomic-write.js';
import { toolVersion } from '../cli/version.js';

/** The folder at the repository's root. */
export const CACHE_DIR = '.supv-cache';
/** lint's part of it. */
const LINT_DIR = 'lint';
/** Records are spread over this many shard files by path. */
export const SHARDS = 32;
const FORMAT = 'supv lint cache 1';

/** One record file as the cache keeps it. */
interface Entry {
  file: string;
  /** SHA-256 of the file's bytes, base64. */
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
  /**
   * The file's size, modification and change times and inode when its bytes
   * were hashed, when both times were then a few seconds past (as git's index
   * does, a file changed in the same instant it was looked at is not judged
   * by its times): the same again, and the file is taken as unchanged
   * without reading it. Null: read and hash it.
   */
  stat: [number, number, number, number] | null;
}

/** How long ago a file's times must be, when it is hashed, for them to vouch for it later. */
let SETTLED_MS = 3000;

/** For the tests: files written a moment ago vouched for by their times at once (default 3 s). */
export function settleTimesAfter(ms: number): void {
  SETTLED_MS = ms;
}

function statOf(absPath: string): Stats | undefined {
  try {
    return statSync(absPath);
  } catch {
    return undefined;
  }
}

function settledStat(stats: Stats | undefined, now: number): Entry['stat'] {
  if (!stats || Math.max(stats.mtimeMs, stats.ctimeMs) > now - SETTLED_MS) return null;
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

function sameStat(known: Entry['stat'], stats: Stats | undefined): boolean {
  return !!known && !!stats && known[0] === stats.size && known[1] === stats.mtimeMs && known[2] === stats.ctimeMs && known[3] === stats.ino;
}

/** What the cache is keyed by, beside each file's path and content: supv's build and the configuration. */
export interface CacheKey {
  supv: string;
  config: string;
}

/** The rules whose findings are kept with each record. */
export function recordRules(rules: readonly Rule[] = everyRule): Rule[] {
  return rules.filter((rule) => rule.meta.scope === 'record');
}

/**
 * supv's version, and the size and time of every compiled file that decides
 * what lint finds: a build of supv with changed rules does not trust the
 * cache of another, even under the same version number.
 */
let buildFingerprint: string | undefined;
function supvFingerprint(): string {
  if (buildFingerprint !== undefined) return buildFingerprint;
  const hash = createHash('sha256').update(`${FORMAT}\n${toolVersion()}\n`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = path.dirname(here);
  for (const folder of ['cache', 'check', 'check/rules', 'load', 'parse', 'policy', 'sign', 'validate', 'config']) {
    let names: string[];
    try {
      names = readdirSync(path.join(code, folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(js|ts)$/.test(name)) continue;
      try {
        const stats = statSync(path.join(code, folder, name));
        hash.update(`${folder}/${name} ${stats.size} ${stats.mtimeMs}\n`);
      } catch {
        // Gone meanwhile.
      }
    }
  }
  buildFingerprint = hash.digest('base64');
  return buildFingerprint;
}

/** The key for this configuration (the effective one, defaults applied). */
export function cacheKey(config: Config): CacheKey {
  return { supv: supvFingerprint(), config: createHash('sha256').update(stableJson(config)).digest('base64') };
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function shardOf(file: string): number {
  // FNV-1a: cheap, and the same in every process.
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

function shardName(shard: number): string {
  return `records-${String(shard).padStart(2, '0')}.json`;
}

/** Why the cache folder cannot be used, or undefined when it can (or does not exist yet). */
function folderProblem(dir: string): string | undefined {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) return `${path.basename(dir)} is a symbolic link, which supv does not follow`;
    if (!stats.isDirectory()) return `${path.basename(dir)} is not a folder`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `${path.basename(dir)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return undefined;
}

/** A shard file's text, read without following a link; undefined when it is missing, a link or not a file. */
function readShardText(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const { size } = fstatSync(fd);
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The entries of one shard, or undefined when it is not one to trust. */
export function parseShard(text: string, shard: number, key: CacheKey): Map<string, Entry> | undefined {
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  const body = text.slice(newline + 1);
  let header: unknown;
  let entries: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
    if (!isObject(header) || header.format !== FORMAT || header.supv !== key.supv || header.config !== key.config || header.shard !== shard) return undefined;
    if (typeof header.sha256 !== 'string' || createHash('sha256').update(body).digest('base64') !== header.sha256) return undefined;
    entries = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  const map = new Map<string, Entry>();
  for (const entry of entries) {
    if (!isEntry(entry) || shardOf(entry.file) !== shard || map.has(entry.file)) return undefined;
    map.set(entry.file, entry);
  }
  return map;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isPosition = (value: unknown): boolean => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column);
const nullOr = (value: unknown, type: string): boolean => value === null || typeof value === type;

/** Every field of an entry of the type the cache writes: anything else, and the shard is not trusted. */
function isEntry(value: unknown): value is Entry {
  if (!isObject(value)) return false;
  const { file, hash, data, frontmatter, body, fenceLine, bodyLine, parseProblem, schemaProblems, valid, kind, id, contentHash, findings, places, stat } = value;
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
    findings.every((finding) => isPosition(finding) && typeof finding.rule === 'string' && typeof finding.message === 'string' && typeof finding.messageId === 'string' && (finding.severity === 'error' || finding.severity === 'warning')) &&
    isObject(places) &&
    Object.values(places).every((place) => Array.isArray(place) && place.length === 2 && place.every(Number.isInteger)) &&
    (stat === null || (Array.isArray(stat) && stat.length === 4 && stat.every((n) => typeof n === 'number' && Number.isFinite(n))))
  );
}

/** What {@link loadRecordsCached} gives the engine, and what it writes back. */
export interface CachedLoad {
  records: RecordSet;
  /** The findings of the rules about one record at a time, for every file (src/check/engine.ts, `recordFindings`). */
  recordFindings: Map<string, Finding[]>;
  /** How many files were read from the cache, and how many parsed. */
  stats: { cached: number; parsed: number };
  /** Why the cache was not used at all, when it was not (said once on stderr). */
  unusable?: string;
  /** Write what changed: shards whose entries changed, went or were not trusted. Call after the rules ran (they add places). */
  save(): Promise<void>;
}

const placeKey = (locator: Locator) => `${locator.pointer}|${locator.target === 'key' ? 'k' : 'v'}`;

/**
 * Read the records of the repository at `root` as {@link loadRecords}
 * (src/load/load.ts) does, taking from the cache every file whose bytes are
 * those it was kept with, and work out the per-record findings of the rest.
 */
export async function loadRecordsCached(root: string, config: Config, rules: readonly Rule[] = everyRule): Promise<CachedLoad> {
  const key = cacheKey(config);
  const cacheDir = path.join(root, CACHE_DIR);
  const lintDir = path.join(cacheDir, LINT_DIR);
  const unusable = folderProblem(cacheDir) ?? folderProblem(lintDir);

  const shards: Array<Map<string, Entry> | undefined> = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    const text = unusable ? undefined : readShardText(path.join(lintDir, shardName(shard)));
    shards.push(text === undefined ? undefined : parseShard(text, shard, key));
  }
  /** Shards to write: not trusted, or with an entry added, changed or gone. */
  const dirty = new Set<number>();
  for (let shard = 0; shard < SHARDS; shard++) if (!shards[shard]) dirty.add(shard);
  const next: Array<Map<string, Entry>> = Array.from({ length: SHARDS }, () => new Map());

  const found = discoverRecords(root);
  const loaded: LoadedRecord[] = [];
  const fresh: Array<{ record: LoadedRecord; parts: RecordParts; hash: string | undefined; shard: number; stat?: Entry['stat'] }> = [];
  let cached = 0;
  const now = Date.now();
  for (const file of found) {
    const shard = shardOf(file.file);
    const known = shards[shard]?.get(file.file);
    const stats = file.refused ? undefined : statOf(file.absPath);
    if (known && sameStat(known.stat, stats)) {
      // Unchanged since it was hashed, by its times: not read at all, unless a finding needs a place not yet known.
      cached += 1;
      loaded.push(unreadRecord(file, known, () => dirty.add(shard)));
      next[shard]!.set(file.file, known);
      continue;
    }
    const bytes = readRecordBytes(file);
    if ('problem' in bytes) {
      // Refused or not readable: nothing to key it by; worked out each time (no parsing is involved).
      const parts = unreadableParts(file, bytes.problem);
      const record = assembleRecord(parts);
      loaded.push(record);
      fresh.push({ record, parts, hash: undefined, shard });
      continue;
    }
    const hash = createHash('sha256').update(bytes.data).digest('base64');
    const entry = shards[shard]?.get(file.file);
    const record = entry?.hash === hash ? fromEntry(file, entry, bytes.data, () => dirty.add(shard)) : undefined;
    if (record && entry) {
      cached += 1;
      loaded.push(record);
      next[shard]!.set(file.file, entry);
      const stat = settledStat(stats, now);
      if (stat && !sameStat(entry.stat, stats)) {
        entry.stat = stat;
        dirty.add(shard);
      }
      continue;
    }
    const parts = partsFromBytes(file, bytes.data);
    const fromParts = assembleRecord(parts);
    loaded.push(fromParts);
    fresh.push({ record: fromParts, parts, hash, shard, stat: settledStat(stats, now) });
  }

  const recordFindings = new Map<string, Finding[]>();
  for (const record of loaded) {
    const entry = next[shardOf(record.file)]!.get(record.file);
    if (entry) recordFindings.set(record.file, entry.findings.map((finding) => ({ ...finding, file: record.file })));
  }
  const worked = await checkEachRecord(
    fresh.map(({ record }) => record),
    recordRules(rules),
    config,
  );
  for (const item of fresh) {
    const findings = worked.get(item.record.file) ?? [];
    recordFindings.set(item.record.file, findings);
    if (item.hash === undefined) continue;
    const entry = toEntry(item.parts, item.hash, findings, item.stat ?? null);
    if (!entry) continue;
    next[item.shard]!.set(item.record.file, entry);
    dirty.add(item.shard);
    rememberPlaces(item.record, entry, () => dirty.add(item.shard));
  }
  // An entry whose file is gone, renamed or changed is left out of the next shard: that shard is written.
  for (let shard = 0; shard < SHARDS; shard++) {
    const before = shards[shard];
    if (before && [...before.keys()].some((file) => next[shard]!.get(file) !== before.get(file))) dirty.add(shard);
  }

  return {
    records: indexRecords(loaded),
    recordFindings,
    stats: { cached, parsed: found.length - cached },
    unusable,
    async save() {
      if (unusable || dirty.size === 0) return;
      if (!makeFolder(cacheDir) || !makeFolder(lintDir)) return;
      for (const shard of [...dirty].sort((a, b) => a - b)) {
        const body = JSON.stringify([...next[shard]!.values()]);
        const header = JSON.stringify({ format: FORMAT, supv: key.supv, config: key.config, shard, sha256: createHash('sha256').update(body).digest('base64') });
        await writeAtomic(path.join(lintDir, shardName(shard)), `${header}\n${body}`);
      }
    },
  };
}

/** Make the cache folder (with a `.gitignore` of `*` in it, so git ignores it wherever it is); false when it cannot be used. */
function makeFolder(dir: string): boolean {
  if (folderProblem(dir)) return false;
  try {
    mkdirSync(dir, { recursive: false });
    if (path.basename(dir) === CACHE_DIR) writeFileSync(path.join(dir, '.gitignore'), '# supv lint --cache: nothing here belongs in git.\n*\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  // Checked again after making it: a link put there meanwhile is not written through.
  return folderProblem(dir) === undefined && lstatSync(dir).isDirectory();
}

function normalise(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A cache entry for a record just read, or undefined when its values would not come back from JSON as they are. */
function toEntry(parts: RecordParts, hash: string, findings: Finding[], stat: Entry['stat']): Entry | undefined {
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
    stat,
  };
}

/**
 * A record from its cache entry, its file not read: the text, body and
 * frontmatter are read when first asked for (by a rule placing a finding at
 * a place the entry does not know; the rules that read the body are kept
 * with the record).
 */
function unreadRecord(found: FoundFile, entry: Entry, changed: () => void): LoadedRecord {
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
function entryFields(entry: Entry) {
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
function fromEntry(found: FoundFile, entry: Entry, bytes: Uint8Array, changed: () => void): LoadedRecord | undefined {
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
function rememberPlaces(record: LoadedRecord, entry: Entry, changed: () => void): void {
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
