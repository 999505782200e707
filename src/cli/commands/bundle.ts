import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeBundle } from '../../bundle/bundle.js';
import { loadRecords } from '../../load/load.js';
import { gitCommit } from '../../render/build.js';
import { formatTimestamp } from '../../render/text.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { isCalendarDate } from '../../util/dates.js';
import { recordsForRun, resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace } from '../paths.js';
import { toolVersion } from '../version.js';
import { readSealKey } from './build.js';

export interface BundleCommandOptions extends GlobalOptions {
  out?: string;
  from?: string;
  to?: string;
  staff?: string[];
  case?: string;
  redact?: boolean;
  p12?: string;
}

export const BUNDLE_FILE = 'bundle.pdf';

/**
 * `supv bundle --out FILE`: one inspection PDF. `--out` may name a folder,
 * and the bundle is then `bundle.pdf` in it. Compliance is judged on `--to`
 * when given, else on `--as-of`.
 */
export async function bundleCommand(options: BundleCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`${flag} must be a real date written YYYY-MM-DD, not ${value}`);
  }
  const records = recordsForRun(context, loadRecords(context.root));
  const to = options.to ?? context.asOf;
  const earliest = records.files.map((record) => record.data?.date ?? record.data?.agreed).filter((value): value is string => typeof value === 'string' && isCalendarDate(value)).sort()[0];
  const from = options.from ?? earliest ?? to;
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  for (const id of options.staff ?? []) {
    if (records.byId.get(id)?.kind !== 'staff') throw new UsageError(`--staff ${id}: there is no staff record with that id`);
  }
  if (options.case !== undefined && options.staff && options.staff.length > 0) throw new UsageError('--case and --staff cannot be used together: a case chronology follows the child, not the worker');

  // --out is relative to the shell's folder; the default is the repository's output folder, wherever supv runs.
  const out = options.out === undefined ? outFile(path.join(context.config.output, BUNDLE_FILE), context.root, context.root) : outFile(options.out, io.cwd, context.root);
  // The seal key is tried before anything is rendered: a wrong password stops here, and nothing is written.
  const seal = options.p12 ? readSealKey(path.resolve(io.cwd, options.p12), options.p12, io) : undefined;
  const sealing = seal ? await import('../../render/seal.js') : undefined;
  if (seal && sealing) await sealing.checkSealKey(seal);
  const now = io.now();
  const result = await makeBundle({
    root: context.root,
    config: context.config,
    records,
    from,
    to,
    asOf: to < context.asOf ? to : context.asOf,
    staff: options.staff,
    caseRef: options.case,
    redact: Boolean(options.redact),
    commit: await gitCommit(context.root),
    toolVersion: toolVersion(),
    generatedAt: formatTimestamp(now.toISOString(), context.config.timezone),
    now,
    env: io.env,
    // Streamed into place (a temporary file renamed over `out` when complete); a bundle to seal comes back as bytes.
    out: seal ? undefined : out,
    batchSize: batchSize(io.env.SUPV_BUNDLE_BATCH),
  });
  if (seal && sealing) {
    // A seal signs the whole file: the bundle comes back in memory, is sealed, and written atomically.
    const pdf = await sealing.sealPdf(result.pdf!, seal, { organisation: context.config.organisation, reason: 'Inspection bundle issued by supv', signingTime: now });
    mkdirSync(path.dirname(out), { recursive: true });
    await writeAtomic(out, pdf);
  }
  io.stdout(`wrote ${path.relative(io.cwd, out) || out}: ${result.records} records, ${result.pages} pages, ${result.sections.length} ${options.case ? 'case' : 'people'}${options.redact ? ', redacted' : ''}${seal ? ', sealed' : ''}\n`);
  return 0;
}

/** `SUPV_BUNDLE_BATCH`: records printed as one Chromium document (a tuning knob; default 100). */
function batchSize(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new UsageError(`SUPV_BUNDLE_BATCH must be a whole number of records from 1, not ${value}`);
  return Number(value);
}

/** The file to write (`given` relative to `base`): a folder given gets bundle.pdf inside; never into records/, templates/ or .git, never through a link. */
function outFile(given: string, base: string, root: string): string {
  let file = path.resolve(base, given);
  try {
    if (statSync(file).isDirectory()) file = path.join(file, BUNDLE_FILE);
  } catch {
    // A new file.
  }
  checkOutputPlace(root, { target: file, kind: 'file', shown: given, refuseLink: true });
  return file;
}
