/**
 * Which records go into an inspection bundle, and in what order: by person
 * (their staff profile, contracts, sessions, decisions and the audits of
 * their case files in date order), or
 * for `--case`, one child's chronology (the sessions that discussed the case,
 * each cut down to what it said about that case, its decision records and its
 * case-file audits).
 */
import type { RecordSet, ValidRecord } from '../model.js';
import { formatDate } from '../render/text.js';
import { peopleOf } from '../report/compliance.js';
import { actionsOfCase, caseRecordExtract, knownCaseRefs, sessionExtract } from './case-extract.js';
import { sessionSupervisor, supervisorLabel } from '../policy/supervisor.js';

export interface BundleEntry {
  record: ValidRecord;
  id: string;
  /** The record's date (session, decision, contract agreed); empty for a staff profile. */
  date: string;
  /** The line in the contents and the bookmark. */
  title: string;
}

export interface BundleGroup {
  /** A staff id, or `case:REF`. */
  key: string;
  title: string;
  entries: BundleEntry[];
}

export interface Selection {
  from: string;
  to: string;
  staff?: string[];
  caseRef?: string;
}

/** One line of a child's chronology: what a session or decision recorded about the case. */
export interface ChronologyLine {
  date: string;
  record: string;
  what: string;
}

export function selectGroups(records: RecordSet, selection: Selection): BundleGroup[] {
  const inPeriod = (date: string) => date >= selection.from && date <= selection.to;
  const name = (id: string) => {
    const staff = records.byId.get(id);
    return staff?.kind === 'staff' ? staff.data.name : id;
  };
  if (selection.caseRef) {
    const ref = selection.caseRef;
    const refs = knownCaseRefs(records);
    const caseActions = actionsOfCase(records, ref);
    const entries: BundleEntry[] = [];
    for (const record of records.ofKind.decision) {
      const decision = record.data;
      if (decision.case === ref && inPeriod(decision.date)) entries.push(entryOf(caseRecordExtract(record, ref, refs), name));
    }
    for (const record of records.ofKind['case-audit']) {
      if (record.data.case === ref && inPeriod(record.data.date)) entries.push(entryOf(caseRecordExtract(record, ref, refs), name));
    }
    for (const record of records.ofKind.session) {
      const session = record.data;
      // Only the part about this child: other cases' entries, actions and sections are left out.
      if (inPeriod(session.date) && (session.cases ?? []).some((entry) => entry.ref === ref)) entries.push(entryOf(sessionExtract(record, ref, refs, caseActions), name));
    }
    return entries.length === 0 ? [] : [{ key: `case:${ref}`, title: `Case ${ref}: chronology`, entries: entries.sort(byDate) }];
  }

  const wanted = selection.staff && selection.staff.length > 0 ? new Set(selection.staff) : undefined;
  const groups: BundleGroup[] = [];
  for (const staffRecord of records.ofKind.staff) {
    const staff = staffRecord.data;
    if (wanted && !wanted.has(staff.id)) continue;
    // Someone not in post at any time in the period has nothing to show.
    if (staff.started > selection.to || (staff.left !== undefined && staff.left < selection.from)) continue;
    const entries: BundleEntry[] = [];
    const contracts = records.ofKind.contract.filter((record) => record.data.supervisee === staff.id);
    // The contract in force when the period began counts too, not only those agreed during it.
    const before = contracts.filter((record) => record.data.agreed < selection.from).sort((a, b) => dateOf(a).localeCompare(dateOf(b))).at(-1);
    for (const record of contracts) if (record === before || inPeriod(dateOf(record))) entries.push(entryOf(record, name));
    for (const record of [...records.ofKind.session, ...records.ofKind.decision, ...records.ofKind['case-audit']]) {
      if (!inPeriod(dateOf(record))) continue;
      const about = record.kind === 'decision' ? [record.data.supervisee] : peopleOf(record);
      if (about.includes(staff.id)) entries.push(entryOf(record, name));
    }
    entries.sort(byDate);
    groups.push({ key: staff.id, title: staff.name, entries: [entryOf(staffRecord, name), ...entries] });
  }
  return groups.sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || a.key.localeCompare(b.key));
}

