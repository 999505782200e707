/**
 * A record document printed to PDF: A4, with a running header and footer on
 * every page, then fixed metadata so that the same inputs give the same bytes.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import type { BrowserPool } from './chromium.js';
import { DRAFT_MARK, type RecordDocument } from './html.js';
import { escapeHtml, shortCommit } from './text.js';
import { setIsolatedContent } from './isolate.js';

/** Page margins: the header and footer are drawn inside the top and bottom ones. */
export const PAGE_MARGIN = { top: '24mm', bottom: '22mm', left: '16mm', right: '16mm' } as const;

const BAND_STYLE =
  'font-family: \'Liberation Sans\', \'DejaVu Sans\', Arial, \'Noto Sans CJK SC\', sans-serif; font-size: 7.5pt; color: #222; ' +
  'display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; -webkit-print-color-adjust: exact;';
/** The header and footer boxes span the page; their content lines up with the body's side margins. */
const BOX = 'width: 100%; box-sizing: border-box; padding-left: 16mm; padding-right: 16mm;';
// Cells wrap rather than clip: a long organisation name is shown whole, over two lines if need be.
const CELL = 'flex: 1 1 0; min-width: 0; overflow-wrap: anywhere;';

/**
 * The header Chromium prints on every page: organisation, protective
 * marking, record id. Every value is escaped: Chromium treats these templates
 * as HTML, and the organisation's name comes from a config file.
 */
export function headerTemplate(document: Pick<RecordDocument, 'organisation' | 'marking' | 'id'>): string {
  return (
    `<div style="${BOX} padding-top: 7mm;"><div style="${BAND_STYLE}">` +
    `<span style="${CELL} text-align: left;">${escapeHtml(document.organisation)}</span>` +
    `<span style="${CELL} text-align: center; font-weight: bold; letter-spacing: 0.05em;">${escapeHtml(document.marking)}</span>` +
    `<span style="${CELL} text-align: right;">Record ${escapeHtml(document.id)}</span>` +
    '</div></div>'
  );
}

/**
 * The footer on every page: marking again, "Page X of Y", commit and content
 * hash; and on a record missing a signature, the draft mark in plain
 * (unrotated) text, so it is on every page for a reader and for text search.
 */
export function footerTemplate(document: Pick<RecordDocument, 'marking' | 'commit' | 'contentHash' | 'draft'> & { draftMark?: string }): string {
  const draft = document.draft
    ? `<div style="${BAND_STYLE} justify-content: center; color: #a00000; font-weight: bold; letter-spacing: 0.08em; padding-bottom: 1mm;">${escapeHtml(document.draftMark || DRAFT_MARK)}</div>`
    : '';
  return (
    `<div style="${BOX} padding-bottom: 6mm;">` +
    draft +
    `<div style="${BAND_STYLE}">` +
    `<span style="${CELL} text-align: left;">Commit ${escapeHtml(shortCommit(document.commit))} &middot; Hash ${escapeHtml(document.contentHash.slice(0, 12))}</span>` +
    `<span style="${CELL} text-align: center; font-weight: bold; letter-spacing: 0.05em;">${escapeHtml(document.marking)}</span>` +
    `<span style="${CELL} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>` +
    '</div></div>'
  );
}

/** What the PDF's document information says; all of it derives from the record and the run. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date (fixed, from the record, never the clock). */
  date: Date;
  /** Seed of the document's /ID: the same seed, the same id. */
  idSeed: string;
  producer: string;
}

/** The metadata supv writes for a record document. */
export function metadataFor(document: RecordDocument, toolVersion: string): PdfMetadata {
  return {
    title: document.title,
    author: document.organisation,
    subject: `${document.marking}: ${document.kind} ${document.id}`,
    keywords: ['supv', document.kind, document.id, `sha256:${document.contentHash}`, `commit:${document.commit}`, document.marking],
    date: document.date,
    idSeed: `supv\0${document.id}\0${document.contentHash}\0${document.commit}`,
    producer: `supv ${toolVersion}`,
  };
}

/** Print a record document to PDF bytes on a pooled, isolated page, and fix its metadata. */
export async function renderPdf(pool: BrowserPool, document: RecordDocument, toolVersion: string): Promise<{ pdf: Uint8Array; blockedRequests: number }> {
  const { raw, blockedRequests } = await pool.withPage(async (isolated) => {
    const before = isolated.blocked();
    await setIsolatedContent(isolated, document.html, pool.pageTimeoutMs);
    const raw = await isolated.page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(document),
      footerTemplate: footerTemplate(document),
      margin: PAGE_MARGIN,
      preferCSSPageSize: false,
      tagged: false,
      outline: false,
      timeout: pool.pageTimeoutMs,
    });
    return { raw, blockedRequests: isolated.blocked() - before };
  });
  return { pdf: await setPdfMetadata(raw, metadataFor(document, toolVersion)), blockedRequests };
}

/**
 * Replace Chromium's metadata (its clock time, random XMP ids) with fixed
 * values, and save with a classic cross-reference table, which the PKCS#7
 * placeholder step (`@signpdf/placeholder-plain`) needs.
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = document.context;

  // Chromium writes an XMP packet with the current time and random document ids: drop it.
  const xmp = document.catalog.get(PDFName.of('Metadata'));
  if (xmp instanceof PDFRef) context.delete(xmp);
  document.catalog.delete(PDFName.of('Metadata'));

  document.setTitle(metadata.title);
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setCreator('supv');
  document.setProducer(metadata.producer);
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  document.setLanguage('en-GB');

  const id = createHash('sha256').update(metadata.idSeed).digest('hex').slice(0, 32).toUpperCase();
  context.trailerInfo.ID = PDFArray.withContext(context);
  (context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  (context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  const info = context.trailerInfo.Info;
  if (info instanceof PDFRef && !(context.lookup(info) instanceof PDFDict)) throw new Error('the PDF has no document information dictionary');

  return document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
