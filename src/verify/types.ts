/** What `supv verify` reports: the result for each file it checked, and what every check is given. */
import type { LoadedRecord, RecordSet } from '../model.js';
import type { SignatureCheck, SignatureContext } from '../sign/check.js';
import type { SealCheck } from './seal.js';
import type { SealPin } from './pin.js';

/** The result for one file `supv verify` looked at: a record now, a built PDF later. */
export interface VerifiedFile {
  /** Repository-relative path. */
  file: string;
  /** What was checked, so output and JSON consumers can tell records from PDFs. */
  subject: 'record' | 'pdf';
  ok: boolean;
  signatures: SignatureCheck[];
  /** Why the file could not be checked at all (it then fails). */
  problem?: string;
  /** For a PDF: its seal and the record it shows (src/verify/pdfs.ts). */
  pdf?: PdfCheck;
}

/** What every check is given: the whole record set (signers' keys live in staff records) and the files asked about. */
export interface VerifyInput {
  root: string;
  records: RecordSet;
  /** The record files to check; every record when the user named none. */
  selected: LoadedRecord[];
  /** The built PDFs to check; none when absent. */
  pdfs?: PdfSelection;
  /** Keys from history, `policy.require_keys` and the trust list (src/sign/key-history.ts `loadSignatureContext`). */
  signatureContext?: SignatureContext;
}

/** One kind of check `supv verify` runs: record signatures, built PDFs. */
export type Verifier = (input: VerifyInput) => VerifiedFile[] | Promise<VerifiedFile[]>;

/** Which PDFs `supv verify` checks, and how strictly. */
export interface PdfSelection {
  /** The output folder, absolute (`config.output` or `--out`). */
  outDir: string;
  /** Only these PDFs (absolute paths); every PDF under `outDir` when absent. */
  files?: string[];
  /** An unsealed PDF fails (`--require-seal`). */
  requireSeal?: boolean;
  /** The one certificate whose seals are accepted (`--trust-cert`, `seal.certificate_sha256`); any certificate when absent. */
  pin?: SealPin;
}

/** How the record a PDF shows compares with that record now. */
export type PdfRecordOutcome =
  /** The record's content hash now is the one the PDF carries. */
  | 'matches'
  /** The record changed after the PDF was built. */
  | 'changed'
  /** No record has that id now. */
  | 'gone'
  /** The record exists but cannot be parsed now. */
  | 'unreadable';

export interface PdfRecordCheck {
  id: string;
  kind: string;
  /** The record file now, repository-relative (absent when gone). */
  file?: string;
  /** The content hash the PDF carries. */
  contentHash: string;
  outcome: PdfRecordOutcome;
}

/** What was found in one PDF. */
export interface PdfCheck {
  /** True when the PDF carries at least one signature dictionary. */
  sealed: boolean;
  seals: SealCheck[];
  /** The record the PDF shows; absent for a PDF that is not a record PDF (a bundle, a report). */
  record?: PdfRecordCheck;
  /** For a bundle: whether it lists its records, and each record it contains compared with the repository now. */
  bundle?: { listed: boolean; records: PdfRecordCheck[] };
  /** Whether a seal was checked against a pinned certificate (`--trust-cert`, `seal.certificate_sha256`). */
  pinned?: boolean;
  /** Plain words for each failure; empty when the PDF is ok. */
  problems: string[];
}
