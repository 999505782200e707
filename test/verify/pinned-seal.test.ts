/**
 * The seal's signer, pinned (SPEC §11.1): two real self-signed certificates
 * for the same fictional school name, one the school's and one anyone could
 * make. With `--trust-cert` or `seal.certificate_sha256`, a seal by the other
 * fails with words saying whose it is and what was expected. `bundle --p12`
 * seals the bundle, and `verify bundle.pdf` says, per record, whether the
 * repository still holds what the bundle printed. poppler (pdfsig, pdfdetach)
 * and openssl read the same PDFs, as an inspector without supv would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRecordsRepo } from '../render/fixtures.js';
import { copyRepo, DECISION_FILE, makeP12, PASSWORD, pdfsig, SEALER, SESSION_FILE, SESSION_PDF, supv, verifySkipReason } from './helpers.js';

const reason = verifySkipReason();

/** The certificate's SHA-256 as openssl prints it (`AB:CD:...`), and as supv prints it (lower-case hex). */
function opensslFingerprint(certificate: string): { colons: string; hex: string } {
  const result = spawnSync('openssl', ['x509', '-in', certificate, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
  const colons = /=([0-9A-F:]+)/.exec(result.stdout)![1]!;
  return { colons, hex: colons.replace(/:/g, '').toLowerCase() };
}

describe.skipIf(reason)(`a pinned seal, and sealed bundles${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let built = '';
  let school = { p12: '', cert: '', sha: { colons: '', hex: '' } };
  let other = { p12: '', cert: '', sha: { colons: '', hex: '' } };
  let bundle = '';

  beforeAll(async () => {
    const make = () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-p12-'));
      // Both certificates name the school: only the pin tells them apart.
      const p12 = makeP12(dir, SEALER, 'Larkfield Academy Trust');
      const cert = path.join(dir, 'seal.crt');
      return { p12, cert, sha: opensslFingerprint(cert) };
    };
    school = make();
    other = make();
    expect(other.sha.hex).not.toBe(school.sha.hex);
    built = makeRecordsRepo();
    const run = await supv(['build', 'records/sessions', 'records/decisions', '--p12', school.p12], built, { SUPV_P12_PASSWORD: PASSWORD });
    expect(run.exitCode).toBe(0);
    bundle = path.join(mkdtempSync(path.join(os.tmpdir(), 'supv-given-')), 'bundle.pdf');
    const made = await supv(['--as-of', '2025-03-01', 'bundle', '--out', bundle, '--p12', school.p12], built, { SUPV_P12_PASSWORD: PASSWORD });
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/^wrote .*bundle\.pdf: 6 records, \d+ pages, \d+ people, sealed\n$/);
    expect(made.exitCode).toBe(0);
  }, 240_000);

  it('--trust-cert with the school\'s certificate: the seals pass and say they are pinned', async () => {
    const run = await supv(['verify', '--trust-cert', school.cert], copyRepo(built));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`ok   ${SESSION_PDF}  sealed by CN=${SEALER}`);
    expect(run.stdout).toContain('(the pinned certificate), content unchanged since it was built');
    expect(run.stdout).not.toContain('not pinned');
    expect(run.exitCode).toBe(0);
  });

  it('--trust-cert with another certificate of the same name: every seal fails, saying whose it is and what was expected', async () => {
    const run = await supv(['verify', '--trust-cert', other.cert], copyRepo(built));
    expect(run.stdout).toContain(
      `FAIL ${SESSION_PDF}  sealed by another certificate than the pinned one: this seal was made by CN=${SEALER}, O=Larkfield Academy Trust (certificate SHA-256 ${school.sha.hex}); expected the certificate with SHA-256 ${other.sha.hex} (--trust-cert ${other.cert})`,
    );
    expect(run.stdout).toMatch(/2 failed; 2 failed|, 2 failed, /);
    expect(run.exitCode).toBe(1);
    // poppler alone cannot tell them apart: both seals read as valid by a certificate of the school's name.
    const report = pdfsig(path.join(built, SESSION_PDF));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${SEALER}`);
  });

  it('a PDF sealed with the other certificate fails the school\'s pin, from the config (openssl\'s colon form)', async () => {
    const root = copyRepo(built);
    const forged = await supv(['build', 'records/decisions', '--out', 'forged', '--p12', other.p12], root, { SUPV_P12_PASSWORD: PASSWORD });
    expect(forged.exitCode).toBe(0);
    writeFileSync(path.join(root, 'supv.config.yaml'), `${readFileSync(path.join(root, 'supv.config.yaml'), 'utf8')}seal:\n  certificate_sha256: "${school.sha.colons}"\n`);
    const run = await supv(['verify', '--out', 'forged'], root);
    expect(run.stdout).toContain(
      `FAIL forged/pdf/decision/dec-2025-02-03-fam-0042.pdf  sealed by another certificate than the pinned one: this seal was made by CN=${SEALER}, O=Larkfield Academy Trust (certificate SHA-256 ${other.sha.hex}); expected the certificate with SHA-256 ${school.sha.hex} (seal.certificate_sha256 in supv.config.yaml)`,
    );
    expect(run.exitCode).toBe(1);
    // The school's own PDFs pass the same pin.
    const own = await supv(['verify'], root);
    expect(own.stdout).toContain('(the pinned certificate)');
    expect(own.exitCode).toBe(0);
  });

  it('--require-seal with no pin still passes, and says the signer is not pinned', async () => {
    const run = await supv(['verify', '--require-seal'], copyRepo(built));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`ok   ${SESSION_PDF}  sealed by CN=${SEALER}`);
    expect(run.stdout).toContain('(signer not pinned: any certificate would pass)');
    expect(run.stdout).toContain("note: the seals' signer is not pinned, so a seal made with any certificate, by anyone, passes: pin your organisation's with seal.certificate_sha256 in supv.config.yaml or --trust-cert FILE.pem");
  });

  it('a malformed pin in the config, or a --trust-cert that is not a certificate: exit 2 with the place', async () => {
    const root = copyRepo(built);
    const key = path.join(path.dirname(school.cert), 'seal.key');
    const notCert = await supv(['verify', '--trust-cert', key], root);
    expect(notCert.exitCode).toBe(2);
    expect(notCert.stderr).toContain(`--trust-cert ${key}: not a certificate in PEM or DER form (it holds a private key: give the certificate only, never the key)`);
    const missing = await supv(['verify', '--trust-cert', 'nowhere.pem'], root);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('--trust-cert nowhere.pem: the file cannot be read (ENOENT)');
    writeFileSync(path.join(root, 'supv.config.yaml'), 'seal:\n  certificate_sha256: not-a-hash\n');
    const bad = await supv(['verify'], root);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^supv: configuration error: supv\.config\.yaml:2:23: `seal.certificate_sha256`/);
  });

  it('the bundle is sealed: pdfsig reads the seal, and openssl shows its certificate is the pinned one', () => {
    const report = pdfsig(bundle);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signer Certificate Common Name: ${SEALER}`);
    // What docs/verify.md tells an inspector to run: dump the seal, print its certificate's fingerprint.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-dump-'));
    const copy = path.join(dir, 'bundle.pdf');
    writeFileSync(copy, readFileSync(bundle));
    expect(spawnSync('pdfsig', ['-dump', copy], { cwd: dir }).status).toBe(0);
    const certs = spawnSync('openssl', ['pkcs7', '-inform', 'DER', '-in', `${copy}.sig0`, '-print_certs'], { encoding: 'utf8' });
    const fingerprint = spawnSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: certs.stdout, encoding: 'utf8' });
    expect(fingerprint.stdout.trim()).toBe(`sha256 Fingerprint=${school.sha.colons}`);
  });

  it('the bundle carries its records, kind, id and content hash, as an attachment (pdfdetach lists it)', () => {
    const list = spawnSync('pdfdetach', ['-list', bundle], { encoding: 'utf8' });
    expect(list.stdout).toContain('1: supv-records.json');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-detach-'));
    const saved = path.join(dir, 'records.json');
    expect(spawnSync('pdfdetach', ['-save', '1', '-o', saved, bundle]).status).toBe(0);
    const json = JSON.parse(readFileSync(saved, 'utf8'));
    expect(json).toMatchObject({ tool: 'supv', list: 'bundle-records' });
    expect(json.records.map((entry: { id: string }) => entry.id).sort()).toEqual(['2025-02-03-jo-bloggs', 'ana-silva', 'contract-jo-bloggs-2024', 'dec-2025-02-03-fam-0042', 'jo-bloggs', 'sam-lee']);
    for (const entry of json.records) expect(entry.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // By its name too: poppler matches -savefile only against a plain (not UTF-16) file name.
    const byName = spawnSync('pdfdetach', ['-savefile', 'supv-records.json', bundle], { cwd: dir, encoding: 'utf8' });
    expect(byName.stderr).toBe('');
    expect(byName.status).toBe(0);
    expect(readFileSync(path.join(dir, 'supv-records.json'), 'utf8')).toBe(readFileSync(saved, 'utf8'));
  });

  it('verify bundle.pdf: the seal, pinned, and every record unchanged', async () => {
    const run = await supv(['verify', bundle, '--trust-cert', school.cert], copyRepo(built));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`ok   ${bundle}  sealed by CN=${SEALER}`);
    expect(run.stdout).toContain('(the pinned certificate), a bundle of 6 records, each unchanged in the repository');
    expect(run.stdout).toContain(`       unchanged: session 2025-02-03-jo-bloggs (${SESSION_FILE})`);
    expect(run.stdout).toContain(`       unchanged: decision dec-2025-02-03-fam-0042 (${DECISION_FILE})`);
    expect(run.stdout).toMatch(/^1 file checked: 1 ok, 0 failed/m);
    expect(run.exitCode).toBe(0);
    const json = JSON.parse((await supv(['verify', bundle, '--format', 'json'], copyRepo(built))).stdout);
    expect(json.files[0].pdf.bundle.records).toHaveLength(6);
  });

  it('verify bundle.pdf names each record changed since the bundle was made, or no longer in the repository', async () => {
    const root = copyRepo(built);
    const session = path.join(root, SESSION_FILE);
    writeFileSync(session, readFileSync(session, 'utf8').replace('Jo feels supported', 'Jo feels very supported'));
    unlinkSync(path.join(root, DECISION_FILE));
    const run = await supv(['verify', bundle], root);
    expect(run.stdout).toContain(`FAIL ${bundle}  1 of its 6 records has changed since the bundle was made; 1 of its 6 records is no longer in the repository`);
    expect(run.stdout).toContain(`       CHANGED SINCE THE BUNDLE WAS MADE: session 2025-02-03-jo-bloggs (${SESSION_FILE})`);
    expect(run.stdout).toContain('       NO LONGER IN THE REPOSITORY: decision dec-2025-02-03-fam-0042');
    expect(run.stdout).toContain('       unchanged: contract contract-jo-bloggs-2024');
    expect(run.exitCode).toBe(1);
  });

  it('a bundle sealed by another certificate fails the pin', async () => {
    const root = copyRepo(built);
    const forged = path.join(root, 'forged-bundle.pdf');
    const made = await supv(['--as-of', '2025-03-01', 'bundle', '--out', forged, '--p12', other.p12], root, { SUPV_P12_PASSWORD: PASSWORD });
    expect(made.exitCode).toBe(0);
    const run = await supv(['verify', forged, '--trust-cert', school.cert], root);
    expect(run.stdout).toContain(`FAIL forged-bundle.pdf  sealed by another certificate than the pinned one: this seal was made by CN=${SEALER}`);
    expect(run.exitCode).toBe(1);
  }, 120_000);

  it('bundle --p12 with a wrong password: exit 2, nothing written', async () => {
    const root = copyRepo(built);
    const out = path.join(root, 'never.pdf');
    const run = await supv(['--as-of', '2025-03-01', 'bundle', '--out', out, '--p12', school.p12], root, { SUPV_P12_PASSWORD: 'wrong horse' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^supv: the --p12 file cannot be used \(.*\); check the file and SUPV_P12_PASSWORD\n$/);
    expect(existsSync(out)).toBe(false);
    const none = await supv(['--as-of', '2025-03-01', 'bundle', '--out', out, '--p12', school.p12], root, {});
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('SUPV_P12_PASSWORD');
    expect(existsSync(out)).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
