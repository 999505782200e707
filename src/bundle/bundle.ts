/**
 * `supv bundle` as a library function: one inspection PDF. Each record is
 * rendered with the record pipeline (templates, isolated Chromium), then the
 * cover, compliance summary and contents are printed, and pdf-lib merges them
 * and writes the bookmarks. The contents are printed last, when every
 * record's page count is known, so its page numbers are exact; the bundle's
 * own page number is stamped at the foot of every page to match them.
 */
import os from 'node:os';
import pLimit from 'p-limit';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Config } from '../types/config.js';
import type { RecordSet } from '../model.js';
import { BrowserPool } from '../render/chromium.js';
import { loadTemplates, recordDocument } from '../render/html.js';
import { shortCommit } from '../render/text.js';
import { renderPdf } from '../render/pdf.js';
import { compliance } from '../report/compliance.js';
import { printHtml } from '../report/print.js';
import { contentsHtml, coverHtml, summaryHtml, type ContentsLine } from './front-matter.js';
import { setOutline, type OutlineNode } from './outline.js';
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
  pdf: Uint8Array;
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
  const context = { config, records, commit: options.commit };

  const unique = new Map(groups.flatMap((group) => group.entries.map((entry) => [entry.id, entry.record] as const)));
  const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), unique.size));
  const pool = await BrowserPool.start({ concurrency, env: options.env, executablePath: options.executablePath });
  try {
    // Every record once, however many people it belongs to (a group session is filed under each attendee).
    const rendered = new Map<string, PDFDocument>();
    // The content hash each record's pages print, for the list attached to the bundle (./contents-list.ts).
    const printed = new Map<string, { kind: string; id: string; contentHash: string }>();
    const limit = pLimit(concurrency * 2);
    await Promise.all(
      [...unique].map(([id, record]) =>
        limit(async () => {
          const document = recordDocument(record, templates, context);
          printed.set(id, { kind: document.kind, id: document.id, contentHash: document.contentHash });
          const { pdf } = await renderPdf(pool, { ...document, html: redact(document.html) }, options.toolVersion);
          rendered.set(id, await PDFDocument.load(pdf));
        }),
      ),
    );

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
      for (const group of groups) {
        const section: BundleSection = { title: group.title, page, entries: [] };
        for (const entry of group.entries) {
          const pages = rendered.get(entry.id)!.getPageCount();
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

    const bundle = await PDFDocument.create();
    const append = async (source: PDFDocument) => {
      for (const page of await bundle.copyPages(source, source.getPageIndices())) bundle.addPage(page);
    };
    await append(cover);
    await append(summary);
    await append(contents!);
    for (const section of sections) for (const entry of section.entries) await append(rendered.get(entry.id)!);

    const coverPages = cover.getPageCount();
    const summaryPages = summary.getPageCount();
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
    setOutline(bundle, outline);
    await stampPageNumbers(bundle, config.marking);

    bundle.setTitle(`${config.organisation}: supervision records, inspection bundle, ${options.from} to ${options.to}`);
    bundle.setAuthor(config.organisation);
    bundle.setSubject(`${config.marking}: inspection bundle`);
    bundle.setKeywords(['supv', 'bundle', config.marking, `commit:${options.commit}`, ...(options.redact ? ['redacted'] : [])]);
    bundle.setCreator('supv');
    bundle.setProducer(`supv ${options.toolVersion}`);
    bundle.setCreationDate(options.now);
    bundle.setModificationDate(options.now);
    bundle.setLanguage('en-GB');
    await attachRecordList(bundle, { commit: options.commit, records: [...unique.keys()].map((id) => printed.get(id)!) }, options.now);
    const pdf = await bundle.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
    return { pdf, pages: bundle.getPageCount(), frontPages: { cover: coverPages, summary: summaryPages, contents: contentsPages }, sections, records: unique.size };
  } finally {
    await pool.close();
  }
}

/** "Bundle page N of M" at the foot of every page, below the record's own footer, so the contents can be followed on paper. */
async function stampPageNumbers(bundle: PDFDocument, marking: string): Promise<void> {
  const font = await bundle.embedFont(StandardFonts.Helvetica);
  const pages = bundle.getPages();
  const total = pages.length;
  // Helvetica's encoding is WinAnsi: keep the marking to characters it has.
  const safeMarking = marking.replace(/[^\x20-\x7e]/g, '?');
  pages.forEach((page, i) => {
    const text = `${safeMarking} - inspection bundle page ${i + 1} of ${total}`;
    const size = 6.5;
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (page.getWidth() - width) / 2, y: 8, size, font, color: rgb(0.25, 0.25, 0.25) });
  });
}
