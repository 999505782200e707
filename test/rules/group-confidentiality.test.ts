import { describe, expect, it } from 'vitest';
import { groupConfidentiality } from '../../src/check/rules/group-confidentiality.js';
import { lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const group = (fields: Record<string, unknown>) => session('2026-02-03', { attendees: ['jo-bloggs', 'ali-khan'], ...fields });

async function findings(texts: RecordFile[]) {
  return runRule(groupConfidentiality, recordSet(...TEAM, ...texts), { asOf: '2026-03-01' });
}

describe('group-confidentiality', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['a group session where the boundaries of confidentiality were agreed', [group({ confidentiality_agreed: true })]],
    ['a one-to-one needs no such agreement', [session('2026-02-03')]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await findings(texts)).toEqual([]);
  });

  it('a group session where confidentiality was not agreed is an error at confidentiality_agreed', async () => {
    const text = group({ confidentiality_agreed: false });
    expect(await findings([text])).toMatchObject([
      { severity: 'error', line: lineOf(text.text, 'confidentiality_agreed:'), message: 'a group session must record that the boundaries of confidentiality were agreed: `confidentiality_agreed: true`' },
    ]);
  });

  it('a joint-agency session is held to the same', async () => {
    const text = group({ type: 'joint-agency', confidentiality_agreed: false });
    expect((await findings([text])).map((finding) => finding.message)).toEqual(['a joint-agency session must record that the boundaries of confidentiality were agreed: `confidentiality_agreed: true`']);
  });
});
