/**
 * `supv bundle` as a library function: one inspection PDF. Each record's
 * document comes from the record pipeline (templates, redaction), and the
 * records are printed in large batches, each as one isolated Chromium
 * document with one set of fonts (batch.ts: every record from a new page,
 * its own header, footer and marks laid over its pages). Then the cover,
 * compliance summary and contents are printed, and the whole is streamed to
 * the output file with its bookmarks (pdf-writer.ts), a batch at a time, so
 * memory does not grow with the number of pages. The contents are printed
 * when every record's page count is known, so its page numbers are exact; the
 * bundle's own page number is stamped at the foot of every page to match them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Config } from '../types/config.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import { BrowserPool } from '../render/chromium.js';
import { loadTemplates, recordDocument, type RecordDocument, type RenderContext } from '../render/html.js';
import { signatureStatuses } from '../sign/check.js';
import { loadSignatureContext } from '../sign/key-history.js';
import { todayIn } from '../util/dates.js';
import { shortCommit } from '../render/text.js';
import { compliance } from '../report/compliance.js';
import { printHtml } from '../report/print.js';
import { applyOverlay, batchHtml, overlayHtml, printBody, printOverlay, recordStarts } from './batch.js';
import { contentsHtml, coverHtml, summaryHtml, type ContentsLine } from './front-matter.js';
import type { OutlineNode } from './outline.js';
import { StreamingPdfWriter } from './pdf-writer.js';
import { redactHtml, redactionTerms } from './redact.js';
import { attachRecordList } from './contents-list.js';
import { chronology, selectGroups } from './select.js';
import { UserError } from '../util/errors.js';

export interface BundleOptions {
  root: string;
  config: Config;
  records: RecordSet;
  /** The period (inclusive); compliance is judged on `asOf`. */
  from: string;
  to: string;
  asOf: string;
  staff?: string[];
  caseRef?: string;
  redact: boolean;
  commit: string;
  toolVersion: string;
  /** When it was made, as people read it. */
  generatedAt: string;
  /** The PDF's creation date. */
  now: Date;
  concurrency?: number;
  /** Write the bundle here (atomically, streamed as it is made); without it the bytes are returned in `pdf`. */
  out?: string;
  /** Records printed as one Chromium document (default {@link DEFAULT_BATCH}). */
  batchSize?: number;
  env?: Record<string, string | undefined>;
  executablePath?: string;
}

export interface BundleSection {
  title: string;
  /** 1-based bundle page where the section starts. */
  page: number;
  entries: Array<{ id: string; title: string; page: number; pages: number }>;
}

export interface BundleResult {
  /** The bundle, when no `out` file was given. */
  pdf?: Uint8Array;
  /** The file written, when `out` was given. */
  file?: string;
  /** Size of the PDF in bytes. */
  bytes: number;
  /** Chromium documents the records were printed in. */
  batches: number;
  pages: number;
  /** Pages before the first record: cover, summary, contents. */
  frontPages: { cover: number; summary: number; contents: number };
  sections: BundleSection[];
  records: number;
}

/** Nothing matched the selection. */
export class EmptyBundleError extends UserError {}

