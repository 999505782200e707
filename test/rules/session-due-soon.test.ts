import { describe, expect, it } from 'vitest';
import { sessionDueSoon } from '../../src/check/rules/session-due-soon.js';
import { about, runRule, recordSet, SAM_LEE, session, staff, withPolicy, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function dueSoon(files: RecordFile[], config = withPolicy({})): Promise<string[]> {
  const findings = await runRule(sessionDueSoon, recordSet(SAM_LEE, ...files), { asOf: AS_OF, config });
  return about(findings, 'jo-bloggs').map((finding) => finding.message);
}

const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });
const seen = (date: string) => session(date, { supervisee: 'jo-bloggs' });

describe('session-due-soon', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a case holder seen a week ago is not due for three weeks', [jo(), seen('2026-11-16')]],
    ['a case holder already overdue is for session-overdue, not this rule', [jo(), seen('2026-10-19')]],
    ['a case holder due in eight days is outside the seven-day window', [jo(), seen('2026-11-03')]],
    ['a member of staff who has left is not due', [jo({ left: '2026-11-20' }), seen('2026-10-27')]],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await dueSoon(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    ['a case holder last seen on 2026-10-31 is due within five days', [jo(), seen('2026-10-31')], 'next supervision due by 2026-11-28 (in 5 days) with Sam Lee'],
    ['a case holder due in seven days is inside the window', [jo(), seen('2026-11-02')], 'next supervision due by 2026-11-30 (in 7 days) with Sam Lee'],
    ['a session due on the as-of date is due today, not yet overdue', [jo(), seen('2026-10-26')], 'next supervision due by 2026-11-23 (today) with Sam Lee'],
    ['a new starter with no session is due four weeks after starting', [jo({ started: '2026-10-27' })], 'next supervision due by 2026-11-24 (in 1 day) with Sam Lee'],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect(await dueSoon(files)).toEqual([message]);
  });

  it('uses the policy window: with due_soon P14D a session due in ten days is reported', async () => {
    expect(await dueSoon([jo(), seen('2026-11-05')], withPolicy({ due_soon: 'P14D' }))).toEqual(['next supervision due by 2026-12-03 (in 10 days) with Sam Lee']);
  });

  it('is a warning on the staff record at its id line', async () => {
    const findings = await runRule(sessionDueSoon, recordSet(SAM_LEE, jo(), seen('2026-10-31')), { asOf: AS_OF });
    expect(about(findings, 'jo-bloggs')).toMatchObject([{ line: 3, column: 5, severity: 'warning' }]);
  });
});
