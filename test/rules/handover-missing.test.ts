import { describe, expect, it } from 'vitest';
import { handoverMissing } from '../../src/check/rules/handover-missing.js';
import { about, runRule, recordSet, SAM_LEE, session, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[]) {
  return about(await runRule(handoverMissing, recordSet(SAM_LEE, staff({ id: 'ana-silva', supervisor: 'kim-park' }), ...files), { asOf: AS_OF }), 'jo-bloggs');
}

/** Jo Bloggs, supervised by Sam Lee and then by Ana Silva from 2026-06-01. */
const changed = (handover?: string, from = '2026-06-01') =>
  staff({
    id: 'jo-bloggs',
    supervisors: [
      { id: 'sam-lee', from: '2024-09-02', to: '2026-05-31' },
      { id: 'ana-silva', from, ...(handover ? { handover } : {}) },
    ],
  });
const handover = session('2026-05-28', { supervisee: 'jo-bloggs' });

describe('handover-missing', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a change of supervisor with its handover session recorded', [changed('2026-05-28-jo-bloggs'), handover]],
    ['one supervisor throughout needs no handover', [staff({ id: 'jo-bloggs' })]],
    ['a change planned after the as-of date needs no handover yet', [changed(undefined, '2026-12-01')]],
    [
      'the same supervisor again after a break is not a change',
      [staff({ id: 'jo-bloggs', supervisors: [{ id: 'sam-lee', from: '2024-09-02', to: '2025-05-31' }, { id: 'sam-lee', from: '2025-09-01' }] })],
    ],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  it('a change of supervisor without a handover is reported at that supervisors entry', async () => {
    expect(await findings([changed()])).toMatchObject([
      {
        file: 'records/staff/jo-bloggs.md',
        line: 12,
        column: 5,
        rule: 'handover-missing',
        severity: 'warning',
        message: 'supervision passed from Sam Lee to Ana Silva on 2026-06-01 with no `handover` session; record the handover and name its session here',
      },
    ]);
  });

  it('a handover naming a session that does not exist', async () => {
    expect(await findings([changed('2026-05-29-jo-bloggs')])).toMatchObject([
      { line: 14, column: 15, message: '`handover` names session 2026-05-29-jo-bloggs, but there is no such session; the handover to Ana Silva on 2026-06-01 is not recorded' },
    ]);
  });

  it('a handover naming a session of someone else', async () => {
    const other = session('2026-05-28', { supervisee: 'ali-khan' });
    expect((await findings([changed('2026-05-28-ali-khan'), staff({ id: 'ali-khan' }), other])).map((finding) => finding.message)).toEqual([
      '`handover` names session 2026-05-28-ali-khan, which is not a session of Jo Bloggs; name the session where their handover to Ana Silva was recorded',
    ]);
  });
});
