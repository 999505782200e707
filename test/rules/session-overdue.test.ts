import { describe, expect, it } from 'vitest';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { about, contract, runRule, recordSet, SAM_LEE, session, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

/** The session-overdue messages on jo-bloggs's staff record. */
async function overdue(files: RecordFile[], asOf = AS_OF, person = 'jo-bloggs'): Promise<string[]> {
  const findings = await runRule(sessionOverdue, recordSet(SAM_LEE, ...files), { asOf });
  return about(findings, person).map((finding) => finding.message);
}

const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });
const seen = (date: string, fields: Record<string, unknown> = {}) => session(date, { supervisee: 'jo-bloggs', ...fields });

describe('session-overdue', () => {
  const valid: Array<[string, RecordFile[], string?]> = [
    ['a case holder last seen 27 days ago is not overdue', [jo(), seen('2026-10-27')]],
    ['a case holder last seen exactly four weeks ago is not overdue yet', [jo(), seen('2026-10-26')]],
    ['a member of staff who has left is not overdue', [jo({ left: '2026-10-31' }), seen('2026-08-01')]],
    ['a member of staff who leaves on the as-of date is not overdue', [jo({ left: AS_OF }), seen('2026-08-01')]],
    ['a newly qualified worker in month four seen 11 days ago is within a fortnight', [jo({ tier: 'newly-qualified', started: '2026-08-01' }), seen('2026-11-12')]],
    ['a newly qualified worker six weeks to the day after starting is in the fortnightly stage', [jo({ tier: 'newly-qualified', started: '2026-10-12' }), seen('2026-11-12')]],
    ['someone who starts after the as-of date owes nothing yet', [jo({ started: '2026-12-01' })]],
    ['a new starter within their first interval is not overdue', [jo({ started: '2026-11-01' })]],
    [
      'a group session counts for each attendee',
      [jo(), staff({ id: 'ali-khan' }), seen('2026-09-01'), session('2026-11-10', { attendees: ['jo-bloggs', 'ali-khan'] })],
    ],
    ['a peer session counts', [jo(), seen('2026-11-10', { type: 'peer' })]],
  ];
  it.each(valid)('%s', async (_name, files, asOf) => {
    expect(await overdue(files, asOf)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    [
      'a case holder last seen 35 days ago is overdue',
      [jo(), seen('2026-10-19')],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'a newly qualified worker in week three is due weekly',
      [jo({ tier: 'newly-qualified', started: '2026-11-05' }), seen('2026-11-12')],
      'overdue by 4 days: last supervised on 2026-11-12 (session 2026-11-12-jo-bloggs) by Sam Lee; interval 1 week (tier newly-qualified, first 6 weeks); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'a newly qualified worker in month four is due fortnightly',
      [jo({ tier: 'newly-qualified', started: '2026-08-01' }), seen('2026-11-01')],
      'overdue by 8 days: last supervised on 2026-11-01 (session 2026-11-01-jo-bloggs) by Sam Lee; interval 2 weeks (tier newly-qualified, 6 weeks to 6 months after starting); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'a newly qualified worker after six months is due every four weeks',
      [jo({ tier: 'newly-qualified', started: '2026-01-05' }), seen('2026-10-19')],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier newly-qualified, from 6 months after starting); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'in induction the two-week interval applies',
      [jo({ started: '2026-10-01', induction_until: '2026-12-31' }), seen('2026-11-05')],
      'overdue by 4 days: last supervised on 2026-11-05 (session 2026-11-05-jo-bloggs) by Sam Lee; interval 2 weeks (induction until 2026-12-31); the step now due is a one-to-one with Sam Lee',
    ],
    [
      "a contract's P2W frequency overrides the tier's P4W",
      [jo(), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-10', frequency: 'P2W' }), seen('2026-11-05')],
      'overdue by 4 days: last supervised on 2026-11-05 (session 2026-11-05-jo-bloggs) by Sam Lee; interval 2 weeks (contract contract-jo-bloggs-2026); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'a session dated after as-of does not count',
      [jo(), seen('2026-10-19'), seen('2026-11-30')],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'with no session yet, the interval runs from starting',
      [jo({ started: '2026-10-01' })],
      'overdue by 25 days: no supervision recorded since starting on 2026-10-01; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'overdue by more than one interval escalates to a three-way meeting',
      [jo(), seen('2026-09-01')],
      'overdue by 55 days: last supervised on 2026-09-01 (session 2026-09-01-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a three-way meeting with Sam Lee and the line manager or head',
    ],
    [
      'the three-way meeting names the line manager when the staff record has one',
      [jo({ line_manager: 'kim-park' }), staff({ id: 'kim-park', role: 'Head of Service', supervisor: 'kim-park' }), seen('2026-09-01')],
      'overdue by 55 days: last supervised on 2026-09-01 (session 2026-09-01-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a three-way meeting with Sam Lee and the line manager, Kim Park',
    ],
    [
      'the step names the current supervisor, not the one who led the last session',
      [jo({ supervisors: [{ id: 'sam-lee', from: '2024-09-02', to: '2026-10-31' }, { id: 'ana-silva', from: '2026-11-01' }] }), staff({ id: 'ana-silva' }), seen('2026-10-19')],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Ana Silva',
    ],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect(await overdue(files)).toEqual([message]);
  });

  it('names the last session, who led it, the interval and the step', async () => {
    expect(await overdue([jo(), seen('2026-10-01')], '2026-11-07')).toEqual([
      'overdue by 9 days: last supervised on 2026-10-01 (session 2026-10-01-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ]);
  });

  it('overdue by exactly one interval is still the one-to-one step', async () => {
    const [message] = await overdue([jo(), seen('2026-09-01')], '2026-10-27');
    expect(message).toMatch(/overdue by 28 days: .*the step now due is a one-to-one with Sam Lee$/);
  });

  it('is reported on the staff record at its id line', async () => {
    const findings = await runRule(sessionOverdue, recordSet(SAM_LEE, jo(), seen('2026-10-19')), { asOf: AS_OF });
    expect(about(findings, 'jo-bloggs')).toMatchObject([{ file: 'records/staff/jo-bloggs.md', line: 3, column: 5, severity: 'error', rule: 'session-overdue' }]);
  });

  it('reports a tier the policy does not have, at the tier', async () => {
    const findings = await runRule(sessionOverdue, recordSet(SAM_LEE, jo({ tier: 'locum' }), seen('2026-11-20')), { asOf: AS_OF });
    expect(about(findings, 'jo-bloggs')).toMatchObject([
      {
        file: 'records/staff/jo-bloggs.md',
        line: 6,
        column: 7,
        rule: 'session-overdue',
        severity: 'error',
        message: 'tier locum is not in the policy; known tiers: case-holder, designated-lead, general, newly-qualified',
      },
    ]);
  });
});
