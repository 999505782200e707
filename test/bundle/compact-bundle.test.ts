/**
 * A compact bundle (issue 20): what is not a stream (page dictionaries,
 * bookmarks, fonts' dictionaries) is in compressed object streams listed by a
 * cross-reference stream, and what every page repeats is written once. Read
 * back with poppler and pdf-lib: every page, its text, the bookmarks and the
 * attached record list are still there, and a seal still applies.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../src/bundle/outline.js';
import { readRecordList } from '../../src/bundle/contents-list.js';
import { runInProcess } from '../helpers/cli.js';
import { makeP12, PASSWORD, pdfsig } from '../verify/helpers.js';
import { makeRecordsRepo, skipReason, pageCount, pdfText, unwrapped } from '../render/fixtures.js';

const reason = skipReason();

describe.skipIf(reason)('a compact bundle', () => {
  let root: string;
  let file: string;
  let raw: string;

  beforeAll(async () => {
    root = makeRecordsRepo();
    file = path.join(root, 'out', 'bundle.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-12-31', 'bundle', '--out', file], root, new Date('2026-01-05T12:00:00Z'));
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    raw = readFileSync(file, 'latin1');
  }, 120_000);

  it('keeps page dictionaries and bookmarks in compressed object streams, found through a cross-reference stream', () => {
    expect(raw).toContain('/Type /ObjStm');
    expect(raw).toMatch(/\/Type \/XRef\b/);
    expect(raw).toMatch(/\/XRefStm \d+/);
    // No page dictionary and no bookmark is left as plain text in the file.
    expect(raw).not.toMatch(/\/Type \/Page\b/);
    expect(raw).not.toMatch(/\/Dest \[/);
  });

  it('writes the wrappers every page repeats once, not once a page', async () => {
    const document = await PDFDocument.load(readFileSync(file));
    const counts = new Map<string, number>();
    for (const page of document.getPages()) {
      const contents = page.node.lookup(PDFName.of('Contents'));
      if (!(contents instanceof PDFArray)) continue;
      for (const ref of contents.asArray()) counts.set(String(ref), (counts.get(String(ref)) ?? 0) + 1);
    }
    // Each page of the records draws `q` ... `Q` around the printed page: two streams shared by every such page.
    const wrappers = [...counts.entries()].filter(([, uses]) => uses > 2);
    expect(wrappers.length, JSON.stringify([...counts.values()])).toBeGreaterThanOrEqual(2);
    for (const [ref] of wrappers) {
      const [num] = ref.split(' ').map(Number);
      const stream = [...document.context.enumerateIndirectObjects()].find(([r]) => r.objectNumber === num)![1] as PDFRawStream;
      expect(['q', 'Q']).toContain(inflateSync(Buffer.from(stream.getContents())).toString('latin1').trim());
    }
  });

  it('reads back whole: pages, text, bookmarks, the record list', async () => {
    const document = await PDFDocument.load(readFileSync(file));
    expect(document.getPageCount()).toBe(pageCount(file));
    expect(readOutline(document).map((node) => node.title).slice(0, 3)).toEqual(['Cover', 'Compliance summary', 'Contents']);
    expect(readRecordList(document)?.map((entry) => entry.id)).toContain('2025-02-03-jo-bloggs');
    const text = unwrapped(pdfText(file));
    expect(text).toContain(unwrapped('Record 2025-02-03-jo-bloggs'));
    expect(text).toContain(unwrapped(`inspection bundle page ${pageCount(file)} of ${pageCount(file)}`));
  });

  it('takes a seal that pdfsig and supv verify accept', async () => {
    const p12 = makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-')));
    const sealed = path.join(root, 'sealed', 'bundle.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-12-31', 'bundle', '--out', sealed, '--p12', p12], root, new Date('2026-01-05T12:00:00Z'), { SUPV_P12_PASSWORD: PASSWORD });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(pdfsig(sealed)).toMatch(/Signature Validation: Signature is Valid/);
    expect(pdfsig(sealed)).toMatch(/Total document signed/);
    const verify = await runInProcess(['--cwd', root, 'verify', sealed], root, new Date('2026-01-05T12:00:00Z'));
    expect(verify.exitCode, `${verify.stdout}${verify.stderr}`).toBe(0);
  }, 120_000);
});