export async function makeBundle(options: BundleOptions): Promise<BundleResult> {
  const { config, records } = options;
  const groups = selectGroups(records, { from: options.from, to: options.to, staff: options.staff, caseRef: options.caseRef });
  if (groups.length === 0 || groups.every((group) => group.entries.length === 0)) {
    throw new EmptyBundleError(options.caseRef ? `no session, decision record or case file audit is about case ${options.caseRef} between ${options.from} and ${options.to}` : `no records match between ${options.from} and ${options.to}`);
  }
  const terms = options.redact ? redactionTerms(records) : [];
  const redact = (html: string) => (terms.length > 0 ? redactHtml(html, terms) : html);
  const templates = loadTemplates(options.root);
  // Each signature's status with the keys its signer held then, from git history, as `supv build` prints it
  // (src/render/build.ts): a record's bundle pages and its own PDF never disagree.
  const signatureContext = await loadSignatureContext({ root: options.root, records, config, today: todayIn(config.timezone, options.now) });
  const context: RenderContext = { config, records, commit: options.commit, signatureStatuses: (record) => signatureStatuses(record, signatureContext) };

  const unique = new Map(groups.flatMap((group) => group.entries.map((entry) => [entry.id, entry.record] as const)));
  const order = groups.flatMap((group) => group.entries);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const batches = planBatches(order.length, batchSize);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), batches.length));
  // A batch is one long document: give it the time hundreds of records take, not the one-record page timeout.
  const pool = await BrowserPool.start({ concurrency, env: options.env, executablePath: options.executablePath, pageTimeoutMs: 15 * 60_000 });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'supv-bundle-'));
  const target = options.out ?? path.join(scratch, 'bundle.pdf');
  let writer: StreamingPdfWriter | undefined;
  try {
    // The records, a batch at a time as one document each: the body pages, then their marks. Both wait on disk, so
    // memory does not grow with the number of pages.
    const rendered: RenderedBatch[] = new Array(batches.length);
    // The content hash each record's pages print, for the list attached to the bundle (./contents-list.ts).
    const printed = new Map<string, { kind: string; id: string; contentHash: string }>();
    const limit = pLimit(concurrency);
    await Promise.all(
      batches.map((batch, b) =>
        limit(async () => {
          const documents = order.slice(batch.from, batch.to).map((entry) => recordHtml(entry.record));
          for (const document of documents) printed.set(document.id, { kind: document.kind, id: document.id, contentHash: document.contentHash });
          const bodyBytes = await printBody(pool, batchHtml(documents));
          const body = await PDFDocument.load(bodyBytes, { updateMetadata: false });
          const starts = recordStarts(body, documents.length);
          const total = body.getPageCount();
          const pages = starts.map((start, i) => (starts[i + 1] ?? total) - start);
          const marks = documents.flatMap((document, i) => Array.from({ length: pages[i]! }, (_, page) => ({ document, page: page + 1, pages: pages[i]! })));
          const overlayBytes = await printOverlay(pool, overlayHtml(marks, templates.css));
          const bodyFile = path.join(scratch, `batch-${b}.pdf`);
          const overlayFile = path.join(scratch, `marks-${b}.pdf`);
          writeFileSync(bodyFile, bodyBytes);
          writeFileSync(overlayFile, overlayBytes);
          rendered[b] = { bodyFile, overlayFile, pages };
        }),
      ),
    );
    const pageCounts = rendered.flatMap((batch) => batch.pages);

    const scopeWords = options.caseRef
      ? `the chronology of case ${options.caseRef}: the sessions that discussed it (only what they recorded about this case), its decision records and case file audits`
      : options.staff && options.staff.length > 0
        ? `the records of ${groups.map((group) => group.title).join(', ')}`
        : 'the records of every member of staff in post in the period';
    const bands = { organisation: config.organisation, marking: config.marking, label: 'Inspection bundle', footerNote: `Commit ${shortCommit(options.commit)}`, pageNumbers: false };
    const cover = await PDFDocument.load(await printHtml(pool, redact(coverHtml({
      organisation: config.organisation, marking: config.marking, from: options.from, to: options.to, asOf: options.asOf,
      generatedAt: options.generatedAt, commit: options.commit, scope: scopeWords, redacted: options.redact, records: unique.size,
    })), bands));
    const people = groups.flatMap((group) => group.entries.filter((entry) => entry.record.kind === 'staff').map((entry) => entry.id));
    const involved = options.caseRef ? [...new Set(groups.flatMap((group) => group.entries.map(({ record }) => (record.kind === 'staff' ? undefined : record.kind === 'case-audit' ? record.data.worker : record.data.supervisee)).filter((id): id is string => typeof id === 'string')))] : people;
    const data = await compliance(records, { config, asOf: options.asOf, from: options.from, staff: involved.length > 0 ? involved : ['\0none'] });
    const summary = await PDFDocument.load(await printHtml(pool, redact(summaryHtml(data, options.caseRef ? { caseRef: options.caseRef, lines: chronology(groups, options.caseRef) } : undefined)), bands));

    // The contents' length moves every page number after it: print, count, and print again until it is stable.
    let contentsPages = 1;
    let contents: PDFDocument | undefined;
    let sections: BundleSection[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      sections = [];
      let page = cover.getPageCount() + summary.getPageCount() + contentsPages + 1;
      let index = 0;
      for (const group of groups) {
        const section: BundleSection = { title: group.title, page, entries: [] };
        for (const entry of group.entries) {
          const pages = pageCounts[index++]!;
          section.entries.push({ id: entry.id, title: entry.title, page, pages });
          page += pages;
        }
        sections.push(section);
      }
      const lines: ContentsLine[] = sections.flatMap((section) => [
        { title: section.title, page: section.page, level: 0 as const },
        ...section.entries.map((entry) => ({ title: entry.title, id: entry.id, page: entry.page, level: 1 as const })),
      ]);
      contents = await PDFDocument.load(await printHtml(pool, redact(contentsHtml(lines)), bands));
      if (contents.getPageCount() === contentsPages) break;
      contentsPages = contents.getPageCount();
    }
    await pool.close();

    const coverPages = cover.getPageCount();
    const summaryPages = summary.getPageCount();
    const totalPages = coverPages + summaryPages + contentsPages + pageCounts.reduce((sum, pages) => sum + pages, 0);
    mkdirSync(path.dirname(target), { recursive: true });
    writer = new StreamingPdfWriter(target);
    for (const part of [cover, summary, contents!]) {
      await stampPageNumbers(part, writer.pages, totalPages, config.marking);
      await writer.appendDocument(part);
    }
    for (const batch of rendered) {
      const body = await PDFDocument.load(readFileSync(batch.bodyFile), { updateMetadata: false });
      recordStarts(body, batch.pages.length);
      await applyOverlay(body, await PDFDocument.load(readFileSync(batch.overlayFile), { updateMetadata: false }));
      await stampPageNumbers(body, writer.pages, totalPages, config.marking);
      await writer.appendDocument(body);
      rmSync(batch.bodyFile, { force: true });
      rmSync(batch.overlayFile, { force: true });
    }

    const outline: OutlineNode[] = [
      { title: 'Cover', page: 0 },
      { title: options.caseRef ? 'Compliance summary and chronology' : 'Compliance summary', page: coverPages },
      { title: 'Contents', page: coverPages + summaryPages },
      ...sections.map((section) => ({
        title: section.title,
        page: section.page - 1,
        children: section.entries.map((entry) => ({ title: `${entry.title} (${entry.id})`, page: entry.page - 1 })),
      })),
    ];
    // The list of records a program reads (supv verify bundle.pdf), attached as a file.
    const list = await PDFDocument.create();
    await attachRecordList(list, { commit: options.commit, records: [...unique.keys()].map((id) => printed.get(id)!) }, options.now);
    const attached = await writer.catalogEntries(list, ['Names', 'AF']);
    const bytes = writer.finish(outline, {
      title: `${config.organisation}: supervision records, inspection bundle, ${options.from} to ${options.to}`,
      author: config.organisation,
      subject: `${config.marking}: inspection bundle`,
      keywords: ['supv', 'bundle', config.marking, `commit:${options.commit}`, ...(options.redact ? ['redacted'] : [])],
      creator: 'supv',
      producer: `supv ${options.toolVersion}`,
      date: options.now,
      language: 'en-GB',
      attached,
      id: createHash('sha256').update(`supv\0bundle\0${options.commit}\0${options.from}\0${options.to}\0${options.now.toISOString()}`).digest('hex').slice(0, 32).toUpperCase(),
    });
    const pdf = options.out === undefined ? new Uint8Array(readFileSync(target)) : undefined;
    return { pdf, file: options.out, bytes, pages: totalPages, frontPages: { cover: coverPages, summary: summaryPages, contents: contentsPages }, sections, records: unique.size, batches: batches.length };
  } finally {
    writer?.abort();
    await pool.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  /** One record as the HTML document the bundle prints: the record pipeline's document, redacted when asked. */
  function recordHtml(record: LoadedRecord): RecordDocument {
    const document = recordDocument(record, templates, context);
    return { ...document, html: redact(document.html) };
  }
}

