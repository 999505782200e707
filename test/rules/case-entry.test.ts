import { describe, expect, it } from 'vitest';
import { caseEntry } from '../../src/check/rules/case-entry.js';
import { caseAudit, decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

async function findings(texts: RecordFile[]) {
  return runRule(caseEntry, recordSet(...TEAM, ...texts), { asOf: '2026-03-01' });
}

describe('case-entry', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a child_file date on the day of the session', [session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP', child_file: '2026-02-03' }] })]],
    ['a child_file date after the session', [session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP', child_file: '2026-02-05' }] })]],
    ['an audit of a case discussed', [session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP' }] }), caseAudit('audit-1', '2026-02-20')]],
    ['references with numbers are references', [session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP' }, { ref: 'CP-2026-17', status: 'CP' }, { ref: 'LAC-ABC1', status: 'LAC' }] })]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await findings(texts)).toEqual([]);
  });

  it('reports a child_file date before the session, at that date', async () => {
    const text = session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP', child_file: '2026-01-30' }] });
    const [finding, ...rest] = await findings([text]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      line: lineOf(text.text, 'child_file:'),
      column: text.text.split('\n')[lineOf(text.text, 'child_file:') - 1]!.indexOf('2026-01-30') + 1,
      message: "case FAM-0042: `child_file` is 2026-01-30, before the session on 2026-02-03; the discussion can only be recorded on the child's file on or after 2026-02-03",
    });
  });

  it('reports an audit of a case no session discusses, at its case', async () => {
    const audit = caseAudit('audit-1', '2026-02-20', { case: 'FAM-0043' });
    const [finding, ...rest] = await findings([session('2026-02-03', { cases: [{ ref: 'FAM-0042', status: 'CP' }] }), audit]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'records/audits/audit-1.md', severity: 'error', line: lineOf(audit.text, 'case:') });
    expect(finding!.message).toContain('case FAM-0043, which no session discusses');
  });

  it('warns about a case reference that reads like a name, wherever it is written', async () => {
    const text = session('2026-02-03', {
      cases: [{ ref: 'AMY-JONES', status: 'CP' }],
      actions: [{ id: 'A1', text: 'Call the school nurse', owner: 'jo-bloggs', due: '2026-02-10', case: 'AMY-JONES' }],
    });
    const result = await findings([text, decision('dec-1', { case: 'TOM-HARDY' })]);
    expect(result.map((finding) => [finding.file, finding.severity, finding.line])).toEqual([
      ['records/decisions/dec-1.md', 'warning', 4],
      [text.file, 'warning', lineOf(text.text, '- ref: AMY-JONES')],
      [text.file, 'warning', lineOf(text.text, 'case: AMY-JONES')],
    ]);
    expect(result[1]!.message).toBe("case reference AMY-JONES looks like a person's name; records use case references (such as FAM-0042), and only the decision record names the child");
  });
});
