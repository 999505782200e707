import { describe, expect, it } from 'vitest';
import { contractReviewOverdue } from '../../src/check/rules/contract-review-overdue.js';
import { contract, runRule, recordSet, SAM_LEE, staff, withPolicy, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[], config = withPolicy({})) {
  return runRule(contractReviewOverdue, recordSet(SAM_LEE, ...files), { asOf: AS_OF, config });
}

const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });

describe('contract-review-overdue', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a contract agreed eleven months ago is not due for review', [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2025-12-20' })]],
    ['a contract agreed exactly a year ago is due today, not overdue', [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2025-11-23' })]],
    ['a review_due still ahead is respected even when agreed long ago', [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09', review_due: '2026-12-01' })]],
    [
      'an old contract replaced by a newer one is not reviewed',
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), contract({ supervisee: 'jo-bloggs', agreed: '2026-09-09' })],
    ],
    ['the contract of someone who has left is not reviewed', [jo({ left: '2026-06-30' }), contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' })]],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  it('a contract agreed on 2025-09-09 with no review_due is overdue a year on, reported at agreed', async () => {
    expect(await findings([jo(), contract({ supervisee: 'jo-bloggs', agreed: '2025-09-09' })])).toMatchObject([
      {
        file: 'records/contracts/contract-jo-bloggs-2025.md',
        line: 6,
        column: 9,
        rule: 'contract-review-overdue',
        severity: 'error',
        message: 'review of the contract was due on 2026-09-09 (agreed plus 1 year), 75 days ago; review it with Jo Bloggs and agree a new contract or set `review_due`',
      },
    ]);
  });

  it('a contract past its review_due is reported at review_due', async () => {
    expect(await findings([jo(), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-10', review_due: '2026-11-01' })])).toMatchObject([
      {
        file: 'records/contracts/contract-jo-bloggs-2026.md',
        line: 8,
        column: 13,
        message: 'review of the contract was due on 2026-11-01, 22 days ago; review it with Jo Bloggs and agree a new contract or a new `review_due`',
      },
    ]);
  });

  it('the default review period comes from policy.contract_review', async () => {
    const [finding] = await findings([jo(), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-10' })], withPolicy({ contract_review: 'P6M' }));
    expect(finding?.message).toMatch(/^review of the contract was due on 2026-07-10 \(agreed plus 6 months\), 136 days ago/);
  });
});
