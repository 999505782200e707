import { isValidRecord, type RecordSet } from '../../model.js';
import type { Rule } from '../rule.js';
import { addDuration } from '../../policy/dates.js';
import { recordDate } from '../../policy/record-date.js';
import { requiredSigners, signaturesOf } from '../../policy/signers.js';
import { docsUrl } from './docs.js';

/**
 * Sessions are "signed off and dated by supervisor and supervisee" (every
 * attendee of a group), contracts by both parties, decisions by the
 * supervisor. A missing signature is a warning while `sign_within` of the
 * record's date runs, an error after. Only presence is checked here: whether
 * a signature still matches the record is signature-mismatch's job. Records
 * dated after the as-of date are left to future-date.
 */
export const unsigned: Rule = {
  meta: {
    id: 'unsigned',
    scope: 'linked',
    description: 'a required signature missing past `sign_within` (a warning before)',
    defaultSeverity: 'error',
    docs: docsUrl('unsigned'),
    messages: {
      overdue: 'not signed by {name} ({role}); signatures were due by {due}',
      pending: 'not yet signed by {name} ({role}); signatures are due by {due}',
    },
  },
  check({ records, config, asOf, report, keeps }) {
    for (const record of records.files) {
      if (!isValidRecord(record) || !keeps(record.file)) continue;
      const dated = recordDate(record);
      if (!dated || dated.date > asOf) continue;
      const due = addDuration(dated.date, config.policy.sign_within, config.timezone);
      const late = asOf > due;
      const signatures = signaturesOf(record);
      for (const signer of requiredSigners(record)) {
        // hasSigned, without a callback per signer of every record.
        let signed = false;
        for (const signature of signatures) if (signature.by === signer.by && signature.role === signer.role) signed = true;
        if (signed) continue;
        report({
          record,
          at: { pointer: 'signatures' in record.data ? '/signatures' : '/id', target: 'key' },
          messageId: late ? 'overdue' : 'pending',
          data: { name: staffName(records, signer.by), role: signer.role, due, by: signer.by },
          severity: late ? 'error' : 'warning',
        });
      }
    }
  },
};

/** The person's name from their staff record, or their id when there is none. */
function staffName(records: RecordSet, id: string): string {
  const staff = records.byId.get(id);
  return staff?.kind === 'staff' ? staff.data.name : id;
}
