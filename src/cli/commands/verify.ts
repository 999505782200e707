import path from 'node:path';
import { loadRecords } from '../../load.js';
import type { LoadedRecord } from '../../model.js';
import { verifyAll, type VerifiedFile } from '../../sign/verify-records.js';
import { resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';

export interface VerifyOptions extends GlobalOptions {
  format?: string;
}

/** `supv verify [PATH...]`: exit 0 when every signature holds, 1 when any fails or cannot be read. */
export async function verifyCommand(paths: string[], options: VerifyOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);
  const records = loadRecords(context.root);
  const selected = selectRecords(records.files, paths, context.root, io.cwd);
  const results = await verifyAll({ root: context.root, records, selected });
  const summary = summarise(results);
  io.stdout(format === 'json' ? `${JSON.stringify({ summary, files: results }, null, 2)}\n` : formatText(results, summary));
  return summary.failed > 0 ? 1 : 0;
}

interface Summary {
  checked: number;
  ok: number;
  failed: number;
  unsigned: number;
}

function summarise(results: VerifiedFile[]): Summary {
  const failed = results.filter((result) => !result.ok).length;
  const unsigned = results.filter((result) => result.ok && result.signatures.length === 0).length;
  return { checked: results.length, ok: results.length - failed - unsigned, failed, unsigned };
}

/** One line per file, then a summary: ok, FAIL, or `-` for a record nobody has signed yet. */
function formatText(results: VerifiedFile[], summary: Summary): string {
  const lines = results.map((result) => {
    if (result.problem) return `FAIL ${result.file}  ${result.problem}`;
    if (!result.ok) return `FAIL ${result.file}  ${result.signatures.flatMap((check) => check.problem ?? []).join('; ')}`;
    if (result.signatures.length === 0) return `-    ${result.file}  not signed`;
    const signers = result.signatures.map((check) => `${check.by} (${check.role}${check.personal ? ', personal key' : ''})`);
    return `ok   ${result.file}  signed by ${signers.join(', ')}`;
  });
  const verdict = summary.failed > 0 ? `${summary.failed} failed` : 'all signatures hold';
  lines.push('', `${summary.checked} files checked: ${summary.ok} ok, ${summary.failed} failed, ${summary.unsigned} not signed; ${verdict}`);
  return `${lines.join('\n')}\n`;
}

/** The records under the files or folders named; every record when none are. */
function selectRecords(files: LoadedRecord[], paths: string[], root: string, cwd: string): LoadedRecord[] {
  if (paths.length === 0) return files;
  const wanted = paths.map((given) => {
    const relative = path.relative(root, path.resolve(cwd, given)).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${given} is outside the records repository`);
    return { given, prefix: relative };
  });
  const missing = wanted.filter(({ prefix }) => !files.some((record) => covers(prefix, record.file)));
  if (missing.length > 0) throw new UsageError(`no records found at ${missing.map(({ given }) => given).join(', ')} (records are the *.md files under records/)`);
  return files.filter((record) => wanted.some(({ prefix }) => covers(prefix, record.file)));
}

function covers(prefix: string, file: string): boolean {
  return prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
}
