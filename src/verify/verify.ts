/**
 * `supv verify` as a library function: every record signature, and every
 * built PDF's seal and the content hash it carries, checked.
 */
import { verifyRecordSignatures } from './records.js';
import type { VerifiedFile, Verifier, VerifyInput } from './types.js';

/** The built PDFs' seals and content hashes; pdf-lib and node-forge load only when there are PDFs to check. */
export const verifyBuiltPdfs: Verifier = async (input) => (input.pdfs ? (await import('./pdfs.js')).verifyPdfs(input) : []);

/** The checks `supv verify` runs, in order. */
export const verifiers: Verifier[] = [verifyRecordSignatures, verifyBuiltPdfs];

/** Run the checks and return every file's result, in the order the checks gave them. */
export async function verifyAll(input: VerifyInput, checks: Verifier[] = verifiers): Promise<VerifiedFile[]> {
  const results: VerifiedFile[] = [];
  for (const check of checks) results.push(...(await check(input)));
  return results;
}
