import type { Config } from '../types/config.js';
import { addDuration } from './dates.js';
import { intervalOn, type AppliedInterval } from './interval.js';
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
  /** Their sessions on or before as-of, oldest first. */
  sessions: SessionEntry[];
  last?: SessionEntry;
  /** The current supervisor, with the index of their entry in `supervisors`. */
  supervisor?: { id: string; name: string; index: number };
  contract?: ContractEntry;
  interval?: AppliedInterval;
  /** The staff record's tier, when the policy has no such tier. */
  unknownTier?: string;
  /** The date the next session is due by: last session (or `started`) plus the interval. */
  due?: string;
}

/**
 * The status of every person in post on the index's as-of date (people who
 * have left have no obligations). A run asks once, through `RunFacts`.
 */
export function supervisionStatuses(index: SupervisionIndex, config: Config): SupervisionStatus[] {
  const { asOf } = index;
  const statuses: SupervisionStatus[] = [];
  for (const person of index.staff.values()) {
    if (isActive(person.data, asOf)) statuses.push(statusOf(person, index, config, asOf));
  }
  return statuses;
}

function statusOf(person: StaffEntry, index: SupervisionIndex, config: Config, asOf: string): SupervisionStatus {
  const staff = person.data;
  const zone = config.timezone;
  const sessions = index.sessionsOf.get(staff.id) ?? [];
  const last = sessions.at(-1);
  const contract = currentContract(index, staff.id);
  const spell = currentSpell(staff, asOf);
  const from = last?.data.date ?? staff.started;
  const { interval, unknownTier } = intervalOn(staff, contract?.data, config.policy, asOf, from, zone);
  return {
    person,
    sessions,
    last,
    supervisor: spell && { id: spell.spell.id, name: nameOf(index, spell.spell.id), index: spell.index },
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
