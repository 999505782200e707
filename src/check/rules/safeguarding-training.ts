import type { Rule } from '../rule.js';
import { addDuration, durationInWords } from '../../policy/dates.js';
import { docsUrl } from './docs.js';

/**
 * Everyone in post on the as-of date has safeguarding training on record
 * (staff `safeguarding_training`), no older than
 * `policy.safeguarding_training_refresh` (SPEC §11.2, §11.5).
 */
export const safeguardingTraining: Rule = {
  meta: {
    id: 'safeguarding-training',
    scope: 'linked',
    description: '`safeguarding_training` missing or older than `safeguarding_training_refresh`',
    defaultSeverity: 'warning',
    docs: docsUrl('safeguarding-training'),
    messages: {
      missing: '{name} has no `safeguarding_training` date; record when they last completed safeguarding training',
      lapsed: "{name}'s safeguarding training of {training} lapsed on {lapsed} (`safeguarding_training_refresh`: {refresh}); refresh it and record the new date",
      future: "{name}'s `safeguarding_training` is {training}, after {asOf}; record the date it was completed",
    },
  },
  check({ config, asOf, facts, report, keeps }) {
    const refresh = config.policy.safeguarding_training_refresh;
    for (const { record, data: staff } of facts.inPost) {
      if (!keeps(record.file)) continue;
      const training = staff.safeguarding_training;
      if (training === undefined) {
        report({ record, at: { pointer: '/id' }, messageId: 'missing', data: { name: staff.name } });
        continue;
      }
      if (training > asOf) {
        report({ record, at: { pointer: '/safeguarding_training' }, messageId: 'future', data: { name: staff.name, training, asOf } });
        continue;
      }
      const lapsed = addDuration(training, refresh, config.timezone);
      if (asOf > lapsed) {
        report({ record, at: { pointer: '/safeguarding_training' }, messageId: 'lapsed', data: { name: staff.name, training, lapsed, refresh: durationInWords(refresh) } });
      }
    }
  },
};
