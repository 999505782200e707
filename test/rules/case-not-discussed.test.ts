import { describe, expect, it } from 'vitest';
import { caseNotDiscussed } from '../../src/check/rules/case-not-discussed.js';
import { lineOf, recordSet, runRule, session, staff, TEAM, type RecordFile } from '../helpers/records.js';

const fam42 = (status: string, fields: Record<string, unknown> = {}) => ({ ref: 'FAM-0042', status, ...fields });

async function messages(texts: RecordFile[], asOf: string, policy?: Record<string, unknown>) {
  return (await runRule(caseNotDiscussed, recordSet(...TEAM, ...texts), { asOf, policy })).map((finding) => finding.message);
}

describe('case-not-discussed', () => {
  const valid: Array<[string, RecordFile[], string]> = [
    ['a CP case discussed within four weeks', [session('2026-02-02', { cases: [fam42('CP')] })], '2026-03-02'],
    ['a CIN case discussed within six weeks', [session('2026-02-02', { cases: [fam42('CIN')] })], '2026-03-16'],
    ['a CP case closed at its last discussion', [session('2026-01-05', { cases: [fam42('CP')] }), session('2026-02-02', { cases: [fam42('closed', { status_changed: '2026-02-02' })] })], '2026-06-01'],
    ['an early help case is not on the review list', [session('2026-01-05', { cases: [fam42('EH')] })], '2026-06-01'],
    ['the latest discussion counts, not the first', [session('2026-01-05', { cases: [fam42('CP')] }), session('2026-02-16', { cases: [fam42('CP')] })], '2026-03-16'],
    ['a session after the as-of date is not counted, nor its case', [session('2026-04-01', { cases: [fam42('CP')] })], '2026-03-01'],
  ];
  it.each(valid)('%s', async (_name, texts, asOf) => {
    expect(await messages(texts, asOf)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string, string[]]> = [
    [
      'a CP case last discussed more than four weeks ago',
      [session('2026-01-05', { cases: [fam42('CP')] })],
      '2026-02-10',
      ['case FAM-0042 (CP) has not been discussed in supervision for 8 days past its due date 2026-02-02: last discussed on 2026-01-05 in session 2026-01-05-jo-bloggs; CP cases are discussed at least every 4 weeks; supervisor: Sam Lee'],
    ],
    [
      'a case that was CIN and became CP is judged on the CP interval',
      [session('2026-01-05', { cases: [fam42('CIN')] }), session('2026-01-12', { cases: [fam42('CP', { status_changed: '2026-01-10' })] })],
      '2026-02-10',
      ['case FAM-0042 (CP) has not been discussed in supervision for 1 day past its due date 2026-02-09: last discussed on 2026-01-12 in session 2026-01-12-jo-bloggs; CP cases are discussed at least every 4 weeks; supervisor: Sam Lee'],
    ],
    [
      'a LAC case past six weeks',
      [session('2026-01-05', { cases: [fam42('LAC')] })],
      '2026-02-17',
      ['case FAM-0042 (LAC) has not been discussed in supervision for 1 day past its due date 2026-02-16: last discussed on 2026-01-05 in session 2026-01-05-jo-bloggs; LAC cases are discussed at least every 6 weeks; supervisor: Sam Lee'],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, asOf, expected) => {
    expect(await messages(texts, asOf)).toEqual(expected);
  });

  it('follows policy.case_review, a status left out keeping its default', async () => {
    const texts = [session('2026-01-05', { cases: [fam42('CP')] })];
    expect(await messages(texts, '2026-01-21', { case_review: { CP: 'P2W' } })).toHaveLength(1);
    expect(await messages(texts, '2026-01-21')).toEqual([]);
  });

  it('is an error on the staff record of the worker whose session last discussed it, at its id', async () => {
    // Ali Khan took the case over from Jo Bloggs: the finding is about Ali, and names Ali's supervisor.
    const kim = staff({ id: 'kim-park', supervisor: 'sam-lee' });
    const ali = staff({ id: 'ali-khan', supervisor: 'kim-park' });
    const records = recordSet(TEAM[0]!, TEAM[1]!, ali, kim,
      session('2026-01-05', { cases: [fam42('CP')] }),
      session('2026-01-19', { supervisee: 'ali-khan', supervisor: 'kim-park', cases: [fam42('CP')] }));
    const findings = await runRule(caseNotDiscussed, records, { asOf: '2026-03-01' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'records/staff/ali-khan.md', severity: 'error', line: lineOf(ali.text, 'id:'), rule: 'case-not-discussed' });
    expect(findings[0]!.message).toContain('in session 2026-01-19-ali-khan');
    expect(findings[0]!.message).toContain('supervisor: Kim Park');
  });
});

describe('policy.case_review in supv.config.yaml', () => {
  it('keeps the default of a status left out, and refuses a status it does not know', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { loadConfig } = await import('../../src/config/config.js');
    const root = mkdtempSync(path.join(os.tmpdir(), 'supv-case-review-'));
    writeFileSync(path.join(root, 'supv.config.yaml'), 'policy:\n  case_review: { CP: P2W }\n  child_file: all-discussions\n');
    const { config } = loadConfig(root);
    expect(config.policy.case_review).toEqual({ CP: 'P2W', CIN: 'P6W', LAC: 'P6W' });
    expect(config.policy).toMatchObject({ child_file: 'all-discussions', case_audit: 'P6M' });
    writeFileSync(path.join(root, 'supv.config.yaml'), 'policy:\n  case_review:\n    EH: P4W\n');
    expect(() => loadConfig(root)).toThrow(/supv.config.yaml:3:5: unknown field `EH` in `policy.case_review`/);
  });
});
