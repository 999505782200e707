import type { ExternalSupervisor, Session, SupervisorSpell } from '../types/records.generated.js';

/**
 * Who leads supervision: a member of staff (a staff id), or someone from
 * outside the organisation (SPEC §11.2: heads and designated leads are often
 * supervised by the local authority's adviser or a commissioned supervisor).
 * Every consumer that prints or compares a supervisor asks here, so an
 * external supervisor is never mistaken for an unknown staff id.
 */
export type SupervisorRef = { staff: string } | { external: ExternalSupervisor };

/** The supervisor a `supervisors` entry names. */
export function spellSupervisor(spell: SupervisorSpell): SupervisorRef | undefined {
  if (spell.external) return { external: spell.external };
  return spell.id === undefined ? undefined : { staff: spell.id };
}

/** Who led a session. */
export function sessionSupervisor(session: Pick<Session, 'supervisor' | 'supervisor_external'>): SupervisorRef | undefined {
  if (session.supervisor_external) return { external: session.supervisor_external };
  return session.supervisor === undefined ? undefined : { staff: session.supervisor };
}

/** The staff id of a supervisor, or undefined for an external one. */
export function staffIdOf(ref: SupervisorRef | undefined): string | undefined {
  return ref && 'staff' in ref ? ref.staff : undefined;
}

/** "Pat Doe (LA safeguarding team)": an external supervisor as records print them. */
export function externalName(external: ExternalSupervisor): string {
  return external.organisation ? `${external.name} (${external.organisation})` : external.name;
}

/**
 * A supervisor's name for a message or a PDF: a staff member's name through
 * `nameOf` (which falls back to the id), an external supervisor's name and
 * organisation.
 */
export function supervisorLabel(ref: SupervisorRef | undefined, nameOf: (staffId: string) => string, missing = 'no supervisor named'): string {
  if (!ref) return missing;
  return 'staff' in ref ? nameOf(ref.staff) : externalName(ref.external);
}

/** True when two references name the same supervisor (external ones by name and organisation). */
export function sameSupervisor(a: SupervisorRef | undefined, b: SupervisorRef | undefined): boolean {
  if (!a || !b) return a === b;
  if ('staff' in a) return 'staff' in b && a.staff === b.staff;
  return 'external' in b && a.external.name === b.external.name && (a.external.organisation ?? '') === (b.external.organisation ?? '');
}
