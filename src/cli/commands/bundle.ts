import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeBundle } from '../../bundle/bundle.js';
import { loadRecords } from '../../load/load.js';
import { gitCommit } from '../../render/build.js';
import { formatTimestamp } from '../../render/text.js';
import { DEFAULT_VOLUME_SIZE, earlierVolumes, parseVolumeSize } from '../../bundle/volumes.js';
import { sizeWords } from '../../bundle/front-matter.js';
import { isCalendarDate } from '../../util/dates.js';
import { counted } from '../../util/text.js';
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
  volumeSize?: string;
}

export const BUNDLE_FILE = 'bundle.pdf';

/**
 * `supv bundle --out FILE`: one inspection PDF. `--out` may name a folder,
 * and the bundle is then `bundle.pdf` in it. Compliance is judged on `--to`
 * when given, else on `--as-of`. A bundle larger than the volume size
 * (`--volume-size`, config `bundle.volume_size`, default 14MB) is written as
 * volumes beside it, `bundle-volume-1-of-3.pdf` and so on, each a complete
 * PDF small enough to e-mail.
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

  const volumeSize = options.volumeSize !== undefined
    ? parseVolumeSize(options.volumeSize, '--volume-size')
    : parseVolumeSize(context.config.bundle.volume_size ?? DEFAULT_VOLUME_SIZE, 'bundle.volume_size in the config');
  // --out is relative to the shell's folder; the default is the repository's output folder, wherever supv runs.
  const out = options.out === undefined ? outFile(path.join(context.config.output, BUNDLE_FILE), context.root, context.root) : outFile(options.out, io.cwd, context.root);
  // The seal key is tried before anything is rendered: a wrong password stops here, and nothing is written.
  const seal = options.p12 ? readSealKey(path.resolve(io.cwd, options.p12), options.p12, io) : undefined;
  const sealing = seal ? await import('../../render/seal.js') : undefined;
  if (seal && sealing) await sealing.checkSealKey(seal);
  const now = io.now();
  const shown = (file: string) => path.relative(io.cwd, file) || file;
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
    // Streamed into place (a temporary file renamed over `out` when complete); a sealed one is sealed first.
    out,
    batchSize: batchSize(io.env.SUPV_BUNDLE_BATCH),
    volumeSize,
    planFactor: planFactor(io.env.SUPV_BUNDLE_PLAN_FACTOR),
    seal: seal && sealing ? (pdf) => sealing.sealPdf(pdf, seal, { organisation: context.config.organisation, reason: 'Inspection bundle issued by supv', signingTime: now }) : undefined,
    // A volume's name is made from --out and numbers, in --out's folder: checked like --out itself.
    checkOutput: (file) => checkOutputPlace(context.root, { target: file, kind: 'file', shown: shown(file), refuseLink: true }),
  });
  const what = `${counted(result.records, 'record')}, ${counted(result.pages, 'page')}, ${options.case ? counted(result.groups, 'case') : result.groups === 1 ? '1 person' : `${result.groups.toLocaleString('en-GB')} people`}${options.redact ? ', redacted' : ''}${seal ? ', sealed' : ''}`;
  if (result.volumes.length === 1) {
    io.stdout(`wrote ${shown(out)}: ${what}\n`);
  } else {
    const limit = sizeWords(volumeSize!);
    io.stdout(`wrote ${result.volumes.length} volumes, ${what}, ${sizeWords(result.bytes)} in all: one file would be more than the volume size of ${limit} (${options.volumeSize !== undefined ? '--volume-size' : context.config.bundle.volume_size !== undefined ? 'bundle.volume_size in the config' : 'the default; --volume-size changes it'}), so the bundle is split between records into complete PDFs of at most ${limit}, each with its own cover, contents and bookmarks:\n`);
    for (const volume of result.volumes) {
      io.stdout(`  ${shown(volume.file)}: volume ${volume.number} of ${result.volumes.length}, ${counted(volume.records, 'record')} (${volume.first} to ${volume.last}), ${counted(volume.pages, 'page')}, ${sizeWords(volume.bytes)}\n`);
    }
  }
  for (const warning of result.warnings) io.stderr(`supv: warning: ${warning}\n`);
  // Files of an earlier run that are not part of this bundle: named, never removed (they may have been sent).
  const written = new Set(result.volumes.map((volume) => path.basename(volume.file)));
  let names: string[] = [];
  try {
    names = readdirSync(path.dirname(out));
  } catch {
    // The folder was just made; nothing earlier is there.
  }
  const earlier = earlierVolumes(out, names, written);
  if (result.volumes.length > 1 && names.includes(path.basename(out))) earlier.unshift(path.basename(out));
  if (earlier.length > 0) {
    io.stderr(`supv: note: ${earlier.length === 1 ? 'this file' : 'these files'} in ${path.relative(io.cwd, path.dirname(out)) || '.'} ${earlier.length === 1 ? 'is' : 'are'} from an earlier bundle, not part of this one: ${earlier.join(', ')}\n`);
  }
  return 0;
}

/** `SUPV_BUNDLE_PLAN_FACTOR`: how much a volume is first expected to weigh against its printed parts (a knob for testing the limit; default 0.9). */
function planFactor(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) throw new UsageError(`SUPV_BUNDLE_PLAN_FACTOR must be a positive number, not ${value}`);
  return Number(value);
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
