/**
 * The organisation's digital seal on a built PDF: a PKCS#7 (CMS) detached
 * signature over the whole file, made with a PKCS#12 certificate. It runs
 * after the metadata step, so the signature covers the final bytes; any later
 * change to the file makes `pdfsig` (or Acrobat) report it.
 */

import { UserError } from '../util/errors.js';

// The signing libraries load when a seal is made: a build without --p12 (or with nothing to render) should not pay
// for them.
const signing = async () => {
  const [{ plainAddPlaceholder }, { P12Signer }, { SignPdf }] = await Promise.all([
    import('@signpdf/placeholder-plain'),
    import('@signpdf/signer-p12'),
    import('@signpdf/signpdf'),
  ]);
  return { plainAddPlaceholder, P12Signer, SignPdf };
};

/** The PKCS#12 file and its password (`SUPV_P12_PASSWORD`). */
export interface SealKey {
  p12: Uint8Array;
  password: string;
}

/** What the signature dictionary says about the seal. */
export interface SealDetails {
  organisation: string;
  reason?: string;
  /** The signing time written into the signature; defaults to now (a seal is when it was applied). */
  signingTime?: Date;
}

/** The P12 cannot be used: wrong password, or not a PKCS#12 file. */
export class SealKeyError extends UserError {}

/**
 * Try the key once per run, by sealing a one-page blank PDF, so a wrong
 * password is reported before any record is rendered (the signer reads the
 * P12 only when it signs).
 */
export async function checkSealKey(key: SealKey): Promise<void> {
  const { PDFDocument } = await import('pdf-lib');
  const blank = await PDFDocument.create();
  blank.addPage([200, 200]);
  const bytes = await blank.save({ useObjectStreams: false });
  try {
    await sealPdf(bytes, key, { organisation: 'supv key check', signingTime: new Date(0) });
  } catch (error) {
    throw new SealKeyError(`the --p12 file cannot be used (${(error as Error).message.split('\n')[0]}); check the file and SUPV_P12_PASSWORD`);
  }
}

/** Add a signature placeholder to the PDF and sign it with a fresh signer for this document. */
export async function sealPdf(pdf: Uint8Array, key: SealKey, details: SealDetails): Promise<Uint8Array> {
  const { plainAddPlaceholder, P12Signer, SignPdf } = await signing();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: details.reason ?? 'Record issued by supv for inspection',
    contactInfo: '',
    name: details.organisation,
    location: '',
    signingTime: details.signingTime,
    signatureLength: 16384,
    appName: 'supv',
  });
  const signer = new P12Signer(Buffer.from(key.p12), { passphrase: key.password });
  const signed = await new SignPdf().sign(withPlaceholder, signer, details.signingTime);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
