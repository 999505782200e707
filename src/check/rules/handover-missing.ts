import type { Rule } from '../rule.js';
import { peopleIn } from '../../policy/supervisees.js';
import { sameSupervisor, spellSupervisor, supervisorLabel } from '../../policy/supervisor.js';
import { docsUrl } from './docs.js';

/** A change of supervisor without a handover session ("a handover when the line manager changes"). */
export const handoverMissing: Rule = {
  meta: {
    id: 'handover-missing',
    scope: 'linked',
    description: 'a change of supervisor without a handover session',
    defaultSeverity: 'warning',
    docs: docsUrl('handover-missing'),
    messages: {
      missing: 'supervision passed from {previous} to {next} on {from} with no `handover` session; record the handover and name its session here',
      notFound: '`handover` names session {session}, but there is no such session; the handover to {next} on {from} is not recorded',
      notTheirs: '`handover` names session {session}, which is not a session of {name}; name the session where their handover to {next} was recorded',
    },
  },
  check({ records, asOf, facts, report, keeps }) {
    const index = facts.supervisionIndex;
    const name = (id: string) => index.staff.get(id)?.data.name ?? id;
    for (const { record, data: staff } of index.staff.values()) {
      if (!keeps(record.file)) continue;
      staff.supervisors.forEach((spell, position) => {
        const before = staff.supervisors[position - 1];
        // Only a change of person that has happened by as-of needs a handover; a planned one not yet.
        if (!before || sameSupervisor(spellSupervisor(before), spellSupervisor(spell)) || spell.from > asOf) return;
        const at = { pointer: `/supervisors/${position}` };
        const data = { previous: supervisorLabel(spellSupervisor(before), name), next: supervisorLabel(spellSupervisor(spell), name), from: spell.from, name: staff.name, session: spell.handover ?? '' };
        if (spell.handover === undefined) return report({ record, at, messageId: 'missing', data });
        const session = records.byId.get(spell.handover);
        if (session?.kind !== 'session') return report({ record, at: { pointer: `${at.pointer}/handover` }, messageId: 'notFound', data });
        if (!peopleIn(session.data).includes(staff.id)) report({ record, at: { pointer: `${at.pointer}/handover` }, messageId: 'notTheirs', data });
      });
    }
  },
};
