import { describe, expect, it } from 'vitest';
import { noContract } from '../../src/check/rules/no-contract.js';
import { about, contract, runRule, recordSet, SAM_LEE, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[]): Promise<string[]> {
  const found = await runRule(noContract, recordSet(SAM_LEE, ...files), { asOf: AS_OF });
  return about(found, 'jo-bloggs').map((finding) => finding.message);
}

const signature = (role: string, by: string) => ({ role, by, at: '2024-09-09T10:00:00+00:00', sha256: '0'.repeat(64) });
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
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    ['an active supervisee with no contract at all', [jo()], 'no supervision contract for Jo Bloggs: agree one with Sam Lee and have both sign it'],
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
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect(await findings(files)).toEqual([message]);
  });

  it('is an error on the staff record at its id line', async () => {
    const found = await runRule(noContract, recordSet(SAM_LEE, jo()), { asOf: AS_OF });
    expect(about(found, 'jo-bloggs')).toMatchObject([{ line: 3, column: 5, severity: 'error', rule: 'no-contract' }]);
  });
});
