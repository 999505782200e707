import { describe, expect, it } from 'vitest';
import { functionsUnbalanced } from '../../src/check/rules/functions-unbalanced.js';
import { about, runRule, recordSet, SAM_LEE, session, staff, withPolicy, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[], config = withPolicy({})) {
  return about(await runRule(functionsUnbalanced, recordSet(SAM_LEE, ...files), { asOf: AS_OF, config }), 'jo-bloggs');
}

const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });
const covering = (date: string, ...functions: string[]) => session(date, { supervisee: 'jo-bloggs', functions });

describe('functions-unbalanced', () => {
  const valid: Array<[string, RecordFile[]]> = [
    [
      'each function covered somewhere in the last three sessions is balanced',
      [jo(), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'development'), covering('2026-11-01', 'support')],
    ],
    ['with fewer sessions than the window there is nothing to judge yet', [jo(), covering('2026-10-01', 'accountability'), covering('2026-11-01', 'accountability')]],
    [
      'a group session covering support counts for its attendees',
      [jo(), staff({ id: 'ali-khan' }), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'development'), session('2026-11-01', { attendees: ['jo-bloggs', 'ali-khan'], functions: ['support'] })],
    ],
    [
      'a member of staff who has left is not judged',
      [jo({ left: '2026-11-15' }), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'accountability'), covering('2026-11-01', 'accountability')],
    ],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    [
      'support not covered in the last three sessions',
      [jo(), covering('2026-06-01', 'support'), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'development'), covering('2026-11-01', 'accountability')],
      'support not covered in the last 3 sessions (since 2026-09-01); supervision should balance accountability, development and support over time',
    ],
    [
      'two functions missing are named together',
      [jo(), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'accountability'), covering('2026-11-01', 'accountability')],
      'development and support not covered in the last 3 sessions (since 2026-09-01); supervision should balance accountability, development and support over time',
    ],
    [
      'a session dated after as-of does not count towards the window',
      [jo(), covering('2026-09-01', 'accountability'), covering('2026-10-01', 'development'), covering('2026-11-01', 'development'), covering('2026-11-30', 'support')],
      'support not covered in the last 3 sessions (since 2026-09-01); supervision should balance accountability, development and support over time',
    ],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect((await findings(files)).map((finding) => finding.message)).toEqual([message]);
  });

  it('uses functions_window from the policy', async () => {
    const files = [jo(), covering('2026-10-01', 'accountability', 'development', 'support'), covering('2026-11-01', 'accountability')];
    expect(await findings(files, withPolicy({ functions_window: 1 }))).toMatchObject([
      { line: 3, column: 5, severity: 'warning', message: 'development and support not covered in the last session (since 2026-11-01); supervision should balance accountability, development and support over time' },
    ]);
  });
});
