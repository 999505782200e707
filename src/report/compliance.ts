/**
 * Where supervision stands, as figures: per person, per month, and the lists
 * an inspector asks for. Every judgement comes from the lint rules themselves
 * (the same rule objects `supv lint` runs, through the same engine), so the
 * dashboard, the JSON, the bundle's summary and `lint` can never disagree;
 * only the counting of sessions and gaps in a period is done here, with the
 * policy functions those rules use.
 */
import type { Config } from '../types/config.js';
import { checkRecords } from '../check/engine.js';
import { addDuration, daysBetween, subtractDuration } from '../policy/dates.js';
import { staffAttendees } from '../policy/attendees.js';
import { supervisorOf } from '../policy/cases.js';
import { countedTypes, countsToward, recordsFrom } from '../policy/counts.js';
import { describeStep, escalationStep, threeWayPartner } from '../policy/escalation.js';
import { intervalOn } from '../policy/interval.js';
import { recordDate } from '../policy/record-date.js';
import { RunFacts } from '../policy/facts.js';
import { nameOf, type SessionEntry, type SupervisionIndex } from '../policy/supervisees.js';
import { findRule } from '../check/rules/index.js';
import { isValidRecord, type Finding, type RecordSet, type ValidRecord } from '../model.js';
import type { Rule } from '../check/rule.js';
import type { Contract, Staff } from '../types/records.generated.js';

/** The rules whose findings the dashboard counts; run exactly as `lint` runs them. */
export const REPORT_RULES = ['session-overdue', 'no-contract', 'contract-review-overdue', 'unsigned', 'action-overdue'] as const;

function rulesById(ids: readonly string[]): Rule[] {
  return ids.map((id) => {
    const rule = findRule(id);
    if (!rule) throw new Error(`supv has no rule ${id}`);
    return rule;
  });
}

/** One line of a list: a lint finding, with the person and record it is about. */
export interface ComplianceItem {
  rule: string;
  severity: Finding['severity'];
  /** The staff id the item belongs to (the supervisee, the action's owner, the person overdue). */
  person: string;
  personName: string;
  /** The record the finding is on. */
  record: string;
  file: string;
  line: number;
  /** The record's own date, when it has one (session or decision date, contract agreed). */
  date?: string;
  message: string;
}

/** The state of a person's supervision contract on the as-of date. */
export type ContractStatus = 'in date' | 'review overdue' | 'no signed contract';

/** One person in post on the as-of date. */
export interface PersonCompliance {
  id: string;
  name: string;
  role: string;
  tier: string;
  supervisor?: string;
  /** The interval that applies on the as-of date (ISO 8601) and where it comes from. */
  interval?: string;
  intervalSource?: string;
  lastSession?: string;
  /** The date the next session is due by. */
  nextDue?: string;
  /** No session-overdue finding on the as-of date. */
  inDate: boolean;
  /** Days past `nextDue`, when overdue. */
  overdueDays?: number;
  /** The escalation step due, when overdue. */
  escalation?: 'one-to-one' | 'three-way';
  /** The step in words, naming who is involved ("a three-way meeting with Sam Lee and the governor, ..."). */
  escalationStep?: string;
  /** When supv's records of them begin (`records_from`, theirs or the policy's), when set: nothing before it is counted. */
  recordsFrom?: string;
  /** Sessions held in the period (their own and the groups they attended). */
  sessionsHeld: number;
  /** Sessions the interval asked for in the period: the days in post in it over the interval's length, rounded down. */
  sessionsDue: number;
  /** The longest gap in the period, in days, between sessions (or from the period's start or their start, or up to its end). */
  longestGapDays: number;
  unsignedRecords: number;
  overdueActions: number;
  contract: { status: ContractStatus; id?: string; reviewDue?: string };
}

/** The share of staff in date on one day. */
export interface MonthPoint {
  /** The month-end (or the as-of date for the last point). */
  date: string;
  /** `YYYY-MM`, or `now` for the as-of date. */
  label: string;
  active: number;
  inDate: number;
  /** Staff ids overdue that day (session-overdue findings). */
  overdue: string[];
}

/** A gap in a person's timeline: from the date a session fell due to the next session (or the as-of date). */
export interface TimelineGap {
  from: string;
  to: string;
  /** When the three-way meeting became the step due, if it did in this gap. */
  escalatedOn?: string;
}

export interface PersonTimeline {
  id: string;
  name: string;
  started: string;
  sessions: Array<{ id: string; date: string; type: string }>;
  gaps: TimelineGap[];
}

