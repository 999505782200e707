/**
 * Chromium's printed pages place every glyph with its own operator:
 * `<0029> Tj 6.6964722 0 Td <004C> Tj 3.7029877 0 Td ...`, about 28 bytes a
 * letter, and most of a bundle's bytes. The same glyphs at the same places
 * are written here as one text array, `[<0029004C> -12 <005B>] TJ`, where a
 * number appears only where a glyph does not sit where the font's own width
 * would put it (kerning, justification). Nothing else in the page changes.
 *
 * The rewrite is exact in what it leaves behind: a run's last glyph is still
 * placed by `Td` from the run's start with the original offsets' sum, so the
 * text state after the run (line matrix and text matrix) is what Chromium's
 * operators left, and whatever follows draws where it did. Inside a run a
 * glyph moves by at most half a thousandth of the font size (the array's
 * unit; rounding is carried from glyph to glyph, never added up). A page
 * using character or word spacing or horizontal scaling, or a font whose
 * widths are not known (anything but a two-byte Identity-H font), is left as
 * it is.
 */
import { inflateSync, deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';

/** Glyph widths of a font, in thousandths of the font size, by character id. */
export type Widths = (cid: number) => number;

/** A run: a glyph drawn where `Tm` or `Td` left the text, then glyphs each placed by `x 0 Td` from the one before. */
const RUN = /(?<=(?:Tm|Td)\s)<([0-9A-Fa-f]+)> Tj((?:\s+-?(?:\d+\.?\d*|\.\d+) 0 Td <[0-9A-Fa-f]+> Tj)+)/g;
const STEP = /(-?(?:\d+\.?\d*|\.\d+)) 0 Td <([0-9A-Fa-f]+)> Tj/g;
const FONT = /\/([^\s/<>[\]()]+)\s+(-?(?:\d+\.?\d*|\.\d+))\s+Tf\b/g;
/** Text state that changes where a glyph goes besides its width: the rewrite leaves such a page alone. */
const SPACING = /(?:^|\s)-?(?:\d+\.?\d*|\.\d+)\s+(?:Tc|Tw|Tz)\b/;

/**
 * A content stream's text runs as text arrays; undefined when nothing was
 * rewritten. `widthsOf` gives a font resource's widths (undefined: unknown,
 * its runs are left).
 */
export function compactTextRuns(content: string, widthsOf: (font: string) => Widths | undefined): string | undefined {
  if (SPACING.test(content)) return undefined;
  let changed = false;
  const out = content.replace(/(^|\s)BT\b([\s\S]*?)\bET(?=\s|$)/g, (block: string, lead: string, body: string) => {
    // The font in effect at each point of the block: set by Tf inside it (a text object starts with none known).
    const fonts: Array<{ at: number; name: string; size: number }> = [];
    for (const match of body.matchAll(FONT)) fonts.push({ at: match.index, name: match[1]!, size: Number(match[2]) });
    if (fonts.length === 0) return block;
    const rewritten = body.replace(RUN, (run: string, first: string, steps: string, at: number) => {
      const font = fonts.filter((entry) => entry.at < at).at(-1);
      const widths = font && font.size !== 0 ? widthsOf(font.name) : undefined;
      if (!font || !widths) return run;
      const glyphs = [first];
      const offsets: string[] = [];
      for (const step of steps.matchAll(STEP)) {
        offsets.push(step[1]!);
        glyphs.push(step[2]!);
      }
      if (glyphs.some((glyph) => glyph.length % 4 !== 0)) return run;
      // Each glyph but the last into the array, with the adjustment that puts the next one where Chromium put it.
      let array = '';
      let hex = '';
      let carry = 0;
      let sum = 0;
      for (let i = 0; i < glyphs.length - 1; i++) {
        const glyph = glyphs[i]!;
        let advance = 0;
        for (let k = 0; k < glyph.length; k += 4) advance += widths(Number.parseInt(glyph.slice(k, k + 4), 16));
        const offset = Number(offsets[i]);
        sum += offset;
        const exact = advance - (offset * 1000) / font.size + carry;
        const adjust = Math.round(exact);
        carry = exact - adjust;
        hex += glyph;
        if (adjust !== 0 || i === glyphs.length - 2) {
          array += `<${hex}>${adjust !== 0 ? ` ${adjust}` : ''}`;
          hex = '';
        }
      }
      changed = true;
      return `[${array.trimEnd()}] TJ\n${number(sum)} 0 Td <${glyphs.at(-1)}> Tj`;
    });
    return `${lead}BT${rewritten}ET`;
  });
  return changed ? out : undefined;
}

/** A sum of offsets as PDF writes a number: enough places to land where the original operators did. */
function number(value: number): string {
  const text = value.toFixed(5).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** The widths of a Type0 font with Identity-H encoding from its descendant's `W` and `DW`; undefined for any other font. */
export function fontWidths(font: PDFDict): Widths | undefined {
  if (font.lookup(PDFName.of('Subtype')) !== PDFName.of('Type0') || font.lookup(PDFName.of('Encoding')) !== PDFName.of('Identity-H')) return undefined;
  const descendants = font.lookup(PDFName.of('DescendantFonts'));
  const cidFont = descendants instanceof PDFArray ? descendants.lookup(0) : undefined;
  if (!(cidFont instanceof PDFDict)) return undefined;
  const dw = cidFont.lookup(PDFName.of('DW'));
  const fallback = dw instanceof PDFNumber ? dw.asNumber() : 1000;
  const table = new Map<number, number>();
  const w = cidFont.lookup(PDFName.of('W'));
  if (w instanceof PDFArray) {
    const items = w.asArray().map((_, i) => w.lookup(i));
    for (let i = 0; i < items.length; ) {
      const start = items[i];
      const next = items[i + 1];
      if (!(start instanceof PDFNumber)) return undefined;
      if (next instanceof PDFArray) {
        next.asArray().forEach((_, k) => {
          const width = next.lookup(k);
          if (width instanceof PDFNumber) table.set(start.asNumber() + k, width.asNumber());
        });
        i += 2;
      } else {
        const last = items[i + 1];
        const width = items[i + 2];
        if (!(last instanceof PDFNumber) || !(width instanceof PDFNumber)) return undefined;
        for (let c = start.asNumber(); c <= last.asNumber(); c++) table.set(c, width.asNumber());
        i += 3;
      }
    }
  }
  return (cid) => table.get(cid) ?? fallback;
}

/**
 * Rewrite the text runs of the given pages' content streams (Chromium's, as
 * printed: one Flate stream a page), in place. Returns the bytes saved.
 */
export function compactPages(document: PDFDocument, pages: PDFPage[]): number {
  const cache = new Map<PDFDict, Widths | undefined>();
  let saved = 0;
  for (const page of pages) {
    const contents = page.node.get(PDFName.of('Contents'));
    const stream = contents ? document.context.lookup(contents) : undefined;
    if (!(stream instanceof PDFRawStream) || stream.dict.lookup(PDFName.of('Filter')) !== PDFName.of('FlateDecode') || stream.dict.has(PDFName.of('DecodeParms'))) continue;
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'));
    if (!(fonts instanceof PDFDict)) continue;
    const widthsOf = (name: string): Widths | undefined => {
      const font = fonts.lookup(PDFName.of(name));
      if (!(font instanceof PDFDict)) return undefined;
      if (!cache.has(font)) cache.set(font, fontWidths(font));
      return cache.get(font);
    };
    let text: string;
    try {
      text = inflateSync(stream.contents).toString('latin1');
    } catch {
      continue;
    }
    const rewritten = compactTextRuns(text, widthsOf);
    if (rewritten === undefined) continue;
    const packed = deflateSync(Buffer.from(rewritten, 'latin1'));
    if (packed.length >= stream.contents.length) continue;
    saved += stream.contents.length - packed.length;
    const replacement = PDFRawStream.of(stream.dict, new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
    replacement.dict.set(PDFName.of('Length'), PDFNumber.of(packed.length));
    document.context.assign(contents as never, replacement);
  }
  return saved;
}
