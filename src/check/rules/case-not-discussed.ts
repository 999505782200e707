import type { Rule } from '../rule.js';
import { daysBetween, daysInWords, durationInWords } from '../../policy/dates.js';
import { supervisorOf } from '../../policy/cases.js';
import { nameOf } from '../../policy/supervisees.js';
import { docsUrl } from './docs.js';

/**
 * An open child protection, child in need or looked-after case not discussed
 * in supervision within `policy.case_review` for its status (SPEC §11.3). It
 * is about the worker who holds the case, so it is reported on the staff
 * record of the worker whose session last discussed it, at its `id` line,
 * naming the case, the last session that discussed it and the worker's
 * supervisor, who books the discussion.
 */
export const caseNotDiscussed: Rule = {
  meta: {
    id: 'case-not-discussed',
    scope: 'linked',
    description: 'an open CP/CIN/LAC case not discussed within `case_review`',
    defaultSeverity: 'error',
    docs: docsUrl('case-not-discussed'),
    messages: {
      notDiscussed: 'case {case} ({status}) has not been discussed in supervision for {overdue} past its due date {due}: last discussed on {last} in session {session}; {status} cases are discussed at least every {every}; supervisor: {supervisor}',
    },
  },
  check({ records, asOf, config, facts, report, keeps }) {
    for (const account of facts.cases) {
      if (!account.open || !account.reviewDue || !account.reviewEvery || asOf <= account.reviewDue) continue;
      for (const worker of account.workers) {
        const staff = records.byId.get(worker);
        if (staff?.kind !== 'staff' || !keeps(staff.file)) continue;
        const supervisor = supervisorOf(staff.data, asOf);
        const data = {
          case: account.ref,
          status: account.status,
          overdue: daysInWords(daysBetween(account.reviewDue, asOf, config.timezone)),
          due: account.reviewDue,
          last: account.last.session.data.date,
          session: account.last.session.id,
          every: durationInWords(account.reviewEvery),
          supervisor: supervisor ? `${nameOf(facts.supervisionIndex, supervisor)}` : 'none recorded',
        };
        report({ record: staff, at: { pointer: '/id' }, messageId: 'notDiscussed', data });
      }
    }
  },
};