/** One child's case, for partnership returns: where it stands on the as-of date. */
export interface CaseFigure {
  ref: string;
  /** The status at its latest discussion (`closed` when it was closed). */
  status: string;
  open: boolean;
  /** The worker holding the case (staff id and name), and their supervisor's name. */
  worker?: string;
  workerName?: string;
  supervisor?: string;
  /** Its latest discussion in supervision, and the session. */
  lastDiscussed: string;
  lastSession: string;
  discussions: number;
  /** For an open CP, CIN or LAC case: the next discussion due (`policy.case_review`), and days past it. */
  discussionDue?: string;
  discussionOverdueDays?: number;
  /** Its latest case-file audit, if any. */
  lastAudited?: string;
  lastAudit?: string;
  /** For an open CP, CIN or LAC case: the next audit due (`policy.case_audit`), and days past it. */
  auditDue?: string;
  auditOverdueDays?: number;
}

/** The per-case figures: open cases by status, and each case. */
export interface CaseFigures {
  /** Open cases by status (CP, CIN, LAC, CAF, EH, none), each status present. */
  openByStatus: Record<string, number>;
  open: number;
  closed: number;
  notDiscussedInTime: number;
  notAuditedInTime: number;
  cases: CaseFigure[];
}

export interface Compliance {
  organisation: string;
  marking: string;
  asOf: string;
  /** The period counted: `from` to `to` (inclusive); `to` is the as-of date. */
  from: string;
  to: string;
  people: PersonCompliance[];
  overdueSessions: ComplianceItem[];
  unsignedRecords: ComplianceItem[];
  overdueContractReviews: ComplianceItem[];
  noSignedContract: ComplianceItem[];
  overdueActions: ComplianceItem[];
  months: MonthPoint[];
  /** The timelines show `timelineFrom` to the as-of date. */
  timelineFrom: string;
  timelines: PersonTimeline[];
  /** The children's cases discussed up to the as-of date (with --staff, those their workers hold). */
  cases: CaseFigures;
}

export interface ComplianceOptions {
  config: Config;
  /** The date everything is judged on (lint's `--as-of`). */
  asOf: string;
  /** The start of the counted period (default: a year before as-of, plus a day); never before `policy.records_from`. */
  from?: string;
  /** Only these people (default: everyone in post on as-of). */
  staff?: string[];
  /** Month-end points before the as-of date (default 12). */
  months?: number;
}

