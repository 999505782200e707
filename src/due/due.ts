/**
 * `supv due`: who is overdue, due soon or waiting to sign, grouped by supervisor (SPEC §11.4).
 * Every verdict comes from the policy facts the lint rules use (src/policy):
 * overdue exactly when session-overdue reports it, waiting to sign exactly
 * when unsigned does, and the escalation step as the policy says it.
 */
import type { Config } from '../types/config.js';
import { isValidRecord, type RecordSet, type ValidRecord } from '../model.js';
import { addDuration, daysBetween } from '../policy/dates.js';
import { describeStep, escalationStep, threeWayPartner, type EscalationStep } from '../policy/escalation.js';
import { RunFacts } from '../policy/facts.js';
import { recordDate } from '../policy/record-date.js';
import { hasSigned, requiredSigners, type RequiredSigner } from '../policy/signers.js';
import { supervisorName } from '../policy/status.js';
import { nameOf } from '../policy/supervisees.js';

/** A person whose next session is overdue (session-overdue's verdict). */
export interface OverdueEntry {
  person: string;
  name: string;
  /** The date the session was due by. */
  due: string;
  daysOverdue: number;
  lastSession?: string;
  /** The escalation step due now, and the same in words. */
  step: EscalationStep;
  stepText: string;
}

/** A person whose next session falls due within the window. */
export interface DueSoonEntry {
  person: string;
  name: string;
  due: string;
  /** 0 when due today. */
  daysLeft: number;
  lastSession?: string;
  /** The step that falls due if no session is held by then, in words. */
  stepIfMissed: string;
}

/** A signature a record still needs (unsigned's verdict). */
export interface ToSignEntry {
  record: string;
  file: string;
  kind: ValidRecord['kind'];
  /** The record's own date (session date, contract agreed, decision date). */
  date: string;
  signer: string;
  signerName: string;
  role: RequiredSigner['role'];
  /** The date signatures were due by (`sign_within` after the record's date). */
  signBy: string;
  /** True once `signBy` has passed: lint reports it as an error. */
  late: boolean;
}

/** One supervisor's people. `id` is null for people with no current supervisor. */
export interface SupervisorGroup {
  id: string | null;
  name: string;
  overdue: OverdueEntry[];
  dueSoon: DueSoonEntry[];
  toSign: ToSignEntry[];
}

export interface DueList {
  organisation: string;
  asOf: string;
  weeks: number;
  /** The last day of the window: as-of plus `weeks` weeks. */
  until: string;
  supervisors: SupervisorGroup[];
}

export interface DueOptions {
  config: Config;
  asOf: string;
  weeks: number;
  /** Only this supervisor's group. */
  supervisor?: string;
}

const NO_SUPERVISOR = 'No current supervisor';

/** The due list of a record set on an as-of date. */
export function dueList(records: RecordSet, options: DueOptions): DueList {
  const { config, asOf, weeks } = options;
  const zone = config.timezone;
  const until = addDuration(asOf, `P${weeks}W`, zone);
  const facts = new RunFacts(records, config, asOf);
  const index = facts.supervisionIndex;
  const groups = new Map<string, SupervisorGroup>();
  const groupOf = (id: string | undefined, name?: string): SupervisorGroup => {
    const key = id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { id: id ?? null, name: id ? (name ?? nameOf(index, id)) : NO_SUPERVISOR, overdue: [], dueSoon: [], toSign: [] };
      groups.set(key, group);
    }
    return group;
  };

  for (const status of facts.statuses) {
    const { person, interval, due, last } = status;
    if (!interval || !due || due > until) continue;
    const group = groupOf(status.supervisor?.id, status.supervisor?.name);
    const base = { person: person.data.id, name: person.data.name, lastSession: last?.data.date };
    // The rule's own test: overdue when the day judged is after the due date.
    if (asOf > due) {
      const step = escalationStep(due, interval.every, asOf, zone, config.policy);
      const partner = threeWayPartner(person.data, status.supervisor?.id, config.policy, (id) => nameOf(index, id));
      group.overdue.push({ ...base, due, daysOverdue: daysBetween(due, asOf, zone), step, stepText: describeStep(step, supervisorName(status), partner) });
    } else {
      group.dueSoon.push({ ...base, due, daysLeft: daysBetween(asOf, due, zone), stepIfMissed: describeStep('one-to-one', supervisorName(status), undefined) });
    }
  }

  for (const record of records.files) {
    if (!isValidRecord(record)) continue;
    const dated = recordDate(record);
    // As unsigned: records dated after the as-of date are future-date's business.
    if (!dated || dated.date > asOf) continue;
    const signBy = addDuration(dated.date, config.policy.sign_within, zone);
    for (const signer of requiredSigners(record)) {
      if (hasSigned(record, signer)) continue;
      const supervisor = 'supervisor' in record.data ? (record.data.supervisor as string | undefined) : undefined;
      groupOf(supervisor).toSign.push({
        record: record.id,
        file: record.file,
        kind: record.kind,
        date: dated.date,
        signer: signer.by,
        signerName: nameOf(index, signer.by),
        role: signer.role,
        signBy,
        late: asOf > signBy,
      });
    }
  }

  let supervisors = [...groups.values()];
  if (options.supervisor !== undefined) supervisors = supervisors.filter((group) => group.id === options.supervisor);
  for (const group of supervisors) {
    group.overdue.sort((a, b) => compare(a.due, b.due) || compare(a.name, b.name));
    group.dueSoon.sort((a, b) => compare(a.due, b.due) || compare(a.name, b.name));
    group.toSign.sort((a, b) => compare(a.signBy, b.signBy) || compare(a.record, b.record) || compare(a.signer, b.signer));
  }
  // Supervisors by name; people with no supervisor last, where they stand out.
  supervisors.sort((a, b) => (a.id === null ? 1 : 0) - (b.id === null ? 1 : 0) || a.name.localeCompare(b.name, 'en-GB') || compare(a.id ?? '', b.id ?? ''));
  return { organisation: config.organisation, asOf, weeks, until, supervisors };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
