import { readFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { LoadedRecord } from '../../model.js';
import { loadRecords } from '../../load/load.js';
import { buildPdfs, gitCommit, type BuildEvent } from '../../render/build.js';
import { parseShard, type Shard } from '../../render/plan.js';
import type { SealKey } from '../../render/seal.js';
import { resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace, pathFilter } from '../paths.js';
import { toolVersion } from '../version.js';
import { escapeInline } from '../../util/terminal.js';

export interface BuildCommandOptions extends GlobalOptions {
  out?: string;
  concurrency?: string;
  shard?: string;
  force?: boolean;
  p12?: string;
}

/**
 * `supv build [PATH...]`: render the records to PDFs. Exit 0 when every
 * record asked for was built or already up to date, 1 when any failed, 2 when
 * the build could not start (no Chromium, a locked or unsafe output folder, a
 * bad option).
 */
export async function buildCommand(paths: string[], options: BuildCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const outDir = options.out ? path.resolve(io.cwd, options.out) : path.resolve(context.root, context.config.output);
  checkOutputPlace(context.root, { target: outDir, kind: 'folder', suggest: 'dist' });
  const concurrency = parseConcurrency(options.concurrency);
  const shard: Shard | undefined = options.shard === undefined ? undefined : parseShard(options.shard);
  const seal = options.p12 ? readSealKey(path.resolve(io.cwd, options.p12), options.p12, io) : undefined;

  const records = loadRecords(context.root);
  const selectFile = pathFilter(context, paths, records.files.map((record) => record.file));

  const bar = io.isTTY ? new cliProgress.SingleBar({ format: 'building {bar} {value}/{total} {id}', hideCursor: true, clearOnComplete: true, stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  const onProgress = (event: BuildEvent) => {
    if (!bar) return;
    if (event.type === 'start') bar.start(event.total, event.total - event.toRender, { id: '' });
    // The bar writes to the terminal itself, not through io: the id is escaped here (src/util/terminal.ts).
    else bar.update(event.done, { id: escapeInline(event.id) });
  };

  let summary;
  try {
    summary = await buildPdfs({
      root: context.root,
      config: context.config,
      records,
      outDir,
      select: selectFile && ((record: LoadedRecord) => selectFile(record.file)),
      selectFile,
      concurrency,
      shard,
      force: Boolean(options.force),
      seal,
      // Asked of git only when something is rendered.
      commit: () => gitCommit(context.root),
      toolVersion: toolVersion(),
      env: io.env,
      onProgress,
    });
  } finally {
    bar?.stop();
  }

  for (const skipped of summary.skipped) io.stderr(`supv: skipped ${skipped.file}: ${skipped.reason}\n`);
  for (const failed of summary.failed) io.stderr(`supv: failed ${failed.file}${failed.id ? ` (${failed.id})` : ''}: ${failed.reason}\n`);
  for (const removed of summary.removed) io.stderr(`supv: removed ${path.join(path.relative(io.cwd, outDir) || '.', removed.path)}: no record has the id ${removed.id} any more (it was ${removed.file})\n`);
  const extras = [
    summary.skipped.length > 0 ? `${summary.skipped.length} invalid skipped` : '',
    summary.removed.length === 1 ? 'removed 1 PDF of a record that no longer exists' : '',
    summary.removed.length > 1 ? `removed ${summary.removed.length} PDFs of records that no longer exist` : '',
    shard ? `${summary.otherShards} left to other shards (shard ${shard.index}/${shard.count})` : '',
  ].filter(Boolean);
  io.stdout(
    `built ${summary.built.length}, unchanged ${summary.unchanged.length}, failed ${summary.failed.length} in ${summary.seconds.toFixed(1)} s` +
      (extras.length > 0 ? ` (${extras.join('; ')})` : '') +
      `; ${draftWords(summary.pdfs)}` +
      '\n',
  );
  return summary.failed.length > 0 ? 1 : 0;
}

/** "12 PDFs, 3 of them drafts: 2 unsigned, 1 with a signature not valid", or "12 PDFs, none of them drafts". */
export function draftWords(pdfs: { total: number; unsigned: number; notValid: number }): string {
  const drafts = pdfs.unsigned + pdfs.notValid;
  const total = `${pdfs.total} PDF${pdfs.total === 1 ? '' : 's'}`;
  if (drafts === 0) return `${total}, none of them drafts`;
  const reasons = [
    pdfs.unsigned > 0 ? `${pdfs.unsigned} unsigned` : '',
    pdfs.notValid > 0 ? `${pdfs.notValid} with a signature not valid` : '',
  ].filter(Boolean);
  if (pdfs.total === 1) return `1 PDF, a draft: ${pdfs.unsigned > 0 ? 'unsigned' : 'a signature not valid'}`;
  return `${total}, ${drafts === 1 ? '1 of them a draft' : `${drafts} of them drafts`}: ${reasons.join(', ')}`;
}

function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--concurrency must be a whole number from 1 to 64, not ${value}`);
  return Number(value);
}

/** The --p12 file and SUPV_P12_PASSWORD (build and bundle); a missing password or unreadable file is exit 2. */
export function readSealKey(file: string, given: string, io: Io): SealKey {
  const password = io.env.SUPV_P12_PASSWORD;
  if (password === undefined) throw new UsageError('--p12 needs the certificate\'s password in the environment variable SUPV_P12_PASSWORD');
  try {
    return { p12: readFileSync(file), password };
  } catch (error) {
    throw new UsageError(`--p12 ${given}: the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
