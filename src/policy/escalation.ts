import type { Policy } from '../types/config.js';
import type { EscalationStage, Staff } from '../types/records.generated.js';
import { addDuration } from './dates.js';

/**
 * What happens when supervision is overdue (SPEC §7, §11.2). The policy lists
 * the steps by how long a session is overdue (`policy.escalation`); left
 * unset, the entitlement policy's reading applies: overdue by up to one
 * interval, a one-to-one with the supervisor to resolve it; beyond that, a
 * three-way meeting with the supervisor and the line manager, or the head, or
 * a governor when the head is the supervisor or line manager.
 */
export type EscalationStep = EscalationStage['step'];

/**
 * The step due on `asOf` for a session that fell due on `due` with interval
 * `every`: the last stage of `policy.escalation` whose `after` has passed
 * (overdue by more than `after`, so `P0D` is due from the first day overdue).
 */
export function escalationStep(due: string, every: string, asOf: string, zone: string, policy?: Pick<Policy, 'escalation'>): EscalationStep {
  const stages = policy?.escalation;
  if (!stages || stages.length === 0) return asOf > addDuration(due, every, zone) ? 'three-way' : 'one-to-one';
  let step: EscalationStep = stages[0]!.step;
  for (const stage of stages) {
    if (asOf > addDuration(due, stage.after, zone)) step = stage.step;
  }
  return step;
}

/** Who a three-way meeting is held with, besides the supervisor and the supervisee. */
export interface ThreeWayPartner {
  /** In words, as a message says it: "the line manager, Kim Park", "the head, Helen Marchbank", "the governor, the chair of governors". */
  words: string;
  /** Who it is: the line manager's or head's staff id, or the governor's name. */
  who?: string;
  /** Which of them. */
  role: 'line manager' | 'head' | 'governor' | 'unknown';
}

/**
 * The third person at a three-way meeting about `person` supervised by
 * `supervisorId` (a staff id; undefined for an external supervisor). The
 * policy: the line manager; with none recorded, the head; and a governor when
 * the head is the supervisor or the line manager, or is the person themselves
 * (a head cannot escalate to themselves).
 */
export function threeWayPartner(
  person: Pick<Staff, 'id' | 'line_manager'>,
  supervisorId: string | undefined,
  policy: Pick<Policy, 'head' | 'governor'>,
  nameOf: (staffId: string) => string,
): ThreeWayPartner {
  const { head, governor } = policy;
  const lineManager = person.line_manager !== undefined && person.line_manager !== supervisorId ? person.line_manager : undefined;
  const headInvolved = head !== undefined && (head === supervisorId || head === person.line_manager || head === person.id);
  if (headInvolved) {
    return { role: 'governor', who: governor, words: governor ? `the governor, ${governor}` : 'a governor (the head is involved; name them in `policy.governor`)' };
  }
  if (lineManager !== undefined) return { role: 'line manager', who: lineManager, words: `the line manager, ${nameOf(lineManager)}` };
  if (head !== undefined) return { role: 'head', who: head, words: `the head, ${nameOf(head)}` };
  return { role: 'unknown', words: 'the line manager or head' };
}

/**
 * The step in words, naming who is involved.
 * @param supervisor the current supervisor's name
 * @param partner who a three-way meeting is with besides the supervisor ({@link threeWayPartner})
 */
export function describeStep(step: EscalationStep, supervisor: string, partner: ThreeWayPartner | string | undefined): string {
  if (step === 'one-to-one') return `a one-to-one with ${supervisor}`;
  const words = typeof partner === 'string' ? `the line manager, ${partner}` : (partner?.words ?? 'the line manager or head');
  return `a three-way meeting with ${supervisor} and ${words}`;
}
