/**
 * The index of lint's last cached run: every file, what ties it to others,
 * and every finding the run reported, kept in parts so that a run after a
 * change rewrites only the parts that changed.
 *
 * - `run-NN.json`, one part for each shard of entries (src/cache/entries.ts):
 *   the files whose entries are in that shard, and their findings.
 * - `run.json`, written last: what the run was judged on (as-of date, today,
 *   `--rule` settings, git's state), the checksum of each part's first line,
 *   and the findings on files that are in no part (the config file).
 * Each part also lists its files by the keys that tie records together
 * (src/cache/links.ts), so that a run after a change finds the records tied
 * to it without reading what every file is tied to.
 * A part that is not the one `run.json` names (left by a run that stopped
 * halfway, or by another run meanwhile), or whose lines do not match its
 * checksums, makes the whole index untrusted: the next run checks every
 * record again.
 */
import type { Finding } from '../model.js';
import type { LintResult } from '../format/types.js';
import { isStringList, SHARDS, type Entry } from './entries.js';
import { tieKeys } from './links.js';
import { CACHE_FORMAT, nullOr, readCacheText, sha256, splitHeader, type CacheKey } from './files.js';
import path from 'node:path';

/** The index of the last run, beside the shards; written after its parts. */
export const INDEX_FILE = 'run.json';

/** The file of one part of the index: the files of one shard. */
export function indexPartName(shard: number): string {
  return `run-${String(shard).padStart(2, '0')}.json`;
}

/**
 * The file's size, modification and change times and inode when its bytes
 * were hashed, when both times were then a few seconds past (as git's index
 * does, a file changed in the same instant it was looked at is not judged by
 * its times): the same again, and the file is taken as unchanged without
 * reading it. Null: read and hash it.
 */
export type Stat = [number, number, number, number] | null;

/** What the index says of one file. */
export interface Row {
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
  /** Where that line starts in the shard's bytes after the header, and its length in bytes: read alone, without the rest of the shard. */
  offset: number;
  length: number;
}

export const isStat = (stat: unknown): boolean => stat === null || (Array.isArray(stat) && stat.length === 4 && stat.every((n) => typeof n === 'number' && Number.isFinite(n)));

/**
 * One part as read: where its files start among the index's, and the lines
 * saying what else the index knows of each, checked against their checksum
 * and split only when a run needs them.
 */
interface PartRead {
  start: number;
  count: number;
  /** Its files by key ({@link keysText}), parsed when first needed; null when not of that shape. */
  keysText: string;
  keys?: Record<string, unknown> | null;
  detailsText: string;
  detailsHash: string;
  lines?: string[] | null;
}

/**
 * The index of the last run. Each part's text: the header line (format,
 * supv's build, the configuration, the shard, the SHA-256 of the next three
 * lines and that of the rest); the files, as one JSON list of path, hash,
 * date, size, modification time, change time and inode for each (size -1:
 * not vouched for by its times); their findings, as one JSON list of file,
 * line, column, rule, severity (`e` or `w`), message and message id for
 * each; the files by key ({@link keysText}); then one line for each file,
 * in the same order, saying in JSON what else the index knows of it, read
 * and checked only when a run needs it.
 * Files are numbered (their slot) across the parts in shard order.
 */
export class Index {
  readonly slots = new Map<string, number>();
  readonly files: string[] = [];
  readonly hashes: string[] = [];
  readonly shards: number[] = [];
  readonly dates: Array<string | null> = [];
  readonly stats: Stat[] = [];
  readonly results = new Map<string, Finding[]>();
  /** Each part's findings line as read, and the checksum of its first line (which `run.json` names). */
  readonly partResults: string[] = [];
  readonly partKeys: string[] = [];
  readonly #parts: PartRead[] = [];
  readonly #rows: Array<Row | undefined> = [];
  #allRead = false;

  constructor(
    readonly run: string,
    /** Which git history the run read (src/git/state.ts). */
    readonly git: string,
    /** The findings on files in no part, as read. */
    readonly outsideResults: string,
  ) {}

