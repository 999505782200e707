import type { Rule } from '../rule.js';
import { PublicKeys, checkRecordSignatures, type SignatureOutcome } from '../../sign/check.js';
import { docsUrl } from './docs.js';

const MESSAGE_FOR: Partial<Record<SignatureOutcome, string>> = { changed: 'changed', 'bad-sig': 'badSig', 'no-key': 'noKey' };

/**
 * A signature that no longer vouches for the record: its content hash differs
 * (the record changed after it was signed), or its personal `sig` does not
 * verify or cannot be checked. Incomplete entries are the schema rule's.
 */
export const signatureMismatch: Rule = {
  meta: {
    id: 'signature-mismatch',
    description: 'a signature whose hash no longer matches, or whose `sig` does not verify',
    defaultSeverity: 'error',
    docs: docsUrl('signature-mismatch'),
    messages: {
      changed: 'the record changed after {name} signed it as {role} on {at}; review the changes and sign again',
      badSig: "the personal signature of {name} ({role}) does not verify against {by}'s public_key: the record or the signature changed after it was given",
      noKey: 'the personal signature of {name} ({role}) cannot be checked: {reason}',
    },
  },
  check({ records, report }) {
    const keys = new PublicKeys(records);
    for (const record of records.files) {
      for (const check of checkRecordSignatures(record, keys)) {
        const messageId = MESSAGE_FOR[check.outcome];
        if (!messageId) continue;
        const reason = check.outcome === 'no-key' ? String(keys.get(check.by)) : '';
        // People are named as the records name them; the id stays where the key is concerned.
        const signer = records.byId.get(check.by);
        const name = signer?.kind === 'staff' ? signer.data.name : check.by;
        report({ record, at: { pointer: `/signatures/${check.index}` }, messageId, data: { by: check.by, name, role: check.role, at: check.at, reason } });
      }
    }
  },
};
