import { addDuration } from './dates.js';

/**
 * What happens when supervision is overdue, from the entitlement policy (SPEC
 * §7): overdue by up to one interval, a one-to-one with the supervisor to
 * resolve it; beyond that, a three-way meeting with the line manager or head.
 */
export type EscalationStep = 'one-to-one' | 'three-way';

/** The step due on `asOf` for a session that fell due on `due` with interval `every`. */
export function escalationStep(due: string, every: string, asOf: string, zone: string): EscalationStep {
  return asOf > addDuration(due, every, zone) ? 'three-way' : 'one-to-one';
}

/**
 * The step in words, naming who is involved.
 * @param supervisor the current supervisor's name
 * @param lineManager the person's `line_manager`, by name, when the staff record has one
 */
export function describeStep(step: EscalationStep, supervisor: string, lineManager?: string): string {
  if (step === 'one-to-one') return `a one-to-one with ${supervisor}`;
  return `a three-way meeting with ${supervisor} and ${lineManager ? `the line manager, ${lineManager}` : 'the line manager or head'}`;
}
