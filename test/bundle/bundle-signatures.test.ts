/**
 * A bundle prints each signature's status as `supv build` does: with the keys
 * its signer held then, from git history (src/sign/key-history.ts), not with
 * today's staff records. Otherwise someone who replaced a colleague's key and
 * signed in their name would read "Verified" in the bundle and "NOT VALID" in
 * the record's own PDF. Real git history, real Chromium, read with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { TEAM } from '../helpers/records.js';
import { SESSION, SESSION_FILE, keyRepo, newKey, staffWithKeys, type KeyRepo } from '../sign/keys-helpers.js';

afterAll(removeTempFolders);

/** pdftotext's text with every run of white space as one space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The PDF files under a folder. */
function pdfsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf')).map((name) => path.join(folder, name));
}

describe('a bundle and a record PDF agree on signature statuses', () => {
  let repo: KeyRepo;
  let recordPdf = '';
  let bundlePdf = '';

  beforeAll(async () => {
    repo = keyRepo();
    const sam = newKey();
    const jo = newKey();
    repo.write(staffWithKeys('sam-lee', [{ key: sam, from: '2026-01-05' }]), staffWithKeys('jo-bloggs', [{ key: jo, from: '2026-01-05' }]), TEAM[2]!);
    repo.commitAs('Kim Park', '2026-01-05T09:00:00+00:00', 'Staff records with personal keys');
    repo.write(SESSION);
    repo.commitAs('Sam Lee', '2026-02-03T17:00:00+00:00', 'Session record');
    await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', sam.file, '--at', '2026-02-04T10:00:00+00:00']);
    repo.commitAs('Sam Lee', '2026-02-04T10:05:00+00:00', 'Signed by Sam');
    // Pat replaces Sam's key with their own, edits the record and signs it again in Sam's name.
    const pat = newKey();
    repo.write(staffWithKeys('sam-lee', [{ key: pat, from: '2026-03-02' }]));
    repo.edit(SESSION_FILE, (text) => text.replace('Notes.', 'Notes. Nothing of concern was raised.'));
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', pat.file, '--at', '2026-03-02T10:00:00+00:00'])).exitCode).toBe(0);
    repo.commitAs('Pat Morgan', '2026-03-02T10:05:00+00:00', 'Tidy up');

    const built = await repo.supv(['build', SESSION_FILE]);
    expect(built.stderr).toBe('');
    const sessionPdfs = pdfsUnder(repo.root).filter((file) => file.includes('2026-02-03'));
    expect(sessionPdfs).toHaveLength(1);
    recordPdf = sessionPdfs[0]!;
    bundlePdf = path.join(tempFolder('supv-bundle-'), 'bundle.pdf');
    const bundled = await repo.supv(['--as-of', '2026-11-23', 'bundle', '--out', bundlePdf, '--from', '2026-02-01', '--to', '2026-03-31']);
    expect(bundled.stderr).toBe('');
    expect(bundled.exitCode).toBe(0);
  }, 180_000);

  it('the signature made with the replaced key is NOT VALID in both, and neither calls it Verified', () => {
    for (const text of [pdfText(recordPdf), pdfText(bundlePdf)]) {
      const start = text.indexOf('Supervision record: Jo Bloggs, 3 February 2026');
      expect(start).toBeGreaterThan(-1);
      const session = text.slice(start);
      expect(session).toContain('SIGNATURE NOT VALID: a signature no longer holds');
      // The row of the signature made on 2 March, up to the next signer's row (the legend after it names every status).
      const row = session.slice(session.indexOf('Sam Lee Supervisor 2 March 2026'), session.indexOf('Jo Bloggs Supervisee'));
      expect(row).toContain('NOT VALID');
      expect(row).toContain('which does not count for');
      expect(row).not.toContain('Verified');
    }
  });
});
