/**
 * Many records printed as one Chromium document, for the bundle: one set of
 * fonts per batch instead of one per record, and one `page.pdf()` call
 * instead of hundreds.
 *
 * Each record's HTML document (the same one `supv build` prints, filtered or
 * redacted as the bundle needs) becomes a section starting on a new page. A
 * record's running header and footer differ from its neighbours' (its id, its
 * DRAFT mark, its own "Page X of Y"), which Chromium's one header template
 * per document cannot say; so the body is printed without them, and a second,
 * light document of the same number of pages carries each page's header,
 * footer and draft watermark, laid over the body page by page. Where each
 * record starts is read from the PDF itself: every section opens with an
 * invisible link to a marker address, and the page whose link annotation
 * names it is the record's first (nothing depends on where a font wraps).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import type { BrowserPool } from '../render/chromium.js';
import { DRAFT_MARK, type RecordDocument } from '../render/html.js';
import { CONTENT_SECURITY_POLICY, setIsolatedContent } from '../render/isolate.js';
import { footerTemplate, headerTemplate, PAGE_MARGIN } from '../render/pdf.js';
import { escapeHtml } from '../render/text.js';

/** The address the invisible start-of-record links point at; never fetched (links are not followed when printing). */
const MARKER = 'https://supv-bundle.invalid/record/';

const BATCH_CSS = `
.supv-bundle-record { position: relative; }
.supv-bundle-record + .supv-bundle-record { break-before: page; page-break-before: always; }
.supv-bundle-record .watermark { display: none !important; }
a.supv-bundle-start { position: absolute; top: 0; left: 0; width: 1px; height: 1px; display: block; }
`;

/** The `<head>` of a record document (without its title) and what is between its `<body>` tags. */
function split(html: string): { head: string; bodyClass: string; body: string } {
  const open = /<body(?:\s+class="([^"]*)")?[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < 0) throw new Error('a record document without a <body>');
  const head = html.slice(0, open.index).replace(/<title>[\s\S]*?<\/title>\n?/i, '');
  return { head, bodyClass: open[1] ?? '', body: html.slice(open.index + open[0].length, close) };
}

/** The head two documents share, or undefined when they differ (they are then printed in different batches). */
export function sharedHead(document: Pick<RecordDocument, 'html'>): string {
  return split(document.html).head;
}

/** One HTML document holding every record of a batch, each from a new page, in order. */
export function batchHtml(documents: Array<Pick<RecordDocument, 'html'>>): string {
  const parts = documents.map((document) => split(document.html));
  const head = parts[0]!.head.replace(/<\/head>/i, `<title>Inspection bundle</title>\n<style>${BATCH_CSS}</style>\n</head>`);
  const sections = parts.map(
    (part, i) => `<section class="supv-bundle-record ${part.bodyClass}"><a class="supv-bundle-start" href="${MARKER}${i}" aria-hidden="true"></a>\n${part.body}\n</section>`,
  );
  return `${head}<body class="supv-bundle-batch">\n${sections.join('\n')}\n</body>\n</html>\n`;
}

/**
 * The 0-based page each record of the batch starts on, from the marker
 * links; the marker links are removed from the pages. Throws when a record's
 * marker is missing or out of order (the page counts would be wrong).
 */
export function recordStarts(document: PDFDocument, records: number): number[] {
  const starts = new Array<number>(records).fill(-1);
  const context = document.context;
  document.getPages().forEach((page, index) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    const keep: unknown[] = [];
    for (const item of annots.asArray()) {
      const annot = context.lookup(item);
      const action = annot instanceof PDFDict ? annot.lookup(PDFName.of('A')) : undefined;
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      const text = uri instanceof PDFString ? uri.decodeText() : undefined;
      if (text?.startsWith(MARKER)) {
        const i = Number(text.slice(MARKER.length));
        if (Number.isInteger(i) && i >= 0 && i < records && starts[i] === -1) starts[i] = index;
        continue;
      }
      keep.push(item);
    }
    if (keep.length === annots.size()) return;
    if (keep.length === 0) page.node.delete(PDFName.of('Annots'));
    else page.node.set(PDFName.of('Annots'), context.obj(keep as never));
  });
  starts.forEach((start, i) => {
    if (start < 0 || (i > 0 && start <= starts[i - 1]!)) throw new Error(`the bundle lost track of where record ${i + 1} of a batch starts`);
  });
  return starts;
}

/** What one page of a record says in its margins. */
export interface PageMarks {
  document: Pick<RecordDocument, 'organisation' | 'marking' | 'id' | 'commit' | 'contentHash' | 'draft' | 'draftMark'>;
  page: number;
  pages: number;
}

const MM = (value: string) => Number.parseFloat(value);
/** Chromium's A4 page, in points (pdfinfo: 595.92 x 841.92). */
const PAGE_W = 595.92;
const PAGE_H = 841.92;
const PT_PER_MM = 72 / 25.4;
/**
 * Chromium's header and footer frame keeps 15 pt between the page edge and a
 * template (measured: `supv build`'s header text sits 15 pt lower, its footer
 * text 15 pt higher, than the same template flush with the margin box).
 */
