import { describe, expect, it } from 'vitest';
import { futureDate } from '../../src/check/rules/future-date.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { contract, decision, lineOf, recordSet, runRule, session, signature, TEAM, type RecordFile } from '../helpers/records.js';

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

  // A signature's day is its instant's date in the organisation's time zone, which can be a day behind or ahead of UTC.
  it.each([
    ['Pacific/Pago_Pago', '2026-02-04T10:59:00Z', ['2026-02-03']],
    ['Pacific/Pago_Pago', '2026-02-04T11:00:00Z', []],
    ['Pacific/Pago_Pago', '2026-02-05T00:00:00Z', []],
    ['Pacific/Pago_Pago', '2026-02-05T00:30:00+14:00', ['2026-02-03']],
    ['Pacific/Pago_Pago', '2026-02-05T01:00:00+14:00', []],
    ['Pacific/Kiritimati', '2026-02-03T09:59:00Z', ['2026-02-03']],
    ['Pacific/Kiritimati', '2026-02-03T10:00:00Z', []],
    ['Pacific/Kiritimati', '2026-02-04T23:59:59.999-12:00', []],
    ['Europe/London', '2026-02-03T23:59:59Z', ['2026-02-03']],
    ['Europe/London', '2026-02-04T00:00:00Z', []],
  ])('in %s, a session of 2026-02-04 signed at %s is signed before it on %j', async (timezone, at, before) => {
    const text = session('2026-02-04', { signatures: [signature('sam-lee', 'supervisor', at)] });
    const found = await runRule(futureDate, recordSet(...TEAM, text), { asOf: '2026-03-01', config: { ...DEFAULT_CONFIG, timezone } });
    expect(found.map((finding) => finding.data?.signed)).toEqual(before);
  });
});
