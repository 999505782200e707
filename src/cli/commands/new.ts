import path from 'node:path';
import { AuthoringError, newCaseAudit, newContract, newDecision, newSession, newStaff, type AuthoringContext, type NewRecord } from '../../author/new-record.js';
import { FileExistsError, writeNewFile } from '../../author/write-new.js';
import { loadRecords } from '../../load/load.js';
import { checkConfigReferences, resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';

export const NEW_KINDS = ['session', 'contract', 'decision', 'case-audit', 'staff'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewCommandOptions extends GlobalOptions {
  supervisee?: string;
  /** `new session --type group|joint-agency`: staff ids separated by commas. */
  attendees?: string;
  date?: string;
  type?: string;
  agreed?: string;
  disputeResolution?: string;
  session?: string;
  case?: string;
  id?: string;
  name?: string;
  role?: string;
  tier?: string;
  supervisor?: string;
  started?: string;
  /** `new case-audit`: whose file, and who audits. */
  worker?: string;
  auditor?: string;
}


/** `supv new KIND ...`: write a record from its template and print its path. */
export async function newCommand(kind: string, options: NewCommandOptions, io: Io): Promise<number> {
  if (!(NEW_KINDS as readonly string[]).includes(kind)) throw new UsageError(`supv new: the kind must be one of ${NEW_KINDS.join(', ')}, not ${kind}`);
  const run = resolveContext(options, io);
  const records = loadRecords(run.root);
  checkConfigReferences(run, records);
  const context: AuthoringContext = { root: run.root, config: run.config, records, today: run.asOf };
  let record: NewRecord;
  try {
    record = make(kind as NewKind, context, options);
  } catch (error) {
    if (error instanceof AuthoringError) throw new UsageError(`supv new ${kind}: ${error.message}`);
    throw error;
  }
  const file = path.join(run.root, record.file);
  try {
    await writeNewFile(file, record.text);
  } catch (error) {
    if (error instanceof FileExistsError) throw new UsageError(`supv new ${kind}: ${record.file} already exists; nothing was written`);
    throw error;
  }
  for (const note of record.notes) io.stderr(`supv: note: ${note}\n`);
  // Named from the shell's folder, so `$EDITOR "$(supv new session ...)"` opens it from a folder below the root, or with --cwd.
  io.stdout(`${path.relative(io.cwd, file)}\n`);
  return 0;
}

function make(kind: NewKind, context: AuthoringContext, options: NewCommandOptions): NewRecord {
  const need = (value: string | undefined, option: string): string => {
    if (value === undefined || value === '') throw new AuthoringError(`${option} is required`);
    return value;
  };
  switch (kind) {
    case 'session':
      return newSession(context, {
        supervisee: options.supervisee,
        attendees: options.attendees?.split(','),
        supervisor: options.supervisor,
        date: options.date,
        type: options.type,
      });
    case 'contract':
      return newContract(context, { supervisee: need(options.supervisee, '--supervisee'), agreed: options.agreed, disputeResolution: options.disputeResolution });
    case 'decision':
      return newDecision(context, { session: need(options.session, '--session'), case: need(options.case, '--case') });
    case 'case-audit':
      return newCaseAudit(context, { case: need(options.case, '--case'), worker: options.worker, auditor: options.auditor, date: options.date });
    case 'staff':
      return newStaff(context, {
        id: need(options.id, '--id'),
        name: need(options.name, '--name'),
        role: need(options.role, '--role'),
        tier: need(options.tier, '--tier'),
        supervisor: need(options.supervisor, '--supervisor'),
        started: options.started,
      });
  }
}