  /** Everything the index says of a file; undefined when that line is not what the index writes (then the file is read again). */
  row(slot: number): Row | undefined {
    if (slot in this.#rows) return this.#rows[slot];
    let detail: unknown;
    try {
      const line = this.detail(slot);
      detail = line === undefined ? undefined : JSON.parse(line);
    } catch {
      detail = undefined;
    }
    return this.#keep(slot, detail);
  }

  /** A file's line of what else the index knows of it, as written; undefined when its part's lines do not match their checksum. */
  detail(slot: number): string | undefined {
    const part = this.#parts[this.shards[slot]!]!;
    return this.#lines(part)?.[slot - part.start];
  }

  /**
   * The files that have this key (src/cache/links.ts; `l:` and a staff id:
   * the sessions that member of staff led; `k:staff`: the staff records), by
   * slot, from each part's files by key; undefined when a part's are not as
   * the index writes them (then what ties files together is not known).
   */
  withKey(key: string): number[] | undefined {
    const slots: number[] = [];
    for (const part of this.#parts) {
      if (part.count === 0) continue;
      const keys = this.#keys(part);
      if (!keys) return undefined;
      if (!Object.hasOwn(keys, key)) continue;
      const list = keys[key];
      if (!Array.isArray(list)) return undefined;
      let last = -1;
      for (const n of list) {
        if (!Number.isInteger(n) || n <= last || n >= part.count) return undefined;
        slots.push(part.start + n);
        last = n;
      }
    }
    return slots;
  }

  #keys(part: PartRead): Record<string, unknown> | undefined {
    if (part.keys === undefined) {
      let keys: unknown;
      try {
        keys = JSON.parse(part.keysText);
      } catch {
        keys = null;
      }
      part.keys = keys !== null && typeof keys === 'object' && !Array.isArray(keys) ? (keys as Record<string, unknown>) : null;
    }
    return part.keys ?? undefined;
  }

