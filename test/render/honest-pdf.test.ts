/**
 * What a PDF says about each signature (SPEC §11.6), read back with
 * pdftotext: verified (personal key, with its fingerprint), recorded (no
 * personal key, unchanged since), superseded (with the date signed again), or
 * not valid; the draft mark for any required signature missing or not valid;
 * and the build's summary line counting the drafts and why. Real `supv build`,
 * real Chromium, a real seal.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFromText } from '../../src/parse/read-record.js';
import { contentHash } from '../../src/sign/content-hash.js';
import { generateKeyPair, readPrivateKey, readPublicKey, signFields } from '../../src/sign/keys.js';
import type { KeyObject } from 'node:crypto';
import { makeP12, PASSWORD, pdfsig, supv } from '../verify/helpers.js';
import { contractText, decisionText, makeRecordsRepo, pdfText, sessionText, signText, skipReason, STAFF_SAM, unwrapped } from './fixtures.js';

const reason = skipReason() ?? (spawnSync('openssl', ['version']).status === 0 ? undefined : 'openssl is not installed');

interface Signer {
  by: string;
  role: string;
  at: string;
  /** Sign with this PKCS#8 PEM key; `garbage` writes a sig that verifies with no key. */
  key?: string | 'garbage';
  /** The content hash to write instead of the record's (an entry made before an amendment). */
  sha256?: string;
}

/** Append signature entries, with a personal `sig` where asked. */
export function signEntries(text: string, signers: Signer[]): string {
  const record = recordFromText({ file: 'x.md', absPath: '/x.md' }, text);
  if (!record.data) throw new Error(`fixture does not parse: ${record.parseProblem?.message}`);
  const hash = contentHash(record.data, record.body);
  const lines = signers.map((signer) => {
    const fields = { role: signer.role, by: signer.by, at: signer.at, sha256: signer.sha256 ?? hash };
    const sig = signer.key === undefined ? undefined : signer.key === 'garbage' ? Buffer.alloc(64, 7).toString('base64') : signFields(fields, readPrivateKey(signer.key));
    return `  - role: ${fields.role}\n    by: ${fields.by}\n    at: ${fields.at}\n    sha256: ${fields.sha256}\n${sig ? `    sig: ${sig}\n` : ''}`;
  });
  const close = text.indexOf('\n---', 3);
  return `${text.slice(0, close + 1)}signatures:\n${lines.join('')}${text.slice(close + 1)}`;
}

/** The key's fingerprint as `ssh-keygen -l` prints it, asked of ssh-keygen itself when it is installed. */
function sshFingerprint(key: KeyObject): string {
  const spki = key.export({ type: 'spki', format: 'der' });
  const raw = spki.subarray(spki.length - 32);
  const field = (bytes: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, bytes.length]), bytes]);
  const line = `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} test`;
  const result = spawnSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', '-'], { input: line, encoding: 'utf8' });
  if (result.status === 0) return result.stdout.split(' ')[1]!;
  return `SHA256:${createHash('sha256').update(Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)])).digest('base64').replace(/=+$/, '')}`;
}

function withPublicKey(staff: string, publicKeyPem: string): string {
  const block = publicKeyPem.trim().split('\n').map((line) => `  ${line}`).join('\n');
  return staff.replace('\n---\n', `\npublic_key: |\n${block}\n---\n`);
}

const SESSION = 'records/sessions/2025/2025-02-03-jo-bloggs.md';
const GARBAGE = 'records/sessions/2025/2025-03-03-jo-bloggs.md';
const AGAIN = 'records/sessions/2025/2025-03-31-jo-bloggs.md';
const CHANGED = 'records/decisions/dec-2025-02-03-fam-0042.md';

