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
 *   findings elsewhere; the rules about paths (`meta.scope: 'paths'`) keep
 *   their last findings when no file came or went and no decision changed,
 *   and the other rules run over everything as always;
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
import { closeSync, fstatSync, readdirSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkEachRecord, checkRecords, HISTORY_INCOMPLETE_MESSAGE_ID, inReportOrder, redoneIn, type RuleSetting } from '../check/engine.js';
import { rules as everyRule } from '../check/rules/index.js';
import type { Rule } from '../check/rule.js';
import type { LintResult } from '../format/types.js';
import type { GitHistory } from '../git/types.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import { indexRecords } from '../load/load.js';
import { keptAsOf } from '../load/as-of.js';
import type { Finding, LoadedRecord, Locator, Position, RecordSet } from '../model.js';
import { assembleRecord, partsFromBytes, readRecordBytes, unreadableParts, type RecordParts } from '../parse/read-record.js';
import { recordDate } from '../policy/record-date.js';
import type { Config } from '../types/config.js';
import { writeAtomic } from '../util/atomic-write.js';
import { parseEntry, parseShard, rememberPlaces, shardLines, shardName, shardOf, SHARDS, toEntry, unreadRecord, type Entry } from './entries.js';
import { CACHE_DIR, CACHE_FORMAT, cacheKey, folderProblem, LINT_DIR, makeFolder, openCacheFile, readCacheText, sha256, shortHash, stableJson, type CacheKey } from './files.js';
import { idKey, recordLinks, recordsTiedTo, tieKeys, type Tie, type TieGraph } from './links.js';
import { detailOf, INDEX_FILE, indexPartName, indexPartText, indexText, readIndex, resultsByPart, rowOf, type Index, type Row, type Stat } from './run-index.js';
import { timesOf, type FileTimes, type Scan } from './scan.js';

// Where the cache is and what its files say, for the tests and `supv watch`.
export { CACHE_DIR, CACHE_FORMAT } from './files.js';
export { INDEX_FILE, indexPartName } from './run-index.js';
export { SHARDS } from './entries.js';

/**
 * Past this many changed files (or this share of the repository), the rules
 * about several records run over everything: the records tied to that many
 * changes are most of the repository anyway.
 */
const LINKED_MAX_CHANGES = 200;

const LINKED_MAX_SHARE = 0.25;

/** How long ago a file's times must be, when it is hashed, for them to vouch for it later. */
let SETTLED_MS = 3000;

/** For the tests: files written a moment ago vouched for by their times at once (default 3 s). */
export function settleTimesAfter(ms: number): void {
  SETTLED_MS = ms;
}

function settledStat(times: FileTimes | undefined, now: number): Stat {
  if (!times || Math.max(times[1], times[2]) > now - SETTLED_MS) return null;
  return times;
}

function sameStat(known: Stat, times: FileTimes | undefined): boolean {
  return !!known && !!times && known[0] === times[0] && known[1] === times[1] && known[2] === times[2] && known[3] === times[3];
}

