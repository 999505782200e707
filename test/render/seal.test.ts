/**
 * `--p12`: each PDF carries a PKCS#7 signature over the whole file, which
 * poppler's pdfsig reports valid; one flipped byte and it reports a digest
 * mismatch. pdfsig exits 0 either way, so its words are what count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { makeP12, PASSWORD, pdfsig } from '../verify/helpers.js';
import { makeRecordsRepo, pdfText, skipReason, unwrapped } from './fixtures.js';

const reason = skipReason() ?? (spawnSync('openssl', ['version']).status === 0 ? undefined : 'openssl is not installed');

/** supv in this process, on the date the fixtures' records expect. */
const supv = (args: string[], cwd: string, env: Record<string, string>) => runInProcess(args, cwd, new Date('2025-03-01T12:00:00Z'), env);

describe.skipIf(reason)(`sealed PDFs${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let p12 = '';
  beforeAll(() => {
    p12 = makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-')), 'Riverside Family Centre Records', 'Riverside Family Centre');
  });

  it('pdfsig reports the seal valid over the whole document, and a flipped byte as a digest mismatch', async () => {
    const root = makeRecordsRepo();
    const run = await supv(['build', 'records/sessions', 'records/decisions', '--p12', p12], root, { SUPV_P12_PASSWORD: PASSWORD });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const file = path.join(root, 'dist/pdf/session/2025-02-03-jo-bloggs.pdf');
    const report = pdfsig(file);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Riverside Family Centre Records');
    expect(unwrapped(pdfText(file))).toContain(unwrapped('Page 1 of'));
    const manifest = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8'));
    expect(manifest.records['2025-02-03-jo-bloggs'].sealed).toBe(true);

    // Flip one byte of the page content (inside the signed ranges, well before the signature).
    const bytes = readFileSync(file);
    const at = bytes.indexOf('stream') + 200;
    bytes[at] = bytes[at]! ^ 0x01;
    const tampered = path.join(root, 'tampered.pdf');
    writeFileSync(tampered, bytes);
    expect(pdfsig(tampered)).toContain('Digest Mismatch');

    // Building without --p12 replaces sealed PDFs; with it again, seals them.
    expect((await supv(['build', 'records/sessions'], root, {})).stdout).toMatch(/^built 1, unchanged 0/);
    expect(pdfsig(file)).toMatch(/does not contain any signatures/);
  });

  it('a wrong password or a missing one stops the build before rendering', async () => {
    const root = makeRecordsRepo();
    const wrong = await supv(['build', '--p12', p12], root, { SUPV_P12_PASSWORD: 'wrong' });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('--p12');
    const missing = await supv(['build', '--p12', p12], root, {});
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('SUPV_P12_PASSWORD');
  });
});
