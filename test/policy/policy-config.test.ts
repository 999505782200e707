/**
 * The new policy keys, bad input (issue 17): an unknown session type in
 * `counts`, an `escalation` list out of order, a `head` naming no staff
 * record. Each is a configuration error at the exact line and column, exit 2.
 */
import { describe, expect, it } from 'vitest';
import { makeRepo, runners } from '../helpers/cli.js';
import { staff } from '../helpers/records.js';

const HEAD = staff({ id: 'helen-marchbank', role: 'Head Teacher', tier: 'general', supervisors: [{ external: { name: 'Pat Doe', organisation: 'County safeguarding team' }, from: '2024-09-02' }] });

function repository(config: string): string {
  return makeRepo({ 'supv.config.yaml': config, [HEAD.file]: HEAD.text });
}

const cases: Array<[string, string, string]> = [
  [
    'an unknown session type in policy.counts',
    'organisation: Larkfield Primary School\npolicy:\n  counts: [one-to-one, corridor-chat]\n',
    'supv.config.yaml:3:24: item 2 of `policy.counts` must be one of one-to-one, group, peer, ad-hoc, joint-agency, three-way',
  ],
  [
    "an unknown session type in a tier's counts",
    'policy:\n  tiers:\n    designated-lead: { every: P4W, counts: [one-to-one, supervision] }\n',
    'supv.config.yaml:3:57: item 2 of `policy.tiers.designated-lead.counts` must be one of one-to-one, group, peer, ad-hoc, joint-agency, three-way',
  ],
  [
    'an escalation list out of order',
    'policy:\n  escalation:\n    - { after: P4W, step: three-way }\n    - { after: P0D, step: one-to-one }\n',
    'supv.config.yaml:4:16: `policy.escalation` must be in order of `after`: P0D (one-to-one) comes after P4W (three-way) in the list but is not longer; list the steps from the shortest time overdue to the longest',
  ],
  [
    'a head naming no staff record',
    'organisation: Larkfield Primary School\npolicy:\n  head: helen-marchbanks\n  governor: the chair of governors\n',
    'supv.config.yaml:3:9: `policy.head` names helen-marchbanks, but there is no staff record with that id (records/staff/helen-marchbanks.md)',
  ],
];

describe.each(runners)('policy keys, bad input (%s)', (_name, run) => {
  it.each(cases)('%s is a configuration error at its line, exit 2', async (_case, config, message) => {
    const result = await run(['lint', '--as-of', '2026-11-23'], repository(config));
    expect(result.exitCode).toBe(2);
    // Said once, with its file:line:col: "supv: configuration error: supv.config.yaml:3:24: ...", never "supv: supv ...".
    expect(result.stderr).toContain(`supv: configuration error: ${message}`);
    expect(result.stderr.match(/supv:/g)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('the report and the bundle stop the same way on a head naming no staff record', async () => {
    const root = repository(cases[3]![1]);
    for (const args of [['report', '--format', 'json'], ['bundle']]) {
      const result = await run(args, root);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(cases[3]![2]);
    }
  });

  it('a head naming a staff record, counts and escalation in order are fine', async () => {
    const config = [
      'organisation: Larkfield Primary School',
      'policy:',
      '  records_from: 2026-09-01',
      '  counts: [one-to-one, group, three-way]',
      '  tiers:',
      '    general: { every: P3M, counts: [one-to-one, three-way] }',
      '  escalation:',
      '    - { after: P0D, step: one-to-one }',
      '    - { after: P2W, step: three-way }',
      '  head: helen-marchbank',
      '  governor: the chair of governors',
      '',
    ].join('\n');
    const result = await run(['lint', '--as-of', '2026-11-23', '--rule', 'no-contract=off'], repository(config));
    expect(result.stderr).not.toContain('configuration error');
    expect(result.exitCode).toBe(0);
  });
});
