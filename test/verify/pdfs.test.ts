/**
 * `supv verify` checks built PDFs: the digital seal (parsed in TypeScript,
 * cross-checked with poppler's pdfsig) and the content hash each PDF carries
 * against the record as it is now. PDFs come from a real `supv build`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSpawned } from '../helpers/cli.js';
import { makeRecordsRepo } from '../render/fixtures.js';
import { appendIncrementalUpdate, copyRepo, DECISION_FILE, DECISION_PDF, makeP12, PASSWORD, pdfsig, read, SEALER, SESSION_FILE, SESSION_PDF, supv, verifySkipReason } from './helpers.js';

const reason = verifySkipReason();

/** A PDF with supv's keywords for a bundle (or another document): no record id, no content hash. */
async function bundleLikePdf(what = 'bundle'): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  document.setKeywords(['supv', what, 'OFFICIAL-SENSITIVE', 'commit:uncommitted']);
  return document.save({ useObjectStreams: false });
}

describe.skipIf(reason)(`supv verify and built PDFs${reason ? ` (skipped: ${reason})` : ''}`, () => {
  /** A repository with the session and the decision built and sealed into dist/, and built unsealed into plain/. */
  let built = '';

  beforeAll(async () => {
    const p12 = makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-')));
    built = makeRecordsRepo();
    const sealed = await supv(['build', 'records/sessions', 'records/decisions', '--p12', p12], built, { SUPV_P12_PASSWORD: PASSWORD });
    expect(sealed.stderr).toBe('');
    expect(sealed.exitCode).toBe(0);
    const plain = await supv(['build', 'records/decisions', '--out', 'plain'], built);
    expect(plain.exitCode).toBe(0);
  });

  it('a sealed PDF verifies: who sealed it and when, honest about trust, and the hash matches the record', async () => {
    const root = copyRepo(built);
    const run = await supv(['verify'], root);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(`^ok {3}${SESSION_PDF}  sealed by CN=${SEALER} at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\(signer not pinned: any certificate would pass\\), content unchanged since it was built \\(${SESSION_FILE}\\)$`, 'm'),
    );
    expect(run.stdout).toContain(`ok   ${DECISION_PDF}  sealed by CN=${SEALER}`);
    // Three records (one unsigned; staff records are not listed) and two PDFs.
    expect(run.stdout).toMatch(/^5 files checked: 4 ok, 0 failed, 1 not signed, 0 not sealed; all signatures hold$/m);
    expect(run.exitCode).toBe(0);
    // poppler agrees.
    const report = pdfsig(path.join(root, SESSION_PDF));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signer Certificate Common Name: ${SEALER}`);
  });

  it('--format json carries each PDF: seal, signer, byte range, the record it shows, and the counts', async () => {
    const root = copyRepo(built);
    const run = await supv(['verify', '--format', 'json'], root);
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.summary).toEqual({ checked: 5, ok: 4, failed: 0, unsigned: 1, unsealed: 0, pdfs: 2 });
    const session = json.files.find((file: { file: string }) => file.file === SESSION_PDF);
    expect(session).toMatchObject({ subject: 'pdf', ok: true, pdf: { sealed: true, problems: [], record: { id: '2025-02-03-jo-bloggs', kind: 'session', file: SESSION_FILE, outcome: 'matches' } } });
    expect(session.pdf.seals).toHaveLength(1);
    expect(session.pdf.seals[0]).toMatchObject({ ok: true, signer: SEALER, digestAlgorithm: 'sha256', coversWholeFile: true });
    expect(session.pdf.seals[0].subject).toContain(`CN=${SEALER}`);
    const [a, b, c, d] = session.pdf.seals[0].byteRange;
    expect(a).toBe(0);
    expect(c + d).toBe(read(root, SESSION_PDF).length);
    expect(c).toBeGreaterThan(b);
  });

  it('a flipped byte inside a signed range: digest mismatch (pdfsig agrees), exit 1', async () => {
    const root = copyRepo(built);
    const bytes = read(root, SESSION_PDF);
    const at = bytes.indexOf('stream') + 200;
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(path.join(root, SESSION_PDF), bytes);
    expect(pdfsig(path.join(root, SESSION_PDF))).toContain('Digest Mismatch');
    const run = await supv(['verify'], root);
    expect(run.stdout).toContain(`FAIL ${SESSION_PDF}  digest mismatch: the PDF changed after it was sealed`);
    expect(run.stdout).toContain(`ok   ${DECISION_PDF}`);
    expect(run.stdout).toMatch(/^5 files checked: 3 ok, 1 failed, 1 not signed, 0 not sealed; 1 failed$/m);
    expect(run.exitCode).toBe(1);
  });

  it('a flipped byte in the second signed range (after the signature) is a digest mismatch too', async () => {
    const root = copyRepo(built);
    const bytes = read(root, SESSION_PDF);
    // The signature dictionary's /Reason string lies after /Contents, in the second range.
    const at = bytes.indexOf('(Record issued by supv') + 1;
    expect(at).toBeGreaterThan(bytes.indexOf('/Contents <'));
    bytes[at] = 'r'.charCodeAt(0);
    writeFileSync(path.join(root, SESSION_PDF), bytes);
    expect(pdfsig(path.join(root, SESSION_PDF))).toContain('Digest Mismatch');
    const run = await supv(['verify', SESSION_PDF], root);
    expect(run.stdout).toContain(`FAIL ${SESSION_PDF}  digest mismatch: the PDF changed after it was sealed`);
    expect(run.exitCode).toBe(1);
  });

  it('an incremental update appended after the seal: the seal does not cover the whole file (pdfsig: not total document signed)', async () => {
    const root = copyRepo(built);
    const file = path.join(root, SESSION_PDF);
    writeFileSync(file, await appendIncrementalUpdate(read(root, SESSION_PDF)));
    const report = pdfsig(file);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Not total document signed');
    const run = await supv(['verify', SESSION_PDF], root);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`FAIL ${SESSION_PDF}  the seal does not cover the whole file (bytes were added after sealing)`);
    expect(run.exitCode).toBe(1);
  });

  it('a record edited after the build: its PDF fails, saying to run supv build', async () => {
    const root = copyRepo(built);
    const record = path.join(root, DECISION_FILE);
    writeFileSync(record, read(root, DECISION_FILE).toString('utf8').replace('request a strategy discussion', 'hold a strategy meeting'));
    const run = await supv(['verify'], root);
    expect(run.stdout).toContain(`FAIL ${DECISION_PDF}  the record changed after this PDF was built: run supv build (${DECISION_FILE}) (sealed by CN=${SEALER} at `);
    expect(run.stdout).toContain(`ok   ${SESSION_PDF}`);
    expect(run.exitCode).toBe(1);
    // Building again makes it right.
    const rebuilt = await supv(['build', 'records/decisions'], root);
    expect(rebuilt.exitCode).toBe(0);
    const again = await supv(['verify', DECISION_FILE], root);
    expect(again.stdout).toContain(`-    ${DECISION_PDF}  not sealed, content unchanged since it was built (${DECISION_FILE})`);
    expect(again.exitCode).toBe(0);
  });

  it("a deleted record's PDF fails: the record no longer exists", async () => {
    const root = copyRepo(built);
    rmSync(path.join(root, DECISION_FILE));
    const run = await supv(['verify'], root);
    expect(run.stdout).toContain(`FAIL ${DECISION_PDF}  the record no longer exists (decision dec-2025-02-03-fam-0042)`);
    expect(run.exitCode).toBe(1);
  });

  it('an unsealed PDF passes ("not sealed"), and fails with --require-seal', async () => {
    const root = copyRepo(built);
    const plain = 'plain/pdf/decision/dec-2025-02-03-fam-0042.pdf';
    expect(pdfsig(path.join(root, plain))).toMatch(/does not contain any signatures/);
    const run = await supv(['verify', '--out', 'plain'], root);
    expect(run.stdout).toContain(`-    ${plain}  not sealed, content unchanged since it was built (${DECISION_FILE})`);
    expect(run.stdout).toMatch(/^4 files checked: 2 ok, 0 failed, 1 not signed, 1 not sealed; all signatures hold$/m);
    expect(run.exitCode).toBe(0);
    const strict = await supv(['verify', '--out', 'plain', '--require-seal'], root);
    expect(strict.stdout).toContain(`FAIL ${plain}  not sealed (--require-seal)`);
    expect(strict.exitCode).toBe(1);
    // The sealed ones pass --require-seal; a PDF that is neither a record PDF nor a bundle (a report) is never asked for a seal.
    writeFileSync(path.join(root, 'dist/report.pdf'), await bundleLikePdf('report'));
    const sealed = await supv(['verify', '--require-seal'], root);
    expect(sealed.stdout).toContain('-    dist/report.pdf  not sealed, not a record PDF: no content hash to compare');
    expect(sealed.exitCode).toBe(0);
    // A bundle can be sealed (bundle --p12), so --require-seal asks it of a bundle too.
    writeFileSync(path.join(root, 'dist/bundle.pdf'), await bundleLikePdf());
    const bundle = await supv(['verify', '--require-seal'], root);
    expect(bundle.stdout).toContain('FAIL dist/bundle.pdf  not sealed (--require-seal)');
    expect(bundle.exitCode).toBe(1);
  });

  it('a sealed PDF replaced by an unsealed copy fails: the manifest says the last build sealed it', async () => {
    const root = copyRepo(built);
    writeFileSync(path.join(root, DECISION_PDF), read(root, 'plain/pdf/decision/dec-2025-02-03-fam-0042.pdf'));
    const run = await supv(['verify', DECISION_PDF], root);
    expect(run.stdout).toContain(`FAIL ${DECISION_PDF}  the seal is gone: manifest.json says the last build sealed this PDF`);
    expect(run.exitCode).toBe(1);
  });

  it('a truncated or garbage PDF cannot be read: exit 1, a reason, no stack trace', async () => {
    const root = copyRepo(built);
    const bytes = read(root, SESSION_PDF);
    writeFileSync(path.join(root, SESSION_PDF), bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(path.join(root, 'dist/pdf/decision/garbage.pdf'), 'this is not a PDF at all\n');
    writeFileSync(path.join(root, 'dist/pdf/decision/half-header.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n%%EOF\n');
    const run = await supv(['verify'], root);
    expect(run.stdout).toContain(`FAIL ${SESSION_PDF}  cannot be read (no %%EOF at the end: the file was cut short)`);
    expect(run.stdout).toContain('FAIL dist/pdf/decision/garbage.pdf  cannot be read (not a PDF: no %PDF header)');
    expect(run.stdout).toMatch(/^FAIL dist\/pdf\/decision\/half-header\.pdf {2}cannot be read \(.+\)$/m);
    expect(run.stdout).toContain(`ok   ${DECISION_PDF}`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    // The real binary too.
    const spawned = runSpawned(['verify', 'dist/pdf/decision'], root);
    expect(spawned.stdout).toContain('FAIL dist/pdf/decision/garbage.pdf  cannot be read (not a PDF: no %PDF header)');
    expect(spawned.stderr).toBe('');
    expect(spawned.exitCode).toBe(1);
  });

  it('paths choose what is checked: a record brings its PDF; a path in the output folder checks only PDFs', async () => {
    const root = copyRepo(built);
    const byRecord = await supv(['verify', 'records/decisions'], root);
    expect(byRecord.stdout.trim().split('\n').slice(0, 2)).toEqual([`-    ${DECISION_FILE}  not signed`, expect.stringContaining(`ok   ${DECISION_PDF}`)]);
    expect(byRecord.stdout).not.toContain(SESSION_PDF);
    const byPdf = await supv(['verify', 'dist/pdf/session'], root);
    expect(byPdf.stdout).toMatch(/^1 file checked: 1 ok, 0 failed, 0 not signed, 0 not sealed; all signatures hold$/m);
    expect(byPdf.stdout).toContain(`ok   ${SESSION_PDF}`);
    const nothing = await supv(['verify', 'dist/pdf/contract'], root);
    expect(nothing.exitCode).toBe(2);
    expect(nothing.stderr).toContain('no PDFs found at dist/pdf/contract');
    const noFolder = await supv(['verify', '--out', 'nowhere'], root);
    expect(noFolder.exitCode).toBe(2);
    expect(noFolder.stderr).toContain('--out nowhere: no such folder');
  });

  it('a PDF that is not where its record id says, or carries no record, fails in pdf/', async () => {
    const root = copyRepo(built);
    writeFileSync(path.join(root, 'dist/pdf/session/2025-03-03-jo-bloggs.pdf'), read(root, SESSION_PDF));
    const run = await supv(['verify', 'dist'], root);
    expect(run.stdout).toContain('FAIL dist/pdf/session/2025-03-03-jo-bloggs.pdf  it shows session 2025-02-03-jo-bloggs but is not at pdf/session/2025-02-03-jo-bloggs.pdf');
    expect(run.exitCode).toBe(1);
  });
});
