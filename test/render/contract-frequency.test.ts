/**
 * The contract PDF says how often supervision happens in plain words, as the
 * record says it (SPEC §11.2): every stage of a staged tier that `new
 * contract` wrote, not only the first; "weekly", "every 2 weeks", never an
 * ISO code such as P1W nor "every 1 week". Real Chromium, read back with
 * pdftotext; words are compared with whitespace and hyphens unwrapped.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config.js';
import { loadRecords } from '../../src/load/load.js';
import { BrowserPool } from '../../src/render/chromium.js';
import { loadTemplates, recordDocument } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { runInProcess } from '../helpers/cli.js';
import { makeRecordsRepo, pdfText, signText, skipReason, tempPdf, unwrapped } from './fixtures.js';

const reason = skipReason();

const STAGES = 'weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks';

function contract(fields: string): string {
  return signText(
    `---\nkind: contract\nid: contract-jo-bloggs-2026\nsupervisee: jo-bloggs\nsupervisor: sam-lee\nagreed: 2026-09-07\n${fields}dispute_resolution: Kim Park, head of service\n---\nSupervision is for accountability, development and support.\n`,
    [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }],
  );
}

/** A staged tier under the organisation's own name, and a newly qualified worker in its first weeks. */
const STAGED_CONFIG = `organisation: Riverside Family Centre
marking: OFFICIAL-SENSITIVE
timezone: Europe/London
policy:
  tiers:
    case-holder: P4W
    designated-lead: P4W
    general: P4W
    early-career:
      - { until: P6W, every: P1W }
      - { until: P6M, every: P2W }
      - { every: P4W }
`;
const NEW_WORKER = `---
kind: staff
id: ali-khan
name: Ali Khan
role: Newly Qualified Social Worker
tier: early-career
started: 2026-09-01
line_manager: ana-silva
supervisors:
  - id: sam-lee
    from: 2026-09-01
---
`;

describe.skipIf(reason)(`contract PDF frequency${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let pool: BrowserPool;
  beforeAll(async () => {
    pool = await BrowserPool.start({ concurrency: 1 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  async function text(fields: string): Promise<string> {
    const root = makeRecordsRepo({ files: { 'records/contracts/contract-jo-bloggs-2026.md': contract(fields) } });
    const records = loadRecords(root);
    const record = records.byId.get('contract-jo-bloggs-2026');
    if (!record) throw new Error('the contract fixture is not valid');
    const { pdf } = await renderPdf(pool, recordDocument(record, loadTemplates(root), { config: loadConfig(root).config, records, commit: 'uncommitted' }), '0.0.0-test');
    return unwrapped(pdfText(tempPdf(pdf)));
  }

  it('says a weekly frequency as "at least weekly", never P1W or "every 1 week"', async () => {
    const shown = await text('frequency: P1W\n');
    expect(shown).toContain(unwrapped('Frequency at least weekly'));
    expect(shown).toContain(unwrapped('provide supervision at least weekly, and protect the time'));
    expect(shown).not.toContain('P1W');
    expect(shown).not.toContain('every 1 week');
  });

  it('says a fortnightly or monthly frequency in words', async () => {
    expect(await text('frequency: P2W\n')).toContain(unwrapped('Frequency at least every 2 weeks'));
    expect(await text('frequency: P1M\n')).toContain(unwrapped('Frequency at least monthly'));
  });

  it('prints every stage of a staged schedule, as the record words it', async () => {
    const shown = await text(`frequency: P1W\nschedule: ${STAGES}\n`);
    expect(shown).toContain(unwrapped(`Frequency at least ${STAGES}`));
    expect(shown).toContain(unwrapped(`provide supervision at least ${STAGES}, and protect the time`));
    expect(shown).not.toContain('P1W');
  });

  it('a contract `new contract` writes for a staged tier: `supv build` prints every stage on its Frequency row', async () => {
    const root = makeRecordsRepo({ config: STAGED_CONFIG, files: { 'records/staff/ali-khan.md': NEW_WORKER } });
    const made = await runInProcess(['new', 'contract', '--supervisee', 'ali-khan', '--agreed', '2026-09-07'], root);
    expect(made).toMatchObject({ exitCode: 0, stdout: 'records/contracts/contract-ali-khan-2026.md\n' });
    const written = readFileSync(path.join(root, 'records/contracts/contract-ali-khan-2026.md'), 'utf8');
    expect(parse(written.split(/^---$/m)[1]!)).toMatchObject({ frequency: 'P1W', schedule: STAGES });

    const out = mkdtempSync(path.join(os.tmpdir(), 'supv-contract-out-'));
    const built = await runInProcess(['build', 'records/contracts/contract-ali-khan-2026.md', '--out', out], root, new Date('2026-09-07T12:00:00Z'));
    expect(built.exitCode, built.stderr).toBe(0);
    const shown = unwrapped(pdfText(path.join(out, 'pdf/contract/contract-ali-khan-2026.pdf')));
    expect(shown).toContain(unwrapped(`Frequency at least ${STAGES}`));
    for (const stage of ['weekly for the first 6 weeks', 'then every 2 weeks until 6 months', 'then every 4 weeks']) expect(shown).toContain(unwrapped(stage));
    expect(shown).not.toMatch(/\bP\d+[WMYD]\b/);
  });
});
