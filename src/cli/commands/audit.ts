import { existsSync } from 'node:fs';
import path from 'node:path';
import { auditJson, auditText, deletedJson, deletedText, summaryJson, summaryText } from '../../audit/format.js';
import { auditRecord } from '../../audit/history.js';
import { auditSummary } from '../../audit/summary.js';
import { loadGitHistory } from '../../git/history.js';
import { loadRecords } from '../../load/load.js';
import { isRecordId } from '../../validate/schemas.js';
import { repositoryPath, resolveContext, resolvePathArgument, type GlobalOptions, type RunContext } from '../context.js';
import { UsageError, type Io } from '../io.js';

export interface AuditCommandOptions extends GlobalOptions {
  format?: string;
  deleted?: boolean;
  patch?: boolean;
}

/**
 * `supv audit [FILE|ID] [--format text|json] [--deleted] [--patch]`: a
 * record's history from git; with no record, a summary of every record.
 */
export async function auditCommand(target: string | undefined, options: AuditCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);

  if (options.deleted) {
    if (target !== undefined) throw new UsageError('--deleted lists every deleted record; give no FILE or ID with it');
    const history = await loadGitHistory(context.root);
    io.stdout(format === 'json' ? deletedJson(history) : deletedText(history));
    return 0;
  }
  if (target === undefined) {
    if (options.patch) throw new UsageError('--patch shows the changes to one record; name it (a file or an id)');
    const summary = await auditSummary(context.root, loadRecords(context.root).files, context.config);
    io.stdout(format === 'json' ? summaryJson(summary) : summaryText(summary));
    return 0;
  }
  const file = await resolveTarget(target, context);
  const report = await auditRecord(context.root, file, context.config);
  io.stdout(format === 'json' ? auditJson(report) : auditText(report, { patch: options.patch }));
  return 0;
}

/** A file on disk, a record id, or the id of a record that git shows was deleted: its repository-relative path. */
async function resolveTarget(target: string, context: RunContext): Promise<string> {
  const root = context.root;
  if (existsSync(resolvePathArgument(context, target))) return repositoryPath(context, target);
  // A deleted record is no longer on disk; git still knows its path.
  if (target.endsWith('.md')) return repositoryPath(context, target);
  if (isRecordId(target)) {
    const record = loadRecords(root).byId.get(target);
    if (record) return record.file;
    const history = await loadGitHistory(root);
    const gone = history.deleted.find((entry) => entry.file.endsWith(`/${target}.md`));
    if (gone) return gone.file;
    const seen = [...history.firstAdded.keys()].find((file) => file.startsWith('records/') && file.endsWith(`/${target}.md`));
    if (seen) return seen;
  }
  throw new UsageError(`${target}: no such record file or id, now or in git history`);
}
