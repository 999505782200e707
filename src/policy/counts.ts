import type { Policy, SessionType } from '../types/config.js';
import type { RecordSet, ValidRecord } from '../model.js';
import type { Session, Staff } from '../types/records.generated.js';
import { peopleIn } from './supervisees.js';

/**
 * What counts as supervision (SPEC §11.2). Only sessions of the types in
 * `counts` (the person's tier's own list, else the policy's) reset the
 * interval: the school framework says informal supervision "should NOT
 * replace a formal supervision session", so an ad-hoc conversation never
 * counts unless a policy lists it. Sessions of other types are still records,
 * signed and reviewed like any other.
 */
export function countedTypes(staff: Pick<Staff, 'tier'>, policy: Pick<Policy, 'counts' | 'tiers'>): ReadonlySet<SessionType> {
  const tier = Object.hasOwn(policy.tiers, staff.tier) ? policy.tiers[staff.tier] : undefined;
  const own = tier !== undefined && typeof tier === 'object' && !Array.isArray(tier) ? tier.counts : undefined;
  return new Set(own ?? policy.counts);
}

/** True when a session counts toward the person's interval. */
export function countsToward(session: Pick<Session, 'type'>, types: ReadonlySet<SessionType>): boolean {
  return types.has(session.type);
}

/**
 * When supv's records of a person begin: their own `records_from`, else the
 * policy's adoption date; undefined when neither is set (the records go back
 * to their start). Nothing is due, overdue, late or charted before it.
 */
export function recordsFrom(staff: Pick<Staff, 'records_from'> | undefined, policy: Pick<Policy, 'records_from'>): string | undefined {
  return staff?.records_from ?? policy.records_from;
}

/**
 * True when a dated record (a session, contract or decision dated `date`)
 * comes from before supv's records of everyone it is about began: entered
 * afterwards from paper or another system, it cannot have been late, and
 * its deadlines fell before the records began.
 */
export function beforeRecordsBegan(record: ValidRecord, date: string, records: RecordSet, policy: Pick<Policy, 'records_from'>): boolean {
  const people = record.kind === 'session' ? peopleIn(record.data) : record.kind === 'contract' || record.kind === 'decision' ? [record.data.supervisee] : [];
  if (people.length === 0) return policy.records_from !== undefined && date < policy.records_from;
  return people.every((id) => {
    const staff = records.byId.get(id);
    const begins = recordsFrom(staff?.kind === 'staff' ? staff.data : undefined, policy);
    return begins !== undefined && date < begins;
  });
}