/** The rules whose findings are kept with each record. */
export function recordRules(rules: readonly Rule[] = everyRule): Rule[] {
  return rules.filter((rule) => rule.meta.scope === 'record');
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
  /**
   * The files the commits since an earlier state touched, when the history
   * only grew (the earlier HEAD is an ancestor of this one); undefined
   * otherwise (then every record is checked again).
   */
  gitChanges?: (from: string, to: string) => Promise<string[] | undefined>;
  /** The history itself, read only when a rule will run. */
  history: () => Promise<GitHistory | undefined>;
  /** The files and their times, from a scan started early (src/cache/scan.ts), awaited once the index is read. */
  scan?: Promise<Scan | undefined>;
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
  /** The rules about paths (`meta.scope: 'paths'`) kept their last findings without running: nothing they read changed. */
  pathsKept?: boolean;
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
type Links = Tie;

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
  /** Parts of the index to write although their shard's entries did not change: a file's times newly vouch for it. */
  readonly timesDirty = new Set<number>();

  /**
   * The cache of the repository at `root`: its index read first, while a
   * scan started early (src/cache/scan.ts) may still be looking at the files.
   */
  static async open(root: string, config: Config, rules: readonly Rule[], scan?: Promise<Scan | undefined>): Promise<LintCache> {
    const key = cacheKey(config);
    const cacheDir = path.join(root, CACHE_DIR);
    const lintDir = path.join(cacheDir, LINT_DIR);
    const unusable = folderProblem(cacheDir) ?? folderProblem(lintDir);
    const index = unusable ? undefined : readIndex(lintDir, key, new Map(rules.map((rule) => [rule.meta.id, rule.meta.docs])));
    const scanned = await scan;
    return new LintCache(root, { key, cacheDir, lintDir, unusable, index }, scanned?.root === root ? scanned : undefined);
  }

  private constructor(
    readonly root: string,
    opened: Pick<LintCache, 'key' | 'cacheDir' | 'lintDir' | 'unusable' | 'index'>,
    /** The files and their times, when a scan started early has them. */
    scan?: Scan,
  ) {
    ({ key: this.key, cacheDir: this.cacheDir, lintDir: this.lintDir, unusable: this.unusable, index: this.index } = opened);
    const index = this.index;
    // Without an index to vouch for single lines, each shard is trusted whole or not at all, and all are written anew.
    const whole = index || this.unusable ? undefined : this.#wholeShards();
    if (!index) for (let shard = 0; shard < SHARDS; shard++) this.dirty.add(shard);
    const now = Date.now();
    const seen = new Uint8Array(index?.files.length ?? 0);
    const files = scan?.found ?? discoverRecords(root);
    files.forEach((found, n) => {
      const stats = scan ? scan.times[n] : found.refused ? undefined : timesOf(found.absPath);
      const slot = index?.slots.get(found.file);
      if (slot !== undefined) seen[slot] = 1;
      if (slot !== undefined && sameStat(index!.stats[slot]!, stats)) {
        // Unchanged since it was hashed, by its times: not read at all.
        this.items.push({ found, shard: index!.shards[slot]!, stat: index!.stats[slot]!, slot, date: index!.dates[slot]! });
        return;
      }
      const item: Item = { found, shard: shardOf(found.file), stat: null };
      this.items.push(item);
      const bytes = readRecordBytes(found);
      if ('problem' in bytes) {
        // Refused or not readable: nothing to key it by; worked out each time (no parsing is involved).
        item.fresh = { parts: unreadableParts(found, bytes.problem), hash: undefined, links: [], leader: null, date: null };
        if (slot !== undefined) item.old = index!.row(slot) ?? null;
        return;
      }
      const hash = shortHash(bytes.data);
      item.stat = settledStat(stats, now);
      if (slot !== undefined && index!.hashes[slot] === hash) {
        Object.assign(item, { slot, shard: index!.shards[slot]!, date: index!.dates[slot]! });
        if (item.stat) this.timesDirty.add(item.shard);
        return;
      }
      const kept = whole?.get(found.file);
      if (kept?.entry.hash === hash) {
        item.entry = kept.entry;
        item.whole = rowOf(kept.entry, item.stat, kept.shard, { line: -1, lineHash: '', offset: -1, length: -1 });
        item.shard = kept.shard;
        item.date = kept.entry.date;
        return;
      }
      item.fresh = freshOf(partsFromBytes(found, bytes.data), hash);
      item.shard = shardFor(found.file, item.fresh);
      if (slot !== undefined) {
        item.old = index!.row(slot) ?? null;
        this.dirty.add(index!.shards[slot]!);
      }
    });
    index?.files.forEach((_file, slot) => {
      if (seen[slot]) return;
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
    const raw = !row ? undefined : this.#reading && !this.#shards.has(row.shard) ? this.#reading.line(row) : this.#lines(row.shard)?.[row.line];
    if (!row || raw === undefined || shortHash(raw) !== row.lineHash) return undefined;
    const entry = parseEntry(raw);
    if (!entry || entry.file !== row.file || entry.hash !== row.hash) return undefined;
    item.entry = entry;
    item.raw = raw;
    return entry;
  }

  /** An unchanged file's line in its shard and its row in the index, when its entry is to be written back as it was. */
  #sameLine(item: Item): { row: Row; raw: string } | undefined {
    if (item.fresh || item.slot === undefined || (item.entry !== undefined && item.raw === undefined)) return undefined;
    const row = this.index!.row(item.slot);
    const raw = item.raw ?? (row ? this.#lines(row.shard)?.[row.line] : undefined);
    return row && raw !== undefined ? { row, raw } : undefined;
  }

  /** While {@link prepare} reads entries: each read alone, at its place in its shard. */
  #reading: ShardReader | undefined;

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
    // A few entries of a shard are read alone; most of them, with the whole shard.
    this.#reading = items.length < this.items.length / 4 ? new ShardReader(this.lintDir) : undefined;
    try {
      for (const item of items) if (!item.fresh && !this.entryOf(item)) this.#refresh(item);
    } finally {
      this.#reading?.close();
      this.#reading = undefined;
    }
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
   * Write what changed: the shards whose entries changed, then the parts of
   * the index whose files or findings changed, then `run.json`, which names
   * every part. `results` are the run's findings; undefined: those of the
   * last run (when `run` is that run's), or none.
   */
  async save(results: LintResult[] | undefined, run: string, git: string): Promise<void> {
    if (this.unusable) return;
    if (this.dirty.size === 0 && this.timesDirty.size === 0 && results === undefined) return;
    if (!makeFolder(this.cacheDir) || !makeFolder(this.lintDir)) return;
    const index = this.index;
    // The findings of each part: this run's, grouped by the shard of their file; or the last run's as they were read.
    const byShard = new Map<number, Item[]>();
    const shardOfFile = new Map<string, number>();
    for (const item of this.items) {
      shardOfFile.set(item.found.file, item.shard);
      const list = byShard.get(item.shard);
      if (list) list.push(item);
      else byShard.set(item.shard, [item]);
    }
    const lastRun = results === undefined && index !== undefined && run === index.run;
    const findings = results !== undefined ? resultsByPart(results, (file) => shardOfFile.get(file)) : lastRun ? { parts: index.partResults, outside: index.outsideResults } : undefined;

    // The shards of the first cache format (`records-NN.json`), left by an older supv: gone with the first index.
    if (!index) for (const name of readdirSync(this.lintDir)) if (/^records-\d\d\.json$/.test(name)) rmSync(path.join(this.lintDir, name), { force: true });
    const parts: string[] = [];
    for (let shard = 0; shard < SHARDS; shard++) {
      const partResults = findings?.parts[shard] ?? '[]';
      const entries = this.dirty.has(shard);
      if (index && !entries && !this.timesDirty.has(shard) && partResults === index.partResults[shard]) {
        // Nothing in it changed: the part on disk stays, and run.json names it as before.
        parts.push(index.partKeys[shard]!);
        continue;
      }
      const rows: Row[] = [];
      const details: string[] = [];
      const lines: string[] = [];
      // Where the next line starts in the shard's bytes after the header.
      let offset = 0;
      for (const item of byShard.get(shard) ?? []) {
        if (!entries) {
          // Its entry as it was, where it was; only its times, or the part's findings, changed.
          const row = item.slot === undefined ? undefined : index!.row(item.slot);
          // A line that cannot be read is left out with its file: the next run reads the file again.
          if (row === undefined) continue;
          rows.push({ ...row, stat: item.stat });
          details.push(index!.detail(item.slot!)!);
          continue;
        }
        const same = this.#sameLine(item);
        if (same) {
          // Its entry as it was, not parsed: a line damaged since it was checked fails its checksum next time.
          const length = Buffer.byteLength(same.raw);
          const row = { ...same.row, stat: item.stat, line: lines.length, offset, length };
          rows.push(row);
          details.push(detailOf(row));
          lines.push(same.raw);
          offset += length + 1;
          continue;
        }
        // A file whose entry could not be made, read or checked is left out: the next run reads it again.
        const entry = this.entryOf(item);
        if (!entry) continue;
        const raw = item.raw ?? JSON.stringify(entry);
        const length = Buffer.byteLength(raw);
        const row = rowOf(entry, item.stat, shard, { line: lines.length, lineHash: shortHash(raw), offset, length });
        rows.push(row);
        details.push(detailOf(row));
        lines.push(raw);
        offset += length + 1;
      }
      if (entries) {
        const body = lines.join('\n');
        const header = JSON.stringify({ format: CACHE_FORMAT, supv: this.key.supv, config: this.key.config, shard, sha256: sha256(body) });
        await writeAtomic(path.join(this.lintDir, shardName(shard)), `${header}\n${body}`, { durable: false });
      }
      const part = indexPartText(this.key, shard, rows, details, partResults);
      await writeAtomic(path.join(this.lintDir, indexPartName(shard)), part.text, { durable: false });
      parts.push(part.id);
    }
    // Last, naming every part: without the findings of a run, the index cannot say which run it was, and the next lint checks every record.
    await writeAtomic(path.join(this.lintDir, INDEX_FILE), indexText(this.key, findings === undefined ? '' : run, git, parts, findings?.outside ?? '[]'), { durable: false });
  }
}

/**
 * Entries read one by one from their shard files, each at the place the
 * index gives, the files held open until {@link close}: for a run that needs
 * a few entries of each shard, reading each shard whole would read and
 * decode megabytes for them. The line read is checked against the index's
 * checksum as any other ({@link LintCache.entryOf}).
 */
class ShardReader {
  readonly #open = new Map<number, { fd: number; body: number; size: number } | undefined>();

  constructor(private readonly lintDir: string) {}

  line(row: Row): string | undefined {
    const file = this.#file(row.shard);
    // A place beyond the file (a shard cut short, or an index edited by hand) reads nothing: the file is read again.
    if (!file || row.offset < 0 || row.length <= 0 || file.body + row.offset + row.length > file.size) return undefined;
    const buffer = Buffer.allocUnsafe(row.length);
    try {
      return readSync(file.fd, buffer, 0, row.length, file.body + row.offset) === row.length ? buffer.toString('utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  /** A shard file opened as cache files are read (src/cache/files.ts): no link followed, nothing but a file; and where its lines start, after the header. */
  #file(shard: number): { fd: number; body: number; size: number } | undefined {
    if (this.#open.has(shard)) return this.#open.get(shard);
    let opened: { fd: number; body: number; size: number } | undefined;
    const fd = openCacheFile(path.join(this.lintDir, shardName(shard)));
    if (fd !== undefined) {
      const head = Buffer.allocUnsafe(4096);
      const newline = head.subarray(0, readSync(fd, head, 0, head.length, 0)).indexOf(10);
      opened = newline === -1 ? undefined : { fd, body: newline + 1, size: fstatSync(fd).size };
      if (!opened) closeSync(fd);
    }
    this.#open.set(shard, opened);
    return opened;
  }

  close(): void {
    for (const file of this.#open.values()) if (file) closeSync(file.fd);
    this.#open.clear();
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
  const cache = await LintCache.open(root, run.config, rules, run.scan);
  const runKey = stableJson({ asOf: run.asOf, today: run.today, pastAsOf: run.pastAsOf, settings: run.settings });
  const state = await run.gitState();
  const index = cache.index;
  const changed = cache.items.filter((item) => item.fresh);
  const sameRun = index !== undefined && index.run === runKey;
  const save = (results: LintResult[] | undefined) => () => cache.save(results, runKey, state);
  const stats = (checked: number) => ({ cached: cache.items.length - changed.length, parsed: changed.length, checked });
  // New commits since the last run: the files they touched are re-checked as if changed (when the history only grew).
  const sameGit = index?.git === state;
  const committed = sameRun && !sameGit && run.gitChanges ? await run.gitChanges(index!.git, state) : undefined;
  const committedFiles = new Set(committed);
  const touched = committed ? cache.items.filter((item) => !item.fresh && committedFiles.has(item.found.file)) : [];

  if (sameRun && sameGit && changed.length === 0 && cache.removed.length === 0) {
    // Nothing changed, nor anything the run is judged on: the last run's findings are this run's.
    const results = index.lastResults((slot) => !run.pastAsOf || keptAsOf(index.dates[slot] ?? undefined, run.asOf, run.today));
    return { results, mode: 'unchanged', stats: stats(0), unusable: cache.unusable, save: cache.timesDirty.size > 0 ? save(undefined) : async () => undefined };
  }

  const dateOf = (item: Item) => (item.fresh ? item.fresh.date : item.date) ?? undefined;
  // Git's history, when a rule reads it, is read in git's own process while the records are made ready.
  const history = run.history();
  history.catch(() => undefined);
  const inRun = cache.items.filter((item) => !run.pastAsOf || keptAsOf(dateOf(item), run.asOf, run.today));
  const linked = sameRun && (sameGit || committed) ? linkedPlan(cache, inRun, [...changed, ...touched], run) : undefined;
  await cache.prepare(linked ? [...new Set([...linked.needed, ...changed])] : cache.items, rules, run.config);

  // The rules about paths keep their last findings everywhere when nothing they read changed.
  const settled = linked !== undefined && sameGit && linked.samePaths && pathRulesMaySettle(rules, run.settings, await history);
  if (linked && settled) {
    const git = await history;
    if (mayMerge(rules, run.settings, git)) {
      const results = await mergedRun(cache, inRun, linked, rules, run, git);
      return { results, mode: 'linked', stats: stats(linked.needed.size), pathsKept: true, unusable: cache.unusable, save: save(results) };
    }
  }
  const recordIds = new Set(recordRules(rules).map((rule) => rule.meta.id));
  const recordFindings = new Map<string, Finding[]>();
  for (const item of inRun) {
    const file = item.found.file;
    // Unchanged files outside the records re-checked keep what the rules about one record found last time.
    const last = linked && !item.fresh ? (index!.results.get(file) ?? []) : undefined;
    recordFindings.set(file, last ? last.filter((finding) => recordIds.has(finding.rule)) : cache.recordFindingsOf(item));
  }
  // A record of every file, most from what the index says of them: read in one go.
  if (linked) index!.readAllRows();
  const records = indexRecords(inRun.map((item) => (linked && !linked.needed.has(item) ? cache.lazyRecordOf(item) : cache.recordOf(item))));
  run.checkConfig?.(records);
  const git = await history;

  let options: Parameters<typeof checkRecords>[2]['linked'];
  if (linked) {
    const keptHere: Finding[] = [];
    const linkedIds = idsOf(rules, 'linked');
    const redone = redoneBy(rules, linked);
    for (const item of inRun) {
      if (linked.affected.has(item.found.file)) continue;
      for (const finding of index!.results.get(item.found.file) ?? []) {
        if (linkedIds.has(finding.rule) && finding.messageId !== HISTORY_INCOMPLETE_MESSAGE_ID && !redone(finding.rule, item.found.file)) keptHere.push(finding);
      }
    }
    if (settled) {
      const pathIds = idsOf(rules, 'paths');
      for (const findings of index!.results.values()) {
        for (const finding of findings) if (pathIds.has(finding.rule) && finding.messageId !== HISTORY_INCOMPLETE_MESSAGE_ID) keptHere.push(finding);
      }
    }
    const kept = byRule(keptHere);
    const subset = indexRecords(inRun.filter((item) => linked.needed.has(item)).map((item) => cache.recordOf(item)));
    options = { records: subset, files: linked.affected, led: linked.led, kept, settled };
  }
  const results = await checkRecords(records, rules, { config: run.config, asOf: run.asOf, settings: run.settings, git, recordFindings, linked: options });
  return { results, mode: linked ? 'linked' : 'full', stats: stats(linked ? linked.needed.size : inRun.length), pathsKept: settled, unusable: cache.unusable, save: save(results) };
}

/** The ids of the rules of one scope. */
function idsOf(rules: readonly Rule[], scope: Rule['meta']['scope']): Set<string> {
  return new Set(rules.filter((rule) => rule.meta.scope === scope).map((rule) => rule.meta.id));
}

/** Whether a linked run works out a linked rule's findings in a file again, by the rule's id (the engine's {@link redoneIn}). */
function redoneBy(rules: readonly Rule[], linked: Pick<LinkedPlan, 'affected' | 'led'>): (rule: string, file: string) => boolean {
  const byId = new Map(rules.map((rule) => [rule.meta.id, redoneIn({ files: linked.affected, led: linked.led }, rule)]));
  return (rule, file) => byId.get(rule)?.(file) ?? linked.affected.has(file);
}

/** Findings by rule, as the engine takes the findings a linked run keeps from the last (`linked.kept`, src/check/engine.ts). */
function byRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const kept = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = kept.get(finding.rule);
    if (list) list.push(finding);
    else kept.set(finding.rule, [finding]);
  }
  return kept;
}

/**
 * Whether a linked run whose rules about paths keep their findings may run
 * the rules over the records re-checked alone ({@link mergedRun}): every rule
 * that is on is about one record, linked or about paths, and the run's one
 * warning about missing history, if it has one, lands on the config file,
 * not on whichever record comes first.
 */
function mayMerge(rules: readonly Rule[], settings: Record<string, RuleSetting>, git: GitHistory | undefined): boolean {
  const on = rules.filter((rule) => settings[rule.meta.id] !== 'off');
  if (on.some((rule) => rule.meta.scope !== 'record' && rule.meta.scope !== 'linked' && rule.meta.scope !== 'paths')) return false;
  return git?.complete === true || git?.reportFile !== undefined || !on.some((rule) => rule.meta.usesGit);
}

/**
 * A linked run with the rules about paths settled, worked out over the
 * records it re-checks (`needed`) alone: the engine runs the rules over them,
 * and every other file keeps the findings of the last run as they were. The
 * same findings as {@link checkRecords} over every record with
 * `linked.kept` (src/check/engine.ts), without making a record of each of
 * the repository's files.
 */
async function mergedRun(cache: LintCache, inRun: readonly Item[], linked: LinkedPlan, rules: readonly Rule[], run: LintRun, git: GitHistory | undefined): Promise<LintResult[]> {
  const index = cache.index!;
  const last = (file: string) => index.results.get(file) ?? [];
  const recordIds = idsOf(rules, 'record');
  const linkedIds = idsOf(rules, 'linked');
  const pathIds = idsOf(rules, 'paths');
  const redone = redoneBy(rules, linked);
  const subsetItems = inRun.filter((item) => linked.needed.has(item));
  const inSubset = new Set(subsetItems.map((item) => item.found.file));
  const subset = indexRecords(subsetItems.map((item) => cache.recordOf(item)));
  // Every staff record is re-checked: the configuration's references to staff are checked against the same records.
  run.checkConfig?.(subset);

  const recordFindings = new Map<string, Finding[]>();
  const keptHere: Finding[] = [];
  for (const item of subsetItems) {
    const file = item.found.file;
    recordFindings.set(file, item.fresh ? cache.recordFindingsOf(item) : last(file).filter((finding) => recordIds.has(finding.rule)));
    for (const finding of last(file)) {
      if (finding.messageId === HISTORY_INCOMPLETE_MESSAGE_ID) continue;
      if (pathIds.has(finding.rule) || (linkedIds.has(finding.rule) && !redone(finding.rule, file))) keptHere.push(finding);
    }
  }
  const checked = await checkRecords(subset, [...rules], { config: run.config, asOf: run.asOf, settings: run.settings, git, recordFindings, linked: { records: subset, files: linked.affected, led: linked.led, kept: byRule(keptHere), settled: true } });

  // Every other file: its last findings, but for the warning about history, which belongs to this run. In the order
  // the files were found (path order but for a folder whose name is another's and more), each file's findings in
  // the order they were kept (as the last run sorted them); sorted again only where they are not.
  const checkedOf = new Map<string, Finding[]>(checked.map((result) => [result.file, result.findings]));
  const kept = (inRunFile: boolean) => (finding: Finding) =>
    finding.messageId !== HISTORY_INCOMPLETE_MESSAGE_ID && (pathIds.has(finding.rule) || (inRunFile && (linkedIds.has(finding.rule) || recordIds.has(finding.rule))));
  const keptInRun = kept(true);
  const keptElsewhere = kept(false);
  const keptOf = (file: string, keep: (finding: Finding) => boolean): Finding[] => {
    const found = last(file);
    return found.every(keep) ? found : found.filter(keep);
  };
  const results: LintResult[] = [];
  const inRunFiles = new Set<string>();
  for (const item of inRun) {
    const file = item.found.file;
    inRunFiles.add(file);
    if (inSubset.has(file)) {
      results.push({ file, findings: checkedOf.get(file) ?? [] });
      continue;
    }
    const more = checkedOf.get(file);
    results.push({ file, findings: more ? [...keptOf(file, keptInRun), ...more] : keptOf(file, keptInRun) });
  }
  // Files outside the run: the config file, and records left out by a past --as-of (the rules about paths see them).
  const outside = new Set([...index.results.keys(), ...checkedOf.keys()].filter((file) => !inRunFiles.has(file)));
  for (const file of outside) {
    const findings = [...keptOf(file, keptElsewhere), ...(checkedOf.get(file) ?? [])];
    if (findings.length > 0 || checkedOf.has(file)) results.push({ file, findings });
  }
  return inReportOrder(results);
}

/** See {@link linkedPlan}. */
interface LinkedPlan {
  affected: Set<string>;
  /** Staff records in which the rules that read the sessions someone led look again (src/cache/links.ts). */
  led: Set<string>;
  needed: Set<Item>;
  /** No file added, removed, renamed, moved into or out of the run by its date, and no decision changed: what the rules about paths read is as it was. */
  samePaths: boolean;
}

/**
 * After a few changes, none to a staff record: the files whose findings may
 * have changed (`affected`: every record tied to a changed one, old or new
 * version, src/cache/links.ts; `led`: the staff records of the changed
 * sessions' supervisors, for the rules that read the sessions someone led)
 * and the records the linked rules need to work them out (`needed`: those,
 * every staff record, and the last session led by each supervisor whose
 * staff record is affected or led). Undefined when the
 * changes are too many, touch a staff record, or the last run's findings do
 * not cover every file: then every rule runs over everything.
 */
function linkedPlan(cache: LintCache, inRun: readonly Item[], changed: readonly Item[], run: Pick<LintRun, 'asOf' | 'today' | 'pastAsOf'>): LinkedPlan | undefined {
  const { asOf, today, pastAsOf } = run;
  const touched = changed.length + cache.removed.length;
  if (touched > LINKED_MAX_CHANGES || touched > inRun.length * LINKED_MAX_SHARE) return undefined;
  const { graph, broken } = runGraph(cache, inRun);
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
  const after: Links[] = [];
  for (const item of changed) {
    // A file re-checked for a commit whose line in the index cannot be read: what ties it to others is not known.
    const known = cache.linksOf(item);
    if (!known) return undefined;
    after.push(known);
  }
  // Staff records are read by every rule about several records: a change to one is a change to everything, and so
  // is a record taking or giving up a staff member's id (the first of two records with one id hides the other).
  if ([...before, ...after].some((known) => known.kind === 'staff')) return undefined;
  const staffIds = new Set<string>();
  for (const i of graph.withKey('k:staff')) {
    const known = graph.tie(i);
    if (!known) return undefined;
    if (known.id !== null) staffIds.add(idKey(known.id));
  }
  if ([...before, ...after].some((known) => known.id !== null && staffIds.has(idKey(known.id)))) return undefined;

  const position = new Map(changed.map((item) => [item, inRun.indexOf(item)]));
  const tied = recordsTiedTo(
    graph,
    [...before, ...after],
    changed.flatMap((item) => (position.get(item)! >= 0 ? [position.get(item)!] : [])),
    asOf,
  );
  if (!tied || broken()) return undefined;
  if (tied.affected.size > inRun.length * LINKED_MAX_SHARE) return undefined;
  // What the rules about paths read (src/model.ts, `scope: 'paths'`): which files are in the run, and the decisions.
  const inRunBefore = (known: Links) => !pastAsOf || keptAsOf(known.date ?? undefined, asOf, today);
  const samePaths =
    cache.removed.length === 0 &&
    changed.every((item) => item.old && inRunBefore(item.old) === inRunBefore(cache.linksOf(item)!)) &&
    ![...before, ...after].some((known) => known.kind === 'decision');
  const file = (i: number) => inRun[i]!.found.file;
  return { affected: new Set([...tied.affected].map(file)), led: new Set([...tied.led].map(file)), needed: new Set([...tied.needed].map((i) => inRun[i]!)), samePaths };
}

/**
 * The files of the run as the plan after a change looks them up
 * (src/cache/links.ts), numbered by their place in `inRun`: an unchanged
 * file by the index's files by key (src/cache/run-index.ts), without
 * reading what every file is tied to; a file read this run by its fresh
 * parse. `broken`: the index's files by key, or a file's line, could not be
 * read; what the graph said is then not to be used.
 */
function runGraph(cache: LintCache, inRun: readonly Item[]): { graph: TieGraph; broken: () => boolean } {
  const index = cache.index!;
  // Each slot's place in the run: -1 for a file left out of the run, or read this run (its keys there are its old ones).
  const place = new Int32Array(index.files.length).fill(-1);
  const fresh = new Map<string, number[]>();
  let broken = false;
  inRun.forEach((item, i) => {
    if (!item.fresh && item.slot !== undefined) {
      place[item.slot] = i;
      return;
    }
    const known = cache.linksOf(item);
    if (!known) {
      broken = true;
      return;
    }
    for (const key of tieKeys(known)) {
      const list = fresh.get(key);
      if (list) list.push(i);
      else fresh.set(key, [i]);
    }
  });
  const looked = new Map<string, number[]>();
  const graph: TieGraph = {
    withKey(key) {
      let found = looked.get(key);
      if (found) return found;
      const slots = index.withKey(key);
      if (!slots) {
        broken = true;
        return [];
      }
      found = [];
      for (const slot of slots) if (place[slot]! >= 0) found.push(place[slot]!);
      found.push(...(fresh.get(key) ?? []));
      // In run order: the index lists its files shard by shard.
      found.sort((a, b) => a - b);
      // Asked again (the staff records, an id read for each session led): looked up once.
      looked.set(key, found);
      return found;
    },
    tie: (i) => cache.linksOf(inRun[i]!),
  };
  return { graph, broken: () => broken };
}

/**
 * Whether the rules about paths that are on can keep their last findings
 * without running. One that may read git history without needing it
 * (`usesGit: 'optional'`) asks for it only when it has something to look
 * for: with history incomplete, its asking draws the run's one warning
 * unless a rule before it that needs history (and so warns on being
 * reached) is on.
 */
function pathRulesMaySettle(rules: readonly Rule[], settings: Record<string, RuleSetting>, git: GitHistory | undefined): boolean {
  if (git?.complete) return true;
  let warned = false;
  for (const rule of rules) {
    if (settings[rule.meta.id] === 'off' || rule.meta.scope === 'record') continue;
    if (rule.meta.scope === 'paths' && rule.meta.usesGit === 'optional' && !warned) return false;
    if (rule.meta.usesGit === 'required') warned = true;
  }
  return true;
}

/**
 * The records of the repository at `root` for `supv watch`, as {@link
 * loadRecords} (src/load/load.ts) reads them, taking from the cache every
 * file whose bytes are those it was kept with, with the findings of the
 * rules about one record.
 */
export async function loadRecordsCached(root: string, config: Config, rules: readonly Rule[] = everyRule): Promise<CachedLoad> {
  const cache = await LintCache.open(root, config, rules);
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
    save: () => cache.save(undefined, '', ''),
  };
}
