import type { Contract } from '../types/records.generated.js';

/**
 * "A signed contract" is one signed by both parties (SPEC §7): its own
 * supervisor in the supervisor role and its own supervisee in the supervisee
 * role (an external supervisor's signature is optional). Only presence is checked here; whether the hashes still match is the
 * signature-mismatch rule's job.
 */
export function missingContractSigners(contract: Contract): Array<'supervisor' | 'supervisee'> {
  const signatures = contract.signatures ?? [];
  const signed = (role: 'supervisor' | 'supervisee', by: string) => signatures.some((entry) => entry.role === role && entry.by === by);
  const missing: Array<'supervisor' | 'supervisee'> = [];
  // An external supervisor's signature is optional (SPEC §11.2): they have no staff record to sign as.
  if (contract.supervisor !== undefined && !signed('supervisor', contract.supervisor)) missing.push('supervisor');
  if (!signed('supervisee', contract.supervisee)) missing.push('supervisee');
  return missing;
}

export function isSignedByBoth(contract: Contract): boolean {
  return missingContractSigners(contract).length === 0;
}