/** The lines of a case's chronology from the selected records, oldest first. */
export function chronology(groups: BundleGroup[], caseRef: string): ChronologyLine[] {
  const lines: ChronologyLine[] = [];
  for (const entry of groups.flatMap((group) => group.entries)) {
    const record = entry.record;
    if (record.kind === 'decision') {
      const decision = record.data;
      const actions = (decision.actions ?? []).map((action) => `${action.id}: ${action.text} (due ${action.due})`).join('; ');
      lines.push({ date: decision.date, record: entry.id, what: `Decision record${actions ? `. Actions: ${actions}` : ''}` });
    } else if (record.kind === 'case-audit') {
      const audit = record.data;
      const actions = (audit.actions ?? []).map((action) => `${action.id}: ${action.text} (due ${action.due})`).join('; ');
      lines.push({ date: audit.date, record: entry.id, what: `Case file audited: ${audit.findings}${actions ? `. Actions: ${actions}` : ''}` });
    } else if (record.kind === 'session') {
      for (const discussed of record.data.cases ?? []) {
        if (discussed.ref !== caseRef) continue;
        const parts = [discussed.status === 'closed' ? 'Discussed in supervision; case closed' : `Discussed in supervision; status ${discussed.status}`];
        if (discussed.status_changed) parts.push(`status changed ${discussed.status_changed}`);
        if (discussed.note) parts.push(discussed.note);
        if (discussed.decision) parts.push(`decision ${discussed.decision}`);
        if (discussed.child_file) parts.push(`recorded on the child's file ${discussed.child_file}`);
        lines.push({ date: entry.date, record: entry.id, what: parts.join('; ') });
      }
      for (const action of record.data.actions ?? []) {
        if (action.case === caseRef) lines.push({ date: entry.date, record: `${entry.id}#${action.id}`, what: `Action agreed: ${action.text} (owner ${action.owner}, due ${action.due})` });
      }
    }
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date) || a.record.localeCompare(b.record));
}

function entryOf(record: ValidRecord, name: (id: string) => string): BundleEntry {
  const date = dateOf(record);
  let title: string;
  switch (record.kind) {
    case 'session': {
      const session = record.data;
      const kind = session.type === 'one-to-one' ? 'Supervision session' : session.type === 'three-way' ? 'Three-way meeting' : `${session.type.charAt(0).toUpperCase()}${session.type.slice(1)} supervision`;
      const led = supervisorLabel(sessionSupervisor(session), name);
      title = `${formatDate(date)}: ${kind} with ${led}`;
      if (session.type === 'group' || session.type === 'joint-agency') title = `${formatDate(date)}: ${kind} led by ${led}`;
      break;
    }
    case 'decision':
      title = `${formatDate(date)}: Decision record, case ${record.data.case}`;
      break;
    case 'case-audit':
      title = `${formatDate(date)}: Case file audit, case ${record.data.case}, by ${name(record.data.auditor)}`;
      break;
    case 'contract':
      title = `${formatDate(date)}: Supervision contract with ${supervisorLabel(sessionSupervisor(record.data), name)}`;
      break;
    default:
      title = 'Staff supervision profile';
  }
  return { record, id: record.id, date, title };
}

function dateOf(record: ValidRecord): string {
  return record.kind === 'contract' ? record.data.agreed : record.kind === 'staff' ? '' : record.data.date;
}

function byDate(a: BundleEntry, b: BundleEntry): number {
  return a.date.localeCompare(b.date) || kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id);
}

/** On one day: the contract, then the session, then the decision it led to, then an audit. */
function kindOrder(entry: BundleEntry): number {
  return entry.record.kind === 'contract' ? 0 : entry.record.kind === 'session' ? 1 : entry.record.kind === 'decision' ? 2 : 3;
}
