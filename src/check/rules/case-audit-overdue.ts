import type { Rule } from '../rule.js';
import { daysBetween, daysInWords, durationInWords } from '../../policy/dates.js';
import { supervisorOf } from '../../policy/cases.js';
import { nameOf } from '../../policy/supervisees.js';
import { docsUrl } from './docs.js';

/**
 * An open CP, CIN or LAC case whose file has not been audited within
 * `policy.case_audit` (SPEC §11.3): since its last case-audit record, or,
 * never audited, since the first session that discussed it. Reported, like
 * case-not-discussed, on the staff record of the worker who holds the case.
 */
export const caseAuditOverdue: Rule = {
  meta: {
    id: 'case-audit-overdue',
    scope: 'linked',
    description: 'an open CP/CIN/LAC case not audited within `case_audit`',
    defaultSeverity: 'warning',
    docs: docsUrl('case-audit-overdue'),
    messages: {
      overdue: 'the file of case {case} ({status}) is {overdue} past its audit date {due}: last audited on {last} ({audit}); case files are audited at least every {every}; supervisor: {supervisor}',
      never: 'the file of case {case} ({status}) has never been audited and was due by {due}, {overdue} ago: first discussed on {first} ({session}); case files are audited at least every {every}; supervisor: {supervisor}',
    },
  },
  check({ records, asOf, config, facts, report, keeps }) {
    for (const account of facts.cases) {
      if (!account.open || !account.auditDue || !account.auditEvery || asOf <= account.auditDue) continue;
      for (const worker of account.workers) {
        const staff = records.byId.get(worker);
        if (staff?.kind !== 'staff' || !keeps(staff.file)) continue;
        const supervisor = supervisorOf(staff.data, asOf);
        const common = {
          case: account.ref,
          status: account.status,
          due: account.auditDue,
          overdue: daysInWords(daysBetween(account.auditDue, asOf, config.timezone)),
          every: durationInWords(account.auditEvery),
          supervisor: supervisor ? nameOf(facts.supervisionIndex, supervisor) : 'none recorded',
        };
        const last = account.audits.at(-1);
        if (last) report({ record: staff, at: { pointer: '/id' }, messageId: 'overdue', data: { ...common, last: last.data.date, audit: last.id } });
        else {
          const first = account.discussions[0]!.session;
          report({ record: staff, at: { pointer: '/id' }, messageId: 'never', data: { ...common, first: first.data.date, session: first.id } });
        }
      }
    }
  },
};
