import { describe, expect, it } from 'vitest';
import { caseAuditOverdue } from '../../src/check/rules/case-audit-overdue.js';
import { caseAudit, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const fam42 = (status: string) => ({ ref: 'FAM-0042', status });

async function messages(texts: RecordFile[], asOf: string, policy?: Record<string, unknown>) {
  return (await runRule(caseAuditOverdue, recordSet(...TEAM, ...texts), { asOf, policy })).map((finding) => finding.message);
}

describe('case-audit-overdue', () => {
  // Discussed every month, so only the audit is at issue.
  const monthly = (status: string) => ['2026-01-05', '2026-02-02', '2026-03-02', '2026-03-30', '2026-04-27', '2026-05-25', '2026-06-22', '2026-07-20'].map((date) => session(date, { cases: [fam42(status)] }));

  const valid: Array<[string, RecordFile[], string]> = [
    ['a CP case audited within six months', [...monthly('CP'), caseAudit('audit-2026-03-10-fam-0042', '2026-03-10')], '2026-08-01'],
    ['a CP case first discussed less than six months ago', monthly('CP').slice(0, 3), '2026-07-01'],
    ['a closed case needs no audit', [session('2025-06-02', { cases: [fam42('CP')] }), session('2025-07-01', { cases: [fam42('closed')] })], '2026-08-01'],
    ['an early help case is not audited on a schedule', monthly('EH'), '2026-08-01'],
  ];
  it.each(valid)('%s', async (_name, texts, asOf) => {
    expect(await messages(texts, asOf)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string, string[]]> = [
    [
      'a CP case never audited, six months after it was first discussed',
      monthly('CP'),
      '2026-07-21',
      ['the file of case FAM-0042 (CP) has never been audited and was due by 2026-07-05, 16 days ago: first discussed on 2026-01-05 (2026-01-05-jo-bloggs); case files are audited at least every 6 months; supervisor: Sam Lee'],
    ],
    [
      'a CIN case whose last audit is more than six months old',
      [...monthly('CIN'), caseAudit('audit-2026-01-10-fam-0042', '2026-01-10')],
      '2026-07-21',
      ['the file of case FAM-0042 (CIN) is 11 days past its audit date 2026-07-10: last audited on 2026-01-10 (audit-2026-01-10-fam-0042); case files are audited at least every 6 months; supervisor: Sam Lee'],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, asOf, expected) => {
    expect(await messages(texts, asOf)).toEqual(expected);
  });

  it('follows policy.case_audit', async () => {
    expect(await messages(monthly('CP').slice(0, 5), '2026-04-30', { case_audit: 'P3M' })).toHaveLength(1);
  });

  it('is a warning on the worker\'s staff record', async () => {
    const [finding] = await runRule(caseAuditOverdue, recordSet(...TEAM, ...monthly('LAC')), { asOf: '2026-07-21' });
    expect(finding).toMatchObject({ file: 'records/staff/jo-bloggs.md', severity: 'warning', line: lineOf(TEAM[1]!.text, 'id:') });
  });
});
