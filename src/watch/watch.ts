/**
 * `supv watch` as a library: lint once, then on every change re-read only the
 * changed record files, re-run the rules, and report the findings that
 * appeared and disappeared; re-render the PDFs of the changed records and of
 * the records that show them (a staff change re-renders the sessions,
 * contracts and decisions that name the person), with one browser kept open
 * for the whole session. It never prints: everything goes to `onEvent`.
 *
 * This module is the wiring: chokidar's events go to the batcher (batcher.ts),
 * each batch re-reads the records (record-cache.ts), is linted here, and its
 * stale PDFs go to the renderer (renderer.ts). What it reports is events.ts.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { checkEachRecord, checkRecords, type RuleSetting } from '../check/engine.js';
import { rules as allRules } from '../check/rules/index.js';
import { CONFIG_FILE, ConfigError, configReferenceProblem, loadConfig, type Config, type LoadedConfig } from '../config/config.js';
import { recordsAsOf } from '../load/as-of.js';
import type { LintResult } from '../format/types.js';
import type { Finding, LoadedRecord, RecordSet } from '../model.js';
import { loadRecordsCached, recordRules } from '../cache/lint-cache.js';
import type { Rule } from '../check/rule.js';
import { Batcher, type Batch } from './batcher.js';
import type { WatchCause, WatchEvent } from './events.js';
import { countFindings, diffFindings } from './findings-diff.js';
import { WatchedPaths } from './paths.js';
import { RecordCache } from './record-cache.js';
import { staleRecords, WatchRenderer } from './renderer.js';

export interface WatchOptions {
  /** The records repository, absolute. */
  root: string;
  config: Config;
  /** The config file given with `--config`, absolute or relative to `root`; default `supv.config.yaml` in `root`. */
  configPath?: string;
  /** The date rules are judged on; a function is asked on every run (a watch may run past midnight). */
  asOf: string | (() => string);
  /**
   * Today in the organisation's time zone, given with an explicit `--as-of`:
   * while `asOf` is before it, records dated after `asOf` and on or before
   * today are left out of every lint, as they had not been written yet
   * (SPEC §11.2), as lint, report and bundle leave them out. Without it every
   * record is judged.
   */
  today?: string | (() => string);
  /** Where a key of the config file given is, for a configuration error found once the records are read (default: line 1 of the file). */
  locateConfig?: LoadedConfig['locate'];
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
  /**
   * Start from `lint --cache`'s cache (`.supv-cache/`): the first lint reads
   * only the records that changed since it was written, and writes it back.
   * `supv watch` has it on; `--no-cache` turns it off.
   */
  cache?: boolean;
}

/** A running watch. */
export interface WatchHandle {
  /**
   * Resolves when the first lint is done and changes are being watched;
   * rejects if the watch could not start: with a {@link ConfigError} when
   * the configuration names a record that does not exist (`policy.head`).
   */
  ready: Promise<void>;
  /** Stop watching, wait for the run in progress, close the browser. Safe to call twice. */
  close(): Promise<void>;
}

