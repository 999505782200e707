/**
 * The compliance picture as data for partnership returns (Section 11 audits,
 * s175 returns): JSON of everything, and two CSV tables, one row per person
 * and one row per person per month. Pure functions: text in, text out.
 */
import type { Compliance } from './compliance.js';

/** The JSON document: the compliance picture with a format version. */
export function complianceJson(data: Compliance, meta: { generatedAt: string; commit: string; tool: string }): string {
  const now = data.months.at(-1);
  const summary = {
    active: data.people.length,
    inDate: data.people.filter((person) => person.inDate).length,
    overdueSessions: data.overdueSessions.length,
    unsignedRecords: data.unsignedRecords.length,
    overdueContractReviews: data.overdueContractReviews.length,
    noSignedContract: data.noSignedContract.length,
    overdueActions: data.overdueActions.length,
    openCases: data.cases.openByStatus,
    casesNotDiscussedInTime: data.cases.notDiscussedInTime,
    casesNotAuditedInTime: data.cases.notAuditedInTime,
    shareInDate: now && now.active > 0 ? now.inDate / now.active : 1,
  };
  return `${JSON.stringify({ report: 'supv-compliance', version: 1, ...meta, ...data, summary }, null, 2)}\n`;
}

/** One row per person in post on the as-of date. */
export function peopleCsv(data: Compliance): string {
  const header = ['staff_id', 'name', 'role', 'tier', 'supervisor', 'interval', 'last_session', 'next_due', 'in_date', 'overdue_days', 'escalation', 'sessions_held', 'sessions_due', 'longest_gap_days', 'unsigned_records', 'overdue_actions', 'contract_status', 'contract_review_due', 'period_from', 'period_to'];
  const rows = data.people.map((person) => [
    person.id, person.name, person.role, person.tier, person.supervisor ?? '', person.interval ?? '', person.lastSession ?? '', person.nextDue ?? '',
    person.inDate ? 'yes' : 'no', person.overdueDays ?? '', person.escalation ?? '', person.sessionsHeld, person.sessionsDue, person.longestGapDays,
    person.unsignedRecords, person.overdueActions, person.contract.status, person.contract.reviewDue ?? '', data.from, data.to,
  ]);
  return csv([header, ...rows]);
}

/** One row per child's case discussed up to the as-of date: status, worker, last discussed and audited, and how overdue. */
export function casesCsv(data: Compliance): string {
  const header = ['case_ref', 'status', 'open', 'worker', 'worker_name', 'supervisor', 'discussions', 'last_discussed', 'last_session', 'discussion_due', 'discussion_overdue_days', 'last_audited', 'last_audit', 'audit_due', 'audit_overdue_days', 'as_of'];
  const rows = data.cases.cases.map((figure) => [
    figure.ref, figure.status, figure.open ? 'yes' : 'no', figure.worker ?? '', figure.workerName ?? '', figure.supervisor ?? '', figure.discussions,
    figure.lastDiscussed, figure.lastSession, figure.discussionDue ?? '', figure.discussionOverdueDays ?? '', figure.lastAudited ?? '', figure.lastAudit ?? '',
    figure.auditDue ?? '', figure.auditOverdueDays ?? '', data.asOf,
  ]);
  return csv([header, ...rows]);
}

/** One row per month-end (and now) per person in post that day, and an `(all staff)` row per month with the totals. */
export function monthsCsv(data: Compliance): string {
  const header = ['date', 'month', 'staff_id', 'in_post', 'in_date', 'active_total', 'in_date_total', 'share_in_date'];
  const rows: Array<Array<string | number>> = [];
  for (const point of data.months) {
    const share = point.active > 0 ? (point.inDate / point.active).toFixed(3) : '';
    rows.push([point.date, point.label, '(all staff)', point.active, point.inDate, point.active, point.inDate, share]);
    for (const person of data.people) {
      // In post that day: counted among `active`; the month list only names those overdue.
      const overdue = point.overdue.includes(person.id);
      const started = data.timelines.find((timeline) => timeline.id === person.id)?.started ?? '';
      const inPost = started !== '' && started <= point.date;
      rows.push([point.date, point.label, person.id, inPost ? 'yes' : 'no', inPost ? (overdue ? 'no' : 'yes') : '', point.active, point.inDate, share]);
    }
  }
  return csv([header, ...rows]);
}

/** RFC 4180: fields with a comma, quote or line break are quoted; a leading =, +, - or @ is defused for spreadsheets. */
export function csv(rows: Array<Array<string | number>>): string {
  return rows
    .map((row) =>
      row
        .map((value) => {
          let text = String(value);
          if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
          return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(','),
    )
    .join('\r\n') + '\r\n';
}
