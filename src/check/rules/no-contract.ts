import type { Rule } from '../rule.js';
import { isSignedByBoth, missingContractSigners } from '../../policy/contracts.js';
import { addDuration, durationInWords } from '../../policy/dates.js';
import { nameOf, type ContractEntry, type SupervisionIndex } from '../../policy/supervisees.js';
import type { Staff } from '../../types/records.generated.js';
import { docsUrl } from './docs.js';

/**
 * An active supervisee without a supervision contract signed by both
 * parties; and, once `policy.contract_after_change` has passed since their
 * current supervisor took over, without one signed by both with that
 * supervisor (SPEC §11.2: the contract is reviewed whenever the supervisor
 * changes, so the old supervisor's contract no longer counts).
 */
export const noContract: Rule = {
  meta: {
    id: 'no-contract',
    scope: 'linked',
    description: 'an active supervisee with no signed contract, or none with their current supervisor after `contract_after_change`',
    defaultSeverity: 'error',
    docs: docsUrl('no-contract'),
    messages: {
      none: 'no supervision contract for {name}: agree one with {supervisor} and have both sign it',
      noneExternal: 'no supervision contract for {name}: agree one with {supervisor} and have {name} sign it (an external supervisor has no staff record to sign as)',
      unsigned: 'no supervision contract signed by both parties: {contract} is not signed by {missing}',
      changed:
        'no supervision contract with {supervisor}, supervisor of {name} since {from}: the signed contract {contract} is with {previous}; a contract with {supervisor} signed by both was due by {due} (`contract_after_change`: {after})',
      changedUnsigned:
        'no supervision contract signed by both with {supervisor}, supervisor of {name} since {from}: {contract} is not signed by {missing}; it was due by {due} (`contract_after_change`: {after})',
    },
  },
  check({ facts, config, asOf, report, keeps }) {
    const index = facts.supervisionIndex;
    for (const entry of facts.inPost) {
      // Every finding of this rule is on the supervisee's staff record.
      if (!keeps(entry.record.file)) continue;
      const status = facts.statusOf(entry);
      // Only people with a current supervisor are supervisees; the rest have nobody to contract with.
      if (!status.supervisor) continue;
      const person = status.person.data;
      const contracts = index.contractsOf.get(person.id) ?? [];
      const at = { pointer: '/id' };
      const signed = contracts.filter((contract) => isSignedByBoth(contract.data));
      const supervisorId = status.supervisor.id;
      const spell = person.supervisors[status.supervisor.index]!;
      const due = addDuration(spell.from, config.policy.contract_after_change, config.timezone);
      if (signed.length > 0 && supervisorId !== undefined && asOf > due) {
        // The contract must be with the current supervisor, agreed since anyone else last took over.
        const since = otherSupervisorSince(person, status.supervisor.index, supervisorId);
        const withCurrent = contracts.filter((contract) => contract.data.supervisor === supervisorId && (since === undefined || contract.data.agreed >= since));
        if (withCurrent.some((contract) => isSignedByBoth(contract.data))) continue;
        const data = { supervisor: status.supervisor.name, name: person.name, from: spell.from, due, after: durationInWords(config.policy.contract_after_change) };
        const pending = withCurrent.at(-1);
        if (pending) {
          report({ record: status.person.record, at, messageId: 'changedUnsigned', data: { ...data, contract: pending.data.id, missing: missingSigners(index, pending) } });
        } else {
          const last = signed.at(-1)!;
          report({ record: status.person.record, at, messageId: 'changed', data: { ...data, contract: last.data.id, previous: last.data.supervisor !== undefined ? nameOf(index, last.data.supervisor) : (last.data.supervisor_external?.name ?? 'an external supervisor') } });
        }
        continue;
      }
      if (signed.length > 0) continue;
      const latest = contracts.at(-1);
      if (!latest) {
        report({ record: status.person.record, at, messageId: 'external' in status.supervisor.ref ? 'noneExternal' : 'none', data: { name: person.name, supervisor: status.supervisor.name } });
        continue;
      }
      report({ record: status.person.record, at, messageId: 'unsigned', data: { contract: latest.data.id, missing: missingSigners(index, latest) } });
    }
  },
};

function missingSigners(index: SupervisionIndex, contract: ContractEntry): string {
  return missingContractSigners(contract.data)
    .map((role) => `the ${role}, ${nameOf(index, role === "supervisor" ? contract.data.supervisor! : contract.data.supervisee)}`)
    .join(', nor ');
}

/**
 * When someone other than `supervisorId` last began supervising before the
 * current spell: a contract with the current supervisor agreed before then
 * belongs to an earlier spell, not to this one. Undefined when nobody else
 * ever supervised them.
 */
function otherSupervisorSince(staff: Staff, currentIndex: number, supervisorId: string): string | undefined {
  const current = staff.supervisors[currentIndex]!;
  let since: string | undefined;
  for (const spell of staff.supervisors) {
    if (spell === current || spell.id === supervisorId || spell.from > current.from) continue;
    if (since === undefined || spell.from > since) since = spell.from;
  }
  return since;
}
