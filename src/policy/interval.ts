import type { Policy } from '../types/config.js';
import type { Contract, Staff } from '../types/records.generated.js';
import { addDuration, durationInWords } from './dates.js';

/**
 * The longest gap allowed between a person's sessions on a given date (SPEC
 * §7): the shortest of their tier's interval, the induction interval while
 * they are in induction, and their current contract's frequency.
 */

/** One interval that applies, and why, so a message can say where it came from. */
export interface AppliedInterval {
  /** ISO 8601 duration, such as P4W. */
  every: string;
  /** Where it comes from, in words: "tier case-holder", "induction until 2025-03-02", "contract contract-jo-bloggs-2024". */
  source: string;
}

export interface IntervalResult {
  /** The interval that applies; undefined when nothing does (an unknown tier and no induction or contract). */
  interval?: AppliedInterval;
  /** Set when the staff record names a tier the policy does not have. */
  unknownTier?: string;
}

/**
 * The interval that applies to `staff` on `asOf`.
 * @param from the date the next gap is measured from (last session, or `started`);
 *   month-based and week-based intervals compare differently by month, so the comparison is made there.
 */
export function intervalOn(staff: Staff, contract: Contract | undefined, policy: Policy, asOf: string, from: string, zone: string): IntervalResult {
  const candidates: AppliedInterval[] = [];
  const tier = tierInterval(staff, policy, asOf, zone);
  if (tier) candidates.push(tier);
  // `induction_until` is the last day of induction (schema), so the induction interval still applies on it.
  if (staff.induction_until !== undefined && asOf <= staff.induction_until) {
    candidates.push({ every: policy.induction, source: `induction until ${staff.induction_until}` });
  }
  if (contract && !followsPolicy(staff, contract, policy, zone)) candidates.push({ every: contract.frequency, source: `contract ${contract.id}` });
  let interval: AppliedInterval | undefined;
  for (const candidate of candidates) {
    // Strictly shorter only, so on a tie the tier is named as the source (it is the policy's own rule).
    if (!interval || addDuration(from, candidate.every, zone) < addDuration(from, interval.every, zone)) interval = candidate;
  }
  return { interval, unknownTier: tier ? undefined : staff.tier };
}

/**
 * A contract whose `frequency` is what the policy itself asked on its
 * `agreed` date (the tier's stage, or induction) follows the policy: `supv new
 * contract` writes it so, with every stage in words, and as the stages move on
 * the policy's interval applies, not the first stage's for the whole year. A
 * contract agreeing more often than the policy asked still binds.
 */
function followsPolicy(staff: Staff, contract: Contract, policy: Policy, zone: string): boolean {
  const policyOnAgreed = policyInterval(staff, policy, contract.agreed, zone);
  return policyOnAgreed !== undefined && policyOnAgreed.every === contract.frequency && policyOnAgreed.every !== tierInterval(staff, policy, '9999-12-31', zone)?.every;
}

/** What the policy alone asks of `staff` on `date`: the shorter of their tier's interval (or stage) and induction. */
export function policyInterval(staff: Staff, policy: Policy, date: string, zone: string): AppliedInterval | undefined {
  let interval = tierInterval(staff, policy, date, zone);
  if (staff.induction_until !== undefined && date <= staff.induction_until) {
    const induction = { every: policy.induction, source: `induction until ${staff.induction_until}` };
    if (!interval || addDuration(date, induction.every, zone) < addDuration(date, interval.every, zone)) interval = induction;
  }
  return interval;
}

/** The tier's interval on `asOf`; for a staged tier, the stage they are in by time since `started`. */
export function tierInterval(staff: Staff, policy: Policy, asOf: string, zone: string): AppliedInterval | undefined {
  // Own keys only: a tier named `constructor` must not find Object.prototype.
  if (!Object.hasOwn(policy.tiers, staff.tier)) return undefined;
  const tier = policy.tiers[staff.tier]!;
  if (typeof tier === 'string') return { every: tier, source: `tier ${staff.tier}` };
  // `{ every, counts }`: one interval, with the session types that count for this tier (src/policy/counts.ts).
  if (!Array.isArray(tier)) return { every: tier.every, source: `tier ${staff.tier}` };
  let begins: string | undefined;
  for (const stage of tier) {
    // Each `until` is measured from `started`; a stage ends on the day its duration is reached.
    if (stage.until === undefined || asOf < addDuration(staff.started, stage.until, zone)) {
      return { every: stage.every, source: stageSource(staff.tier, begins, stage.until) };
    }
    begins = stage.until;
  }
  // Past the last `until` with no open-ended stage: the last stage goes on applying.
  const last = tier.at(-1);
  return last && { every: last.every, source: stageSource(staff.tier, begins, undefined) };
}

/** "tier early-career, 6 weeks to 6 months after starting" */
function stageSource(tier: string, begins: string | undefined, until: string | undefined): string {
  if (begins === undefined && until === undefined) return `tier ${tier}`;
  if (begins === undefined) return `tier ${tier}, first ${durationInWords(until!)}`;
  if (until === undefined) return `tier ${tier}, from ${durationInWords(begins)} after starting`;
  return `tier ${tier}, ${durationInWords(begins)} to ${durationInWords(until)} after starting`;
}

/** "4 weeks (tier case-holder)": the interval as a message shows it. */
export function describeInterval(interval: AppliedInterval): string {
  return `${durationInWords(interval.every)} (${interval.source})`;
}
