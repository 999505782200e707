/**
 * The lean bundle (issue 20, SPEC §11.7): records printed in batches as one
 * Chromium document each, their own marks laid over every page, streamed to
 * the file. Read back with poppler: the contents' page numbers are where each
 * record starts, every page of a record carries that record's marks (id,
 * marking, its own "Page X of Y", DRAFT on a draft), the bookmarks are there,
 * and the fonts are embedded once per batch, not once per record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline, type OutlineNode } from '../../src/bundle/outline.js';
import { runInProcess } from '../helpers/cli.js';
import { LONG_BODY, makeRecordsRepo, monthlySessions, skipReason, unwrapped, pageCount, pageText } from '../render/fixtures.js';

const reason = skipReason();

/** Embedded fonts as pdffonts lists them (one line per font object). */
function embeddedFonts(file: string): string[] {
  const result = spawnSync('pdffonts', [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdffonts failed: ${result.stderr}`);
  return result.stdout.split('\n').slice(2).filter((line) => /\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line) && / yes /.test(line));
}

/** Jo's sessions: one a month, the third long (several pages), the fifth not signed by Jo (a draft). */
const sessions = (count: number) =>
  monthlySessions(count, {
    body: (i) => (i === 2 ? LONG_BODY : undefined),
    signers: (i) => (i === 4 ? [{ by: 'sam-lee', role: 'supervisor' }] : [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]),
  });

async function bundle(root: string, env: Record<string, string> = {}): Promise<string> {
  const file = path.join(root, 'out', 'bundle.pdf');
  const run = await runInProcess(['--cwd', root, '--as-of', '2025-12-31', 'bundle', '--out', file, '--staff', 'jo-bloggs'], root, new Date('2026-01-05T12:00:00Z'), env);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return file;
}

describe.skipIf(reason)('a lean bundle: records printed in batches', () => {
  let file: string;
  let outline: OutlineNode[];
  let records: Array<{ id: string; first: number; pages: number }>;
  let total: number;

  beforeAll(async () => {
    const root = makeRecordsRepo({ files: sessions(7) });
    // Three records a batch: the records cross batch boundaries, and the long one is in the middle of a batch.
    file = await bundle(root, { SUPV_BUNDLE_BATCH: '3' });
    outline = readOutline(await PDFDocument.load(readFileSync(file)));
    total = pageCount(file);
    const entries = outline.slice(3).flatMap((node) => node.children ?? []);
    records = entries.map((entry, i) => ({
      id: /\(([^)]+)\)$/.exec(entry.title)![1]!,
      first: entry.page + 1,
      pages: (entries[i + 1]?.page ?? total) - entry.page,
    }));
  }, 240_000);

  it('keeps the bookmarks: front matter, the person, and each record under them', () => {
    expect(outline.slice(0, 3).map((node) => node.title)).toEqual(['Cover', 'Compliance summary', 'Contents']);
    expect(outline.slice(3).map((node) => node.title)).toEqual(['Jo Bloggs']);
    const ids = records.map((record) => record.id);
    for (let i = 0; i < 7; i++) expect(ids).toContain(`2025-${String(i + 3).padStart(2, '0')}-03-jo-bloggs`);
    // The long record has several pages, so the page numbers after it are tested for real.
    expect(records.find((record) => record.id === '2025-05-03-jo-bloggs')!.pages).toBeGreaterThan(2);
  });

  it('prints contents page numbers where each record actually starts', () => {
    const listed = new Map<string, number>();
    for (let page = outline[2]!.page + 1; page <= outline[3]!.page; page++) {
      for (const match of pageText(file, page, true).matchAll(/\s([a-z0-9][a-z0-9-]{2,79})\s+(\d+)\s*$/gm)) listed.set(match[1]!, Number(match[2]));
    }
    for (const record of records) {
      expect(listed.get(record.id), record.id).toBe(record.first);
      expect(unwrapped(pageText(file, record.first)), record.id).toContain(unwrapped('Page 1 of '));
      // The page before belongs to someone else (or is front matter).
      expect(unwrapped(pageText(file, record.first - 1)), record.id).not.toContain(unwrapped(`Record ${record.id}`));
    }
  });

  it("puts every record's own marks on each of its pages, and the bundle's page number", () => {
    const drafts = records.filter((record) => unwrapped(pageText(file, record.first)).includes(unwrapped('a required signature is missing'))).map((record) => record.id);
    // The session Jo did not sign, and the decision no one signed.
    expect(drafts.sort()).toEqual(['2025-07-03-jo-bloggs', 'dec-2025-02-03-fam-0042']);
    for (const record of records) {
      const draft = drafts.includes(record.id);
      for (let k = 1; k <= record.pages; k++) {
        const page = record.first + k - 1;
        const text = unwrapped(pageText(file, page));
        const where = `${record.id}, page ${k} (bundle page ${page})`;
        expect(text, where).toContain(unwrapped(`Record ${record.id}`));
        expect(text, where).toContain(unwrapped('Riverside Family Centre'));
        expect(text, where).toContain(unwrapped('OFFICIAL-SENSITIVE'));
        expect(text, where).toContain(unwrapped(`Page ${k} of ${record.pages}`));
        expect(text, where).toMatch(/Commit \S+ · Hash [0-9a-f]{12}/);
        expect(text, where).toContain(unwrapped(`inspection bundle page ${page} of ${total}`));
        if (draft) expect(text, where).toContain(unwrapped('DRAFT - NOT SIGNED'));
        else expect(text, where).not.toContain('DRAFT');
      }
    }
  });

  it('leaves no marker link and no temporary file behind', async () => {
    const document = await PDFDocument.load(readFileSync(file));
    const raw = readFileSync(file, 'latin1');
    expect(raw).not.toContain('supv-bundle.invalid');
    expect(document.getPageCount()).toBe(total);
    expect(readdirSync(path.dirname(file)).filter((name) => name.includes('supv-tmp'))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('embeds the fonts once per batch: more records, not more fonts', async () => {
    const smallFonts = embeddedFonts(await bundle(makeRecordsRepo({ files: sessions(2) })));
    const largeRoot = makeRecordsRepo({ files: sessions(7) });
    const largeFonts = embeddedFonts(await bundle(largeRoot));
    // One record a batch: what concatenating each record's own PDF amounted to.
    const perRecordFonts = embeddedFonts(await bundle(largeRoot, { SUPV_BUNDLE_BATCH: '1' }));
    expect(smallFonts.length).toBeGreaterThan(0);
    // Seven records and a long one add no font the two records did not have (a record PDF each would bring its own set).
    expect(largeFonts.length).toBeLessThanOrEqual(smallFonts.length + 2);
    expect(perRecordFonts.length).toBeGreaterThan(largeFonts.length + 10);
  }, 240_000);
});
