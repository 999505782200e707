/** The index of lint's last cached run (`run.json`): every file, what ties it to others, and every finding the run reported. */
import type { Finding } from '../model.js';
import type { LintResult } from '../format/types.js';
import { isStringList, SHARDS, type Entry } from './entries.js';
import { CACHE_FORMAT, nullOr, sha256, splitHeader, type CacheKey } from './files.js';

/** The index of the last run, beside the shards. */
export const INDEX_FILE = 'run.json';

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
}

export const isStat = (stat: unknown): boolean => stat === null || (Array.isArray(stat) && stat.length === 4 && stat.every((n) => typeof n === 'number' && Number.isFinite(n)));

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
export class Index {
  readonly slots = new Map<string, number>();
  readonly #rows: Array<Row | undefined> = [];
  #detailsChecked: boolean | undefined;
  #allRead = false;

  constructor(
    readonly run: string,
    /** Which git history the run read (src/git/state.ts). */
    readonly git: string,
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
    let detail: unknown;
    try {
      detail = this.#checked() ? JSON.parse(this.details[slot]!) : undefined;
    } catch {
      detail = undefined;
    }
    return this.#keep(slot, detail);
  }

  /**
   * Every file's row read at once, as {@link row} then gives them: one JSON
   * parse of all the lines costs a fraction of one parse a line, when a run
   * needs what ties every file to others. Lines that do not read together
   * are left to {@link row}, one at a time.
   */
  readAllRows(): void {
    if (this.#allRead || !this.#checked()) return;
    this.#allRead = true;
    let all: unknown;
    try {
      all = JSON.parse(`[${this.details.join(',')}]`);
    } catch {
      return;
    }
    if (!Array.isArray(all) || all.length !== this.details.length) return;
    all.forEach((detail, slot) => {
      if (!(slot in this.#rows)) this.#keep(slot, detail);
    });
  }

  /** Whether the lines about each file are those the index was written with (checked once, when first needed). */
  #checked(): boolean {
    return (this.#detailsChecked ??= sha256(this.details.join('\n')) === this.detailsHash);
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
}

export type Detail = [kind: string | null, id: string | null, valid: boolean, date: string | null, links: string[], leader: string | null, shard: number, line: number, lineHash: string];

export function detailOf(row: Row): string {
  const detail: Detail = [row.kind, row.id, row.valid, row.date, row.links, row.leader, row.shard, row.line, row.lineHash];
  return JSON.stringify(detail);
}

export function rowFrom(file: string, hash: string, stat: Stat, value: unknown): Row | undefined {
  if (!Array.isArray(value) || value.length !== 9) return undefined;
  const [kind, id, valid, date, links, leader, shard, line, lineHash] = value as unknown[];
  if (!nullOr(kind, 'string') || !nullOr(id, 'string') || typeof valid !== 'boolean' || !nullOr(date, 'string') || !isStringList(links) || !nullOr(leader, 'string')) return undefined;
  if (!Number.isInteger(shard) || (shard as number) < 0 || (shard as number) >= SHARDS || !Number.isInteger(line) || typeof lineHash !== 'string') return undefined;
  return { file, hash, stat, kind: kind as string | null, id: id as string | null, valid, date: date as string | null, links, leader: leader as string | null, shard: shard as number, line: line as number, lineHash };
}

/** The index, or undefined when it is missing or not one to trust; `docs` gives each rule's page, which findings carry. */
export function readIndex(text: string | undefined, key: CacheKey, docs: ReadonlyMap<string, string>): Index | undefined {
  const split = text === undefined ? undefined : splitHeader(text, key);
  const header = split?.header;
  if (!split || !header || typeof header.run !== 'string' || typeof header.git !== 'string' || typeof header.sha256 !== 'string' || typeof header.details !== 'string') return undefined;
  const { run, git, details: detailsHash } = header;
  const second = split.body.indexOf('\n', split.body.indexOf('\n') + 1);
  if (second === -1 || sha256(split.body.slice(0, second)) !== header.sha256) return undefined;
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
  return new Index(run, git, files, hashes, shards, dates, stats, results, resultsLine!, details, detailsHash);
}

/** The text of an index: see {@link Index}. */
export function indexText(key: CacheKey, run: string, git: string, rows: readonly Row[], details: readonly string[], results: string): string {
  const list: unknown[] = [];
  for (const row of rows) list.push(row.file, row.hash, row.shard, row.date, ...(row.stat ?? [-1, 0, 0, 0]));
  const head = `${JSON.stringify(list)}\n${results}`;
  const rest = details.join('\n');
  return `${JSON.stringify({ format: CACHE_FORMAT, supv: key.supv, config: key.config, run, git, sha256: sha256(head), details: sha256(rest) })}\n${head}\n${rest}`;
}

/** The run's findings as the index keeps them (see {@link Index}). */
export function resultsOf(results: readonly LintResult[]): string {
  const out: unknown[] = [];
  for (const { file, findings } of results) {
    for (const finding of findings) out.push(file, finding.line, finding.column, finding.rule, finding.severity === 'error' ? 'e' : 'w', finding.message, finding.messageId);
  }
  return JSON.stringify(out);
}

export function rowOf(entry: Entry, stat: Stat, shard: number, line: number, lineHash: string): Row {
  return { file: entry.file, hash: entry.hash, stat, kind: entry.kind, id: entry.id, valid: entry.valid, date: entry.date, links: entry.links, leader: entry.leader, shard, line, lineHash };
}

