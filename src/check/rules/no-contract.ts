import type { Rule } from '../rule.js';
import { isSignedByBoth, missingContractSigners } from '../../policy/contracts.js';
import { nameOf } from '../../policy/supervisees.js';
import { docsUrl } from './docs.js';

/** An active supervisee without a supervision contract signed by both parties. */
export const noContract: Rule = {
  meta: {
    id: 'no-contract',
    description: 'an active supervisee with no signed contract',
    defaultSeverity: 'error',
    docs: docsUrl('no-contract'),
    messages: {
      none: 'no supervision contract for {name}: agree one with {supervisor} and have both sign it',
      unsigned: 'no supervision contract signed by both parties: {contract} is not signed by {missing}',
    },
  },
  check({ facts, report }) {
    const index = facts.supervisionIndex;
    for (const status of facts.statuses) {
      // Only people with a current supervisor are supervisees; the rest have nobody to contract with.
      if (!status.supervisor) continue;
      const contracts = index.contractsOf.get(status.person.data.id) ?? [];
      if (contracts.some((contract) => isSignedByBoth(contract.data))) continue;
      const at = { pointer: '/id' };
      const latest = contracts.at(-1);
      if (!latest) {
        report({ record: status.person.record, at, messageId: 'none', data: { name: status.person.data.name, supervisor: status.supervisor.name } });
        continue;
      }
      const missing = missingContractSigners(latest.data)
        .map((role) => `the ${role}, ${nameOf(index, role === 'supervisor' ? latest.data.supervisor! : latest.data.supervisee)}`)
        .join(', nor ');
      report({ record: status.person.record, at, messageId: 'unsigned', data: { contract: latest.data.id, missing } });
    }
  },
};
