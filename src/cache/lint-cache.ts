/**
 * `supv lint --cache` (SPEC §11.7): what lint learnt about each record file
 * and about the last run, kept in `.supv-cache/lint/` at the repository's
 * root, so that the next run reads, parses, validates and hashes only the
 * files that changed, and re-checks only the records tied to them.
 *
 * Two things are kept.
 * - Each file's entry, under its path and the SHA-256 of its bytes: the
 *   parse (frontmatter values, where frontmatter and body start, any parse
 *   problem), the schema problems, the content hash its signatures are
 *   checked against, the findings of the rules about one record at a time
 *   (`meta.scope: 'record'`), the places in the file findings were put (a
 *   position depends only on the file's text), and what ties the record to
 *   others (src/cache/links.ts). Entries are spread over shard files by path,
 *   one entry a line, so that a change to one record rewrites one shard.
 * - The index of the last run (`run.json`): for every file its hash, size
 *   and times, kind, id, date and links, where its entry is and that entry's
 *   checksum; what the run was judged on (as-of date, today, `--rule`
 *   settings, git HEAD); and every finding it reported.
 *
 * Then a run is one of three:
 * - nothing changed (no file, nor anything the run was judged on): the last
 *   findings are the findings, and no record is read;
 * - a few records changed, none of them a staff record: the rules about one
 *   record run over the changed files, the rules about several records that
 *   declare `meta.scope: 'linked'` over the records tied to the changed ones
 *   (old and new versions) with every staff record, keeping the last
 *   findings elsewhere, and the other rules over everything as always;
 * - otherwise every rule runs over every record, taking from the entries
 *   what did not change.
 * The findings are always those of a cold run (test/cache/).
 *
 * Every file says the cache format, supv's build, and the configuration it
 * was made with, and carries checksums: a file that is not readable JSON, or
 * was cut short, made by another supv or for another configuration, or whose
 * content does not match its checksum or shape, is not trusted: what it held
 * is worked out again and written anew. Files are written atomically
 * (util/atomic-write), and the cache folder is used only when it is a real
 * folder: a `.supv-cache` that is a symbolic link is never followed, and lint
 * then runs without a cache.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEachRecord, checkRecords, HISTORY_INCOMPLETE_MESSAGE_ID, type RuleSetting } from '../check/engine.js';
import { rules as everyRule } from '../check/rules/index.js';
import type { Rule } from '../check/rule.js';
import type { LintResult } from '../format/types.js';
import type { GitHistory } from '../git/types.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import { survivesJson } from '../load/chunks.js';
import { indexRecords } from '../load/load.js';
import { keptAsOf } from '../load/as-of.js';
import type { Finding, LoadedRecord, Locator, Position, ReadProblem, RecordSet, SchemaProblem } from '../model.js';
import { assembleRecord, partsFromBytes, readRecordBytes, unreadableParts, type RecordParts } from '../parse/read-record.js';
import { decodeRecord } from '../parse/decode.js';
import { recordDate } from '../policy/record-date.js';
import type { Config } from '../types/config.js';
import { writeAtomic } from '../util/atomic-write.js';
import { toolVersion } from '../cli/version.js';
import { recordLinks } from './links.js';

/** The folder at the repository's root. */
export const CACHE_DIR = '.supv-cache';
/** lint's part of it. */
const LINT_DIR = 'lint';
/** Records are spread over this many shard files by path. */
export const SHARDS = 32;
/** The index of the last run, beside the shards. */
export const INDEX_FILE = 'run.json';
/** The first thing every cache file says; a file saying anything else is not read. */
export const CACHE_FORMAT = 'supv lint cache 2';
const FORMAT = CACHE_FORMAT;
/**
 * Past this many changed files (or this share of the repository), the rules
 * about several records run over everything: the records tied to that many
 * changes are most of the repository anyway.
 */
const LINKED_MAX_CHANGES = 200;
const LINKED_MAX_SHARE = 0.25;

