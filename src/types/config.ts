/**
 * The configuration as the code sees it: the type generated from
 * schemas/config.schema.json with every default applied (src/config/config.ts
 * fills them in). Kept apart from the loader so that any module can name the
 * type without loading the parsers.
 */
import type { Config as ConfigFile, Counts, Policy as PolicyFile, Tier, TierStage } from './records.generated.js';

/** A staged tier: the interval by time since the person started. */
export type Stage = TierStage;

/** Policy keys that have no default: left out, they are simply not set. */
type OptionalPolicyKey = 'records_from' | 'escalation' | 'head' | 'governor';

/** The supervision policy with every default filled in, every interval an ISO 8601 duration. */
export type Policy = Required<Omit<PolicyFile, 'tiers' | OptionalPolicyKey>> & Pick<PolicyFile, OptionalPolicyKey> & { tiers: Record<string, Tier> };

/** A session type, as `policy.counts` lists them. */
export type SessionType = Counts[number];

/** `supv.config.yaml` with every default filled in. */
export type Config = Required<Omit<ConfigFile, 'policy' | 'trusted_keys'>> & Pick<ConfigFile, 'trusted_keys'> & { policy: Policy };
