import { describe, expect, it } from 'vitest';
import { decisionMissing } from '../../src/check/rules/decision-missing.js';
import { decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-03-01';
const fam42 = (fields: Record<string, unknown> = {}) => ({ ref: 'FAM-0042', status: 'CP', ...fields });
const january = session('2026-01-06');

async function messages(texts: RecordFile[]) {
  return (await runRule(decisionMissing, recordSet(...TEAM, ...texts), { asOf: AS_OF })).map((finding) => finding.message);
}

describe('decision-missing', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a status change with a decision for the same case and session', [january, session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-20' })] }), decision('dec-2026-02-03-fam-0042')]],
    ['a decision named by the case', [session('2026-02-03', { cases: [fam42({ decision: 'dec-fam-0042' })] }), decision('dec-fam-0042', { session: '2025-12-01-jo-bloggs' })]],
    ['a status that changed before the previous session was dealt with then', [january, session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-02' })] })]],
    ['a case discussed without a status change or decision', [session('2026-02-03', { cases: [fam42()] })]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await messages(texts)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string[]]> = [
    [
      'a status change since the previous session with no decision on the child\'s file',
      [january, session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-20' })] })],
      ["case FAM-0042 changed status on 2026-01-20, since the previous session on 2026-01-06, but has no decision record; record the decision for the child's file (kind: decision, case: FAM-0042, session: 2026-02-03-jo-bloggs)"],
    ],
    [
      'a status change on the day of the previous session counts',
      [january, session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-06' })] })],
      ["case FAM-0042 changed status on 2026-01-06, since the previous session on 2026-01-06, but has no decision record; record the decision for the child's file (kind: decision, case: FAM-0042, session: 2026-02-03-jo-bloggs)"],
    ],
    [
      'with no previous session, any status change counts',
      [session('2026-02-03', { cases: [fam42({ status_changed: '2025-06-01' })] })],
      ["case FAM-0042 changed status on 2025-06-01 but has no decision record; record the decision for the child's file (kind: decision, case: FAM-0042, session: 2026-02-03-jo-bloggs)"],
    ],
    [
      'a decision of the same case made in another session does not cover this one',
      [session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-20' })] }), decision('dec-old', { session: '2025-12-01-jo-bloggs' })],
      ["case FAM-0042 changed status on 2026-01-20 but has no decision record; record the decision for the child's file (kind: decision, case: FAM-0042, session: 2026-02-03-jo-bloggs)"],
    ],
    [
      'a decision named but never recorded',
      [session('2026-02-03', { cases: [fam42({ decision: 'dec-fam-0042' })] })],
      ["case FAM-0042 names decision dec-fam-0042, but there is no such decision record, nor one for case FAM-0042 and session 2026-02-03-jo-bloggs; record the decision for the child's file"],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, expected) => {
    expect(await messages(texts)).toEqual(expected);
  });

  it('is an error at the case', async () => {
    const text = session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-20' })] });
    const [finding] = await runRule(decisionMissing, recordSet(...TEAM, text), { asOf: AS_OF });
    expect(finding).toMatchObject({ severity: 'error', line: lineOf(text.text, '- ref: FAM-0042') });
  });
});

describe('decision-missing with child_file: all-discussions', () => {
  const all = { child_file: 'all-discussions' as const };
  async function allMessages(texts: RecordFile[]) {
    return (await runRule(decisionMissing, recordSet(...TEAM, ...texts), { asOf: AS_OF, policy: all })).map((finding) => finding.message);
  }

  const valid: Array<[string, RecordFile[]]> = [
    ['a discussion with a decision record for the same case and session', [session('2026-02-03', { cases: [fam42()] }), decision('dec-2026-02-03-fam-0042')]],
    ['a discussion recorded on the child\'s file by date', [session('2026-02-03', { cases: [fam42({ child_file: '2026-02-04' })] })]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await allMessages(texts)).toEqual([]);
  });

  it('every case discussed without a decision or a child_file date is an error, at the case', async () => {
    const text = session('2026-02-03', { cases: [fam42({ child_file: '2026-02-04' }), { ref: 'FAM-0043', status: 'EH' }] });
    const findings = await runRule(decisionMissing, recordSet(...TEAM, text), { asOf: AS_OF, policy: all });
    expect(findings.map((finding) => [finding.severity, finding.line, finding.message])).toEqual([
      ['error', lineOf(text.text, '- ref: FAM-0043'), "case FAM-0043 was discussed in this session but the discussion is not recorded on the child's file: the policy asks for every discussion (child_file: all-discussions); add a decision record (kind: decision, case: FAM-0043, session: 2026-02-03-jo-bloggs) or `child_file: YYYY-MM-DD` to the case entry once it is on the file"],
    ]);
  });

  it('a status change still needs its decision record, child_file or not', async () => {
    expect(await allMessages([january, session('2026-02-03', { cases: [fam42({ status_changed: '2026-01-20', child_file: '2026-02-04' })] })])).toHaveLength(1);
  });

  it('the default, decisions, asks nothing of a plain discussion', async () => {
    expect(await messages([session('2026-02-03', { cases: [{ ref: 'FAM-0043', status: 'EH' }] })])).toEqual([]);
  });
});
