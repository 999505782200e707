/**
 * The contract PDF prints only the terms its record holds (SPEC §11.2): a
 * term left out of the record is left out of the PDF, never filled in with a
 * default nobody agreed ("an hour", "the line manager of the supervisor",
 * "its anniversary"). Real Chromium, read back with pdftotext.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadRecords } from '../../src/load/load.js';
import { BrowserPool } from '../../src/render/chromium.js';
import { loadTemplates, recordDocument } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { makeRecordsRepo, pdfText, signText, skipReason, tempPdf, unwrapped } from './fixtures.js';

const reason = skipReason();

function contract(terms: string): string {
  return signText(
    `---\nkind: contract\nid: contract-jo-bloggs-2026\nsupervisee: jo-bloggs\nsupervisor: sam-lee\nagreed: 2026-09-07\nfrequency: P4W\n${terms}---\nSupervision is for accountability, development and support.\n`,
    [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }],
  );
}

describe.skipIf(reason)(`contract PDF terms${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let pool: BrowserPool;
  beforeAll(async () => {
    pool = await BrowserPool.start({ concurrency: 1 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  async function text(terms: string): Promise<string> {
    const root = makeRecordsRepo({ files: { 'records/contracts/contract-jo-bloggs-2026.md': contract(terms) } });
    const records = loadRecords(root);
    const record = records.byId.get('contract-jo-bloggs-2026');
    if (!record) throw new Error('the contract fixture is not valid');
    const { pdf } = await renderPdf(pool, recordDocument(record, loadTemplates(root), { config: loadConfig(root).config, records, commit: 'uncommitted' }), '0.0.0-test');
    return unwrapped(pdfText(tempPdf(pdf)));
  }

  it('leaves out the length of sessions and the review date when the record has none', async () => {
    const shown = await text('dispute_resolution: Kim Park, head of service\n');
    expect(shown).toContain(unwrapped('provide supervision at least every 4 weeks, and protect the time'));
    expect(shown).toContain(unwrapped('Disagreements about supervision are resolved by: Kim Park, head of service.'));
    for (const invented of ['an hour', 'its anniversary', 'line manager of the supervisor', 'This contract is reviewed by']) {
      expect(shown).not.toContain(unwrapped(invented));
    }
  });

  it('prints each term the record holds', async () => {
    const shown = await text('duration_minutes: 90\nreview_due: 2027-09-07\ndispute_resolution: the chair of governors\n');
    expect(shown).toContain(unwrapped('for about 90 minutes'));
    expect(shown).toContain(unwrapped('This contract is reviewed by 7 September 2027'));
    expect(shown).toContain(unwrapped('resolved by: the chair of governors'));
  });
});
