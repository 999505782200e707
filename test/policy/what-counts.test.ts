/**
 * "A ten-minute corridor chat resets the clock" (issue 17). The school
 * framework: informal supervision "should NOT replace a formal supervision
 * session". Only the session types in `policy.counts` (or the tier's own
 * `counts`) reset the interval; the others are still records.
 */
import { describe, expect, it } from 'vitest';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { sessionDueSoon } from '../../src/check/rules/session-due-soon.js';
import { unsigned } from '../../src/check/rules/unsigned.js';
import { actionsNotReviewed } from '../../src/check/rules/actions-not-reviewed.js';
import { compliance } from '../../src/report/compliance.js';
import { about, recordSet, runRule, SAM_LEE, session, staff, withPolicy, type RecordFile } from '../helpers/records.js';
import type { Policy } from '../../src/config/config.js';

const AS_OF = '2026-11-23';
const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });
const seen = (date: string, fields: Record<string, unknown> = {}) => session(date, { supervisee: 'jo-bloggs', ...fields });
/** A ten-minute conversation in the corridor, written up as an ad-hoc session. */
const corridorChat = (date: string) => seen(date, { type: 'ad-hoc', duration_minutes: 10, functions: ['support'] });

async function overdue(files: RecordFile[], policy?: Partial<Policy>): Promise<string[]> {
  const findings = await runRule(sessionOverdue, recordSet(SAM_LEE, ...files), { asOf: AS_OF, policy });
  return about(findings, 'jo-bloggs').map((finding) => finding.message);
}

describe('what counts as supervision (policy.counts)', () => {
  const valid: Array<[string, RecordFile[], Partial<Policy>?]> = [
    ['a one-to-one three weeks ago counts', [jo(), seen('2026-11-02')]],
    ['a group session counts for each attendee', [jo(), staff({ id: 'ali-khan' }), session('2026-11-02', { attendees: ['jo-bloggs', 'ali-khan'] })]],
    ['a peer session counts', [jo(), seen('2026-11-02', { type: 'peer' })]],
    ['a three-way meeting counts (it is the escalation meeting)', [jo(), seen('2026-11-02', { type: 'three-way', outcome: 'Fortnightly sessions booked until March' })]],
    ['an ad-hoc session counts when the policy lists ad-hoc', [jo(), seen('2026-08-01'), corridorChat('2026-11-10')], { counts: ['one-to-one', 'ad-hoc'] }],
    [
      "a tier's own counts list replaces the policy's",
      [jo({ tier: 'pastoral' }), seen('2026-08-01'), corridorChat('2026-11-10')],
      { tiers: { pastoral: { every: 'P4W', counts: ['one-to-one', 'ad-hoc'] } } },
    ],
  ];
  it.each(valid)('%s', async (_name, files, policy) => {
    expect(await overdue(files, policy)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string, Partial<Policy>?]> = [
    [
      'a ten-minute corridor chat does not reset the clock',
      [jo(), seen('2026-10-19'), corridorChat('2026-11-10')],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'an ad-hoc session is not the last session the message names',
      [jo({ started: '2026-10-01' }), corridorChat('2026-11-20')],
      'overdue by 25 days: no supervision recorded since starting on 2026-10-01; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Sam Lee',
    ],
    [
      'group supervision does not replace individual sessions when the tier counts only one-to-ones',
      [jo({ tier: 'designated-lead' }), staff({ id: 'ali-khan' }), seen('2026-10-19'), session('2026-11-10', { attendees: ['jo-bloggs', 'ali-khan'] })],
      'overdue by 7 days: last supervised on 2026-10-19 (session 2026-10-19-jo-bloggs) by Sam Lee; interval 4 weeks (tier designated-lead); the step now due is a one-to-one with Sam Lee',
      { tiers: { 'designated-lead': { every: 'P4W', counts: ['one-to-one', 'three-way'] } } },
    ],
  ];
  it.each(invalid)('%s', async (_name, files, message, policy) => {
    expect(await overdue(files, policy)).toEqual([message]);
  });

  it('a corridor chat does not push the next due date back either (session-due-soon)', async () => {
    const findings = await runRule(sessionDueSoon, recordSet(SAM_LEE, jo(), seen('2026-10-27'), corridorChat('2026-11-20')), { asOf: AS_OF });
    expect(about(findings, 'jo-bloggs').map((finding) => finding.message)).toEqual(['next supervision due by 2026-11-24 (in 1 day) with Sam Lee']);
  });

  it('an ad-hoc session is still a record: it must be signed, and it reviews the actions before it', async () => {
    const records = recordSet(
      SAM_LEE,
      jo(),
      seen('2026-10-27', { actions: [{ id: 'A1', text: 'Book a core group meeting', owner: 'jo-bloggs', due: '2026-11-03' }] }),
      corridorChat('2026-11-02'),
    );
    const notSigned = await runRule(unsigned, records, { asOf: AS_OF });
    expect(notSigned.filter((finding) => finding.file.endsWith('2026-11-02-jo-bloggs.md')).map((finding) => finding.message)).toHaveLength(2);
    const notReviewed = await runRule(actionsNotReviewed, records, { asOf: AS_OF });
    expect(notReviewed.filter((finding) => finding.file.endsWith('2026-11-02-jo-bloggs.md'))).toHaveLength(1);
  });

  it('the dashboard counts only sessions that count as held', async () => {
    const records = recordSet(SAM_LEE, jo(), seen('2026-10-19'), corridorChat('2026-11-10'), corridorChat('2026-11-17'));
    const data = await compliance(records, { config: withPolicy({}), asOf: AS_OF });
    const person = data.people.find((entry) => entry.id === 'jo-bloggs')!;
    expect(person).toMatchObject({ lastSession: '2026-10-19', inDate: false });
    expect(data.timelines.find((entry) => entry.id === 'jo-bloggs')!.gaps.at(-1)).toMatchObject({ from: '2026-11-16', to: AS_OF });
  });

  it("the dashboard's timeline judges a staged tier as the rule does: no gap when the weekly stage ends and the fortnightly one is kept", async () => {
    const ect = staff({ id: 'rowan-pettigrew', tier: 'newly-qualified', started: '2026-09-01' });
    const weekly = ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08', '2026-10-22', '2026-11-05', '2026-11-19'];
    const records = recordSet(SAM_LEE, ect, ...weekly.map((date) => session(date, { supervisee: 'rowan-pettigrew' })));
    const data = await compliance(records, { config: withPolicy({}), asOf: AS_OF });
    expect(data.timelines.find((entry) => entry.id === 'rowan-pettigrew')!.gaps).toEqual([]);
    expect(about(await runRule(sessionOverdue, records, { asOf: '2026-10-20' }), 'rowan-pettigrew')).toEqual([]);
  });
});
