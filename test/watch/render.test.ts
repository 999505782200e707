import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, SAM_LEE, session, staff } from '../helpers/records.js';
import { skipReason, unwrapped } from '../render/fixtures.js';
import { removeTempDirs, tempDir, watchRepo, type WatchedRepo } from './helpers.js';

const reason = skipReason();
const JO = staff({ id: 'jo-bloggs' });
const CONTRACT = contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' });
const SESSION = session('2025-02-15', { supervisee: 'jo-bloggs' });
const SESSION_PDF = 'pdf/session/2025-02-15-jo-bloggs.pdf';

/** Chromium processes started with a profile folder under `dir`. */
function chromiumUnder(dir: string): string[] {
  const result = spawnSync('pgrep', ['-f', `user-data-dir=${dir}`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean);
}

/** The PDF's text as read, wherever lines wrapped (compare with unwrapped(phrase)). */
function pdfText(file: string): string {
  return unwrapped(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

describe.skipIf(reason)(`supv watch renders PDFs${reason ? ` (skipped: ${reason})` : ''}`, () => {
  // Chromium's profile folder goes under os.tmpdir(): a folder of this test's own, so finding what is left is exact.
  const profiles = tempDir('supv-watch-profiles-');
  const savedTmp = process.env.TMPDIR;
  let repo: WatchedRepo;

  beforeAll(async () => {
    process.env.TMPDIR = profiles;
    repo = await watchRepo([SAM_LEE, JO, CONTRACT, SESSION], { render: true });
  });
  afterAll(async () => {
    await repo?.handle.close();
    process.env.TMPDIR = savedTmp;
    if (savedTmp === undefined) delete process.env.TMPDIR;
    removeTempDirs();
  });

  it('a session edit produces a new PDF (save-to-PDF latency printed)', async () => {
    const latencies: number[] = [];
    for (const [n, words] of ['Discussed the core group plan.', 'Agreed a home visit with the family.', 'Reviewed the chronology with Jo.'].entries()) {
      const saved = performance.now();
      repo.write(SESSION.file, SESSION.text.replace('Notes.', words));
      const rendered = await repo.next('render', 60_000);
      latencies.push(performance.now() - saved);
      expect(rendered.built).toEqual([SESSION_PDF]);
      expect(rendered.failed).toEqual([]);
      expect(pdfText(path.join(repo.out, SESSION_PDF))).toContain(unwrapped(words));
      if (n === 0) expect(chromiumUnder(profiles).length).toBeGreaterThan(0);
    }
    console.log(`watch: save to new PDF: ${latencies.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} (the first launches Chromium)`);
  });

  it('a staff name change re-renders their sessions and contracts (signature blocks show names)', async () => {
    repo.write(JO.file, JO.text.replace('name: Jo Bloggs', 'name: Jo Bloggs-Avery'));
    const rendered = await repo.next('render', 60_000);
    expect(rendered.built.sort()).toEqual(['pdf/contract/contract-jo-bloggs-2024.pdf', SESSION_PDF, 'pdf/staff/jo-bloggs.pdf']);
    expect(pdfText(path.join(repo.out, SESSION_PDF))).toContain(unwrapped('Jo Bloggs-Avery'));
  });

  it('a half-saved record is not rendered; its last good PDF stays', async () => {
    repo.write(SESSION.file, SESSION.text.slice(0, 40));
    const rendered = await repo.next('render', 60_000);
    expect(rendered.built).toEqual([]);
    expect(rendered.skipped).toEqual([SESSION.file]);
    expect(existsSync(path.join(repo.out, SESSION_PDF))).toBe(true);
  });

  it('close() closes the browser: no Chromium left, no profile folder left', async () => {
    expect(chromiumUnder(profiles).length).toBeGreaterThan(0);
    await repo.handle.close();
    expect(chromiumUnder(profiles)).toEqual([]);
    expect(readdirSync(profiles).filter((name) => name.startsWith('supv-chromium-'))).toEqual([]);
  });
});
