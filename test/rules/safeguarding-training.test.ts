import { describe, expect, it } from 'vitest';
import { safeguardingTraining } from '../../src/check/rules/safeguarding-training.js';
import { findRule } from '../../src/check/rules/index.js';
import { about, lineOf, recordSet, runRule, SAM_LEE, staff, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-11-23';

async function findings(files: RecordFile[], policy = {}) {
  return about(await runRule(safeguardingTraining, recordSet(SAM_LEE, ...files), { asOf: AS_OF, policy }), 'jo-bloggs');
}

const jo = (fields: Record<string, unknown> = {}) => staff({ id: 'jo-bloggs', ...fields });

describe('safeguarding-training', () => {
  const valid: Array<[string, RecordFile[]]> = [
    ['safeguarding training this year', [jo({ safeguarding_training: '2026-09-02' })]],
    ['a year ago to the day has not lapsed yet (`safeguarding_training_refresh` P1Y)', [jo({ safeguarding_training: '2025-11-23' })]],
    ['someone who has left needs none', [jo({ left: '2026-07-31' })]],
    ['someone who has not started yet needs none yet', [jo({ started: '2027-01-04' })]],
  ];
  it.each(valid)('%s', async (_name, files) => {
    expect(await findings(files)).toEqual([]);
  });

  const invalid: Array<[string, RecordFile[], string]> = [
    ['no safeguarding training on record', [jo()], 'Jo Bloggs has no `safeguarding_training` date; record when they last completed safeguarding training'],
    [
      'training older than a year has lapsed',
      [jo({ safeguarding_training: '2025-09-01' })],
      "Jo Bloggs's safeguarding training of 2025-09-01 lapsed on 2026-09-01 (`safeguarding_training_refresh`: 1 year); refresh it and record the new date",
    ],
    ['a date after the as-of date is not training done', [jo({ safeguarding_training: '2026-12-01' })], "Jo Bloggs's `safeguarding_training` is 2026-12-01, after 2026-11-23; record the date it was completed"],
  ];
  it.each(invalid)('%s', async (_name, files, message) => {
    expect((await findings(files)).map((finding) => finding.message)).toEqual([message]);
  });

  it('takes its refresh from the policy', async () => {
    expect(await findings([jo({ safeguarding_training: '2025-09-01' })], { safeguarding_training_refresh: 'P2Y' })).toEqual([]);
  });

  it('is a warning at the training date, or at the id when there is none; and lint runs it', async () => {
    const dated = jo({ safeguarding_training: '2025-09-01' });
    expect(await findings([dated])).toMatchObject([{ severity: 'warning', line: lineOf(dated.text, 'safeguarding_training:'), rule: 'safeguarding-training' }]);
    expect(await findings([jo()])).toMatchObject([{ severity: 'warning', line: 3, column: 5 }]);
    expect(findRule('safeguarding-training')).toBe(safeguardingTraining);
  });
});
