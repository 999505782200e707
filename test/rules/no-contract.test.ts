import { describe, expect, it } from 'vitest';
import { noContract } from '../../src/check/rules/no-contract.js';
import { about, contract, runRule, recordSet, SAM_LEE, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[]): Promise<string[]> {
  const found = await runRule(noContract, recordSet(SAM_LEE, ...files), { asOf: AS_OF });
  return about(found, 'jo-bloggs').map((finding) => finding.message);
}

const signature = (role: string, by: string) => ({ role, by, at: '2024-09-09T10:00:00+00:00', sha256: '0'.repeat(64) });
const KIM_PARK = staff({ id: 'kim-park', role: 'Head of Service', tier: 'general', supervisor: 'sam-lee', supervision_training: '2022-01-10' });
/** Sam Lee supervised Jo Bloggs until the end of August 2026; Kim Park since. */
const changed = [{ id: 'sam-lee', from: '2024-09-02', to: '2026-08-31' }, { id: 'kim-park', from: '2026-09-01' }];
const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });

describe('no-contract', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a supervisee with a contract signed by both parties has one', [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' })]],
    [
      'an earlier contract signed by both still counts when a newer one awaits signatures',
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), contract({ supervisee: 'jo-bloggs', agreed: '2026-09-09', signedBy: [] })],
    ],
    ['a member of staff who has left needs no contract', [jo({ left: '2026-10-31' })]],
    ['someone with no current supervisor is not a supervisee', [jo({ supervisors: [{ id: 'sam-lee', from: '2024-09-02', to: '2026-06-30' }] })]],
    [
      'after a change of supervisor, a contract signed by both with the new supervisor',
      [KIM_PARK, jo({ supervisors: changed }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), contract({ supervisee: 'jo-bloggs', supervisor: 'kim-park', agreed: '2026-09-14', id: 'contract-jo-bloggs-2026' })],
    ],
    [
      'within `contract_after_change` of the change, the previous contract still counts',
      [KIM_PARK, jo({ supervisors: [{ id: 'sam-lee', from: '2024-09-02', to: '2026-10-31' }, { id: 'kim-park', from: '2026-11-01' }] }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' })],
    ],
    [
      'a contract with the new supervisor agreed a few days before the change counts',
      [KIM_PARK, jo({ supervisors: changed }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), contract({ supervisee: 'jo-bloggs', supervisor: 'kim-park', agreed: '2026-08-28', id: 'contract-jo-bloggs-2026' })],
    ],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    ['an active supervisee with no contract at all', [jo()], 'no supervision contract for Jo Bloggs: agree one with Sam Lee and have both sign it'],
    [
      'with an external supervisor, only the supervisee is asked to sign',
      [jo({ supervisors: [{ external: { name: 'Corin Ashgrove', organisation: 'Northshire Council' }, from: '2024-09-02' }] })],
      'no supervision contract for Jo Bloggs: agree one with Corin Ashgrove (Northshire Council) and have Jo Bloggs sign it (an external supervisor has no staff record to sign as)',
    ],
    [
      'a contract signed only by the supervisor is not a signed contract',
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09', signedBy: ['supervisor'] })],
      'no supervision contract signed by both parties: contract-jo-bloggs-2024 is not signed by the supervisee, Jo Bloggs',
    ],
    [
      'an unsigned contract names both missing signers',
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09', signedBy: [] })],
      'no supervision contract signed by both parties: contract-jo-bloggs-2024 is not signed by the supervisor, Sam Lee, nor the supervisee, Jo Bloggs',
    ],
    ['a contract agreed after the as-of date does not count yet', [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2026-12-01' })], 'no supervision contract for Jo Bloggs: agree one with Sam Lee and have both sign it'],
    [
      "a supervisee's signature must be the supervisee's own",
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09', signedBy: [], signatures: [signature('supervisor', 'sam-lee'), signature('supervisee', 'ali-khan')] })],
      'no supervision contract signed by both parties: contract-jo-bloggs-2024 is not signed by the supervisee, Jo Bloggs',
    ],
    [
      'after a change of supervisor, only the previous supervisor\'s contract',
      [KIM_PARK, jo({ supervisors: changed }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' })],
      'no supervision contract with Kim Park, supervisor of Jo Bloggs since 2026-09-01: the signed contract contract-jo-bloggs-2024 is with Sam Lee; a contract with Kim Park signed by both was due by 2026-09-29 (`contract_after_change`: 4 weeks)',
    ],
    [
      'the new supervisor\'s contract is not signed by the supervisee yet',
      [KIM_PARK, jo({ supervisors: changed }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), contract({ supervisee: 'jo-bloggs', supervisor: 'kim-park', agreed: '2026-09-14', id: 'contract-jo-bloggs-2026', signedBy: ['supervisor'] })],
      'no supervision contract signed by both with Kim Park, supervisor of Jo Bloggs since 2026-09-01: contract-jo-bloggs-2026 is not signed by the supervisee, Jo Bloggs; it was due by 2026-09-29 (`contract_after_change`: 4 weeks)',
    ],
    [
      'back with an earlier supervisor: a contract from their first spell does not count',
      [
        KIM_PARK,
        jo({ supervisors: [{ id: 'sam-lee', from: '2024-09-02', to: '2025-08-31' }, { id: 'kim-park', from: '2025-09-01', to: '2026-08-31' }, { id: 'sam-lee', from: '2026-09-01' }] }),
        contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }),
        contract({ supervisee: 'jo-bloggs', supervisor: 'kim-park', agreed: '2025-09-08', id: 'contract-jo-bloggs-2025' }),
      ],
      'no supervision contract with Sam Lee, supervisor of Jo Bloggs since 2026-09-01: the signed contract contract-jo-bloggs-2025 is with Kim Park; a contract with Sam Lee signed by both was due by 2026-09-29 (`contract_after_change`: 4 weeks)',
    ],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect(await findings(files)).toEqual([message]);
  });

  it('waits as long as `policy.contract_after_change` says', async () => {
    const files = [KIM_PARK, jo({ supervisors: changed }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' })];
    const found = await runRule(noContract, recordSet(SAM_LEE, ...files), { asOf: AS_OF, policy: { contract_after_change: 'P6M' } });
    expect(about(found, 'jo-bloggs')).toEqual([]);
    const shorter = await runRule(noContract, recordSet(SAM_LEE, ...files), { asOf: '2026-09-10', policy: { contract_after_change: 'P1W' } });
    expect(about(shorter, 'jo-bloggs').map((finding) => finding.message)).toEqual([expect.stringContaining('was due by 2026-09-08 (`contract_after_change`: 1 week)')]);
  });

  it('is an error on the staff record at its id line', async () => {
    const found = await runRule(noContract, recordSet(SAM_LEE, jo()), { asOf: AS_OF });
    expect(about(found, 'jo-bloggs')).toMatchObject([{ line: 3, column: 5, severity: 'error', rule: 'no-contract' }]);
  });
});
