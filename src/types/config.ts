/**
 * The configuration as the code sees it: the type generated from
 * schemas/config.schema.json with every default applied (src/config/config.ts
 * fills them in). Kept apart from the loader so that any module can name the
 * type without loading the parsers.
 */
import type { Config as ConfigFile, Policy as PolicyFile, Tier, TierStage } from './records.generated.js';

/** A staged tier: the interval by time since the person started. */
export type Stage = TierStage;

/** The supervision policy with every default filled in, every interval an ISO 8601 duration. */
export type Policy = Required<Omit<PolicyFile, 'tiers'>> & { tiers: Record<string, Tier> };

/** `supv.config.yaml` with every default filled in. */
export type Config = Required<Omit<ConfigFile, 'policy' | 'trusted_keys'>> & Pick<ConfigFile, 'trusted_keys'> & { policy: Policy };
