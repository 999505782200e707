import type { LoadedRecord } from '../model.js';
import type { Contract, Decision, Session, Signature } from '../types/records.generated.js';

/** Someone whose signature a record needs, and the capacity they sign in. */
export interface RequiredSigner {
  /** A staff id. */
  by: string;
  role: Signature['role'];
}

/** Session types with one supervisee; group and joint-agency sessions have attendees instead. */
export const ONE_SUPERVISEE_TYPES: ReadonlySet<Session['type']> = new Set(['one-to-one', 'peer', 'ad-hoc']);

/**
 * Who must sign a record, in the order a signature block lists them. The
 * policy: sessions are "signed off and dated by supervisor and supervisee"
 * (every attendee of a group or joint-agency session); a contract is signed by
 * both parties; a decision for the child's file by the supervisor. Staff
 * records are not signed. Works on any record whose kind and fields are
 * present; fields that are missing simply add no signer.
 */
export function requiredSigners(record: Pick<LoadedRecord, 'kind' | 'data'>): RequiredSigner[] {
  const data = record.data;
  if (!data) return [];
  const signers: RequiredSigner[] = [];
  const add = (by: unknown, role: RequiredSigner['role']) => {
    // A supervisor listed among the attendees signs once, as supervisor.
    if (typeof by === 'string' && !signers.some((signer) => signer.by === by)) signers.push({ by, role });
  };
  switch (record.kind) {
    case 'session': {
      const session = data as unknown as Session;
      add(session.supervisor, 'supervisor');
      if (ONE_SUPERVISEE_TYPES.has(session.type)) add(session.supervisee, 'supervisee');
      else if (Array.isArray(session.attendees)) for (const attendee of session.attendees) add(attendee, 'attendee');
      break;
    }
    case 'contract': {
      const contract = data as unknown as Contract;
      add(contract.supervisor, 'supervisor');
      add(contract.supervisee, 'supervisee');
      break;
    }
    case 'decision':
      add((data as unknown as Decision).supervisor, 'supervisor');
      break;
    default:
      break;
  }
  return signers;
}

/** True when the record carries a signature by that person in that role (presence only, not hash validity). */
export function hasSigned(record: Pick<LoadedRecord, 'data'>, signer: RequiredSigner): boolean {
  const signatures = record.data?.signatures;
  return Array.isArray(signatures) && signatures.some((entry) => {
    const signature = entry as Partial<Signature> | null;
    return signature?.by === signer.by && signature.role === signer.role;
  });
}
