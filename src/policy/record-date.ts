import type { LoadedRecord } from '../model.js';

/**
 * The date a record's clocks run from: a session or decision's `date`, a
 * contract's `agreed`. Signatures are due within `sign_within` of it and the
 * record should be committed within `record_within` of it. Staff records have
 * none.
 */
export function recordDate(record: Pick<LoadedRecord, 'kind' | 'data'>): { pointer: string; date: string; event: string } | undefined {
  const data = record.data;
  const field = record.kind === 'contract' ? 'agreed' : record.kind === 'session' || record.kind === 'decision' || record.kind === 'case-audit' ? 'date' : undefined;
  const date = field ? data?.[field] : undefined;
  if (!field || typeof date !== 'string') return undefined;
  const event = record.kind === 'contract' ? 'contract was agreed' : record.kind === 'session' ? 'session' : record.kind === 'case-audit' ? 'case audit' : 'decision';
  return { pointer: `/${field}`, date, event };
}
