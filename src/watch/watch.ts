/**
 * `supv watch` as a library: lint once, then on every change re-read only the
 * changed record files, re-run the rules, and report the findings that
 * appeared and disappeared; re-render the PDFs of the changed records and of
 * the records that show them (a staff change re-renders the sessions,
 * contracts and decisions that name the person), with one browser kept open
 * for the whole session. It never prints: everything goes to `onEvent`.
 *
 * The file watcher is only a trigger. Each run walks `records/` again with
 * discover's rules (symbolic links out of the repository are refused, never
 * followed) and re-reads the files the watcher named plus any it did not know,
 * so a missed event, a folder renamed, or an editor's save by rename (unlink
 * and add of the same path) all end in the same, correct state.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lstatSync } from 'node:fs';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { checkRecords, type RuleSetting } from '../check/engine.js';
import type { GitHistory } from '../git/history.js';
import { loadGitHistory } from '../git/history.js';
import { rules as allRules } from '../check/rules/index.js';
import { CONFIG_FILE, ConfigError, loadConfig, type Config } from '../config/config.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import type { LintResult } from '../format/types.js';
import { indexRecords } from '../load/load.js';
import type { Finding, LoadedRecord, RecordSet, Rule } from '../model.js';
import { readRecord } from '../parse/read-record.js';
import { buildPdfs, gitCommit } from '../render/build.js';
import { BuildLockedError, OutputFolderError } from '../render/output-folder.js';
import { BrowserPool } from '../render/chromium.js';
import { ChromiumNotFoundError, findChromium } from '../render/find-chromium.js';
import { TemplateError } from '../render/html.js';
import { gitIn } from '../git/run.js';
import { countFindings, diffFindings } from './findings-diff.js';
import { WatchedPaths } from './paths.js';

/** Why a run happened. */
export type WatchCause = 'records' | 'templates' | 'config';

/** What the watch reports, for the command (or a test) to show. */
export type WatchEvent =
  /** The first full lint is done and the watcher is listening. */
  | { type: 'ready'; at: Date; results: LintResult[]; records: number; errors: number; warnings: number; render: boolean }
  /** A run after a change: only the findings that appeared and disappeared, and the totals now. */
  | {
      type: 'lint';
      at: Date;
      causes: WatchCause[];
      /** Repository-relative record files that changed, were added or removed. */
      changed: string[];
      appeared: Finding[];
      disappeared: Finding[];
      errors: number;
      warnings: number;
      /** Milliseconds from the first file event of the run to the lint result. */
      sinceChangeMs: number;
    }
  /** PDFs rendered after a change. */
  | {
      type: 'render';
      at: Date;
      /** Output-relative paths of the PDFs written, such as `pdf/session/2025-02-03-jo-bloggs.pdf`. */
      built: string[];
      unchanged: number;
      failed: Array<{ file: string; id?: string; reason: string }>;
      /** Changed records not rendered because they are not valid (their findings say why). */
      skipped: string[];
      seconds: number;
      /** Milliseconds from the first file event of the run to the last PDF written. */
      sinceChangeMs: number;
    }
  /** Rendering is off for the rest of the session (no Chromium); linting goes on. */
  | { type: 'render-off'; at: Date; reason: string }
  /** Something the user should know that is not a finding. */
  | { type: 'notice'; at: Date; message: string }
  /** A run or a render failed; the watch goes on. */
  | { type: 'error'; at: Date; message: string };

export interface WatchOptions {
  /** The records repository, absolute. */
  root: string;
  config: Config;
  /** The config file as given with `--config` (relative to `root`); default `supv.config.yaml`. */
  configPath?: string;
  /** The date rules are judged on; a function is asked on every run (a watch may run past midnight). */
  asOf: string | (() => string);
  /** The PDF output folder, absolute. */
  out: string;
  /** Render PDFs of changed records. */
  render: boolean;
  onEvent(event: WatchEvent): void;
  /** Per-rule severities, as `lint --rule`. */
  settings?: Record<string, RuleSetting>;
  /** The rules to run (default: every rule). */
  rules?: Rule[];
  /** Quiet time after the last file event before a run (default 150 ms). */
  debounceMs?: number;
  /** More records than this to re-render after a template or config change are left to `supv build` (default 100). */
  rerenderAllLimit?: number;
  /** supv's version, recorded in the manifest. */
  toolVersion: string;
  /** Pages rendering at once (default 2: a watch renders a few records at a time). */
  concurrency?: number;
  executablePath?: string;
  env?: Record<string, string | undefined>;
  /** The clock for event times (default: the system clock). */
  now?: () => Date;
}

