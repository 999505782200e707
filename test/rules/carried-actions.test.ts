/**
 * A carried action (SPEC §11.2, docs/rules/actions-not-reviewed.md and
 * action-overdue.md): it stays open, may take a new `due`, is reviewed again
 * at the supervisee's next session, and a later review as done or dropped
 * closes it.
 */
import { describe, expect, it } from 'vitest';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { actionsNotReviewed } from '../../src/check/rules/actions-not-reviewed.js';
import { lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-04-20';
const A1 = '2026-01-06-jo-bloggs#A1';
const action = (id: string, due: string) => ({ id, text: 'Book a core group meeting', owner: 'jo-bloggs', due });
const review = (ref: string, status: string, extra: Record<string, string> = {}) => ({ ref, status, ...extra });

/** January agrees A1, due 20 January. */
const january = session('2026-01-06', { actions: [action('A1', '2026-01-20')] });
/** February carries it, to a new date in the middle of March. */
const february = (extra: Record<string, string> = { due: '2026-03-16' }) => session('2026-02-03', { actions_reviewed: [review(A1, 'carried', extra)] });
const march = (status: string, extra: Record<string, string> = {}) => session('2026-03-03', { actions_reviewed: [review(A1, status, extra)] });

async function findings(texts: RecordFile[], asOf = AS_OF) {
  const records = recordSet(...TEAM, ...texts);
  const found = [...(await runRule(actionsNotReviewed, records, { asOf })), ...(await runRule(actionOverdue, records, { asOf }))];
  return found.map((finding) => `${finding.rule} ${finding.file}: ${finding.message}`);
}

describe('carried actions', () => {
  const valid: Array<[string, RecordFile[], string?]> = [
    ['carried, then reviewed as done at the next session: closed', [january, february(), march('done')]],
    ['carried, then dropped at the next session: closed', [january, february(), march('dropped', { note: 'No longer needed: the family moved away' })]],
    ['carried twice, then done: closed', [january, february(), march('carried'), session('2026-04-07', { actions_reviewed: [review(A1, 'done')] })]],
    ['carried to a new date that has not come yet: open but not overdue', [january, february({ due: '2026-05-04' }), march('carried')]],
    ['the next session has not happened yet: nothing to review, and the new date holds', [january, february()], '2026-03-10'],
    ['carried without a new date, then done: closed', [january, february({}), march('done')]],
    ['carried again with a later due: the latest date applies', [january, february(), march('carried', { due: '2026-04-27' })]],
  ];
  it.each(valid)('%s', async (_name, texts, asOf) => {
    expect(await findings(texts, asOf)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string[]]> = [
    [
      'a carried action is reviewed again at the next session',
      [january, february({ due: '2026-05-04' }), session('2026-03-03', { actions_reviewed: [] })],
      ['actions-not-reviewed records/sessions/2026/2026-03-03-jo-bloggs.md: action 2026-01-06-jo-bloggs#A1, carried in the previous session 2026-02-03-jo-bloggs, is not reviewed; add `ref: 2026-01-06-jo-bloggs#A1` to actions_reviewed with status done, carried or dropped'],
    ],
    [
      'past its new due date and still carried: overdue from the new date',
      [january, february(), march('carried')],
      ['action-overdue records/sessions/2026/2026-02-03-jo-bloggs.md: action 2026-01-06-jo-bloggs#A1 was carried to a new due date, 2026-03-16, and has not been reviewed as done or dropped since'],
    ],
  ];
  it.each(invalid)('%s', async (_name, texts, expected) => {
    expect(await findings(texts)).toEqual(expected);
  });

  it('carried without a new date stays overdue from its first due date', async () => {
    expect(await findings([january, february({}), march('carried')])).toEqual([
      'action-overdue records/sessions/2026/2026-01-06-jo-bloggs.md: action A1 was due on 2026-01-20 and has not been reviewed as done or dropped',
    ]);
  });

  it('the overdue finding is at the new due date of the carrying review', async () => {
    const carrying = february();
    const found = await runRule(actionOverdue, recordSet(...TEAM, january, carrying, march('carried')), { asOf: AS_OF });
    expect(found).toMatchObject([{ file: carrying.file, line: lineOf(carrying.text, 'due:'), severity: 'warning' }]);
  });

  it('only a carried action takes a new due date (schema)', () => {
    expect(() => recordSet(...TEAM, january, session('2026-02-03', { actions_reviewed: [review(A1, 'done', { due: '2026-03-16' })] }))).toThrow(/status/);
  });
});
