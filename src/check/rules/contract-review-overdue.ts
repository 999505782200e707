import type { Rule } from '../rule.js';
import { addDuration, daysBetween, daysInWords, durationInWords } from '../../policy/dates.js';
import { currentContract } from '../../policy/supervisees.js';
import { docsUrl } from './docs.js';

/** The current contract of someone in post is past its review date ("reviewed annually"). */
export const contractReviewOverdue: Rule = {
  meta: {
    id: 'contract-review-overdue',
    scope: 'linked',
    description: 'a current supervision contract past `review_due`',
    defaultSeverity: 'error',
    docs: docsUrl('contract-review-overdue'),
    messages: {
      overdue: 'review of the contract was due on {due}, {overdue} ago; review it with {name} and agree a new contract or a new `review_due`',
      defaulted: 'review of the contract was due on {due} (agreed plus {review}), {overdue} ago; review it with {name} and agree a new contract or set `review_due`',
    },
  },
  check({ config, asOf, facts, report, keeps }) {
    const zone = config.timezone;
    const index = facts.supervisionIndex;
    for (const person of facts.inPost) {
      // Only the current contract counts: an older one was replaced, not left unreviewed. (A status's `contract`.)
      const contract = currentContract(index, person.data.id);
      if (!contract || !keeps(contract.record.file)) continue;
      const given = contract.data.review_due;
      const due = given ?? addDuration(contract.data.agreed, config.policy.contract_review, zone);
      if (asOf <= due) continue;
      const data = { due, overdue: daysInWords(daysBetween(due, asOf, zone)), name: person.data.name, review: durationInWords(config.policy.contract_review) };
      if (given !== undefined) report({ record: contract.record, at: { pointer: '/review_due' }, messageId: 'overdue', data });
      else report({ record: contract.record, at: { pointer: '/agreed' }, messageId: 'defaulted', data });
    }
  },
};