/** One record file as the cache keeps it. */
interface Entry {
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

/**
 * The file's size, modification and change times and inode when its bytes
 * were hashed, when both times were then a few seconds past (as git's index
 * does, a file changed in the same instant it was looked at is not judged by
 * its times): the same again, and the file is taken as unchanged without
 * reading it. Null: read and hash it.
 */
type Stat = [number, number, number, number] | null;

/** What the index says of one file. */
interface Row {
  file: string;
  hash: string;
  stat: Stat;
  kind: string | null;
  id: string | null;
  valid: boolean;
  date: string | null;
  links: string[];
  leader: string | null;
  shard: number;
  /** The entry's line in its shard (from 0, after the header) and the SHA-256 of that line. */
  line: number;
  lineHash: string;
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

function settledStat(stats: Stats | undefined, now: number): Stat {
  if (!stats || Math.max(stats.mtimeMs, stats.ctimeMs) > now - SETTLED_MS) return null;
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

function sameStat(known: Stat, stats: Stats | undefined): boolean {
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
  for (const folder of ['cache', 'check', 'check/rules', 'load', 'parse', 'policy', 'sign', 'validate', 'config', 'git', 'format']) {
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
  return { supv: supvFingerprint(), config: sha256(stableJson(config)) };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The first 128 bits of the SHA-256 of a file or an entry's line, base64: what the cache tells them apart by. */
function shortHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64').slice(0, 22);
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
  return `records-${String(shard).padStart(2, '0')}.jsonl`;
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

/** A cache file's text, read without following a link; undefined when it is missing, a link or not a file. */
function readCacheText(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const buffer = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A cache file's first line, when it says this format, supv and configuration; and the rest. */
function splitHeader(text: string, key: CacheKey): { header: Record<string, unknown>; body: string } | undefined {
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (!isObject(header) || header.format !== FORMAT || header.supv !== key.supv || header.config !== key.config) return undefined;
  return { header, body: text.slice(newline + 1) };
}

/** One shard's lines (one entry each), or undefined when it is not one of this cache's. */
function shardLines(text: string | undefined, shard: number, key: CacheKey): { lines: string[]; sha256: string } | undefined {
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

function parseEntry(raw: string): Entry | undefined {
  try {
    const entry: unknown = JSON.parse(raw);
    return isEntry(entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

const isPosition = (value: unknown): boolean => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column);
const nullOr = (value: unknown, type: string): boolean => value === null || typeof value === type;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isStat = (stat: unknown): boolean => stat === null || (Array.isArray(stat) && stat.length === 4 && stat.every((n) => typeof n === 'number' && Number.isFinite(n)));

function isFindingShape(finding: unknown): boolean {
  return (
    isPosition(finding) &&
    typeof (finding as Finding).rule === 'string' &&
    typeof (finding as Finding).message === 'string' &&
    typeof (finding as Finding).messageId === 'string' &&
    ((finding as Finding).severity === 'error' || (finding as Finding).severity === 'warning')
  );
}

/** Every field of an entry of the type the cache writes: anything else, and it is not trusted. */
function isEntry(value: unknown): value is Entry {
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

/**
 * The index of the last run. Its text: the header line; the files, as one
 * JSON list of path, hash, shard, date, size, modification time, change time
 * and inode for each (size -1: not vouched for by its times); the findings
 * of the run, as one JSON list of file, line, column, rule, severity (`e` or
 * `w`), message and message id for each; then one line for each file, in the
 * same order, saying in JSON what else the index knows of it. The header
 * carries the SHA-256 of the first two lines and that of the rest, which is
 * read and checked only when a run needs it.
 */
class Index {
  readonly slots = new Map<string, number>();
  readonly #rows: Array<Row | undefined> = [];
  #detailsChecked: boolean | undefined;

  constructor(
    readonly run: string,
    readonly files: string[],
    readonly hashes: string[],
    readonly shards: number[],
    readonly dates: Array<string | null>,
    readonly stats: Stat[],
    readonly results: Map<string, Finding[]>,
    /** The findings line as read, to be written back when no rule ran. */
    readonly resultsText: string,
    readonly details: string[],
    readonly detailsHash: string,
  ) {
    files.forEach((file, slot) => this.slots.set(file, slot));
  }

  /** Everything the index says of a file; undefined when that line is not what the index writes (then the file is read again). */
  row(slot: number): Row | undefined {
    if (slot in this.#rows) return this.#rows[slot];
    this.#detailsChecked ??= sha256(this.details.join('\n')) === this.detailsHash;
    let detail: unknown;
    try {
      detail = this.#detailsChecked ? JSON.parse(this.details[slot]!) : undefined;
    } catch {
      detail = undefined;
    }
    const row = rowFrom(this.files[slot]!, this.hashes[slot]!, this.stats[slot]!, detail);
    // The shard and date are said twice; a line that disagrees is not the index's.
    this.#rows[slot] = row && row.shard === this.shards[slot] && row.date === this.dates[slot] ? row : undefined;
    return this.#rows[slot];
  }

  /** The last run's findings, every file of it with its own (none for most), in path order. */
  lastResults(inRun: (slot: number) => boolean): LintResult[] {
    const files = new Set(this.results.keys());
    this.files.forEach((file, slot) => {
      if (inRun(slot)) files.add(file);
    });
    return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((file) => ({ file, findings: this.results.get(file) ?? [] }));
  }
}

type Detail = [kind: string | null, id: string | null, valid: boolean, date: string | null, links: string[], leader: string | null, shard: number, line: number, lineHash: string];

function detailOf(row: Row): string {
  const detail: Detail = [row.kind, row.id, row.valid, row.date, row.links, row.leader, row.shard, row.line, row.lineHash];
  return JSON.stringify(detail);
}

function rowFrom(file: string, hash: string, stat: Stat, value: unknown): Row | undefined {
  if (!Array.isArray(value) || value.length !== 9) return undefined;
  const [kind, id, valid, date, links, leader, shard, line, lineHash] = value as unknown[];
  if (!nullOr(kind, 'string') || !nullOr(id, 'string') || typeof valid !== 'boolean' || !nullOr(date, 'string') || !isStringList(links) || !nullOr(leader, 'string')) return undefined;
  if (!Number.isInteger(shard) || (shard as number) < 0 || (shard as number) >= SHARDS || !Number.isInteger(line) || typeof lineHash !== 'string') return undefined;
  return { file, hash, stat, kind: kind as string | null, id: id as string | null, valid, date: date as string | null, links, leader: leader as string | null, shard: shard as number, line: line as number, lineHash };
}

/** The index, or undefined when it is missing or not one to trust; `docs` gives each rule's page, which findings carry. */
function readIndex(text: string | undefined, key: CacheKey, docs: ReadonlyMap<string, string>): Index | undefined {
  const split = text === undefined ? undefined : splitHeader(text, key);
  if (!split || typeof split.header.run !== 'string' || typeof split.header.sha256 !== 'string' || typeof split.header.details !== 'string') return undefined;
  const second = split.body.indexOf('\n', split.body.indexOf('\n') + 1);
  if (second === -1 || sha256(split.body.slice(0, second)) !== split.header.sha256) return undefined;
  const [filesLine, resultsLine] = split.body.slice(0, second).split('\n');
  let list: unknown;
  let found: unknown;
  try {
    list = JSON.parse(filesLine!);
    found = JSON.parse(resultsLine!);
  } catch {
    return undefined;
  }
  const details = split.body.slice(second + 1).split('\n');
  if (!Array.isArray(list) || list.length % 8 !== 0 || !Array.isArray(found) || found.length % 7 !== 0 || details.length !== list.length / 8) return undefined;
  const files: string[] = [];
  const hashes: string[] = [];
  const shards: number[] = [];
  const dates: Array<string | null> = [];
  const stats: Stat[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < list.length; at += 8) {
    const file: unknown = list[at];
    const hash: unknown = list[at + 1];
    const shard: unknown = list[at + 2];
    const date: unknown = list[at + 3];
    if (typeof file !== 'string' || typeof hash !== 'string' || !Number.isInteger(shard) || (shard as number) < 0 || (shard as number) >= SHARDS || !nullOr(date, 'string') || seen.has(file)) return undefined;
    for (let n = at + 4; n < at + 8; n++) if (typeof list[n] !== 'number' || !Number.isFinite(list[n])) return undefined;
    seen.add(file);
    files.push(file);
    hashes.push(hash);
    shards.push(shard as number);
    dates.push(date as string | null);
    stats.push(list[at + 4] === -1 ? null : [list[at + 4], list[at + 5], list[at + 6], list[at + 7]]);
  }
  const results = new Map<string, Finding[]>();
  for (let at = 0; at < found.length; at += 7) {
    const [file, line, column, rule, severity, message, messageId] = found.slice(at, at + 7) as unknown[];
    const page = typeof rule === 'string' ? docs.get(rule) : undefined;
    if (typeof file !== 'string' || !Number.isInteger(line) || !Number.isInteger(column) || page === undefined || (severity !== 'e' && severity !== 'w') || typeof message !== 'string' || typeof messageId !== 'string') return undefined;
    const finding: Finding = { file, line: line as number, column: column as number, rule: rule as string, severity: severity === 'e' ? 'error' : 'warning', message, messageId, docs: page };
    const list = results.get(file);
    if (list) list.push(finding);
    else results.set(file, [finding]);
  }
  return new Index(split.header.run, files, hashes, shards, dates, stats, results, resultsLine!, details, split.header.details);
}

/** The text of an index: see {@link Index}. */
function indexText(key: CacheKey, run: string, rows: readonly Row[], details: readonly string[], results: string): string {
  const list: unknown[] = [];
  for (const row of rows) list.push(row.file, row.hash, row.shard, row.date, ...(row.stat ?? [-1, 0, 0, 0]));
  const head = `${JSON.stringify(list)}\n${results}`;
  const rest = details.join('\n');
  return `${JSON.stringify({ format: FORMAT, supv: key.supv, config: key.config, run, sha256: sha256(head), details: sha256(rest) })}\n${head}\n${rest}`;
}

/** What lint runs with: the rules, how they are set, and what they are judged on. */
export interface LintRun {
  config: Config;
  asOf: string;
  today: string;
  /** An explicit `--as-of` before today: records dated after it (up to today) are left out (src/load/as-of.ts). */
  pastAsOf: boolean;
  settings: Record<string, RuleSetting>;
  rules?: readonly Rule[];
  /** Which commit git history would be read from (HEAD, or why there is none): decides whether the last run's findings still hold. */
  gitState: () => Promise<string>;
  /** The history itself, read only when a rule will run. */
  history: () => Promise<GitHistory | undefined>;
  /** Checked on the records before any rule runs (a configuration naming a record that does not exist). */
  checkConfig?: (records: RecordSet) => void;
}

/** What {@link lintCached} found. */
export interface CachedLint {
  results: LintResult[];
  /** How the run went: `unchanged` (the last findings stand), `linked` (only the records tied to the changes re-checked) or `full`. */
  mode: 'unchanged' | 'linked' | 'full';
  /** Files taken from the cache, and files read and parsed. */
  stats: { cached: number; parsed: number; checked: number };
  /** Why the cache was not used at all, when it was not (said once on stderr). */
  unusable?: string;
  /** Write what changed. */
  save(): Promise<void>;
}

/** What {@link loadRecordsCached} gives `supv watch`, and what it writes back. */
export interface CachedLoad {
  records: RecordSet;
  /** The findings of the rules about one record at a time, for every file (src/check/engine.ts, `recordFindings`). */
  recordFindings: Map<string, Finding[]>;
  stats: { cached: number; parsed: number };
  unusable?: string;
  save(): Promise<void>;
}

const placeKey = (locator: Locator) => `${locator.pointer}|${locator.target === 'key' ? 'k' : 'v'}`;

/** One file of the repository as this run sees it: what the cache knows of it, or its fresh parse. */
interface Item {
  found: FoundFile;
  /** The shard its entry is in (unchanged) or goes to (fresh). */
  shard: number;
  /** Unchanged, and known from the index: its place there. */
  slot?: number;
  /** Unchanged, and known from its entry in a shard read whole (when there was no index to trust). */
  whole?: Row;
  /** Its entry, once read from the shard or made. */
  entry?: Entry;
  /** The entry's line as the shard holds it, written back as it is unless the entry changed. */
  raw?: string;
  /** Read and parsed this run (changed, new, or its entry could not be read). */
  fresh?: { parts: RecordParts; hash: string | undefined; links: string[]; leader: string | null; date: string | null };
  /** A changed file's row in the last run's index: undefined when the file is new, null when its line cannot be read. */
  old?: Row | null;
  stat: Stat;
  /** Its date as the index has it (to leave a record out under a past `--as-of` without reading what else the index says). */
  date?: string | null;
  record?: LoadedRecord;
  /** A fresh file's findings of the rules about one record. */
  recordFindings?: Finding[];
}

/** What the cache knows of a file that ties it to others. */
interface Links {
  links: readonly string[];
  leader: string | null;
  kind: string | null;
  id: string | null;
  valid: boolean;
  date: string | null;
}

/**
 * The cache of the repository at `root`: the index, the shards (read when
 * first needed), and every record file found, each classified as unchanged
 * (by its times or its hash) or fresh.
 */
class LintCache {
  readonly key: CacheKey;
  readonly lintDir: string;
  readonly cacheDir: string;
  readonly unusable: string | undefined;
  readonly index: Index | undefined;
  readonly items: Item[] = [];
  /** Files of the last run that are gone, by their place in the index. */
  readonly removed: number[] = [];
  #shards = new Map<number, string[] | undefined>();
  /** Shards to write: an entry added, changed or gone, or the shard not trusted. */
  readonly dirty = new Set<number>();
  /** The index must be written (a file's times newly vouch for it). */
  indexDirty = false;

  constructor(
    readonly root: string,
    config: Config,
    rules: readonly Rule[],
  ) {
    this.key = cacheKey(config);
    this.cacheDir = path.join(root, CACHE_DIR);
    this.lintDir = path.join(this.cacheDir, LINT_DIR);
    this.unusable = folderProblem(this.cacheDir) ?? folderProblem(this.lintDir);
    const index = (this.index = this.unusable ? undefined : readIndex(readCacheText(path.join(this.lintDir, INDEX_FILE)), this.key, new Map(rules.map((rule) => [rule.meta.id, rule.meta.docs]))));
    // Without an index to vouch for single lines, each shard is trusted whole or not at all, and all are written anew.
    const whole = index || this.unusable ? undefined : this.#wholeShards();
    if (!index) for (let shard = 0; shard < SHARDS; shard++) this.dirty.add(shard);
    const now = Date.now();
    const seen = new Set<number>();
    for (const found of discoverRecords(root)) {
      const item: Item = { found, shard: shardOf(found.file), stat: null };
      this.items.push(item);
      const stats = found.refused ? undefined : statOf(found.absPath);
      const slot = index?.slots.get(found.file);
      if (slot !== undefined) seen.add(slot);
      if (slot !== undefined && sameStat(index!.stats[slot]!, stats)) {
        // Unchanged since it was hashed, by its times: not read at all.
        Object.assign(item, { slot, shard: index!.shards[slot]!, date: index!.dates[slot]!, stat: index!.stats[slot]! });
        continue;
      }
      const bytes = readRecordBytes(found);
      if ('problem' in bytes) {
        // Refused or not readable: nothing to key it by; worked out each time (no parsing is involved).
        item.fresh = { parts: unreadableParts(found, bytes.problem), hash: undefined, links: [], leader: null, date: null };
        if (slot !== undefined) item.old = index!.row(slot) ?? null;
        continue;
      }
      const hash = shortHash(bytes.data);
      item.stat = settledStat(stats, now);
      if (slot !== undefined && index!.hashes[slot] === hash) {
        Object.assign(item, { slot, shard: index!.shards[slot]!, date: index!.dates[slot]! });
        if (item.stat) this.indexDirty = true;
        continue;
      }
      const kept = whole?.get(found.file);
      if (kept?.entry.hash === hash) {
        item.entry = kept.entry;
        item.whole = rowOf(kept.entry, item.stat, kept.shard, -1, '');
        item.shard = kept.shard;
        item.date = kept.entry.date;
        continue;
      }
      item.fresh = freshOf(partsFromBytes(found, bytes.data), hash);
      item.shard = shardFor(found.file, item.fresh);
      if (slot !== undefined) {
        item.old = index!.row(slot) ?? null;
        this.dirty.add(index!.shards[slot]!);
      }
    }
    index?.files.forEach((_file, slot) => {
      if (seen.has(slot)) return;
      this.removed.push(slot);
      this.dirty.add(index.shards[slot]!);
    });
  }

  /** Every shard parsed and checked whole (when there is no index): each file's entry and the shard it is in. */
  #wholeShards(): Map<string, { entry: Entry; raw: string; shard: number }> {
    const entries = new Map<string, { entry: Entry; raw: string; shard: number }>();
    for (let shard = 0; shard < SHARDS; shard++) {
      const text = readCacheText(path.join(this.lintDir, shardName(shard)));
      const parsed = text === undefined ? undefined : parseShard(text, shard, this.key);
      for (const [file, { entry, raw }] of parsed ?? []) if (!entries.has(file)) entries.set(file, { entry, raw, shard });
    }
    return entries;
  }

  #lines(shard: number): string[] | undefined {
    if (!this.#shards.has(shard)) this.#shards.set(shard, shardLines(readCacheText(path.join(this.lintDir, shardName(shard))), shard, this.key)?.lines);
    return this.#shards.get(shard);
  }

  /** What the cache knows of an unchanged file; undefined when the index's line for it cannot be read. */
  row(item: Item): Row | undefined {
    return item.whole ?? (item.slot === undefined ? undefined : this.index!.row(item.slot));
  }

  /** The entry of an unchanged file, read from its shard line and checked against the index; undefined when it cannot be trusted. */
  entryOf(item: Item): Entry | undefined {
    if (item.entry || item.fresh) return item.entry;
    const row = this.row(item);
    const raw = row ? this.#lines(row.shard)?.[row.line] : undefined;
    if (!row || raw === undefined || shortHash(raw) !== row.lineHash) return undefined;
    const entry = parseEntry(raw);
    if (!entry || entry.file !== row.file || entry.hash !== row.hash) return undefined;
    item.entry = entry;
    item.raw = raw;
    return entry;
  }

  /** An unchanged file whose entry cannot be read is read and parsed again. */
  #refresh(item: Item): void {
    const bytes = readRecordBytes(item.found);
    const parts = 'problem' in bytes ? unreadableParts(item.found, bytes.problem) : partsFromBytes(item.found, bytes.data);
    const hash = 'problem' in bytes ? undefined : shortHash(bytes.data);
    this.dirty.add(item.shard);
    item.fresh = freshOf(parts, hash);
    item.shard = shardFor(item.found.file, item.fresh);
    this.dirty.add(item.shard);
  }

  /** The record of a file, from its entry (its text read only if a finding needs a place the entry does not know) or its fresh parse. */
  recordOf(item: Item): LoadedRecord {
    if (item.record) return item.record;
    if (!item.fresh && !this.entryOf(item)) this.#refresh(item);
    if (item.fresh) return (item.record = assembleRecord(item.fresh.parts));
    const entry = item.entry!;
    item.record = unreadRecord(item.found, entry, () => this.#changed(item));
    return item.record;
  }

  /**
   * The record of a file whose frontmatter no rule is expected to need: its
   * kind, id and validity from the index, the rest read from its entry when
   * asked.
   */
  lazyRecordOf(item: Item): LoadedRecord {
    const row = item.record || item.fresh ? undefined : this.row(item);
    return row ? new LazyRecord(item.found, row, () => this.recordOf(item)) : this.recordOf(item);
  }

  /** An entry gained a place: its line is written again. */
  #changed(item: Item): void {
    item.raw = undefined;
    this.dirty.add(item.shard);
  }

  /** What ties a file to others, from the index or its fresh parse; undefined when the index's line for it cannot be read. */
  linksOf(item: Item): Links | undefined {
    if (!item.fresh) return this.row(item);
    const { parts, links, leader, date } = item.fresh;
    return { links, leader, kind: parts.kind ?? null, id: parts.id ?? null, valid: parts.valid, date };
  }

  /** The files of the last run that are gone, as the index has them (undefined for one whose line cannot be read). */
  removedRows(): Array<Row | undefined> {
    return this.removed.map((slot) => this.index!.row(slot));
  }

  /**
   * The entries of these files made ready: an unchanged file's read from its
   * shard (or the file read again when the line cannot be trusted), and
   * every fresh file's worked out: the rules about one record run over them.
   */
  async prepare(items: readonly Item[], rules: readonly Rule[], config: Config): Promise<void> {
    for (const item of items) if (!item.fresh && !this.entryOf(item)) this.#refresh(item);
    const fresh = items.filter((item) => item.fresh && !item.recordFindings);
    const records = fresh.map((item) => assembleRecord(item.fresh!.parts));
    const worked = await checkEachRecord(records, recordRules(rules), config);
    fresh.forEach((item, i) => {
      const record = records[i]!;
      item.recordFindings = worked.get(record.file) ?? [];
      item.record = record;
      const { hash, parts, links, leader, date } = item.fresh!;
      const entry = hash === undefined ? undefined : toEntry(parts, hash, item.recordFindings, { links, leader, date });
      item.entry = entry;
      item.raw = undefined;
      if (entry) rememberPlaces(record, entry, () => this.#changed(item));
      this.dirty.add(item.shard);
    });
  }

  /** The findings of the rules about one record in a prepared file, as its entry or fresh parse gives them. */
  recordFindingsOf(item: Item): Finding[] {
    if (item.recordFindings) return item.recordFindings;
    const entry = item.entry!;
    return entry.findings.map((finding) => ({ file: item.found.file, ...finding }));
  }

  /**
   * Write what changed: the shards whose entries changed, then the index.
   * `results` are the run's findings; undefined: those of the last run
   * (when `run` is that run's), or none.
   */
  async save(results: LintResult[] | undefined, run: string): Promise<void> {
    if (this.unusable) return;
    if (this.dirty.size === 0 && !this.indexDirty && results === undefined) return;
    if (!makeFolder(this.cacheDir) || !makeFolder(this.lintDir)) return;
    const index = this.index;
    const findings = results !== undefined ? resultsOf(results) : index && run === index.run ? index.resultsText : undefined;

    // The shards of the first cache format (`records-NN.json`), left by an older supv: gone with the first index.
    if (!index) for (const name of readdirSync(this.lintDir)) if (/^records-\d\d\.json$/.test(name)) rmSync(path.join(this.lintDir, name), { force: true });
    const byShard = new Map<number, Item[]>();
    for (const item of this.items) {
      const list = byShard.get(item.shard);
      if (list) list.push(item);
      else byShard.set(item.shard, [item]);
    }
    // What the index says of each file: an unchanged shard's files as they were, with their times as this run found them.
    const rows = new Map<Item, { row: Row; detail: string }>();
    for (const shard of [...this.dirty].sort((a, b) => a - b)) {
      const lines: string[] = [];
      for (const item of byShard.get(shard) ?? []) {
        // A file whose entry could not be made, read or checked is left out: the next run reads it again.
        const entry = this.entryOf(item);
        if (!entry) continue;
        const raw = item.raw ?? JSON.stringify(entry);
        const row = rowOf(entry, item.stat, shard, lines.length, shortHash(raw));
        rows.set(item, { row, detail: detailOf(row) });
        lines.push(raw);
      }
      const body = lines.join('\n');
      const header = JSON.stringify({ format: FORMAT, supv: this.key.supv, config: this.key.config, shard, sha256: sha256(body) });
      await writeAtomic(path.join(this.lintDir, shardName(shard)), `${header}\n${body}`, { durable: false });
    }
    const kept: Row[] = [];
    const details: string[] = [];
    for (const item of this.items) {
      const made = rows.get(item);
      if (made) {
        kept.push(made.row);
        details.push(made.detail);
      } else if (item.slot !== undefined && !this.dirty.has(item.shard)) {
        kept.push({ file: item.found.file, hash: index!.hashes[item.slot]!, stat: item.stat, shard: item.shard, date: index!.dates[item.slot]! } as Row);
        details.push(index!.details[item.slot]!);
      }
    }
    // Without the findings of a run, the index cannot say which run it was: the next lint checks every record.
    await writeAtomic(path.join(this.lintDir, INDEX_FILE), indexText(this.key, findings === undefined ? '' : run, kept, details, findings ?? '[]'), { durable: false });
  }
}

/**
 * A record known from the index, whose file and entry are read only if a
 * rule asks for more than its kind, id and validity (the rules that run over
 * every record after a change, src/cache/lint-cache.ts `lintCached`).
 */
class LazyRecord implements LoadedRecord {
  readonly file: string;
  readonly absPath: string;
  readonly valid: boolean;
  readonly kind: LoadedRecord['kind'];
  readonly id: string | undefined;
  #real: LoadedRecord | undefined;

  constructor(
    found: FoundFile,
    row: Row,
    private readonly read: () => LoadedRecord,
  ) {
    this.file = found.file;
    this.absPath = found.absPath;
    this.valid = row.valid;
    this.kind = (row.kind ?? undefined) as LoadedRecord['kind'];
    this.id = row.id ?? undefined;
  }

  get #record(): LoadedRecord {
    return (this.#real ??= this.read());
  }
  get text(): string {
    return this.#record.text;
  }
  get data(): LoadedRecord['data'] {
    return this.#record.data;
  }
  get body(): string {
    return this.#record.body;
  }
  get fenceLine(): number {
    return this.#record.fenceLine;
  }
  get bodyLine(): number {
    return this.#record.bodyLine;
  }
  get parseProblem(): LoadedRecord['parseProblem'] {
    return this.#record.parseProblem;
  }
  get schemaProblems(): LoadedRecord['schemaProblems'] {
    return this.#record.schemaProblems;
  }
  get contentHash(): string | undefined {
    return this.#record.contentHash;
  }
  locate(locator: Locator): Position {
    return this.#record.locate(locator);
  }
}

/** A fresh file's shard: staff records together, decisions together, and every other record with the person it is about, so that a person's records are in one shard. */
function shardFor(file: string, fresh: NonNullable<Item['fresh']>): number {
  if (fresh.parts.kind === 'staff') return 0;
  // Decisions together too: name-in-path reads every child's name.
  if (fresh.parts.kind === 'decision') return 1;
  const person = fresh.links.find((key) => key.startsWith('p:'));
  return 2 + (shardOf(person ?? file) % (SHARDS - 2));
}

/** The run's findings as the index keeps them (see {@link Index}). */
function resultsOf(results: readonly LintResult[]): string {
  const out: unknown[] = [];
  for (const { file, findings } of results) {
    for (const finding of findings) out.push(file, finding.line, finding.column, finding.rule, finding.severity === 'error' ? 'e' : 'w', finding.message, finding.messageId);
  }
  return JSON.stringify(out);
}

function rowOf(entry: Entry, stat: Stat, shard: number, line: number, lineHash: string): Row {
  return { file: entry.file, hash: entry.hash, stat, kind: entry.kind, id: entry.id, valid: entry.valid, date: entry.date, links: entry.links, leader: entry.leader, shard, line, lineHash };
}

function freshOf(parts: RecordParts, hash: string | undefined): NonNullable<Item['fresh']> {
  const { keys, leader } = recordLinks(parts.data);
  const date = recordDate(parts)?.date ?? null;
  return { parts, hash, links: keys, leader: leader ?? null, date };
}

/**
 * `supv lint --cache`: the findings of every rule over the repository at
 * `root`, as a cold run gives them, working out only what changed since the
 * last run (see the top of this file).
 */
export async function lintCached(root: string, run: LintRun): Promise<CachedLint> {
  const rules = [...(run.rules ?? everyRule)];
  const cache = new LintCache(root, run.config, rules);
  const runKey = stableJson({ asOf: run.asOf, today: run.today, pastAsOf: run.pastAsOf, settings: run.settings, git: await run.gitState() });
  const index = cache.index;
  const changed = cache.items.filter((item) => item.fresh);
  const sameRun = index !== undefined && index.run === runKey;
  const save = (results: LintResult[] | undefined) => () => cache.save(results, runKey);
  const stats = (checked: number) => ({ cached: cache.items.length - changed.length, parsed: changed.length, checked });

  if (sameRun && changed.length === 0 && cache.removed.length === 0) {
    // Nothing changed, nor anything the run is judged on: the last run's findings are this run's.
    const results = index.lastResults((slot) => !run.pastAsOf || keptAsOf(index.dates[slot] ?? undefined, run.asOf, run.today));
    return { results, mode: 'unchanged', stats: stats(0), unusable: cache.unusable, save: cache.indexDirty ? save(undefined) : async () => undefined };
  }

  const dateOf = (item: Item) => (item.fresh ? item.fresh.date : item.date) ?? undefined;
  const inRun = cache.items.filter((item) => !run.pastAsOf || keptAsOf(dateOf(item), run.asOf, run.today));
  const linked = sameRun ? linkedPlan(cache, inRun, changed, run.asOf) : undefined;
  await cache.prepare(linked ? [...new Set([...linked.needed, ...changed])] : cache.items, rules, run.config);

  const recordIds = new Set(recordRules(rules).map((rule) => rule.meta.id));
  const recordFindings = new Map<string, Finding[]>();
  for (const item of inRun) {
    const file = item.found.file;
    // Unchanged files outside the records re-checked keep what the rules about one record found last time.
    const last = linked && !item.fresh ? (index!.results.get(file) ?? []) : undefined;
    recordFindings.set(file, last ? last.filter((finding) => recordIds.has(finding.rule)) : cache.recordFindingsOf(item));
  }
  const records = indexRecords(inRun.map((item) => (linked && !linked.needed.has(item) ? cache.lazyRecordOf(item) : cache.recordOf(item))));
  run.checkConfig?.(records);
  const git = await run.history();

  let options: Parameters<typeof checkRecords>[2]['linked'];
  if (linked) {
    const kept = new Map<string, Finding[]>();
    const linkedIds = new Set(rules.filter((rule) => rule.meta.scope === 'linked').map((rule) => rule.meta.id));
    for (const item of inRun) {
      if (linked.affected.has(item.found.file)) continue;
      for (const finding of index!.results.get(item.found.file) ?? []) {
        if (!linkedIds.has(finding.rule) || finding.messageId === HISTORY_INCOMPLETE_MESSAGE_ID) continue;
        const list = kept.get(finding.rule) ?? [];
        list.push(finding);
        kept.set(finding.rule, list);
      }
    }
    const subset = indexRecords(inRun.filter((item) => linked.needed.has(item)).map((item) => cache.recordOf(item)));
    options = { records: subset, files: linked.affected, kept };
  }
  const results = await checkRecords(records, rules, { config: run.config, asOf: run.asOf, settings: run.settings, git, recordFindings, linked: options });
  return { results, mode: linked ? 'linked' : 'full', stats: stats(linked ? linked.needed.size : inRun.length), unusable: cache.unusable, save: save(results) };
}

/**
 * After a few changes, none to a staff record: the files whose findings may
 * have changed (`affected`: every record tied to a changed one, old or new
 * version, src/cache/links.ts) and the records the linked rules need to
 * work them out (`needed`: those, every staff record, and the last session
 * led by each supervisor whose staff record is affected). Undefined when the
 * changes are too many, touch a staff record, or the last run's findings do
 * not cover every file: then every rule runs over everything.
 */
function linkedPlan(cache: LintCache, inRun: readonly Item[], changed: readonly Item[], asOf: string): { affected: Set<string>; needed: Set<Item> } | undefined {
  const index = cache.index!;
  const touched = changed.length + cache.removed.length;
  if (touched > LINKED_MAX_CHANGES || touched > inRun.length * LINKED_MAX_SHARE) return undefined;
  const links = new Map<Item, Links>();
  for (const item of inRun) {
    const known = cache.linksOf(item);
    // A line of the index that cannot be read: what ties that file to others is not known.
    if (!known) return undefined;
    links.set(item, known);
  }
  // The old versions of the changed files, and the files gone; a file that changed without an old row is new.
  const before: Links[] = [];
  for (const item of changed) {
    if (item.old === null) return undefined;
    if (item.old) before.push(item.old);
  }
  for (const row of cache.removedRows()) {
    if (!row) return undefined;
    before.push(row);
  }
  const after = changed.map((item) => cache.linksOf(item)!);
  // Staff records are read by every rule about several records: a change to one is a change to everything.
  // So is a change to a record that bears, or bore, a member of staff's id: the first valid record with an id is
  // the one the rules read (src/load/load.ts), so it hides their staff record, or stops hiding it.
  const staffIds = new Set<string>();
  for (const known of links.values()) if (known.kind === 'staff' && known.id !== null) staffIds.add(known.id);
  if ([...before, ...after].some((known) => known.kind === 'staff' || (known.id !== null && staffIds.has(known.id)))) return undefined;
  // The record the rules read for each id, as indexRecords picks it.
  const readAs = new Map<string, Item>();
  for (const [item, known] of links) if (known.valid && known.id !== null && !readAs.has(known.id)) readAs.set(known.id, item);

  const byKey = new Map<string, Item[]>();
  const ledBy = new Map<string, Item[]>();
  for (const [item, known] of links) {
    for (const key of known.links) {
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
    if (known.leader !== null) {
      const list = ledBy.get(known.leader);
      if (list) list.push(item);
      else ledBy.set(known.leader, [item]);
    }
  }
  const queue: string[] = [];
  for (const known of [...before, ...after]) {
    queue.push(...known.links);
    // A supervisor's staff record reads the sessions they led (supervisor-untrained).
    if (known.leader !== null) queue.push(`p:${known.leader}`);
  }
  // A session with the id of a changed record may be hidden by it now, or no longer: as if it had changed, for its supervisor.
  const changedIds = new Set([...before, ...after].map((known) => known.id).filter((id): id is string => id !== null));
  for (const known of links.values()) if (known.leader !== null && known.id !== null && changedIds.has(known.id)) queue.push(`p:${known.leader}`);
  const affected = new Set<Item>(changed.filter((item) => links.has(item)));
  for (const item of affected) queue.push(...links.get(item)!.links);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const item of byKey.get(key) ?? []) {
      if (affected.has(item)) continue;
      affected.add(item);
      queue.push(...links.get(item)!.links);
    }
  }
  if (affected.size > inRun.length * LINKED_MAX_SHARE) return undefined;
  const needed = new Set<Item>(affected);
  for (const [item, known] of links) {
    if (known.kind !== 'staff') continue;
    needed.add(item);
    // The last session the supervisor led by the as-of date (every one of that day): all supervisor-untrained reads of those they led.
    if (!affected.has(item) || known.id === null) continue;
    const led = (ledBy.get(known.id) ?? []).filter((session) => {
      const { kind, valid, date, id } = links.get(session)!;
      // A session hidden by an earlier record with its id is not read as one.
      return kind === 'session' && valid && date !== null && date <= asOf && id !== null && readAs.get(id) === session;
    });
    const last = led.reduce<string | undefined>((latest, session) => {
      const date = links.get(session)!.date!;
      return latest === undefined || date > latest ? date : latest;
    }, undefined);
    for (const session of led) if (links.get(session)!.date === last) needed.add(session);
  }
  return { affected: new Set([...affected].map((item) => item.found.file)), needed };
}

/**
 * The records of the repository at `root` for `supv watch`, as {@link
 * loadRecords} (src/load/load.ts) reads them, taking from the cache every
 * file whose bytes are those it was kept with, with the findings of the
 * rules about one record.
 */
export async function loadRecordsCached(root: string, config: Config, rules: readonly Rule[] = everyRule): Promise<CachedLoad> {
  const cache = new LintCache(root, config, rules);
  await cache.prepare(cache.items, rules, config);
  const records = indexRecords(cache.items.map((item) => cache.recordOf(item)));
  const recordFindings = new Map(cache.items.map((item) => [item.found.file, cache.recordFindingsOf(item)]));
  const parsed = cache.items.filter((item) => item.fresh).length;
  return {
    records,
    recordFindings,
    stats: { cached: cache.items.length - parsed, parsed },
    unusable: cache.unusable,
    // No lint run's findings: the index is written without them, and the next lint checks every record.
    save: () => cache.save(undefined, ''),
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
function toEntry(parts: RecordParts, hash: string, findings: Finding[], links: Pick<Entry, 'links' | 'leader' | 'date'>): Entry | undefined {
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
