import { describe, expect, it } from 'vitest';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { caseAudit, decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-03-01';
const action = (id: string, due: string) => ({ id, text: 'Book a core group meeting', owner: 'jo-bloggs', due });
const reviewed = (ref: string, status: string) => ({ ref, status });
const january = session('2026-01-06', { actions: [action('A1', '2026-01-20')] });
/** A case audit agreeing an action with the worker (SPEC §11.3), followed up in supervision as a decision's are. */
const audit = caseAudit('audit-2026-01-12-fam-0042', '2026-01-12', { actions: [{ ...action('C1', '2026-02-09'), case: 'FAM-0042' }] });
const AUDIT_OVERDUE = 'action C1 of the audit of case FAM-0042 was due on 2026-02-09 and has not been reviewed as done or dropped in a supervision session';

async function findings(texts: RecordFile[]) {
  return runRule(actionOverdue, recordSet(...TEAM, ...texts), { asOf: AS_OF });
}

describe('action-overdue', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['an action reviewed as done', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'done')] })]],
    ['an action reviewed as dropped', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'dropped')] })]],
    ['an action not yet due', [session('2026-02-23', { actions: [action('A1', '2026-03-09')] })]],
    ['an action due on the as-of date is not overdue yet', [session('2026-02-23', { actions: [action('A1', '2026-03-01')] })]],
    ['a case audit\'s action reviewed as done in a later session', [audit, session('2026-02-17', { actions_reviewed: [reviewed('audit-2026-01-12-fam-0042#C1', 'done')] })]],
    ['a case audit\'s action reviewed as dropped in a later session', [audit, session('2026-02-17', { actions_reviewed: [reviewed('audit-2026-01-12-fam-0042#C1', 'dropped')] })]],
    ['a case audit\'s action not yet due', [caseAudit('audit-2026-02-20-fam-0042', '2026-02-20', { actions: [action('C1', '2026-03-20')] })]],
    [
      'a case audit\'s action carried to a date still to come',
      [audit, session('2026-02-17', { actions_reviewed: [{ ...reviewed('audit-2026-01-12-fam-0042#C1', 'carried'), due: '2026-03-16' }] })],
    ],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await findings(texts)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string[]]> = [
    ['an action past due and never reviewed', [january], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a carried action stays open', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'carried')] })], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a review in a session after the as-of date does not count yet', [january, session('2026-03-02', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'done')] })], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a decision\'s action past due', [decision('dec-2026-02-03-fam-0042', { actions: [action('D1', '2026-02-05')] })], ['action D1 was due on 2026-02-05 and has not been reviewed as done or dropped']],
    ['a case audit\'s action past due and never reviewed', [audit], [AUDIT_OVERDUE]],
    ['a case audit\'s action carried stays open', [audit, session('2026-02-17', { actions_reviewed: [reviewed('audit-2026-01-12-fam-0042#C1', 'carried')] })], [AUDIT_OVERDUE]],
    ['a case audit\'s action reviewed only after the as-of date', [audit, session('2026-03-03', { actions_reviewed: [reviewed('audit-2026-01-12-fam-0042#C1', 'done')] })], [AUDIT_OVERDUE]],
    [
      'a case audit\'s action carried to a date now past',
      [audit, session('2026-02-17', { actions_reviewed: [{ ...reviewed('audit-2026-01-12-fam-0042#C1', 'carried'), due: '2026-02-24' }] })],
      ['action audit-2026-01-12-fam-0042#C1 was carried to a new due date, 2026-02-24, and has not been reviewed as done or dropped since'],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, expected) => {
    expect((await findings(texts)).map((finding) => finding.message)).toEqual(expected);
  });

  it('is a warning at the case audit action\'s due date, in the audit', async () => {
    const [finding] = await findings([audit]);
    expect(finding).toMatchObject({ file: 'records/audits/audit-2026-01-12-fam-0042.md', severity: 'warning', line: lineOf(audit.text, 'due: 2026-02-09') });
  });

  it('is a warning at the action\'s due date', async () => {
    const [finding] = await findings([january]);
    expect(finding).toMatchObject({ file: january.file, severity: 'warning', line: lineOf(january.text, 'due:') });
  });
});
