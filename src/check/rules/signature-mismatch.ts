import type { Rule } from '../rule.js';
import { signatureStatuses, type NotValidCode, type SignatureContext } from '../../sign/check.js';
import { keyHistoryFor } from '../../sign/key-history.js';
import { docsUrl } from './docs.js';

/** Incomplete entries are the schema rule's, unknown signers unknown-ref's. */
const MESSAGE_FOR: Partial<Record<NotValidCode, string>> = { changed: 'changed', role: 'role', 'no-sig': 'noSig', 'bad-sig': 'badSig', 'no-key': 'noKey', untrusted: 'badSig' };

/**
 * A signature that does not vouch for the record (SPEC §11.1): its content
 * hash differs (the record changed after it was signed), its role does not
 * fit the record, or it is by someone who held a personal key then (or under
 * `policy.require_keys`) without a `sig` that verifies with that key. Keys
 * are read as the signer's staff record stood in git when the signature was
 * committed (src/sign/key-history.ts). Superseded entries (the same person
 * signed again in the same role) are history, not findings.
 */
export const signatureMismatch: Rule = {
  meta: {
    id: 'signature-mismatch',
    scope: 'linked',
    description: 'a signature whose hash no longer matches, whose role does not fit, or by a key holder without a `sig` that verifies',
    defaultSeverity: 'error',
    docs: docsUrl('signature-mismatch'),
    usesGit: 'optional',
    withoutHistory: "keys are read from today's staff records, a `public_key` counting from any day",
    messages: {
      changed: 'the record changed after {name} signed it as {role} on {at}; review the changes and sign again',
      role: '{name} signed as {role}, but is not the {role} of this record; a signature counts only in the role the record gives its signer',
      noSig: 'the signature of {name} ({role}, {at}) is not valid: {reason}. {name} must sign again with their key (`supv sign --key`)',
      badSig: 'the personal signature of {name} ({role}, {at}) is not valid: {reason}',
      noKey: 'the personal signature of {name} ({role}, {at}) is not valid: {reason}',
    },
  },
  async check({ records, config, asOf, history, report, keeps }) {
    // History matters only once someone has held a key; without keys anywhere, no need to ask (and warn) for it.
    // Asked whatever records are signed, so that whether it is asked depends on the staff records alone (`scope: 'linked'`).
    const anyKeys = records.ofKind.staff.some((staff) => staff.data.keys !== undefined || staff.data.public_key !== undefined);
    const git = anyKeys ? history() : undefined;
    const signed = records.files.filter((record) => Array.isArray(record.data?.signatures) && (record.data!.signatures as unknown[]).length > 0 && keeps(record.file));
    if (signed.length === 0) return;
    const keys = await keyHistoryFor(records, git, config.timezone, asOf);
    const context: SignatureContext = { records, timezone: config.timezone, requireKeys: config.policy.require_keys, keys: keys.source };
    for (const record of signed) {
      for (const one of signatureStatuses(record, context).signatures) {
        const messageId = one.code && MESSAGE_FOR[one.code];
        if (one.status !== 'not-valid' || !messageId) continue;
        // People are named as the records name them.
        const signer = records.byId.get(one.entry.by);
        const name = signer?.kind === 'staff' ? signer.data.name : one.entry.by;
        report({ record, at: { pointer: `/signatures/${one.index}${one.code === 'role' ? '/role' : ''}` }, messageId, data: { by: one.entry.by, name, role: one.entry.role, at: one.entry.at, reason: one.reason ?? '' } });
      }
    }
  },
};
