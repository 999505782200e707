/**
 * The children's cases as the records tell them (SPEC §11.3): every case
 * reference discussed in a session, where it stands on the as-of date (its
 * status at its latest discussion; `closed` closes it), who holds it, when it
 * was last discussed and audited, and when the policy wants it discussed and
 * audited next. The rules case-not-discussed and case-audit-overdue and the
 * report's per-case figures read this one account.
 */
import type { CaseAuditRecord, RecordSet, SessionRecord } from '../model.js';
import type { Config } from '../types/config.js';
import type { CaseDiscussed, Staff } from '../types/records.generated.js';
import { addDuration } from './dates.js';
import { currentSpell } from './supervisees.js';
import { ONE_SUPERVISEE_TYPES } from './signers.js';
import { staffAttendees } from './attendees.js';

/** The statuses the policy wants discussed and audited at set intervals (`policy.case_review`, `policy.case_audit`). */
export const REVIEWED_STATUSES = ['CP', 'CIN', 'LAC'] as const;
export type ReviewedStatus = (typeof REVIEWED_STATUSES)[number];

/** One session's discussion of a case. */
export interface CaseDiscussion {
  session: SessionRecord;
  entry: CaseDiscussed;
  /** The entry's index in the session's `cases`. */
  index: number;
}

export interface CaseAccount {
  ref: string;
  /** Every discussion up to the as-of date, oldest first. */
  discussions: CaseDiscussion[];
  last: CaseDiscussion;
  /** The status at the latest discussion. */
  status: CaseDiscussed['status'];
  open: boolean;
  /** The staff ids of the worker(s) whose sessions discuss the case: the supervisee of its last one-to-one (or peer, ad-hoc) discussion, else the staff attendees of its last discussion. */
  workers: string[];
  /** Case-file audits up to the as-of date, oldest first. */
  audits: CaseAuditRecord[];
  /** For an open CP, CIN or LAC case: when it must next be discussed, and audited. */
  reviewDue?: string;
  auditDue?: string;
  /** The interval that set each, as written in the policy. */
  reviewEvery?: string;
  auditEvery?: string;
}

function isReviewed(status: string): status is ReviewedStatus {
  return (REVIEWED_STATUSES as readonly string[]).includes(status);
}

/** Every case discussed in a session dated on or before `asOf`, by reference, in reference order. */
export function caseAccounts(records: RecordSet, config: Config, asOf: string): CaseAccount[] {
  const discussions = new Map<string, CaseDiscussion[]>();
  for (const session of records.ofKind.session) {
    if (session.data.date > asOf) continue;
    const cases = session.data.cases;
    if (cases === undefined) continue;
    for (let index = 0; index < cases.length; index++) {
      const entry = cases[index]!;
      const list = discussions.get(entry.ref);
      if (list) list.push({ session, entry, index });
      else discussions.set(entry.ref, [{ session, entry, index }]);
    }
  }
  const audits = new Map<string, CaseAuditRecord[]>();
  for (const audit of records.ofKind['case-audit']) {
    if (audit.data.date > asOf) continue;
    const list = audits.get(audit.data.case) ?? [];
    list.push(audit);
    audits.set(audit.data.case, list);
  }
  const zone = config.timezone;
  const accounts: CaseAccount[] = [];
  for (const [ref, list] of [...discussions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list.sort((a, b) => compare(a.session.data.date, b.session.data.date) || compare(a.session.id, b.session.id));
    const last = list.at(-1)!;
    const status = last.entry.status;
    const ownSessions = list.filter((discussion) => ONE_SUPERVISEE_TYPES.has(discussion.session.data.type) && discussion.session.data.supervisee);
    const workers = ownSessions.length > 0 ? [ownSessions.at(-1)!.session.data.supervisee!] : staffAttendees(last.session.data);
    const caseAudits = (audits.get(ref) ?? []).sort((a, b) => compare(a.data.date, b.data.date) || compare(a.id, b.id));
    const account: CaseAccount = { ref, discussions: list, last, status, open: status !== 'closed', workers, audits: caseAudits };
    if (account.open && isReviewed(status)) {
      account.reviewEvery = config.policy.case_review[status] ?? undefined;
      if (account.reviewEvery) account.reviewDue = addDuration(last.session.data.date, account.reviewEvery, zone);
      account.auditEvery = config.policy.case_audit;
      // Audited every so often: from the last audit, or from the first discussion when there has been none.
      const since = caseAudits.at(-1)?.data.date ?? list[0]!.session.data.date;
      account.auditDue = addDuration(since, account.auditEvery, zone);
    }
    accounts.push(account);
  }
  return accounts;
}

/** The worker's supervisor on the as-of date, as a staff id (or an outside supervisor's name), if the staff record says. */
export function supervisorOf(staff: Staff | undefined, asOf: string): string | undefined {
  if (!staff) return undefined;
  const spell = currentSpell(staff, asOf)?.spell as { id?: string; external?: { name?: string } } | undefined;
  return spell?.id ?? spell?.external?.name;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
