import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadRecords } from '../../load/load.js';
import { gitCommit } from '../../render/build.js';
import { ChromiumNotFoundError } from '../../render/find-chromium.js';
import { formatTimestamp } from '../../render/text.js';
import { makeReport, REPORT_FORMATS, type ReportFormat } from '../../report/report.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { todayIn } from '../../util/dates.js';
import { recordsForRun, resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace } from '../paths.js';
import { toolVersion } from '../version.js';

export interface ReportCommandOptions extends GlobalOptions {
  out?: string;
  format?: string;
}

/**
 * `supv report`: the compliance dashboard (HTML, PDF) and its figures (JSON,
 * CSV) in one folder. Exit 0 when written; the findings themselves are lint's
 * business, so they do not change the exit code.
 */
export async function reportCommand(options: ReportCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const formats = parseFormats(options.format ?? 'html,pdf,json,csv');
  const outDir = options.out ? path.resolve(io.cwd, options.out) : path.resolve(context.root, context.config.output, 'report');
  checkOutputPlace(context.root, { target: outDir, kind: 'folder', suggest: 'dist/report', refuseLink: true });

  const records = recordsForRun(context, loadRecords(context.root));
  const now = io.now();
  let output;
  try {
    output = await makeReport({
      records,
      config: context.config,
      asOf: context.asOf,
      formats,
      generatedAt: formatTimestamp(now.toISOString(), context.config.timezone),
      asOfIsToday: context.asOf === todayIn(context.config.timezone, now),
      commit: await gitCommit(context.root),
      toolVersion: toolVersion(),
      env: io.env,
    });
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new UsageError(`${error.message} (or leave pdf out of --format)`);
    throw error;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, contents] of output.files) await writeAtomic(path.join(outDir, name), contents);
  const people = output.data.people;
  io.stdout(
    `${people.filter((person) => person.inDate).length} of ${people.length} staff in date for supervision on ${context.asOf}; ` +
      `${output.data.overdueSessions.length} overdue, ${output.data.unsignedRecords.length} signatures overdue, ` +
      `${output.data.overdueContractReviews.length + output.data.noSignedContract.length} contract problems, ${output.data.overdueActions.length} overdue actions\n` +
      `wrote ${[...output.files.keys()].map((name) => path.relative(io.cwd, path.join(outDir, name)) || name).join(', ')}\n`,
  );
  return 0;
}

function parseFormats(given: string): ReportFormat[] {
  const formats = given.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = formats.filter((format) => !(REPORT_FORMATS as readonly string[]).includes(format));
  if (formats.length === 0 || unknown.length > 0) throw new UsageError(`--format takes a comma-separated list of ${REPORT_FORMATS.join(', ')}, not ${given}`);
  return [...new Set(formats)] as ReportFormat[];
}