/** Start watching. Events go to `options.onEvent`; nothing is printed. */
export function startWatch(options: WatchOptions): WatchHandle {
  const root = path.resolve(options.root);
  const configFile = path.resolve(root, options.configPath ?? CONFIG_FILE);
  const paths = new WatchedPaths(root, configFile);
  const rules = options.rules ?? allRules;
  const usesGit = rules.some((rule) => rule.meta.usesGit && options.settings?.[rule.meta.id] !== 'off');
  const rerenderAllLimit = options.rerenderAllLimit ?? 100;
  const now = options.now ?? (() => new Date());
  const asOf = () => (typeof options.asOf === 'function' ? options.asOf() : options.asOf);
  const today = () => (typeof options.today === 'function' ? options.today() : options.today);
  const emit = (event: WatchEvent) => {
    try {
      options.onEvent(event);
    } catch {
      // A listener's mistake must not stop the watch.
    }
  };

  let config = options.config;
  let locateConfig = options.locateConfig;
  let results: LintResult[] = [];
  let watcher: FSWatcher | undefined;
  let closed = false;
  const records = new RecordCache(root);
  const renderer = new WatchRenderer({
    root,
    out: options.out,
    render: options.render,
    toolVersion: options.toolVersion,
    concurrency: options.concurrency,
    executablePath: options.executablePath,
    env: options.env,
    emit,
    now,
  });

  /**
   * The records a lint judges, as every judging command reads them: with a
   * past `asOf`, those dated after it (up to today) are left out (SPEC §11.2).
   * The cache keeps them all: they come back when the as-of date is today.
   */
  const judged = (set: RecordSet): RecordSet => {
    const day = today();
    const on = asOf();
    return day !== undefined && on < day ? recordsAsOf(set, on, day) : set;
  };

  /** A configuration key naming a record that does not exist (`policy.head`), as lint reports it: with the key's file, line and column. */
  const configReferenceError = (set: RecordSet): ConfigError | undefined => {
    const problem = configReferenceProblem(config, new Set(set.ofKind.staff.map((record) => record.id)));
    if (!problem) return undefined;
    const at = locateConfig?.(problem.pointer) ?? { file: path.relative(root, configFile).split(path.sep).join('/') || CONFIG_FILE, line: 1, column: 1 };
    return new ConfigError(at.file, at.line, at.column, problem.message);
  };
  /** True while a configuration error is reported, so that its fix is said too. */
  let configProblem = false;

  /** The findings of the rules about one record, kept for each record as read (a record read again is a new object), while the config stays. */
  let perRecord = new WeakMap<LoadedRecord, Finding[]>();
  let perRecordConfig = config;
  const lint = async (set: RecordSet): Promise<LintResult[]> => {
    if (perRecordConfig !== config) {
      perRecord = new WeakMap();
      perRecordConfig = config;
    }
    const missing = set.files.filter((record) => !perRecord.has(record));
    if (missing.length > 0) {
      const worked = await checkEachRecord(missing, recordRules(rules), config);
      for (const record of missing) perRecord.set(record, worked.get(record.file) ?? []);
    }
    const recordFindings = new Map(set.files.map((record) => [record.file, perRecord.get(record)!]));
    return checkRecords(set, rules, { config, asOf: asOf(), settings: options.settings, git: usesGit ? await records.history() : undefined, recordFindings });
  };

  /** One batch of changes: the config read again if it changed, the records re-read and linted, their PDFs rendered. */
  const run = async (batch: Batch): Promise<void> => {
    const causes: WatchCause[] = [];
    if (batch.records.size > 0) causes.push('records');
    if (batch.templates) causes.push('templates');
    if (batch.config) causes.push('config');

    let renderAll = batch.templates;
    if (batch.config) {
      try {
        const loaded = loadConfig(root, options.configPath);
        const next = loaded.config;
        // What the PDFs show of the config; the policy changes findings, not PDFs.
        if (next.organisation !== config.organisation || next.marking !== config.marking || next.timezone !== config.timezone) renderAll = true;
        config = next;
        locateConfig = loaded.locate;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        emit({ type: 'error', at: now(), message: `the config file is not valid, so the previous config still applies: ${error.message}` });
      }
    }

    const everything = batch.templates || batch.config;
    const refresh = records.refresh(everything ? 'all' : batch.records, batch.structural);
    const { set, touched } = refresh;
    if (!everything && touched.length === 0) return;
    // As lint refuses to judge with a `policy.head` naming no staff record, the watch reports it and judges
    // again once it is fixed (the head's record restored, or the config corrected); the findings shown meanwhile
    // are the last ones judged. PDFs are still rendered: they do not show the head.
    const referenceError = configReferenceError(set);
    if (referenceError) {
      configProblem = true;
      emit({ type: 'error', at: now(), message: `configuration error: ${referenceError.message}. The records are not checked again until it is fixed` });
    } else {
      if (configProblem) emit({ type: 'notice', at: now(), message: 'the configuration error is fixed; the records are checked again' });
      configProblem = false;
      const next = await lint(judged(set));
      const { appeared, disappeared } = diffFindings(results, next);
      results = next;
      const totals = countFindings(next);
      emit({ type: 'lint', at: now(), causes, changed: touched, appeared, disappeared, ...totals, sinceChangeMs: performance.now() - batch.since });
    }

    let select = staleRecords(refresh);
    if (renderAll && renderer.on) {
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
    await renderer.render(set, select, batch.since, config);
  };

  const batcher = new Batcher({
    debounceMs: options.debounceMs ?? 150,
    run,
    onError: (error) => emit({ type: 'error', at: now(), message: `the run failed: ${(error as Error).message}` }),
  });

  const onPath = (absPath: string, structural: boolean) => {
    const role = paths.role(absPath);
    if (role !== 'other') batcher.note(role, role === 'record' ? paths.relative(absPath) : undefined, structural);
  };

  /** A folder added or removed: the walk of records/ finds what was in it; any templates folder change reloads them. */
  const onDirectory = (absPath: string) => {
    const relative = paths.relative(absPath);
    if (relative === undefined || paths.ignored(absPath)) return;
    batcher.note(relative.split('/')[0] === 'templates' ? 'template' : 'record');
  };

  const ready = (async () => {
    renderer.findBrowser();
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
    let set: RecordSet;
    let saveCache = async () => undefined as void;
    if (options.cache) {
      const loaded = await loadRecordsCached(root, config, rules);
      if (loaded.unusable) emit({ type: 'error', at: now(), message: `the lint cache was not used: ${loaded.unusable}` });
      set = records.seed(loaded.records);
      for (const record of set.files) perRecord.set(record, loaded.recordFindings.get(record.file)!);
      saveCache = () => loaded.save().catch(() => undefined);
    } else set = records.refresh('all').set;
    // A configuration error stops the watch before it starts, as it stops lint (exit 2).
    const referenceError = configReferenceError(set);
    if (referenceError) {
      // Nothing is left watching when the watch does not start, whether or not the caller closes it.
      await watcher.close();
      throw referenceError;
    }
    const first = judged(set);
    results = await lint(first);
    await saveCache();
    const totals = countFindings(results);
    emit({ type: 'ready', at: now(), results, records: first.files.length, ...totals, render: renderer.on });
    batcher.start();
  })();

  const close = async () => {
    if (closed) return;
    closed = true;
    batcher.close();
    renderer.stop();
    await ready.catch(() => undefined);
    await watcher?.close();
    await renderer.close(() => batcher.idle());
  };

  return { ready, close };
}
