import type { Rule } from '../rule.js';
import { ONE_SUPERVISEE_TYPES } from '../../policy/signers.js';
import { docsUrl } from './docs.js';

/**
 * Group supervision records "show that it was a group and that the boundaries
 * of confidentiality were agreed": a group or joint-agency session needs
 * `confidentiality_agreed: true`.
 */
export const groupConfidentiality: Rule = {
  meta: {
    id: 'group-confidentiality',
    description: 'a group session without `confidentiality_agreed: true`',
    defaultSeverity: 'error',
    docs: docsUrl('group-confidentiality'),
    scope: 'record',
    messages: {
      notAgreed: 'a {type} session must record that the boundaries of confidentiality were agreed: `confidentiality_agreed: true`',
    },
  },
  check({ records, report }) {
    for (const record of records.ofKind.session) {
      const session = record.data;
      if (ONE_SUPERVISEE_TYPES.has(session.type) || session.confidentiality_agreed === true) continue;
      const pointer = 'confidentiality_agreed' in session ? '/confidentiality_agreed' : '/type';
      report({ record, at: { pointer }, messageId: 'notAgreed', data: { type: session.type } });
    }
  },
};