/** Compute the compliance picture of a record set on an as-of date. */
export async function compliance(records: RecordSet, options: ComplianceOptions): Promise<Compliance> {
  const { config, asOf } = options;
  const zone = config.timezone;
  // Nothing is charted before the adoption date (SPEC §11.2): the period starts there at the earliest.
  const adopted = config.policy.records_from;
  const asked = options.from ?? addDuration(subtractDuration(asOf, 'P1Y', zone), 'P1D', zone);
  const from = adopted !== undefined && adopted > asked && adopted <= asOf ? adopted : asked;
  const wanted = options.staff && options.staff.length > 0 ? new Set(options.staff) : undefined;

  // The rules and the figures below ask the same questions of the records: one set of facts answers both.
  const facts = new RunFacts(records, config, asOf);
  const results = await checkRecords(records, rulesById(REPORT_RULES), { config, asOf, facts, findingsPerRule: Infinity });
  const findings = results.flatMap((result) => result.findings);
  const index = facts.supervisionIndex;
  const statuses = facts.statuses.filter((status) => !wanted || wanted.has(status.person.data.id));
  const inScope = new Set(statuses.map((status) => status.person.data.id));
  const byFile = new Map(records.files.map((record) => [record.file, record]));

  const items = { overdueSessions: [] as ComplianceItem[], unsignedRecords: [] as ComplianceItem[], overdueContractReviews: [] as ComplianceItem[], noSignedContract: [] as ComplianceItem[], overdueActions: [] as ComplianceItem[] };
  const unsignedOf = new Map<string, Set<string>>();
  const actionsOf = new Map<string, number>();
  for (const finding of findings) {
    const record = byFile.get(finding.file);
    if (!record || !isValidRecord(record)) continue;
    const date = recordDate(record)?.date;
    const people = finding.rule === 'action-overdue' ? [actionOwner(record, finding)] : peopleOf(record);
    for (const person of people) {
      // With --staff, only those people; otherwise every finding counts, as in lint (a leaver's unsigned record too).
      if (!person || (wanted && !inScope.has(person))) continue;
      const item: ComplianceItem = { rule: finding.rule, severity: finding.severity, person, personName: nameOf(index, person), record: record.id, file: finding.file, line: finding.line, date, message: finding.message };
      switch (finding.rule) {
        case 'session-overdue':
          items.overdueSessions.push(item);
          break;
        case 'no-contract':
          items.noSignedContract.push(item);
          break;
        case 'contract-review-overdue':
          items.overdueContractReviews.push(item);
          break;
        case 'unsigned':
          // Signatures still within `sign_within` are not yet late: lint warns, the dashboard does not count them.
          if (finding.severity !== 'error') break;
          items.unsignedRecords.push(item);
          (unsignedOf.get(person) ?? unsignedOf.set(person, new Set()).get(person)!).add(record.id);
          break;
        case 'action-overdue':
          items.overdueActions.push(item);
          actionsOf.set(person, (actionsOf.get(person) ?? 0) + 1);
          break;
        default:
          break;
      }
    }
  }
  // The unsigned list has one line per missing signature; a record about two people in scope is listed once per finding.
  items.unsignedRecords = dedupe(items.unsignedRecords);
  for (const list of Object.values(items)) list.sort(byPersonThenDate);

  const overdueIds = new Set(items.overdueSessions.map((item) => item.person));
  const people: PersonCompliance[] = statuses.map((status) => {
    const staff = status.person.data;
    const overdue = overdueIds.has(staff.id) && status.due !== undefined && status.interval !== undefined && asOf > status.due;
    const counted = periodCounts(staff, index, config, from, asOf);
    const review = items.overdueContractReviews.find((item) => item.person === staff.id);
    const noContract = items.noSignedContract.some((item) => item.person === staff.id);
    const contractData = status.contract?.data;
    const step = overdue ? escalationStep(status.due!, status.interval!.every, asOf, zone, config.policy) : undefined;
    const reviewDue = contractData && (contractData.review_due ?? addDuration(contractData.agreed, config.policy.contract_review, zone));
    return {
      id: staff.id,
      name: staff.name,
      role: staff.role,
      tier: staff.tier,
      supervisor: status.supervisor?.name,
      interval: status.interval?.every,
      intervalSource: status.interval?.source,
      lastSession: status.last?.data.date,
      nextDue: status.due,
      inDate: !overdueIds.has(staff.id),
      overdueDays: overdue ? daysBetween(status.due!, asOf, zone) : undefined,
      escalation: step,
      escalationStep: step && describeStep(step, status.supervisor?.name ?? 'their supervisor', threeWayPartner(staff, status.supervisor?.id, config.policy, (id) => nameOf(index, id))),
      recordsFrom: status.recordsFrom,
      sessionsHeld: counted.held,
      sessionsDue: counted.due,
      longestGapDays: counted.longestGap,
      unsignedRecords: unsignedOf.get(staff.id)?.size ?? 0,
      overdueActions: actionsOf.get(staff.id) ?? 0,
      contract: { status: noContract ? 'no signed contract' : review ? 'review overdue' : 'in date', id: contractData?.id, reviewDue },
    };
  });
  people.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));

  const months = await monthPoints(records, config, asOf, options.months ?? 12, wanted);
  const yearBefore = subtractDuration(asOf, 'P1Y', zone);
  const timelineFrom = adopted !== undefined && adopted > yearBefore && adopted <= asOf ? adopted : yearBefore;
  const timelines = people.map((person) => timelineOf(index.staff.get(person.id)!.data, index, config, timelineFrom, asOf));
  const cases = caseFigures(facts, config, asOf, wanted);
  return { organisation: config.organisation, marking: config.marking, asOf, from, to: asOf, people, ...items, months, timelineFrom, timelines, cases };
}

/** The per-case figures from the same account of the cases the rules case-not-discussed and case-audit-overdue read. */
function caseFigures(facts: RunFacts, config: Config, asOf: string, wanted?: Set<string>): CaseFigures {
  const zone = config.timezone;
  const index = facts.supervisionIndex;
  const openByStatus: Record<string, number> = { CP: 0, CIN: 0, LAC: 0, CAF: 0, EH: 0, none: 0 };
  const cases: CaseFigure[] = [];
  for (const account of facts.cases) {
    if (wanted && !account.workers.some((worker) => wanted.has(worker))) continue;
    const worker = account.workers[0];
    const staff = worker ? index.staff.get(worker) : undefined;
    const supervisor = staff ? supervisorOf(staff.data, asOf) : undefined;
    const lastAudit = account.audits.at(-1);
    const figure: CaseFigure = {
      ref: account.ref,
      status: account.status,
      open: account.open,
      worker,
      workerName: worker ? nameOf(index, worker) : undefined,
      supervisor: supervisor ? nameOf(index, supervisor) : undefined,
      lastDiscussed: account.last.session.data.date,
      lastSession: account.last.session.id,
      discussions: account.discussions.length,
      discussionDue: account.reviewDue,
      discussionOverdueDays: account.reviewDue && asOf > account.reviewDue ? daysBetween(account.reviewDue, asOf, zone) : undefined,
      lastAudited: lastAudit?.data.date,
      lastAudit: lastAudit?.id,
      auditDue: account.auditDue,
      auditOverdueDays: account.auditDue && asOf > account.auditDue ? daysBetween(account.auditDue, asOf, zone) : undefined,
    };
    if (account.open) openByStatus[account.status] = (openByStatus[account.status] ?? 0) + 1;
    cases.push(figure);
  }
  return {
    openByStatus,
    open: cases.filter((figure) => figure.open).length,
    closed: cases.filter((figure) => !figure.open).length,
    notDiscussedInTime: cases.filter((figure) => figure.discussionOverdueDays !== undefined).length,
    notAuditedInTime: cases.filter((figure) => figure.auditOverdueDays !== undefined).length,
    cases,
  };
}