interface RenderedBatch {
  bodyFile: string;
  overlayFile: string;
  /** Pages of each record of the batch, in order. */
  pages: number[];
}

/** Records per batch: large enough that fonts and Chromium's per-document cost are spread thin, small enough for Chromium's memory. */
export const DEFAULT_BATCH = 100;

/** Consecutive runs of at most `size` entries (the bundle's order is kept: batches are appended one after another). */
function planBatches(count: number, size: number): Array<{ from: number; to: number }> {
  const batches: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < count; from += size) batches.push({ from, to: Math.min(count, from + size) });
  return batches;
}

/** "Bundle page N of M" at the foot of every page, below the record's own footer, so the contents can be followed on paper. */
async function stampPageNumbers(part: PDFDocument, first: number, total: number, marking: string): Promise<void> {
  const font = await part.embedFont(StandardFonts.Helvetica);
  // Helvetica's encoding is WinAnsi: keep the marking to characters it has.
  const safeMarking = marking.replace(/[^\x20-\x7e]/g, '?');
  part.getPages().forEach((page, i) => {
    const text = `${safeMarking} - inspection bundle page ${first + i + 1} of ${total}`;
    const size = 6.5;
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (page.getWidth() - width) / 2, y: 8, size, font, color: rgb(0.25, 0.25, 0.25) });
  });
}
