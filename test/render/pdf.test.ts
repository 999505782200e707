/**
 * What an inspector sees in a built PDF, read back with poppler's pdftotext:
 * the running header and footer, the signature block, the draft mark, and
 * record text shown exactly as written (never interpreted as HTML or as a
 * template). Real Chromium, real PDFs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadRecords } from '../../src/load/load.js';
import type { RecordSet } from '../../src/model.js';
import { BrowserPool } from '../../src/render/chromium.js';
import { DRAFT_MARK, DRAFT_NOT_VALID_MARK, loadTemplates, recordDocument, type Templates } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { decisionText, makeRecordsRepo, pdfText, sessionText, signText, skipReason, staffJo, tempPdf, unwrapped } from './fixtures.js';

const reason = skipReason();
const COMMIT = 'c0ffee0123456789abcdef0123456789abcdef01';

describe.skipIf(reason)(`PDF text${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let pool: BrowserPool;
  beforeAll(async () => {
    pool = await BrowserPool.start({ concurrency: 2 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  async function build(files: Record<string, string>, id: string, configText?: string): Promise<{ text: string; bytes: Uint8Array; records: RecordSet; templates: Templates; root: string }> {
    const root = makeRecordsRepo({ files, config: configText });
    const records = loadRecords(root);
    const record = records.byId.get(id);
    if (!record) throw new Error(`fixture ${id} is not valid: ${JSON.stringify(records.files.filter((f) => !f.valid).map((f) => [f.file, f.parseProblem, f.schemaProblems]))}`);
    const templates = loadTemplates(root);
    const { config } = loadConfig(root);
    const document = recordDocument(record, templates, { config, records, commit: COMMIT });
    const { pdf } = await renderPdf(pool, document, '0.0.0-test');
    // As read, wherever lines wrapped: compare with unwrapped(phrase).
    return { text: unwrapped(pdfText(tempPdf(pdf))), bytes: pdf, records, templates, root };
  }

  it('a signed session shows organisation, marking, id, page numbers, commit, hash and both signers', async () => {
    const { text, records } = await build({}, '2025-02-03-jo-bloggs');
    const record = records.byId.get('2025-02-03-jo-bloggs')!;
    const hash = (record.data!.signatures as Array<{ sha256: string }>)[0]!.sha256;
    expect(text).toContain(unwrapped('Riverside Family Centre'));
    expect(text.match(/OFFICIALSENSITIVE/g)!.length).toBeGreaterThanOrEqual(2); // header and footer
    expect(text).toContain(unwrapped('Record 2025-02-03-jo-bloggs'));
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain(unwrapped(`Commit ${COMMIT.slice(0, 10)}`));
    expect(text).toContain(unwrapped(`Hash ${hash.slice(0, 12)}`));
    expect(text).toContain(unwrapped('Sam Lee'));
    expect(text).toContain(unwrapped('Jo Bloggs'));
    expect(text).toContain(unwrapped('Recorded'));
    expect(text).toContain(unwrapped('Signed without a personal key; the record is unchanged since.'));
    expect(text).not.toContain(unwrapped('hash matches'));
    // Parts belong to each case now, as the record form has them (test/render/case-layout.test.ts); the session has its sections.
    expect(text).toContain(unwrapped('Case discussion'));
    expect(text).toContain(unwrapped('Case FAM-0042'));
    expect(text).toContain(unwrapped('Supervisee wellbeing and development'));
    expect(text).toContain(unwrapped('Book a core group meeting'));
    expect(text).not.toContain(unwrapped(DRAFT_MARK));
  });

  it('every page carries the header and footer', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of a long record about the family's circumstances.`).join('\n\n');
    const { bytes } = await build({ 'records/sessions/2025/2025-03-03-jo-bloggs.md': sessionText(long, '2025-03-03-jo-bloggs').replace('date: 2025-02-03', 'date: 2025-03-03') }, '2025-03-03-jo-bloggs');
    const file = tempPdf(bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(runPoppler('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page += 1) {
      const text = unwrapped(runPoppler('pdftotext', ['-f', String(page), '-l', String(page), file, '-']));
      expect(text).toContain(unwrapped('Riverside Family Centre'));
      expect(text).toContain(unwrapped('Record 2025-03-03-jo-bloggs'));
      expect(text).toContain(unwrapped(`Page ${page} of ${pages}`));
      expect(text.match(/OFFICIALSENSITIVE/g)!.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain(unwrapped(DRAFT_MARK)); // unsigned: the mark repeats on every page
    }
  });

  it('a record missing a required signature says DRAFT - NOT SIGNED and NOT SIGNED', async () => {
    const { text } = await build({}, 'dec-2025-02-03-fam-0042');
    expect(text).toContain(unwrapped(DRAFT_MARK));
    expect(text).toContain(unwrapped('NOT SIGNED'));
    expect(text).toContain(unwrapped('A. Child'));
  });

  it('a record changed after signing says its signatures are not valid, and is a draft', async () => {
    const signed = signText(decisionText(), [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]);
    const edited = signed.replace('Decision: request a strategy discussion.', 'Decision: request a strategy discussion today.');
    const { text } = await build({ 'records/decisions/dec-2025-02-03-fam-0042.md': edited }, 'dec-2025-02-03-fam-0042');
    expect(text).toContain(unwrapped('NOT VALID'));
    expect(text).toContain(unwrapped('Not valid: the record was changed after it was signed.'));
    expect(text).toContain(unwrapped(DRAFT_NOT_VALID_MARK));
    expect(text).not.toContain(unwrapped(DRAFT_MARK));
  });

  it('Handlebars syntax in a field and in the body is printed literally', async () => {
    const session = sessionText("Body says {{lookup this 'x'}} and {{{bodyHtml}}}.").replace(
      'note: Stable; plan reviewed.',
      `note: "{{lookup this 'x'}} {{#each facts}}X{{/each}}"`,
    );
    const { text } = await build({ 'records/sessions/2025/2025-02-03-jo-bloggs.md': session }, '2025-02-03-jo-bloggs');
    expect(text).toContain(unwrapped("{{lookup this 'x'}} {{#each facts}}X{{/each}}"));
    expect(text).toContain(unwrapped("Body says {{lookup this 'x'}} and {{{bodyHtml}}}."));
  });

  it('names with markup characters and from many scripts round-trip through pdftotext', async () => {
    const names = ['<b>&"\' Tester', 'Zoë Ångström-Núñez', 'ليلى حداد', '王小明', 'Kai 🌈 Rivers'];
    for (const name of names) {
      const { text } = await build({ 'records/staff/jo-bloggs.md': staffJo(name) }, '2025-02-03-jo-bloggs');
      if (/[\u0600-\u06ff]/.test(name)) {
        // pdftotext writes right-to-left runs with direction marks; compare the letters.
        expect(text.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).toContain(unwrapped(name));
      } else {
        expect(text).toContain(unwrapped(name));
      }
    }
  });

  it('the header and footer escape the organisation and marking', async () => {
    const config = 'organisation: "Riverside <img src=x onerror=alert(1)> & <b>Co</b>"\nmarking: "OFFICIAL <i>SENSITIVE</i>"\n';
    const { bytes } = await build({}, 'sam-lee', config);
    const file = tempPdf(bytes);
    const header = runPoppler('pdftotext', ['-f', '1', '-l', '1', '-y', '0', '-H', '60', '-W', '600', file, '-']).replace(/\s+/g, ' ');
    expect(header).toContain('Riverside <img src=x onerror=alert(1)> & <b>Co</b>');
    expect(header).toContain('OFFICIAL <i>SENSITIVE</i>');
    const footer = runPoppler('pdftotext', ['-f', '1', '-l', '1', '-y', '780', '-H', '62', '-W', '600', file, '-']).replace(/\s+/g, ' ');
    expect(footer).toContain('OFFICIAL <i>SENSITIVE</i>');
    expect(footer).toContain('Page 1 of 1');
  });

  it('the same inputs give byte-identical PDFs', async () => {
    const first = await build({}, '2025-02-03-jo-bloggs');
    const second = await build({}, '2025-02-03-jo-bloggs');
    expect(sha256(second.bytes)).toBe(sha256(first.bytes));
    const info = runPoppler('pdfinfo', [tempPdf(first.bytes)]);
    expect(info).toMatch(/Creator:\s+supv/);
    expect(info).toMatch(/Author:\s+Riverside Family Centre/);
    expect(info).toMatch(/Keywords:.*sha256:[0-9a-f]{64}/);
    expect(info).toMatch(/CreationDate:\s+Wed Feb\s+5 09:30:00 2025 UTC/);
  });

  it('a repository template overrides the built-in one of the same name', async () => {
    const { text } = await build(
      { 'templates/partials/signature-block.hbs': '<p>Signed off for {{organisation}} by {{#each signers}}{{name}} ({{status}}); {{/each}}</p>' },
      '2025-02-03-jo-bloggs',
    );
    expect(text).toContain(unwrapped('Signed off for Riverside Family Centre by Sam Lee (Recorded); Jo Bloggs (Recorded);'));
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function runPoppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', ...args] : args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}