/** The share in date at each of the last `count` month-ends before as-of, and on as-of: session-overdue run on each day. */
async function monthPoints(records: RecordSet, config: Config, asOf: string, count: number, wanted?: Set<string>): Promise<MonthPoint[]> {
  const [sessionOverdue] = rulesById(['session-overdue']);
  const days: Array<{ date: string; label: string }> = [];
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  for (let back = count; back >= 1; back--) {
    // Day 0 of a month is the last day of the month before.
    const end = new Date(Date.UTC(year, month - back + 1, 0)).toISOString().slice(0, 10);
    days.push({ date: end, label: end.slice(0, 7) });
  }
  days.push({ date: asOf, label: 'now' });
  const points: MonthPoint[] = [];
  for (const { date, label } of days) {
    // No point before the adoption date: the months before supv kept the records are not months of 0%.
    if (label !== 'now' && config.policy.records_from !== undefined && date < config.policy.records_from) continue;
    const facts = new RunFacts(records, config, date);
    // Nor anyone before their own records began.
    const active = facts.statuses.filter((status) => (!wanted || wanted.has(status.person.data.id)) && (status.recordsFrom === undefined || status.recordsFrom <= date));
    const activeIds = new Set(active.map((status) => status.person.data.id));
    const results = await checkRecords(records, [sessionOverdue!], { config, asOf: date, facts, findingsPerRule: Infinity });
    const byFile = new Map(records.files.map((record) => [record.file, record]));
    const overdue = new Set<string>();
    for (const result of results) {
      if (result.findings.length === 0) continue;
      const id = byFile.get(result.file)?.id;
      if (id && activeIds.has(id)) overdue.add(id);
    }
    points.push({ date, label, active: activeIds.size, inDate: activeIds.size - overdue.size, overdue: [...overdue].sort() });
  }
  return points;
}

/** Sessions held, sessions due and the longest gap in the period [from, to], for one person. */
function periodCounts(staff: Staff, index: SupervisionIndex, config: Config, from: string, to: string): { held: number; due: number; longestGap: number } {
  const zone = config.timezone;
  // Their period starts at the latest of the period's start, their start and when their records began.
  const begins = recordsFrom(staff, config.policy);
  const floor = begins !== undefined && begins > from ? begins : from;
  const start = staff.started > floor ? staff.started : floor;
  const end = staff.left !== undefined && staff.left < to ? staff.left : to;
  // Only sessions that count toward the interval are sessions held (an ad-hoc conversation is not, unless the policy says so).
  const types = countedTypes(staff, config.policy);
  const counted = (index.sessionsOf.get(staff.id) ?? []).filter((session) => countsToward(session.data, types));
  const sessions = counted.filter((session) => session.data.date >= floor && session.data.date <= to);
  if (start > end) return { held: sessions.length, due: 0, longestGap: 0 };
  const previous = begins !== undefined && begins >= from ? undefined : counted.filter((session) => session.data.date < from).at(-1);
  const contract = contractOn(index, staff.id, end);
  const interval = intervalOn(staff, contract, config.policy, end, start, zone).interval;
  const intervalDays = interval ? Math.max(1, daysBetween(start, addDuration(start, interval.every, zone), zone)) : undefined;
  const daysInPost = daysBetween(start, end, zone) + 1;
  const due = intervalDays ? Math.floor(daysInPost / intervalDays) : 0;
  // Gaps run from the last session before the period (or their start), through each session, to the period's end.
  const marks = [previous?.data.date ?? start, ...sessions.map((session) => session.data.date), end];
  let longestGap = 0;
  for (let i = 1; i < marks.length; i++) longestGap = Math.max(longestGap, daysBetween(marks[i - 1]!, marks[i]!, zone));
  return { held: sessions.length, due, longestGap };
}

