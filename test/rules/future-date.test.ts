import { describe, expect, it } from 'vitest';
import { futureDate } from '../../src/check/rules/future-date.js';
import { contract, decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

async function findings(texts: RecordFile[]) {
  return runRule(futureDate, recordSet(...TEAM, ...texts), { asOf: '2026-03-01' });
}

describe('future-date', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a session held on the as-of date', [session('2026-03-01')]],
    ['a session in the past', [session('2026-02-03')]],
    ['a contract may be agreed ahead of its start', [contract({ supervisee: 'jo-bloggs', agreed: '2026-04-01', signedBy: [] })]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await findings(texts)).toEqual([]);
  });

  it('a session dated after the as-of date is an error at its date', async () => {
    const text = session('2026-03-02');
    expect(await findings([text])).toMatchObject([
      { severity: 'error', line: lineOf(text.text, 'date:'), message: 'the session is dated 2026-03-02, after 2026-03-01; a record can only be written for a session that has taken place' },
    ]);
  });

  it('so is a decision', async () => {
    expect((await findings([decision('dec-x', { date: '2027-03-01' })])).map((finding) => finding.message)).toEqual([
      'the decision is dated 2027-03-01, after 2026-03-01; a record can only be written for a decision that has taken place',
    ]);
  });
});
