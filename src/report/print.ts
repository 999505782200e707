/**
 * Print a supv-made HTML document (the dashboard, a bundle's cover, summary
 * or contents) on an isolated Chromium page, with the organisation and the
 * protective marking in the header and footer of every page, as the record
 * PDFs have them. The documents are built by supv from records' data; they go
 * through the same isolation as records (CSP, no JavaScript, no requests).
 */
import type { BrowserPool } from '../render/chromium.js';
import { escapeHtml } from '../render/text.js';
import { CONTENT_SECURITY_POLICY, setIsolatedContent } from '../render/isolate.js';
import { PAGE_MARGIN } from '../render/pdf.js';

export interface PrintBands {
  organisation: string;
  marking: string;
  /** What the document is, right of the header: "Inspection bundle", "Supervision dashboard". */
  label: string;
  /** Left of the footer: "Commit 1a2b3c4d5e", a generation time. */
  footerNote: string;
  /** Show "Page X of Y" of this document in the footer (off for bundle parts, which the bundle numbers itself). */
  pageNumbers?: boolean;
  landscape?: boolean;
}

const BAND = "font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: #222; display: flex; justify-content: space-between; align-items: baseline; gap: 4mm;";
const BOX = 'width: 100%; box-sizing: border-box; padding-left: 16mm; padding-right: 16mm;';
const CELL = 'flex: 1 1 0; min-width: 0; overflow-wrap: anywhere;';

/** Header and footer templates for Chromium; every value is escaped. */
export function bands(options: PrintBands): { header: string; footer: string } {
  const marking = `<span style="${CELL} text-align: center; font-weight: bold; letter-spacing: 0.05em;">${escapeHtml(options.marking)}</span>`;
  const header =
    `<div style="${BOX} padding-top: 7mm;"><div style="${BAND}">` +
    `<span style="${CELL} text-align: left;">${escapeHtml(options.organisation)}</span>${marking}` +
    `<span style="${CELL} text-align: right;">${escapeHtml(options.label)}</span></div></div>`;
  const pages = options.pageNumbers === false ? '' : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  const footer =
    `<div style="${BOX} padding-bottom: 6mm;"><div style="${BAND}">` +
    `<span style="${CELL} text-align: left;">${escapeHtml(options.footerNote)}</span>${marking}` +
    `<span style="${CELL} text-align: right;">${pages}</span></div></div>`;
  return { header, footer };
}

/** A complete HTML document with supv's Content-Security-Policy, ready for {@link printHtml} or a browser. */
export function htmlDocument(title: string, css: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

/** Print a document to A4 PDF bytes on a pooled, isolated page. */
export async function printHtml(pool: BrowserPool, html: string, options: PrintBands): Promise<Uint8Array> {
  const { header, footer } = bands(options);
  return pool.withPage(async (isolated) => {
    await setIsolatedContent(isolated, html, pool.pageTimeoutMs);
    return isolated.page.pdf({
      format: 'A4',
      landscape: Boolean(options.landscape),
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: header,
      footerTemplate: footer,
      margin: PAGE_MARGIN,
      tagged: false,
      outline: false,
      timeout: pool.pageTimeoutMs,
    });
  });
}
