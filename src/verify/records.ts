/** The record part of `supv verify`: every signature of every selected record checked (src/sign/check.ts). */
import { checkRecordSignatures, workingTreeKeys, type SignatureContext } from '../sign/check.js';
import type { VerifiedFile, Verifier } from './types.js';

/** The record check of `supv verify`: every signature of every selected record; unreadable records fail, and so does any signature that is not valid. */
export const verifyRecordSignatures: Verifier = ({ records, selected, signatureContext }) => {
  // Without a context from the CLI (history, policy, trust list): today's staff records, nothing required.
  const context: SignatureContext = signatureContext ?? { records, timezone: 'UTC', requireKeys: false, keys: workingTreeKeys(records) };
  // Staff records are never signed; listing each as "not signed" would bury the records that matter.
  const signable = selected.filter((record) => record.kind !== 'staff' || Array.isArray(record.data?.signatures));
  return signable.map((record): VerifiedFile => {
    if (record.parseProblem || !record.data) {
      const problem = record.parseProblem;
      return { file: record.file, subject: 'record', ok: false, signatures: [], problem: `cannot be read${problem ? ` (line ${problem.line}, column ${problem.column}: ${problem.message})` : ''}` };
    }
    const signatures = checkRecordSignatures(record, context);
    return { file: record.file, subject: 'record', ok: signatures.every((check) => check.status !== 'not-valid'), signatures };
  });
};
