import { describe, expect, it } from 'vitest';
import { actionsNotReviewed } from '../../src/check/rules/actions-not-reviewed.js';
import { lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-03-31';
const action = (id: string, due = '2026-02-17') => ({ id, text: 'Book a core group meeting', owner: 'jo-bloggs', due });
const reviewed = (ref: string, status = 'done') => ({ ref, status });

/** Jo Bloggs's January session, which agreed actions A1 and A2. */
const january = session('2026-01-06', { actions: [action('A1'), action('A2')] });

async function messages(texts: RecordFile[]) {
  return (await runRule(actionsNotReviewed, recordSet(...TEAM, ...texts), { asOf: AS_OF })).map((finding) => `${finding.file}: ${finding.message}`);
}

describe('actions-not-reviewed', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['the next session reviews every action of the previous one', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1'), reviewed('2026-01-06-jo-bloggs#A2', 'carried')] })]],
    ['a first session has nothing to review', [january]],
    ['a previous session without actions asks for no review', [session('2026-01-06'), session('2026-02-03')]],
    ['another supervisee\'s session is not Jo\'s previous session', [session('2026-01-06', { supervisee: 'ali-khan', actions: [action('A1')] }), session('2026-02-03')]],
    ['a group session is not anyone\'s own previous session', [session('2026-01-20', { attendees: ['jo-bloggs', 'ali-khan'], confidentiality_agreed: true, actions: [action('A1')] }), session('2026-02-03')]],
    ['a session dated after the as-of date is not judged yet', [january, session('2026-04-07')]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await messages(texts)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string[]]> = [
    [
      'an action of the previous session left out of actions_reviewed',
      [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1')] })],
      ['records/sessions/2026/2026-02-03-jo-bloggs.md: action A2 of the previous session 2026-01-06-jo-bloggs is not reviewed; add `ref: 2026-01-06-jo-bloggs#A2` to actions_reviewed with status done, carried or dropped'],
    ],
    [
      'a session with no actions_reviewed at all misses every action',
      [january, session('2026-02-03')],
      [
        'records/sessions/2026/2026-02-03-jo-bloggs.md: action A1 of the previous session 2026-01-06-jo-bloggs is not reviewed; add `ref: 2026-01-06-jo-bloggs#A1` to actions_reviewed with status done, carried or dropped',
        'records/sessions/2026/2026-02-03-jo-bloggs.md: action A2 of the previous session 2026-01-06-jo-bloggs is not reviewed; add `ref: 2026-01-06-jo-bloggs#A2` to actions_reviewed with status done, carried or dropped',
      ],
    ],
    [
      'the previous session is the supervisee\'s own latest one, not an older one (a group session between does not count)',
      [
        session('2025-12-01', { actions: [action('A9')] }),
        january,
        session('2026-01-20', { attendees: ['jo-bloggs', 'ali-khan'], confidentiality_agreed: true }),
        session('2026-02-03', { actions_reviewed: [reviewed('2025-12-01-jo-bloggs#A9'), reviewed('2026-01-06-jo-bloggs#A1')] }),
      ],
      [
        'records/sessions/2026/2026-01-06-jo-bloggs.md: action A9 of the previous session 2025-12-01-jo-bloggs is not reviewed; add `ref: 2025-12-01-jo-bloggs#A9` to actions_reviewed with status done, carried or dropped',
        'records/sessions/2026/2026-02-03-jo-bloggs.md: action A2 of the previous session 2026-01-06-jo-bloggs is not reviewed; add `ref: 2026-01-06-jo-bloggs#A2` to actions_reviewed with status done, carried or dropped',
      ],
    ],
    [
      'peer and ad-hoc sessions are own sessions too',
      [session('2026-01-06', { type: 'peer', actions: [action('A1')] }), session('2026-02-03', { type: 'ad-hoc' })],
      ['records/sessions/2026/2026-02-03-jo-bloggs.md: action A1 of the previous session 2026-01-06-jo-bloggs is not reviewed; add `ref: 2026-01-06-jo-bloggs#A1` to actions_reviewed with status done, carried or dropped'],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, expected) => {
    expect(await messages(texts)).toEqual(expected);
  });

  it('is an error at actions_reviewed, or at the id when the list is absent', async () => {
    const withList = session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1')] });
    const [atList] = await runRule(actionsNotReviewed, recordSet(...TEAM, january, withList), { asOf: AS_OF });
    const [atId] = await runRule(actionsNotReviewed, recordSet(...TEAM, january, session('2026-02-03')), { asOf: AS_OF });
    expect(atList).toMatchObject({ severity: 'error', line: lineOf(withList.text, 'actions_reviewed:'), column: 1 });
    expect(atId).toMatchObject({ severity: 'error', line: 3, column: 1 });
  });
});
