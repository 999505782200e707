/**
 * The seal check on its own, on small PDFs sealed the way `supv build --p12`
 * seals (no Chromium needed): what it reports, and that a damaged seal is a
 * reason, never an exception.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealPdf } from '../../src/render/seal.js';
import { checkSeals, DIGEST_MISMATCH, NOT_WHOLE_FILE } from '../../src/verify/seal.js';
import { appendIncrementalUpdate, makeP12, PASSWORD, SEALER } from './helpers.js';

const reason = spawnSync('openssl', ['version']).status === 0 ? undefined : 'openssl is not installed';
const SEALED_AT = new Date('2025-03-01T12:00:00Z');

async function blankPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]).drawText('Supervision record', { x: 20, y: 100, size: 12 });
  document.setKeywords(['supv', 'session', '2025-02-03-jo-bloggs']);
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** Where the DER of the signature starts (after `/Contents <`) and how long it is, in bytes. */
function signatureDer(bytes: Buffer): { hexStart: number; derLength: number } {
  const hexStart = bytes.indexOf('/Contents <') + '/Contents <'.length;
  const head = Buffer.from(bytes.subarray(hexStart, hexStart + 8).toString('latin1'), 'hex');
  expect(head[0]).toBe(0x30);
  expect(head[1]).toBe(0x82);
  return { hexStart, derLength: 4 + head.readUInt16BE(2) };
}

describe.skipIf(reason)(`checkSeals${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let sealed = Buffer.alloc(0);

  beforeAll(async () => {
    const p12 = readFileSync(makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-'))));
    sealed = Buffer.from(await sealPdf(await blankPdf(), { p12, password: PASSWORD }, { organisation: 'Larkfield Primary School', signingTime: SEALED_AT }));
  });

  it('an unsealed PDF has no seals', async () => {
    expect(checkSeals(await blankPdf())).toEqual([]);
  });

  it('reports the signer, the signing time and the digest of a good seal', () => {
    const [seal, ...more] = checkSeals(sealed);
    expect(more).toEqual([]);
    expect(seal).toMatchObject({ ok: true, signer: SEALER, signingTime: '2025-03-01T12:00:00Z', digestAlgorithm: 'sha256', coversWholeFile: true });
    expect(seal?.subject).toBe(`CN=${SEALER}, O=Larkfield Academy Trust`);
    expect(seal?.problem).toBeUndefined();
  });

  it('a changed byte of the signed content is a digest mismatch', () => {
    const bytes = Buffer.from(sealed);
    const at = bytes.indexOf('stream') + 10;
    bytes[at] = bytes[at]! ^ 0x20;
    expect(checkSeals(bytes)[0]).toMatchObject({ ok: false, problem: DIGEST_MISMATCH });
  });

  it('a changed signature value does not verify against the certificate', () => {
    const bytes = Buffer.from(sealed);
    const { hexStart, derLength } = signatureDer(bytes);
    // The RSA signature is the last value of the DER; change one hex digit in it.
    const at = hexStart + 2 * (derLength - 10);
    bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
    expect(checkSeals(bytes)[0]).toMatchObject({ ok: false, signer: SEALER, problem: "the seal's signature does not verify against its certificate" });
  });

  it('a signature that is not CMS cannot be read, and says so', () => {
    const bytes = Buffer.from(sealed);
    const { hexStart } = signatureDer(bytes);
    bytes.write('ffff', hexStart, 'latin1');
    const [seal] = checkSeals(bytes);
    expect(seal?.ok).toBe(false);
    expect(seal?.problem).toMatch(/^the seal's PKCS#7 data cannot be read \(.+\)$/);
  });

  it('bytes appended after sealing: the seal no longer covers the whole file', async () => {
    const [seal] = checkSeals(await appendIncrementalUpdate(sealed));
    expect(seal).toMatchObject({ ok: false, coversWholeFile: false, problem: NOT_WHOLE_FILE, signer: SEALER });
  });

  it('a file cut short inside the seal says so', () => {
    const [seal] = checkSeals(sealed.subarray(0, sealed.length - 100));
    expect(seal?.ok).toBe(false);
    expect(seal?.problem).toContain('cut short after sealing');
  });

  it('a placeholder never signed is a seal that cannot be read', async () => {
    const placeholder = plainAddPlaceholder({ pdfBuffer: await blankPdf(), reason: 'test', contactInfo: '', name: 'Larkfield', location: '' });
    const [seal] = checkSeals(placeholder);
    expect(seal?.ok).toBe(false);
    expect(seal?.problem).toContain('/ByteRange');
  });
});
