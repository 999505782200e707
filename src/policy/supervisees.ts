import type { LoadedRecord, RecordSet } from '../model.js';
import type { Contract, Session, Staff, SupervisorSpell } from '../types/records.generated.js';
import { staffAttendees } from './attendees.js';

/**
 * Who is supervised, in which sessions and under which contract (SPEC §7,
 * "How the policy is read"). Every rule about a person starts here, so the
 * index is built once per run (`RunFacts.supervisionIndex`) in one pass over
 * the records and shared.
 */

/** A valid record together with its frontmatter, typed. */
export interface Entry<T> {
  record: LoadedRecord;
  data: T;
}

export type StaffEntry = Entry<Staff>;
export type SessionEntry = Entry<Session>;
export type ContractEntry = Entry<Contract>;

export interface SupervisionIndex {
  /** The as-of date the index was built for. */
  asOf: string;
  /** Staff records by id. */
  staff: Map<string, StaffEntry>;
  /** Each person's sessions dated on or before as-of, oldest first. */
  sessionsOf: Map<string, SessionEntry[]>;
  /** Each supervisee's contracts agreed on or before as-of, oldest first. */
  contractsOf: Map<string, ContractEntry[]>;
  /** The latest session each member of staff led as supervisor, on or before as-of. */
  lastLedBy: Map<string, SessionEntry>;
}

/** The supervision index of a record set on an as-of date, in one pass over the records. */
export function supervisionIndex(records: RecordSet, asOf: string): SupervisionIndex {
  const staff = new Map<string, StaffEntry>();
  for (const record of records.ofKind.staff) staff.set(record.id, entry<Staff>(record));

  const sessionsOf = new Map<string, SessionEntry[]>();
  const lastLedBy = new Map<string, SessionEntry>();
  for (const record of records.ofKind.session) {
    const session = entry<Session>(record);
    // Dates are YYYY-MM-DD, so string order is calendar order: no date parsing per session.
    if (session.data.date > asOf) continue;
    // peopleIn(), without a list per one-to-one session.
    const type = session.data.type;
    if (type === 'group' || type === 'joint-agency') for (const person of staffAttendees(session.data)) push(sessionsOf, person, session);
    else if (session.data.supervisee) push(sessionsOf, session.data.supervisee, session);
    // An external supervisor has no staff record to be trained on: only staff ids are indexed.
    const leader = session.data.supervisor;
    if (leader === undefined) continue;
    const led = lastLedBy.get(leader);
    if (!led || byDate(led, session) < 0) lastLedBy.set(leader, session);
  }
  for (const list of sessionsOf.values()) list.sort(byDate);

  const contractsOf = new Map<string, ContractEntry[]>();
  for (const record of records.ofKind.contract) {
    const contract = entry<Contract>(record);
    if (contract.data.agreed <= asOf) push(contractsOf, contract.data.supervisee, contract);
  }
  for (const list of contractsOf.values()) list.sort((a, b) => compare(a.data.agreed, b.data.agreed) || compare(a.data.id, b.data.id));

  return { asOf, staff, sessionsOf, contractsOf, lastLedBy };
}

/** Everyone a session supervised: the supervisee, or each attendee of a group or joint-agency session. */
export function peopleIn(session: Session): string[] {
  if (session.type === 'group' || session.type === 'joint-agency') return staffAttendees(session);
  return session.supervisee ? [session.supervisee] : [];
}

/** In post on the as-of date: started, and not left on or before it (leaving ends every obligation). */
export function isActive(staff: Staff, asOf: string): boolean {
  return staff.started <= asOf && !(staff.left !== undefined && staff.left <= asOf);
}

/**
 * The supervisor on the as-of date: of the spells that have begun and not
 * ended, the one that began last. An open spell that starts after as-of is a
 * planned change, not yet the supervisor.
 */
export function currentSpell(staff: Staff, asOf: string): { spell: SupervisorSpell; index: number } | undefined {
  let current: { spell: SupervisorSpell; index: number } | undefined;
  staff.supervisors.forEach((spell, index) => {
    const covers = spell.from <= asOf && (spell.to === undefined || spell.to >= asOf);
    if (covers && (!current || spell.from >= current.spell.from)) current = { spell, index };
  });
  return current;
}

/** The supervisee's latest contract agreed on or before as-of. */
export function currentContract(index: SupervisionIndex, staffId: string): ContractEntry | undefined {
  return index.contractsOf.get(staffId)?.at(-1);
}

/** A person's name for messages, falling back to their id when there is no staff record. */
export function nameOf(index: SupervisionIndex, staffId: string): string {
  return index.staff.get(staffId)?.data.name ?? staffId;
}

function entry<T>(record: LoadedRecord & { data: T }): Entry<T> {
  return { record, data: record.data };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byDate(a: SessionEntry, b: SessionEntry): number {
  return compare(a.data.date, b.data.date) || compare(a.data.id, b.data.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