/** A person's sessions in the window and the stretches where a session was overdue, with the escalation point. */
function timelineOf(staff: Staff, index: SupervisionIndex, config: Config, windowStart: string, asOf: string): PersonTimeline {
  const zone = config.timezone;
  const all = index.sessionsOf.get(staff.id) ?? [];
  const types = countedTypes(staff, config.policy);
  const gaps: TimelineGap[] = [];
  const end = staff.left !== undefined && staff.left < asOf ? staff.left : asOf;
  // Gaps are measured from the sessions that count, and never from before the records began.
  const begins = recordsFrom(staff, config.policy);
  let previous = begins !== undefined && begins > staff.started ? begins : staff.started;
  const stops = [...all.filter((session) => countsToward(session.data, types)).map((session) => session.data.date), end];
  for (const next of stops) {
    let interval = intervalOn(staff, contractOn(index, staff.id, previous), config.policy, previous, previous, zone).interval;
    // The rule judges each day with the interval of that day: a staged tier's longer stage may have begun by the
    // day the shorter one ran out (an early-career teacher's weekly stage ending), so look again from there.
    for (let look = 0; interval && look < 3; look++) {
      const dayAfter = addDuration(addDuration(previous, interval.every, zone), 'P1D', zone);
      const later = intervalOn(staff, contractOn(index, staff.id, dayAfter), config.policy, dayAfter, previous, zone).interval;
      if (!later || addDuration(previous, later.every, zone) <= addDuration(previous, interval.every, zone)) break;
      interval = later;
    }
    if (interval) {
      const due = addDuration(previous, interval.every, zone);
      // The rule's test: overdue when the day judged is after the due date.
      if (next > due && next >= windowStart) {
        const escalation = escalationDate(due, interval.every, config);
        gaps.push({ from: due, to: next, escalatedOn: escalation !== undefined && next > escalation ? escalation : undefined });
      }
    }
    if (next > previous) previous = next;
  }
  const sessions = all.filter((session) => session.data.date >= windowStart).map((session: SessionEntry) => ({ id: session.data.id, date: session.data.date, type: session.data.type }));
  return { id: staff.id, name: staff.name, started: staff.started, sessions, gaps };
}

/** The first day a three-way meeting is the step due, for a session due on `due`: the rule's own test, day by day would be slow, so from the policy's stages. */
function escalationDate(due: string, every: string, config: Config): string | undefined {
  const stages = config.policy.escalation;
  if (!stages || stages.length === 0) return addDuration(due, every, config.timezone);
  const first = stages.find((stage) => stage.step === 'three-way');
  return first && addDuration(due, first.after, config.timezone);
}

function contractOn(index: SupervisionIndex, staffId: string, date: string): Contract | undefined {
  return index.contractsOf.get(staffId)?.filter((contract) => contract.data.agreed <= date).at(-1)?.data;
}

/** Whom a record is about: the supervisee, every attendee, the contract's supervisee, the decision's supervisee, the person. */
export function peopleOf(record: ValidRecord): string[] {
  switch (record.kind) {
    case 'staff':
      return [record.id];
    case 'session': {
      const session = record.data;
      return session.type === 'group' || session.type === 'joint-agency' ? staffAttendees(session) : session.supervisee ? [session.supervisee] : [];
    }
    case 'contract':
      return [record.data.supervisee];
    case 'decision':
      return [record.data.supervisee];
    case 'case-audit':
      return [record.data.worker];
    default:
      return [];
  }
}

/** The owner of the action an action-overdue finding is about: the rule points at the action's `due` (`/actions/2/due`). */
function actionOwner(record: ValidRecord, finding: Finding): string | undefined {
  const actions = record.kind === 'session' || record.kind === 'decision' || record.kind === 'case-audit' ? (record.data.actions ?? []) : [];
  const index = /^\/actions\/(\d+)\/due$/.exec(finding.pointer ?? '')?.[1];
  const action = index === undefined ? undefined : actions[Number(index)];
  return action ? action.owner : peopleOf(record)[0];
}

function dedupe(list: ComplianceItem[]): ComplianceItem[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item.file}\0${item.line}\0${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPersonThenDate(a: ComplianceItem, b: ComplianceItem): number {
  return a.personName.localeCompare(b.personName, 'en-GB') || (a.date ?? '').localeCompare(b.date ?? '') || a.record.localeCompare(b.record) || a.line - b.line;
}