describe.skipIf(reason)(`signature statuses on built PDFs${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let root = '';
  let build = { exitCode: 0, stdout: '', stderr: '' };
  let fingerprint = '';
  const text = (id: string, kind = 'session') => unwrapped(pdfText(path.join(root, 'dist/pdf', kind, `${id}.pdf`)));

  beforeAll(async () => {
    const sam = generateKeyPair();
    fingerprint = sshFingerprint(readPublicKey(sam.publicKeyPem));
    const session = (id: string, date: string) => sessionText(undefined, id).replace('date: 2025-02-03', `date: ${date}`);
    const amended = session('2025-03-31-jo-bloggs', '2025-03-31');
    const before = recordFromText({ file: 'x.md', absPath: '/x.md' }, amended.replace('Jo feels supported', 'Jo feels well supported'));
    const signedDecision = signText(decisionText(), [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]);
    root = makeRecordsRepo({
      files: {
        'records/staff/sam-lee.md': withPublicKey(STAFF_SAM, sam.publicKeyPem),
        // Sam signs with his key (verified); Jo has none (recorded).
        [SESSION]: signEntries(sessionText(), [
          { by: 'sam-lee', role: 'supervisor', at: '2025-02-04T10:12:00+00:00', key: sam.privateKeyPem },
          { by: 'jo-bloggs', role: 'supervisee', at: '2025-02-05T09:30:00+00:00' },
        ]),
        // The attack: a garbage sig in a key holder's name.
        [GARBAGE]: signEntries(session('2025-03-03-jo-bloggs', '2025-03-03'), [
          { by: 'sam-lee', role: 'supervisor', at: '2025-03-04T10:12:00+00:00', key: 'garbage' },
          { by: 'jo-bloggs', role: 'supervisee', at: '2025-03-05T09:30:00+00:00' },
        ]),
        // Jo signed, the record was amended, Jo signed again: the first entry is superseded.
        [AGAIN]: signEntries(amended, [
          { by: 'sam-lee', role: 'supervisor', at: '2025-04-02T10:12:00+00:00', key: sam.privateKeyPem },
          { by: 'jo-bloggs', role: 'supervisee', at: '2025-04-01T09:30:00+00:00', sha256: contentHash(before.data!, before.body) },
          { by: 'jo-bloggs', role: 'supervisee', at: '2025-04-03T16:45:00+00:00' },
        ]),
        // Signed by both, then edited.
        [CHANGED]: signedDecision.replace('Decision: request a strategy discussion.', 'Decision: request a strategy discussion today.'),
        'records/contracts/contract-jo-bloggs-2024.md': signText(contractText(), [{ by: 'sam-lee', role: 'supervisor' }]),
      },
    });
    const p12 = makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-')));
    build = await supv(['build', '--p12', p12], root, { SUPV_P12_PASSWORD: PASSWORD });
  }, 180_000);

  it('builds, and its summary line says how many PDFs are drafts and why', () => {
    expect(build.stderr).toBe('');
    expect(build.exitCode).toBe(0);
    // 3 staff, 3 sessions, a decision, a contract. Drafts: the contract (unsigned by Jo), the garbage-sig session and the edited decision.
    expect(build.stdout).toMatch(/^built 8, unchanged 0, failed 0 in \d+\.\d s; 8 PDFs, 3 of them drafts: 1 unsigned, 2 with a signature not valid\n$/);
  });

  it('a personal-key signature is Verified with the key fingerprint; one without a key is Recorded; no draft', () => {
    const page = text('2025-02-03-jo-bloggs');
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(page).toContain(unwrapped('Verified'));
    expect(page).toContain(unwrapped('Signed with their personal key, which only they hold; the record is unchanged since.'));
    // A long fingerprint may wrap anywhere in its cell.
    expect(page.replace(/ /g, '')).toContain(`Key${fingerprint}`);
    expect(page).toContain(unwrapped('Recorded'));
    expect(page).toContain(unwrapped('Signed without a personal key; the record is unchanged since.'));
    expect(page).not.toContain('DRAFT');
    expect(page).not.toContain('NOT VALID');
  });

  it('a garbage sig on a key holder is NOT VALID and the PDF is a draft, even sealed', () => {
    const page = text('2025-03-03-jo-bloggs');
    // The status and its explanation, each in its cell (pdftotext may read a neighbouring cell between them).
    expect(page).toContain(unwrapped('NOT VALID'));
    expect(page).toContain(unwrapped('Not valid: the personal signature does not verify with'));
    expect(page).toContain(unwrapped('DRAFT - NOT VALID'));
    expect(page).not.toContain(unwrapped('Verified Signed'));
    // Sealed all the same: the seal says supv issued it; the page says it is a draft.
    expect(pdfsig(path.join(root, 'dist/pdf/session/2025-03-03-jo-bloggs.pdf'))).toContain('Signature Validation: Signature is Valid.');
  });

  it('signing again: the earlier signature is Superseded with the date signed again, and the record is not a draft', () => {
    const page = text('2025-03-31-jo-bloggs');
    expect(page).toContain(unwrapped('Superseded'));
    expect(page).toContain(unwrapped('Signed again on 3 April 2025 at 17:45 BST; the later signature is the one that counts.'));
    expect(page).toContain(unwrapped('Recorded'));
    expect(page).toContain(unwrapped('Signed without a personal key'));
    expect(page).toContain(unwrapped('Verified'));
    expect(page).not.toContain('DRAFT');
  });

  it('a record edited after signing is NOT VALID and a draft; an unsigned one says NOT SIGNED', () => {
    const decision = text('dec-2025-02-03-fam-0042', 'decision');
    expect(decision).toContain(unwrapped('NOT VALID'));
    expect(decision).toContain(unwrapped('Not valid: the record was changed after it was signed.'));
    expect(decision).toContain(unwrapped('DRAFT - NOT VALID'));
    const contract = text('contract-jo-bloggs-2024', 'contract');
    expect(contract).toContain(unwrapped('NOT SIGNED'));
    expect(contract).toContain(unwrapped('This signature is required and has not been given.'));
    expect(contract).toContain(unwrapped('DRAFT - NOT SIGNED'));
  });

  it('no page refers to the specification or says "hash matches"; each explains the content hash in a plain sentence', () => {
    const pdfs = ['session', 'decision', 'contract', 'staff'].flatMap((kind) => readdirSync(path.join(root, 'dist/pdf', kind)).map((name) => path.join(root, 'dist/pdf', kind, name)));
    expect(pdfs).toHaveLength(8);
    for (const file of pdfs) {
      const page = unwrapped(pdfText(file));
      expect(page).not.toMatch(/\bSPEC\b|§|hash matches/i);
      if (!file.includes('/staff/')) expect(page).toContain(unwrapped('The content hash is a fingerprint of everything this record says'));
    }
  });

  it('the manifest keeps why each draft is a draft', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'dist/manifest.json'), 'utf8')) as { records: Record<string, { draft: boolean; draftReason?: string }> };
    expect(manifest.records['2025-03-03-jo-bloggs']).toMatchObject({ draft: true, draftReason: 'not-valid' });
    expect(manifest.records['contract-jo-bloggs-2024']).toMatchObject({ draft: true, draftReason: 'unsigned' });
    expect(manifest.records['2025-02-03-jo-bloggs']).toMatchObject({ draft: false });
  });
});

describe('the words on the page', () => {
  it('templates and the code that writes PDF text say neither "SPEC §" nor "hash matches"', () => {
    const here = path.resolve(import.meta.dirname, '../..');
    const files = (dir: string): string[] =>
      readdirSync(path.join(here, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    for (const file of [...files('templates'), ...files('src/render'), ...files('src/bundle'), ...files('src/report')]) {
      const source = readFileSync(path.join(here, file), 'utf8');
      // Comments may cite the specification; text that reaches a page may not.
      const code = file.startsWith('templates') ? source : source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/hash matches/i);
      expect(code, file).not.toMatch(/SPEC\s*(§|&sect;)/);
    }
  });
});
