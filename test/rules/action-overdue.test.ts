import { describe, expect, it } from 'vitest';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-03-01';
const action = (id: string, due: string) => ({ id, text: 'Book a core group meeting', owner: 'jo-bloggs', due });
const reviewed = (ref: string, status: string) => ({ ref, status });
const january = session('2026-01-06', { actions: [action('A1', '2026-01-20')] });

async function findings(texts: RecordFile[]) {
  return runRule(actionOverdue, recordSet(...TEAM, ...texts), { asOf: AS_OF });
}

describe('action-overdue', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['an action reviewed as done', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'done')] })]],
    ['an action reviewed as dropped', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'dropped')] })]],
    ['an action not yet due', [session('2026-02-23', { actions: [action('A1', '2026-03-09')] })]],
    ['an action due on the as-of date is not overdue yet', [session('2026-02-23', { actions: [action('A1', '2026-03-01')] })]],
  ];
  it.each(valid)('%s', async (_name, texts) => {
    expect(await findings(texts)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string[]]> = [
    ['an action past due and never reviewed', [january], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a carried action stays open', [january, session('2026-02-03', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'carried')] })], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a review in a session after the as-of date does not count yet', [january, session('2026-03-02', { actions_reviewed: [reviewed('2026-01-06-jo-bloggs#A1', 'done')] })], ['action A1 was due on 2026-01-20 and has not been reviewed as done or dropped']],
    ['a decision\'s action past due', [decision('dec-2026-02-03-fam-0042', { actions: [action('D1', '2026-02-05')] })], ['action D1 was due on 2026-02-05 and has not been reviewed as done or dropped']],
  ];
  it.each(invalid)('%s', async (_name, texts, expected) => {
    expect((await findings(texts)).map((finding) => finding.message)).toEqual(expected);
  });

  it('is a warning at the action\'s due date', async () => {
    const [finding] = await findings([january]);
    expect(finding).toMatchObject({ file: january.file, severity: 'warning', line: lineOf(january.text, 'due:') });
  });
});