/** A running watch. */
export interface WatchHandle {
  /** Resolves when the first lint is done and changes are being watched; rejects if the watch could not start. */
  ready: Promise<void>;
  /** Stop watching, wait for the run in progress, close the browser. Safe to call twice. */
  close(): Promise<void>;
}

interface Pending {
  records: Set<string>;
  templates: boolean;
  config: boolean;
  /** A file or folder was added or removed: walk records/ again (plain changes to known files need no walk). */
  structural: boolean;
  /** performance.now() of the first event of this batch. */
  since: number;
}

/** Start watching. Events go to `options.onEvent`; nothing is printed. */
export function startWatch(options: WatchOptions): WatchHandle {
  const root = path.resolve(options.root);
  const configFile = path.resolve(root, options.configPath ?? CONFIG_FILE);
  const paths = new WatchedPaths(root, configFile);
  const rules = options.rules ?? allRules;
  const usesGit = rules.some((rule) => rule.meta.usesGit && options.settings?.[rule.meta.id] !== 'off');
  const debounceMs = options.debounceMs ?? 150;
  const rerenderAllLimit = options.rerenderAllLimit ?? 100;
  const now = options.now ?? (() => new Date());
  const asOf = () => (typeof options.asOf === 'function' ? options.asOf() : options.asOf);
  const emit = (event: WatchEvent) => {
    try {
      options.onEvent(event);
    } catch {
      // A listener's mistake must not stop the watch.
    }
  };

  let config = options.config;
  /** Every record file by repository-relative path, as last read. */
  let byFile = new Map<string, LoadedRecord>();
  /** Record files that are symbolic links: their target may change without an event for the link. */
  let links = new Set<string>();
  let results: LintResult[] = [];
  let git: GitHistory | undefined;
  let gitKey = '';

  let renderOn = options.render;
  let pool: BrowserPool | undefined;
  let poolStarting: Promise<BrowserPool> | undefined;

  let watcher: FSWatcher | undefined;
  let pending: Pending | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let started = false;
  let closed = false;

  const offRender = (reason: string) => {
    if (!renderOn) return;
    renderOn = false;
    emit({ type: 'render-off', at: now(), reason });
  };

  // ------------------------------------------------------------ reading

  const read = (found: FoundFile): LoadedRecord => {
    let isLink = false;
    try {
      isLink = lstatSync(found.absPath).isSymbolicLink();
    } catch {
      // Gone meanwhile: readRecord says so as a parse finding.
    }
    if (isLink) links.add(found.file);
    else links.delete(found.file);
    return readRecord(found);
  };

  /** Walk records/ again; re-read the files named, the files not seen before, and links. */
  const refresh = (changed: Set<string> | 'all', walk = true): { set: RecordSet; touched: string[]; before: Map<string, LoadedRecord> } => {
    const before = byFile;
    if (!walk && changed !== 'all' && [...changed].every((file) => before.has(file) && !links.has(file) && isPlainFile(path.join(root, ...file.split('/'))))) {
      // Only known, plain files changed: re-read them in place, keeping path order, with no walk of the whole tree.
      const next = new Map(before);
      const touched: string[] = [];
      for (const file of changed) {
        const record = read({ file, absPath: path.join(root, ...file.split('/')) });
        const known = before.get(file)!;
        next.set(file, record);
        if (known.text !== record.text || known.parseProblem?.message !== record.parseProblem?.message) touched.push(file);
      }
      byFile = next;
      return { set: indexRecords([...next.values()]), touched: touched.sort(), before };
    }
    const next = new Map<string, LoadedRecord>();
    const touched: string[] = [];
    const oldLinks = links;
    links = new Set();
    for (const found of discoverRecords(root)) {
      const known = before.get(found.file);
      const reread = changed === 'all' || changed.has(found.file) || !known || oldLinks.has(found.file) || found.refused !== undefined;
      if (!reread) {
        next.set(found.file, known);
        continue;
      }
      const record = read(found);
      next.set(found.file, record);
      if (!known || known.text !== record.text || known.parseProblem?.message !== record.parseProblem?.message) touched.push(found.file);
    }
    for (const file of before.keys()) if (!next.has(file)) touched.push(file);
    byFile = next;
    return { set: indexRecords([...next.values()]), touched: touched.sort(), before };
  };

  /** Git history, walked again only when HEAD moved or the set of record files changed. */
  const history = async (): Promise<GitHistory | undefined> => {
    if (!usesGit) return undefined;
    const head = (await gitIn(root).headCommit()) ?? '';
    const key = `${head}\0${[...byFile.keys()].join('\0')}`;
    if (!git || key !== gitKey) {
      git = await loadGitHistory(root);
      gitKey = key;
    }
    return git;
  };

  const lint = async (set: RecordSet): Promise<LintResult[]> =>
    checkRecords(set, rules, { config, asOf: asOf(), settings: options.settings, git: await history() });

  // ------------------------------------------------------------ rendering

  const browser = async (): Promise<BrowserPool> => {
    if (pool) return pool;
    poolStarting ??= BrowserPool.start({ concurrency: options.concurrency ?? 2, executablePath: options.executablePath, env: options.env });
    try {
      pool = await poolStarting;
    } finally {
      poolStarting = undefined;
    }
    if (closed) {
      await pool.close();
      throw new Error('the watch is closed');
    }
    return pool;
  };

  const render = async (set: RecordSet, select: Set<LoadedRecord>, since: number): Promise<void> => {
    if (!renderOn || closed || select.size === 0) return;
    const skipped = [...select].filter((record) => !record.valid).map((record) => record.file);
    const renderable = [...select].some((record) => record.valid && record.id && set.byId.get(record.id) === record);
    if (!renderable) {
      if (skipped.length > 0) emit({ type: 'render', at: now(), built: [], unchanged: 0, failed: [], skipped, seconds: 0, sinceChangeMs: performance.now() - since });
      return;
    }
    try {
      const activePool = await browser();
      const summary = await buildPdfs({
        root,
        config,
        records: set,
        outDir: options.out,
        select: (record) => select.has(record),
        commit: await gitCommit(root),
        toolVersion: options.toolVersion,
        pool: activePool,
        env: options.env,
      });
      if (closed) return;
      emit({
        type: 'render',
        at: now(),
        built: summary.built.map((id) => `pdf/${set.byId.get(id)?.kind ?? 'record'}/${id}.pdf`),
        unchanged: summary.unchanged.length,
        failed: summary.failed,
        skipped,
        seconds: summary.seconds,
        sinceChangeMs: performance.now() - since,
      });
    } catch (error) {
      if (closed) return;
      if (error instanceof ChromiumNotFoundError) offRender(error.message.split('\n')[0]!);
      else if (error instanceof BuildLockedError) emit({ type: 'error', at: now(), message: `PDFs not updated: ${error.message}` });
      else if (error instanceof OutputFolderError || error instanceof TemplateError) emit({ type: 'error', at: now(), message: `PDFs not updated: ${error.message}` });
      else emit({ type: 'error', at: now(), message: `PDFs not updated: ${(error as Error).message.split('\n')[0]}` });
    }
  };

  /** The changed records, and every record that names a changed staff member (their PDFs show the name). */
  const toRender = (set: RecordSet, touched: string[], before: Map<string, LoadedRecord>): Set<LoadedRecord> => {
    const selected = new Set<LoadedRecord>();
    const staffIds = new Set<string>();
    for (const file of touched) {
      const record = byFile.get(file);
      if (record) selected.add(record);
      for (const version of [before.get(file), record]) {
        if (version?.kind === 'staff' && version.id) staffIds.add(version.id);
      }
    }
    if (staffIds.size > 0) {
      for (const record of set.files) {
        if (record.valid && record.kind !== 'staff' && names(record.data, staffIds)) selected.add(record);
      }
    }
    return selected;
  };

  // ------------------------------------------------------------ runs

  const run = async (batch: Pending): Promise<void> => {
    const causes: WatchCause[] = [];
    if (batch.records.size > 0) causes.push('records');
    if (batch.templates) causes.push('templates');
    if (batch.config) causes.push('config');

    let renderAll = batch.templates;
    if (batch.config) {
      try {
        const next = loadConfig(root, options.configPath).config;
        // What the PDFs show of the config; the policy changes findings, not PDFs.
        if (next.organisation !== config.organisation || next.marking !== config.marking || next.timezone !== config.timezone) renderAll = true;
        config = next;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        emit({ type: 'error', at: now(), message: `the config file is not valid, so the previous config still applies: ${error.message}` });
      }
    }

    const everything = batch.templates || batch.config;
    const { set, touched, before } = refresh(everything ? 'all' : batch.records, batch.structural);
    if (!everything && touched.length === 0) return;
    const next = await lint(set);
    const { appeared, disappeared } = diffFindings(results, next);
    results = next;
    const totals = countFindings(next);
    emit({ type: 'lint', at: now(), causes, changed: touched, appeared, disappeared, ...totals, sinceChangeMs: performance.now() - batch.since });

    let select = toRender(set, touched, before);
    if (renderAll && renderOn) {
      const valid = set.files.filter((record) => record.valid);
      if (valid.length <= rerenderAllLimit) select = new Set(valid);
      else {
        emit({
          type: 'notice',
          at: now(),
          message: `${batch.templates ? 'templates' : 'the organisation, marking or time zone'} changed: ${valid.length} PDFs are out of date; run supv build to re-render them (watch re-renders the records you change)`,
        });
      }
    }
    await render(set, select, batch.since);
  };

  const pump = () => {
    if (running || closed || !started || !pending) return;
    const batch = pending;
    pending = undefined;
    running = run(batch)
      .catch((error: unknown) => {
        if (!closed) emit({ type: 'error', at: now(), message: `the run failed: ${(error as Error).message}` });
      })
      .finally(() => {
        running = undefined;
        // Changes that came in during the run: their quiet time may already be over.
        if (pending && !timer) pump();
      });
  };

  const note = (role: 'record' | 'template' | 'config', file?: string, structural = true) => {
    if (closed) return;
    pending ??= { records: new Set(), templates: false, config: false, structural: false, since: performance.now() };
    if (structural) pending.structural = true;
    if (role === 'record') {
      if (file !== undefined) pending.records.add(file);
    } else if (role === 'template') pending.templates = true;
    else pending.config = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      pump();
    }, debounceMs);
  };

  const onPath = (absPath: string, structural: boolean) => {
    const role = paths.role(absPath);
    if (role !== 'other') note(role, role === 'record' ? paths.relative(absPath) : undefined, structural);
  };

  /** A folder added or removed: the walk of records/ finds what was in it; any templates folder change reloads them. */
  const onDirectory = (absPath: string) => {
    const relative = paths.relative(absPath);
    if (relative === undefined || paths.ignored(absPath)) return;
    note(relative.split('/')[0] === 'templates' ? 'template' : 'record');
  };

  // ------------------------------------------------------------ start and stop

  const ready = (async () => {
    if (renderOn) {
      try {
        if (!options.executablePath) findChromium(options.env);
      } catch (error) {
        offRender((error as Error).message.split('\n')[0]!);
      }
    }
    const targets = [root];
    if (paths.relative(configFile) === undefined) targets.push(configFile);
    watcher = chokidarWatch(targets, {
      ignored: paths.ignored,
      ignoreInitial: true,
      followSymlinks: false,
      // A debounce instead: waiting for sizes to settle would add its own delay to every save.
      awaitWriteFinish: false,
      // A file removed and re-added soon after (an editor saving by rename) is one change.
      atomic: true,
      persistent: true,
    });
    watcher
      .on('add', (file: string) => onPath(file, true))
      .on('change', (file: string) => onPath(file, false))
      .on('unlink', (file: string) => onPath(file, true)).on('addDir', onDirectory).on('unlinkDir', onDirectory);
    watcher.on('error', (error: unknown) => emit({ type: 'error', at: now(), message: `watching failed: ${(error as Error).message}` }));
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
    if (closed) return;
    const { set } = refresh('all');
    results = await lint(set);
    const totals = countFindings(results);
    emit({ type: 'ready', at: now(), results, records: set.files.length, ...totals, render: renderOn });
    started = true;
    pump();
  })();

  const close = async () => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    await ready.catch(() => undefined);
    await watcher?.close();
    // Closing the browser first ends a render in progress at once instead of waiting for it.
    const starting = poolStarting;
    await pool?.close();
    await running?.catch(() => undefined);
    if (starting) await (await starting.catch(() => undefined))?.close();
    await pool?.close();
  };

  return { ready, close };
}

/** A regular file, not a link (a link, even one renamed over a record, goes through discover's checks). */
function isPlainFile(absPath: string): boolean {
  try {
    return lstatSync(absPath).isFile();
  } catch {
    return false;
  }
}

/** True when a string anywhere in `value` is one of `ids`. */
function names(value: unknown, ids: Set<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((item) => names(item, ids));
  if (value && typeof value === 'object') return Object.values(value).some((item) => names(item, ids));
  return false;
}