  /**
   * Every file's row read at once, as {@link row} then gives them: one JSON
   * parse of a part's lines costs a fraction of one parse a line, when a run
   * needs a row for every file (the rules about paths run over every
   * record). Lines that do not read together are left to {@link row}, one
   * at a time.
   */
  readAllRows(): void {
    if (this.#allRead) return;
    this.#allRead = true;
    for (const part of this.#parts) {
      const lines = this.#lines(part);
      if (!lines || part.count === 0) continue;
      let all: unknown;
      try {
        all = JSON.parse(`[${lines.join(',')}]`);
      } catch {
        continue;
      }
      if (!Array.isArray(all) || all.length !== part.count) continue;
      all.forEach((detail, n) => {
        if (!(part.start + n in this.#rows)) this.#keep(part.start + n, detail);
      });
    }
  }

  /** A part's lines about each file, when they are those it was written with (checked once, when first needed). */
  #lines(part: PartRead): string[] | undefined {
    if (part.lines === undefined) {
      const lines = part.count === 0 ? [] : part.detailsText.split('\n');
      part.lines = lines.length === part.count && sha256(part.detailsText) === part.detailsHash ? lines : null;
    }
    return part.lines ?? undefined;
  }

  #keep(slot: number, detail: unknown): Row | undefined {
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

  /** Add a part read from its file; false when it does not hold together (then the index is not trusted). */
  addPart(shard: number, files: unknown, found: unknown, resultsText: string, keysText: string, detailsText: string, detailsHash: string, docs: ReadonlyMap<string, string>): boolean {
    if (!Array.isArray(files) || files.length % 7 !== 0 || !Array.isArray(found) || found.length % 7 !== 0) return false;
    const start = this.files.length;
    for (let at = 0; at < files.length; at += 7) {
      const file: unknown = files[at];
      const hash: unknown = files[at + 1];
      const date: unknown = files[at + 2];
      if (typeof file !== 'string' || typeof hash !== 'string' || !nullOr(date, 'string') || this.slots.has(file)) return false;
      for (let n = at + 3; n < at + 7; n++) if (typeof files[n] !== 'number' || !Number.isFinite(files[n])) return false;
      this.slots.set(file, this.files.length);
      this.files.push(file);
      this.hashes.push(hash);
      this.shards.push(shard);
      this.dates.push(date as string | null);
      this.stats.push(files[at + 3] === -1 ? null : [files[at + 3], files[at + 4], files[at + 5], files[at + 6]]);
    }
    if (!addResults(this.results, found, docs)) return false;
    this.#parts[shard] = { start, count: this.files.length - start, keysText, detailsText, detailsHash };
    this.partResults[shard] = resultsText;
    return true;
  }
}

/** Findings as the index keeps them, added to `results` by file; false when one is not of that shape or names no rule of supv's. */
function addResults(results: Map<string, Finding[]>, found: unknown[], docs: ReadonlyMap<string, string>): boolean {
  for (let at = 0; at < found.length; at += 7) {
    const [file, line, column, rule, severity, message, messageId] = found.slice(at, at + 7) as unknown[];
    const page = typeof rule === 'string' ? docs.get(rule) : undefined;
    if (typeof file !== 'string' || !Number.isInteger(line) || !Number.isInteger(column) || page === undefined || (severity !== 'e' && severity !== 'w') || typeof message !== 'string' || typeof messageId !== 'string') return false;
    const finding: Finding = { file, line: line as number, column: column as number, rule: rule as string, severity: severity === 'e' ? 'error' : 'warning', message, messageId, docs: page };
    const list = results.get(file);
    if (list) list.push(finding);
    else results.set(file, [finding]);
  }
  return true;
}

export type Detail = [kind: string | null, id: string | null, valid: boolean, date: string | null, links: string[], leader: string | null, shard: number, line: number, lineHash: string, offset: number, length: number];

export function detailOf(row: Row): string {
  const detail: Detail = [row.kind, row.id, row.valid, row.date, row.links, row.leader, row.shard, row.line, row.lineHash, row.offset, row.length];
  return JSON.stringify(detail);
}

export function rowFrom(file: string, hash: string, stat: Stat, value: unknown): Row | undefined {
  if (!Array.isArray(value) || value.length !== 11) return undefined;
  const [kind, id, valid, date, links, leader, shard, line, lineHash, offset, length] = value as unknown[];
  if (!nullOr(kind, 'string') || !nullOr(id, 'string') || typeof valid !== 'boolean' || !nullOr(date, 'string') || !isStringList(links) || !nullOr(leader, 'string')) return undefined;
  if (!Number.isInteger(shard) || (shard as number) < 0 || (shard as number) >= SHARDS || !Number.isInteger(line) || typeof lineHash !== 'string') return undefined;
  if (!Number.isInteger(offset) || (offset as number) < 0 || !Number.isInteger(length) || (length as number) < 0) return undefined;
  return { file, hash, stat, kind: kind as string | null, id: id as string | null, valid, date: date as string | null, links, leader: leader as string | null, shard: shard as number, line: line as number, lineHash, offset: offset as number, length: length as number };
}

/**
 * The three lines after a part's header: the first two parsed, the third as
 * it is (parsed when a run needs it), and the rest; undefined when they are
 * not there or do not match the checksum.
 */
function threeLines(body: string, hash: unknown): { first: unknown; second: unknown; secondText: string; third: string; rest: string } | undefined {
  const one = body.indexOf('\n');
  const two = one === -1 ? -1 : body.indexOf('\n', one + 1);
  const three = two === -1 ? -1 : body.indexOf('\n', two + 1);
  const end = three === -1 ? body.length : three;
  if (two === -1 || typeof hash !== 'string' || sha256(body.slice(0, end)) !== hash) return undefined;
  try {
    const secondText = body.slice(one + 1, two);
    return { first: JSON.parse(body.slice(0, one)), second: JSON.parse(secondText), secondText, third: body.slice(two + 1, end), rest: three === -1 ? '' : body.slice(three + 1) };
  } catch {
    return undefined;
  }
}

/**
 * The index in `lintDir`, or undefined when it is missing or not one to
 * trust; `docs` gives each rule's page, which findings carry.
 */
export function readIndex(lintDir: string, key: CacheKey, docs: ReadonlyMap<string, string>): Index | undefined {
  const text = readCacheText(path.join(lintDir, INDEX_FILE));
  const split = text === undefined ? undefined : splitHeader(text, key);
  const header = split?.header;
  if (!split || !header || typeof header.run !== 'string' || typeof header.git !== 'string' || typeof header.sha256 !== 'string') return undefined;
  const parts = header.parts;
  if (!isStringList(parts) || parts.length !== SHARDS || sha256(split.body) !== header.sha256) return undefined;
  let outside: unknown;
  try {
    outside = JSON.parse(split.body);
  } catch {
    return undefined;
  }
  const index = new Index(header.run, header.git, split.body);
  if (!Array.isArray(outside) || !addResults(index.results, outside, docs)) return undefined;
  for (let shard = 0; shard < SHARDS; shard++) {
    const partText = readCacheText(path.join(lintDir, indexPartName(shard)));
    const newline = partText?.indexOf('\n') ?? -1;
    // The part run.json names: the checksum of its first line, which holds the checksums of the rest.
    if (partText === undefined || newline === -1 || sha256(partText.slice(0, newline)) !== parts[shard]) return undefined;
    const part = splitHeader(partText, key);
    if (!part || part.header.shard !== shard || typeof part.header.details !== 'string') return undefined;
    const lines = threeLines(part.body, part.header.sha256);
    if (!lines || !index.addPart(shard, lines.first, lines.second, lines.secondText, lines.third, lines.rest, part.header.details, docs)) return undefined;
    index.partKeys[shard] = parts[shard]!;
  }
  return index;
}

/** A part's text (see {@link Index}), and the checksum of its first line that `run.json` names it by. */
export function indexPartText(key: CacheKey, shard: number, rows: readonly Row[], details: readonly string[], results: string): { text: string; id: string } {
  const list: unknown[] = [];
  for (const row of rows) list.push(row.file, row.hash, row.date, ...(row.stat ?? [-1, 0, 0, 0]));
  const head = `${JSON.stringify(list)}\n${results}\n${keysText(rows)}`;
  const rest = details.join('\n');
  const header = JSON.stringify({ format: CACHE_FORMAT, supv: key.supv, config: key.config, shard, sha256: sha256(head), details: sha256(rest) });
  return { text: `${header}\n${head}\n${rest}`, id: sha256(header) };
}

/**
 * A part's files by key, as one JSON object: each key that ties records
 * together (src/cache/links.ts) with the places of the part's files that
 * have it (from 0, ascending); `l:` and a staff id, the sessions that member
 * of staff led; `k:staff`, the staff records. Every key starts with a letter
 * and a colon, so none is a name an object has of itself.
 */
export function keysText(rows: readonly Pick<Row, 'links' | 'leader' | 'kind'>[]): string {
  const keys: Record<string, number[]> = Object.create(null);
  rows.forEach((row, n) => {
    for (const key of tieKeys(row)) {
      const list = keys[key];
      if (list === undefined) keys[key] = [n];
      else if (list[list.length - 1] !== n) list.push(n);
    }
  });
  return JSON.stringify(keys);
}

/** The text of `run.json`: what the run was judged on, its parts by checksum, and the findings on files in no part. */
export function indexText(key: CacheKey, run: string, git: string, parts: readonly string[], outside: string): string {
  return `${JSON.stringify({ format: CACHE_FORMAT, supv: key.supv, config: key.config, run, git, parts, sha256: sha256(outside) })}\n${outside}`;
}

/** A run's findings as the index keeps them: each part's, by the shard of the file (`partOf`), and those on files in no part. */
export function resultsByPart(results: readonly LintResult[], partOf: (file: string) => number | undefined): { parts: string[]; outside: string } {
  const lists: unknown[][] = Array.from({ length: SHARDS }, () => []);
  const outside: unknown[] = [];
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    const shard = partOf(file);
    const out = shard === undefined ? outside : lists[shard]!;
    for (const finding of findings) out.push(file, finding.line, finding.column, finding.rule, finding.severity === 'error' ? 'e' : 'w', finding.message, finding.messageId);
  }
  return { parts: lists.map((list) => JSON.stringify(list)), outside: JSON.stringify(outside) };
}

export function rowOf(entry: Entry, stat: Stat, shard: number, place: Pick<Row, 'line' | 'lineHash' | 'offset' | 'length'>): Row {
  return { file: entry.file, hash: entry.hash, stat, kind: entry.kind, id: entry.id, valid: entry.valid, date: entry.date, links: entry.links, leader: entry.leader, shard, ...place };
}
