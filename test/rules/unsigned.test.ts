import { describe, expect, it } from 'vitest';
import { unsigned } from '../../src/check/rules/unsigned.js';
import { requiredSigners } from '../../src/policy/signers.js';
import { contract, decision, lineOf, recordSet, runRule, session, signature, staff, TEAM, type RecordFile } from '../helpers/records.js';

const SAM = signature('sam-lee', 'supervisor');
const JO = signature('jo-bloggs', 'supervisee');

async function findings(texts: RecordFile[], asOf: string) {
  return runRule(unsigned, recordSet(...TEAM, ...texts), { asOf });
}

describe('unsigned', () => {
  const valid: Array<[string, RecordFile[], string]> = [
    ['a one-to-one signed by supervisor and supervisee', [session('2026-02-03', { signatures: [SAM, JO] })], '2026-03-01'],
    ['a group session signed by the supervisor and every attendee', [session('2026-02-03', { attendees: ['jo-bloggs', 'ali-khan'], confidentiality_agreed: true, signatures: [SAM, signature('jo-bloggs', 'attendee'), signature('ali-khan', 'attendee')] })], '2026-03-01'],
    ['a contract signed by both parties', [contract({ supervisee: 'jo-bloggs', agreed: '2026-02-03', signatures: [SAM, JO] })], '2026-03-01'],
    ['a decision signed by the supervisor', [decision('dec-2026-02-03-fam-0042', { signatures: [SAM] })], '2026-03-01'],
    ['staff records are not signed', [staff({ id: 'kim-park' })], '2026-03-01'],
    ['a session dated after the as-of date is future-date\'s business', [session('2026-04-01')], '2026-03-01'],
  ];
  it.each(valid)('%s', async (_name, texts, asOf) => {
    expect(await findings(texts, asOf)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string, Array<[string, string]>]> = [
    [
      'a one-to-one signed by the supervisor only, 10 days after the session, is unsigned (error)',
      [session('2026-02-03', { signatures: [SAM] })], '2026-02-13',
      [['error', 'not signed by Jo Bloggs (supervisee); signatures were due by 2026-02-10']],
    ],
    [
      'the same session 3 days after: a warning, the signatures are not due yet',
      [session('2026-02-03', { signatures: [SAM] })], '2026-02-06',
      [['warning', 'not yet signed by Jo Bloggs (supervisee); signatures are due by 2026-02-10']],
    ],
    [
      'on the last day of sign_within it is still a warning',
      [session('2026-02-03', { signatures: [SAM] })], '2026-02-10',
      [['warning', 'not yet signed by Jo Bloggs (supervisee); signatures are due by 2026-02-10']],
    ],
    [
      'a group session needs every attendee\'s signature',
      [session('2026-02-03', { attendees: ['jo-bloggs', 'ali-khan'], confidentiality_agreed: true, signatures: [SAM, signature('jo-bloggs', 'attendee')] })], '2026-03-01',
      [['error', 'not signed by Ali Khan (attendee); signatures were due by 2026-02-10']],
    ],
    [
      'a signature in the wrong role does not count',
      [session('2026-02-03', { signatures: [SAM, signature('jo-bloggs', 'attendee')] })], '2026-03-01',
      [['error', 'not signed by Jo Bloggs (supervisee); signatures were due by 2026-02-10']],
    ],
    [
      'a contract is signed by both parties, counted from the day it was agreed',
      [contract({ supervisee: 'jo-bloggs', agreed: '2026-02-03', signatures: [JO] })], '2026-03-01',
      [['error', 'not signed by Sam Lee (supervisor); signatures were due by 2026-02-10']],
    ],
    [
      'a decision for the child\'s file needs the supervisor\'s signature',
      [decision('dec-2026-02-03-fam-0042')], '2026-03-01',
      [['error', 'not signed by Sam Lee (supervisor); signatures were due by 2026-02-10']],
    ],
    [
      'a session with no signatures at all lacks both',
      [session('2026-02-03')], '2026-03-01',
      [
        ['error', 'not signed by Sam Lee (supervisor); signatures were due by 2026-02-10'],
        ['error', 'not signed by Jo Bloggs (supervisee); signatures were due by 2026-02-10'],
      ],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, asOf, expected) => {
    expect((await findings(texts, asOf)).map((finding) => [finding.severity, finding.message])).toEqual(expected);
  });

  it('reports at the signatures key, or at the id when there is none', async () => {
    const signedText = session('2026-02-03', { signatures: [SAM] });
    const [signed] = await findings([signedText], '2026-03-01');
    const [bare] = await findings([session('2026-02-03', { supervisee: 'ali-khan' })], '2026-03-01');
    expect(signed).toMatchObject({ file: signedText.file, line: lineOf(signedText.text, 'signatures:'), column: 1 });
    expect(bare).toMatchObject({ file: 'records/sessions/2026/2026-02-03-ali-khan.md', line: 3, column: 1 });
  });

  it('uses the policy\'s sign_within', async () => {
    const result = await runRule(unsigned, recordSet(...TEAM, session('2026-02-03', { signatures: [SAM] })), { asOf: '2026-02-13', policy: { sign_within: 'P14D' } });
    expect(result.map((finding) => finding.severity)).toEqual(['warning']);
  });
});

describe('requiredSigners', () => {
  it('lists the supervisor first, then the supervisee or each attendee', () => {
    const [one, group] = recordSet(session('2026-02-03'), session('2026-02-04', { attendees: ['jo-bloggs', 'sam-lee', 'ali-khan'], confidentiality_agreed: true })).ofKind.session;
    expect(requiredSigners(one!)).toEqual([{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]);
    // The supervisor listed among attendees signs once, as supervisor.
    expect(requiredSigners(group!)).toEqual([{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'attendee' }, { by: 'ali-khan', role: 'attendee' }]);
  });
});
