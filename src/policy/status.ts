import type { Config } from '../types/config.js';
import type { Staff } from '../types/records.generated.js';
import { countedTypes, countsToward, recordsFrom } from './counts.js';
import { addDuration } from './dates.js';
import { intervalOn, type AppliedInterval } from './interval.js';
import { spellSupervisor, staffIdOf, supervisorLabel, type SupervisorRef } from './supervisor.js';
import {
  currentContract,
  currentSpell,
  isActive,
  nameOf,
  type ContractEntry,
  type SessionEntry,
  type StaffEntry,
  type SupervisionIndex,
} from './supervisees.js';

/**
 * Where each active person stands on the as-of date: their last session, the
 * interval that applies and when the next session is due. Worked out once
 * per run (`RunFacts.statuses`) and shared by session-overdue,
 * session-due-soon and the others.
 */
export interface SupervisionStatus {
  person: StaffEntry;
  /** Their sessions on or before as-of, oldest first, of every type. */
  sessions: SessionEntry[];
  /** Their sessions on or before as-of of a type that counts toward the interval (`policy.counts`, or the tier's own). */
  counted: SessionEntry[];
  /** The last session that counts. */
  last?: SessionEntry;
  /**
   * The current supervisor, with the index of their entry in `supervisors`:
   * `id` is their staff id (undefined for an external supervisor), `name`
   * what a message prints.
   */
  supervisor?: { id?: string; ref: SupervisorRef; name: string; index: number };
  /** When supv's records of them begin (`records_from`, theirs or the policy's), when set. */
  recordsFrom?: string;
  contract?: ContractEntry;
  interval?: AppliedInterval;
  /** The staff record's tier, when the policy has no such tier. */
  unknownTier?: string;
  /**
   * The date the next session is due by: the last session that counts (or
   * `started`) plus the interval; measured from `records_from` instead when
   * that is later (nothing is due for the years before the records began).
   */
  due?: string;
}

/**
 * The status of every person in post on the index's as-of date (people who
 * have left have no obligations). A run asks once, through `RunFacts`.
 */
export function supervisionStatuses(index: SupervisionIndex, config: Config): SupervisionStatus[] {
  return peopleInPost(index).map((person) => statusOf(person, index, config));
}

/** Everyone in post on the index's as-of date, in the order of {@link supervisionStatuses}. */
export function peopleInPost(index: SupervisionIndex): StaffEntry[] {
  const people: StaffEntry[] = [];
  for (const person of index.staff.values()) {
    if (isActive(person.data, index.asOf)) people.push(person);
  }
  return people;
}

/**
 * The entry of `supervisors` current on `asOf` and who it names, when one
 * is current and names someone: `SupervisionStatus.supervisor` is made from it.
 */
export function currentSupervisor(staff: Staff, asOf: string): { spell: NonNullable<ReturnType<typeof currentSpell>>; ref: SupervisorRef } | undefined {
  const spell = currentSpell(staff, asOf);
  const ref = spell && spellSupervisor(spell.spell);
  return spell && ref ? { spell, ref } : undefined;
}

/** Where one person in post stands on the index's as-of date (an entry of {@link supervisionStatuses}). */
export function statusOf(person: StaffEntry, index: SupervisionIndex, config: Config): SupervisionStatus {
  const { asOf } = index;
  const staff = person.data;
  const zone = config.timezone;
  const sessions = index.sessionsOf.get(staff.id) ?? [];
  const types = countedTypes(staff, config.policy);
  const counted = sessions.filter((session) => countsToward(session.data, types));
  const last = counted.at(-1);
  const contract = currentContract(index, staff.id);
  const current = currentSupervisor(staff, asOf);
  const begins = recordsFrom(staff, config.policy);
  const lastOrStart = last?.data.date ?? staff.started;
  const from = begins !== undefined && begins > lastOrStart ? begins : lastOrStart;
  const { interval, unknownTier } = intervalOn(staff, contract?.data, config.policy, asOf, from, zone);
  return {
    person,
    sessions,
    counted,
    last,
    supervisor: current && { id: staffIdOf(current.ref), ref: current.ref, name: supervisorLabel(current.ref, (id) => nameOf(index, id)), index: current.spell.index },
    recordsFrom: begins,
    contract,
    interval,
    unknownTier,
    due: interval && addDuration(from, interval.every, zone),
  };
}

/** The supervisor's name for a message, or what to say when no spell in `supervisors` is current. */
export function supervisorName(status: SupervisionStatus): string {
  return status.supervisor?.name ?? 'their supervisor (no entry in `supervisors` is current)';
}