const FRAME_INSET = 15;
/**
 * The overlay's page, in whole CSS pixels just larger than A4: Chromium
 * scales a page whose width is a fraction of a pixel (A4 is 794.56 px), which
 * would shrink every mark by 0.07%. The overlay is laid over the body from
 * the top left corner, so the extra fraction of a point falls off the page.
 */
const OVERLAY_PX = { width: 795, height: 1123 } as const;

/** A document of one page per body page: each record page's header, footer and, on a draft, the watermark, with the stylesheet the record uses. */
export function overlayHtml(marks: PageMarks[], css: string): string {
  const top = MM(PAGE_MARGIN.top) * PT_PER_MM;
  const bottom = MM(PAGE_MARGIN.bottom) * PT_PER_MM;
  const left = MM(PAGE_MARGIN.left) * PT_PER_MM;
  const right = MM(PAGE_MARGIN.right) * PT_PER_MM;
  const fill = (template: string, mark: PageMarks) =>
    template.replace('<span class="pageNumber"></span>', `<span class="pageNumber">${mark.page}</span>`).replace('<span class="totalPages"></span>', `<span class="totalPages">${mark.pages}</span>`);
  const sheets = marks.map(
    (mark) =>
      '<div class="sheet">' +
      `<div class="band header"><div class="frame">${fill(headerTemplate(mark.document), mark)}</div></div>` +
      (mark.document.draft ? `<div class="area"><div class="watermark" aria-hidden="true"><span>${escapeHtml(mark.document.draftMark || DRAFT_MARK)}</span></div></div>` : '') +
      `<div class="band footer"><div class="frame">${fill(footerTemplate(mark.document), mark)}</div></div>` +
      '</div>',
  );
  const overlayCss = `
@page { size: ${OVERLAY_PX.width}px ${OVERLAY_PX.height}px; margin: 0; }
html, body { margin: 0; padding: 0; background: transparent; }
.sheet { position: relative; width: ${PAGE_W}pt; height: ${PAGE_H}pt; overflow: hidden; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.band { position: absolute; left: 0; width: ${PAGE_W}pt; display: flex; font: initial; line-height: normal; color: initial; letter-spacing: normal; overflow-wrap: normal; word-break: normal; }
.band .frame { width: 100%; height: 100%; box-sizing: border-box; display: flex; }
.header { top: 0; height: ${top}pt; }
.header .frame { align-items: flex-start; padding-top: ${FRAME_INSET}pt; }
.footer { top: ${PAGE_H - bottom}pt; height: ${bottom}pt; }
.footer .frame { align-items: flex-end; padding-bottom: ${FRAME_INSET}pt; }
.area { position: absolute; top: ${top}pt; left: ${left}pt; width: ${PAGE_W - left - right}pt; height: ${PAGE_H - top - bottom}pt; }
.area .watermark { position: absolute; }
`;
  return (
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta charset="utf-8">\n<title>Marks</title>\n' +
    `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>\n<style>${overlayCss}</style>\n</head>\n<body>\n${sheets.join('\n')}\n</body>\n</html>\n`
  );
}

/** Print a batch body: the record pages without header or footer, in the margins `supv build` uses. */
export async function printBody(pool: BrowserPool, html: string): Promise<Uint8Array> {
  return pool.withPage(async (isolated) => {
    await setIsolatedContent(isolated, html, pool.pageTimeoutMs);
    return isolated.page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: false,
      margin: PAGE_MARGIN,
      preferCSSPageSize: false,
      tagged: false,
      outline: false,
      timeout: pool.pageTimeoutMs,
    });
  });
}

/** Print the overlay of a batch: full-bleed A4 pages. */
export async function printOverlay(pool: BrowserPool, html: string): Promise<Uint8Array> {
  return pool.withPage(async (isolated) => {
    await setIsolatedContent(isolated, html, pool.pageTimeoutMs);
    return isolated.page.pdf({
      printBackground: false,
      displayHeaderFooter: false,
      margin: { top: '0', bottom: '0', left: '0', right: '0' },
      preferCSSPageSize: true,
      tagged: false,
      outline: false,
      timeout: pool.pageTimeoutMs,
    });
  });
}

/** Lay the overlay's pages over the body's, page by page (the overlay's fonts are copied once). */
export async function applyOverlay(body: PDFDocument, overlay: PDFDocument): Promise<void> {
  const pages: PDFPage[] = body.getPages();
  if (overlay.getPageCount() !== pages.length) throw new Error(`the marks of a batch have ${overlay.getPageCount()} pages for ${pages.length} pages of records`);
  const embedded = await body.embedPages(overlay.getPages());
  pages.forEach((page, i) => {
    const marks = embedded[i]!;
    // Top left corners together, at the overlay's own size.
    page.drawPage(marks, { x: 0, y: page.getHeight() - marks.height, width: marks.width, height: marks.height });
  });
}
