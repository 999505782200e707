/**
 * "Escalation goes to the wrong person" and "the escalation meeting itself
 * cannot be recorded" (issue 17). The policy: overdue, a one-to-one with the
 * supervisor; then a three-way meeting with the line manager, or the head,
 * and with a governor when the head is the supervisor or the line manager.
 */
import { describe, expect, it } from 'vitest';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { schema } from '../../src/check/rules/schema.js';
import { unsigned } from '../../src/check/rules/unsigned.js';
import { compliance } from '../../src/report/compliance.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { indexRecords } from '../../src/load/load.js';
import { about, recordSet, recordText, runRule, session, signature, staff, withPolicy, type RecordFile } from '../helpers/records.js';
import type { Policy } from '../../src/config/config.js';

const AS_OF = '2026-11-23';
/** Helen Marchbank is the head; she supervises the DSL, Nell Haverstock, whose line manager she also is. */
const HEAD = staff({ id: 'helen-marchbank', role: 'Head Teacher', tier: 'general', supervisor: 'kim-park', supervision_training: '2023-05-10' });
const DSL = (fields: Record<string, unknown> = {}) => staff({ id: 'nell-haverstock', role: 'Designated Safeguarding Lead', tier: 'designated-lead', supervisor: 'helen-marchbank', ...fields });
const LEAD = staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2023-05-10' });
const KIM = staff({ id: 'kim-park', role: 'Deputy Head', tier: 'general', supervisor: 'helen-marchbank' });
const POLICY: Partial<Policy> = { head: 'helen-marchbank', governor: 'the chair of governors' };

async function stepFor(person: string, files: RecordFile[], policy: Partial<Policy> = POLICY, asOf = AS_OF): Promise<string[]> {
  const findings = await runRule(sessionOverdue, recordSet(...files), { asOf, policy });
  return about(findings, person).map((finding) => finding.message.replace(/^.*; the step now due is /, ''));
}

describe('escalation: the step due and who it goes to', () => {
  const cases: Array<[string, string, RecordFile[], string, Partial<Policy>?]> = [
    [
      'a DSL supervised by the head, long overdue, goes to the governor, not to "the line manager or head"',
      'nell-haverstock',
      [HEAD, KIM, DSL(), session('2026-09-01', { supervisor: 'helen-marchbank', supervisee: 'nell-haverstock' })],
      'a three-way meeting with Helen Marchbank and the governor, the chair of governors',
    ],
    [
      'when the head is the line manager, the governor too',
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs', line_manager: 'helen-marchbank' }), session('2026-09-01')],
      'a three-way meeting with Sam Lee and the governor, the chair of governors',
    ],
    [
      'a line manager who is not the head is the third person',
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs', line_manager: 'kim-park' }), session('2026-09-01')],
      'a three-way meeting with Sam Lee and the line manager, Kim Park',
    ],
    [
      'with no line manager recorded, the head',
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs' }), session('2026-09-01')],
      'a three-way meeting with Sam Lee and the head, Helen Marchbank',
    ],
    [
      'a line manager who is also the supervisor is not named twice: the head is',
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs', line_manager: 'sam-lee' }), session('2026-09-01')],
      'a three-way meeting with Sam Lee and the head, Helen Marchbank',
    ],
    [
      'the head overdue herself goes to the governor',
      'helen-marchbank',
      [HEAD, KIM, session('2026-09-01', { supervisor: 'kim-park', supervisee: 'helen-marchbank' })],
      'a three-way meeting with Kim Park and the governor, the chair of governors',
      { ...POLICY, tiers: { general: 'P4W' } },
    ],
    [
      'overdue by less than the first escalation stage: a one-to-one',
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs' }), session('2026-10-19')],
      'a one-to-one with Sam Lee',
    ],
    [
      "the policy's escalation stages decide when the three-way meeting is due (after two weeks here)",
      'jo-bloggs',
      [HEAD, KIM, LEAD, staff({ id: 'jo-bloggs' }), session('2026-10-05')],
      'a three-way meeting with Sam Lee and the head, Helen Marchbank',
      { ...POLICY, escalation: [{ after: 'P0D', step: 'one-to-one' }, { after: 'P2W', step: 'three-way' }] },
    ],
  ];
  it.each(cases)('%s', async (_name, person, files, step, policy) => {
    expect(await stepFor(person, files, policy)).toEqual([step]);
  });

  it('the dashboard names the same step and the same person', async () => {
    const data = await compliance(recordSet(HEAD, KIM, DSL(), session('2026-09-01', { supervisor: 'helen-marchbank', supervisee: 'nell-haverstock' })), { config: withPolicy(POLICY), asOf: AS_OF });
    expect(data.people.find((person) => person.id === 'nell-haverstock')).toMatchObject({
      escalation: 'three-way',
      escalationStep: 'a three-way meeting with Helen Marchbank and the governor, the chair of governors',
    });
  });
});

describe('the three-way meeting is a session type', () => {
  const meeting = (fields: Record<string, unknown> = {}) =>
    session('2026-11-16', { type: 'three-way', supervisor: 'helen-marchbank', supervisee: 'nell-haverstock', governor: 'Ruth Ashdown', outcome: 'Sessions every four weeks booked to July; the governor reviews in March', ...fields });

  it('records the escalation meeting and clears session-overdue', async () => {
    expect(await stepFor('nell-haverstock', [HEAD, KIM, DSL(), session('2026-09-01', { supervisor: 'helen-marchbank', supervisee: 'nell-haverstock' }), meeting()])).toEqual([]);
  });

  it('is signed by the supervisor and the supervisee', async () => {
    const findings = await runRule(unsigned, recordSet(HEAD, KIM, DSL(), meeting()), { asOf: AS_OF });
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('Helen Marchbank'),
      expect.stringContaining('Nell Haverstock'),
    ]);
  });

  const schemaFindings = (text: string) => {
    const record = recordFromText({ file: 'records/sessions/2026/2026-11-16-nell-haverstock.md', absPath: '/repo/x.md' }, text);
    return runRule(schema, indexRecords([record]), { asOf: AS_OF });
  };

  it('without an outcome is a schema finding', async () => {
    const { text } = meeting({ outcome: undefined });
    expect((await schemaFindings(text)).map((finding) => finding.message)).toEqual(['three-way session is missing `outcome`']);
  });

  it('an outcome on a one-to-one is a schema finding at its line', async () => {
    const text = recordText({ kind: 'session', id: '2026-11-16-nell-haverstock', date: '2026-11-16', type: 'one-to-one', supervisor: 'helen-marchbank', supervisee: 'nell-haverstock', outcome: 'Agreed', duration_minutes: 60, functions: ['support'], signatures: [signature('helen-marchbank', 'supervisor')] });
    const [finding] = await schemaFindings(text);
    expect(finding).toMatchObject({ line: 8, column: 1, message: 'session must not have `outcome`; it belongs to a three-way meeting (`type: three-way`)' });
  });
});
