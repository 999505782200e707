import type { ValidRecord } from '../model.js';
import type { Session, Signature } from '../types/records.generated.js';
import { staffAttendees } from './attendees.js';

/** Someone whose signature a record needs, and the capacity they sign in. */
export interface RequiredSigner {
  /** A staff id. */
  by: string;
  role: Signature['role'];
}

/** Session types with one supervisee (a three-way meeting is about one person); group and joint-agency sessions have attendees instead. */
export const ONE_SUPERVISEE_TYPES: ReadonlySet<Session['type']> = new Set(['one-to-one', 'peer', 'ad-hoc', 'three-way']);

/**
 * Who must sign a record, in the order a signature block lists them. The
 * policy: sessions are "signed off and dated by supervisor and supervisee"
 * (every attendee of a group or joint-agency session); a contract is signed by
 * both parties; a decision for the child's file by the supervisor. An
 * external supervisor (SPEC §11.2) has no staff record to sign as: the
 * supervisee signs, and the external supervisor's signature is optional. Staff
 * records are not signed. A field that is left out (a one-to-one's
 * `supervisee` is optional in the schema) simply adds no signer.
 */
export function requiredSigners(record: ValidRecord): RequiredSigner[] {
  const signers: RequiredSigner[] = [];
  const add = (by: string | undefined, role: RequiredSigner['role']) => {
    // A supervisor listed among the attendees signs once, as supervisor.
    if (by !== undefined && !signers.some((signer) => signer.by === by)) signers.push({ by, role });
  };
  switch (record.kind) {
    case 'session': {
      const session = record.data;
      add(session.supervisor, 'supervisor');
      if (ONE_SUPERVISEE_TYPES.has(session.type)) add(session.supervisee, 'supervisee');
      // People from other agencies sign nothing (SPEC §11.3).
      else for (const attendee of staffAttendees(session)) add(attendee, 'attendee');
      break;
    }
    case 'contract':
      add(record.data.supervisor, 'supervisor');
      add(record.data.supervisee, 'supervisee');
      break;
    case 'decision':
      add(record.data.supervisor, 'supervisor');
      break;
    case 'case-audit':
      add(record.data.auditor, 'auditor');
      break;
    default:
      break;
  }
  return signers;
}

/** The record's signatures, oldest first; none for a staff record (staff records are not signed). */
export function signaturesOf(record: ValidRecord): Signature[] {
  return record.kind === 'staff' ? [] : (record.data.signatures ?? []);
}

/** True when the record carries a signature by that person in that role (presence only, not hash validity). */
export function hasSigned(record: ValidRecord, signer: RequiredSigner): boolean {
  return signaturesOf(record).some((signature) => signature.by === signer.by && signature.role === signer.role);
}
