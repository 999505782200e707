import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeBundle } from '../../bundle/bundle.js';
import { loadRecords } from '../../load/load.js';
import { gitCommit } from '../../render/build.js';
import { formatTimestamp } from '../../render/text.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { isCalendarDate } from '../../util/dates.js';
import { plural } from '../../util/text.js';
import { resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace } from '../paths.js';
import { toolVersion } from '../version.js';

export interface BundleCommandOptions extends GlobalOptions {
  out?: string;
  from?: string;
  to?: string;
  staff?: string[];
  case?: string;
  redact?: boolean;
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
  const records = loadRecords(context.root);
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
  });
  mkdirSync(path.dirname(out), { recursive: true });
  await writeAtomic(out, result.pdf);
  io.stdout(`wrote ${path.relative(io.cwd, out) || out}: ${plural(result.records, 'record')}, ${plural(result.pages, 'page')}, ${options.case ? plural(result.sections.length, 'case') : result.sections.length === 1 ? '1 person' : `${result.sections.length} people`}${options.redact ? ', redacted' : ''}\n`);
  return 0;
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
