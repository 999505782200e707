import { describe, expect, it } from 'vitest';
import { supervisorUntrained } from '../../src/check/rules/supervisor-untrained.js';
import { about, lineOf, runRule, recordSet, session, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[]) {
  return about(await runRule(supervisorUntrained, recordSet(...files), { asOf: AS_OF }), 'sam-lee');
}

/** Sam Lee, who supervises; trained or not as the case says. */
const sam = (fields: Record<string, unknown> = {}) => staff({ id: 'sam-lee', role: 'Team Manager', supervisor: 'kim-park', ...fields });
const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });

describe('supervisor-untrained', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a trained supervisor', [sam({ supervision_training: '2024-05-10' }), jo()]],
    ['training three years ago to the day has not lapsed yet (`training_refresh` P3Y)', [sam({ supervision_training: '2023-11-23' }), jo()]],
    ['someone who supervises nobody needs no training', [sam()]],
    ['a supervisor whose only supervisee has left, and who led no session this year', [sam(), jo({ left: '2026-06-30' }), session('2025-09-01', { supervisee: 'jo-bloggs' })]],
    ['a session led more than a year ago does not make a supervisor now', [sam(), session('2025-11-20', { supervisee: 'jo-bloggs' })]],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    [
      'the current supervisor of someone in post, untrained',
      [sam(), jo(), staff({ id: 'ali-khan' })],
      'Sam Lee supervises Ali Khan, Jo Bloggs but has no `supervision_training` date; supervisors are trained in supervision skills',
    ],
    [
      'someone who led a session in the last year, untrained',
      [sam(), jo({ supervisor: 'ana-silva' }), session('2026-03-02', { supervisee: 'jo-bloggs' })],
      'Sam Lee led session 2026-03-02-jo-bloggs on 2026-03-02 but has no `supervision_training` date; supervisors are trained in supervision skills',
    ],
    [
      'training booked for after the as-of date does not count yet',
      [sam({ supervision_training: '2026-12-10' }), jo()],
      'Sam Lee supervises but `supervision_training` is 2026-12-10, after 2026-11-23; supervisors are trained before they supervise',
    ],
    [
      'training older than `training_refresh` has lapsed',
      [sam({ supervision_training: '2023-05-10' }), jo()],
      'Sam Lee supervises but their supervision training of 2023-05-10 lapsed on 2026-05-10 (`training_refresh`: 3 years); refresh it and record the new date in `supervision_training`',
    ],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect((await findings(files)).map((finding) => finding.message)).toEqual([message]);
  });

  it('takes `training_refresh` from the policy, and points at the training date', async () => {
    const files = [sam({ supervision_training: '2024-05-10' }), jo()];
    const found = about(await runRule(supervisorUntrained, recordSet(...files), { asOf: AS_OF, policy: { training_refresh: 'P2Y' } }), 'sam-lee');
    expect(found).toMatchObject([{ severity: 'warning', line: lineOf(files[0]!.text, 'supervision_training:'), message: expect.stringContaining('lapsed on 2026-05-10 (`training_refresh`: 2 years)') }]);
  });

  it("is a warning on the supervisor's staff record at its id line", async () => {
    expect(await findings([sam(), jo()])).toMatchObject([{ file: 'records/staff/sam-lee.md', line: 3, column: 5, severity: 'warning' }]);
  });
});
