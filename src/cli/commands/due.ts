import { loadRecords } from '../../load/load.js';
import { dueList } from '../../due/due.js';
import { dueJson, dueText } from '../../due/format.js';
import { dueIcs } from '../../due/ics.js';
import { isValidRecord } from '../../model.js';
import { recordsForRun, resolveContext, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { CrlfText } from '../../util/terminal.js';
import { suggestion } from '../../util/suggest.js';

export interface DueCommandOptions extends GlobalOptions {
  weeks?: string;
  supervisor?: string;
  format?: string;
}

/**
 * `supv due [--weeks N] [--supervisor ID] [--format text|json|ics]`: who is
 * overdue, due within N weeks or waiting to sign, by supervisor. Exit 0 when
 * listed (lint is what fails a build), 2 for a bad option.
 */
export async function dueCommand(options: DueCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'ics') throw new UsageError(`--format must be text, json or ics, not ${format}`);
  const weeksGiven = options.weeks ?? '2';
  if (!/^\d{1,3}$/.test(weeksGiven)) throw new UsageError(`--weeks takes a whole number of weeks, such as 2, not ${weeksGiven}`);
  const weeks = Number(weeksGiven);
  const context = resolveContext(options, io);
  // The same records lint and report judge: a past --as-of leaves out those written since, and a
  // configuration key naming no staff record (`policy.head`) stops here as it does there.
  const records = recordsForRun(context, loadRecords(context.root));
  if (options.supervisor !== undefined) {
    const staff = records.files.filter(isValidRecord).filter((record) => record.kind === 'staff').map((record) => record.id);
    if (!staff.includes(options.supervisor)) {
      const near = suggestion(options.supervisor, staff);
      throw new UsageError(`--supervisor ${options.supervisor}: no staff record has that id${near ? `; did you mean ${near}?` : ''}`);
    }
  }
  const list = dueList(records, { config: context.config, asOf: context.asOf, weeks, supervisor: options.supervisor });
  io.stdout(format === 'json' ? dueJson(list) : format === 'ics' ? new CrlfText(dueIcs(list, { now: io.now() })) : dueText(list));
  return 0;
}
