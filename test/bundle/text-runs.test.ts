/**
 * Text runs as text arrays (src/bundle/text-runs.ts): the glyphs of a
 * Chromium page land where they were (within half a thousandth of the font
 * size), the text state after each run is what it was, and anything the
 * rewrite cannot be sure of is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { compactTextRuns, type Widths } from '../../src/bundle/text-runs.js';

/** Where each glyph is drawn (x in text space, y), by a small interpreter of BT/ET, Tf, Tm, Td, Tj and TJ. */
function glyphs(content: string, widths: Widths): Array<{ cid: number; x: number; y: number }> {
  const out: Array<{ cid: number; x: number; y: number }> = [];
  let size = 0;
  let lineX = 0;
  let lineY = 0;
  let x = 0;
  let y = 0;
  const draw = (hex: string) => {
    for (let k = 0; k < hex.length; k += 4) {
      const cid = Number.parseInt(hex.slice(k, k + 4), 16);
      out.push({ cid, x, y });
      x += (widths(cid) * size) / 1000;
    }
  };
  const tokens = content.match(/\[[^\]]*\]|<[0-9A-Fa-f]*>|\/\S+|-?(?:\d+\.?\d*|\.\d+)|[A-Za-z*']+/g) ?? [];
  const stack: string[] = [];
  for (const token of tokens) {
    if (/^(?:\[|<|\/|-|\d|\.)/.test(token)) {
      stack.push(token);
      continue;
    }
    const args = stack.splice(0);
    if (token === 'Tf') size = Number(args[1]);
    else if (token === 'Tm') [lineX, lineY] = [Number(args[4]), Number(args[5])], [x, y] = [lineX, lineY];
    else if (token === 'Td') [lineX, lineY] = [lineX + Number(args[0]), lineY + Number(args[1])], [x, y] = [lineX, lineY];
    else if (token === 'Tj') draw(args[0]!.slice(1, -1));
    else if (token === 'TJ') {
      for (const part of args[0]!.slice(1, -1).match(/<[0-9A-Fa-f]*>|-?(?:\d+\.?\d*|\.\d+)/g) ?? []) {
        if (part.startsWith('<')) draw(part.slice(1, -1));
        else x -= (Number(part) * size) / 1000;
      }
    }
  }
  return out;
}

const WIDTHS: Widths = (cid) => ({ 0x29: 502, 0x4c: 278, 0x5b: 592, 0x57: 392, 0x03: 318 })[cid] ?? 556;

const CHROMIUM = `q
.3333 .3333 .3333 rg
BT
/F4 13.3299999 Tf
1 0 0 -1 0 44663 Tm
<0029> Tj
6.6964722 0 Td <004C> Tj
3.7029877 0 Td <005B> Tj
7.8875427 0 Td <0057> Tj
5.2258301 0 Td <0003> Tj
4.2366333 0 Td <0058> Tj
.5333 .5333 .5333 rg
7.4 0 Td <0029> Tj
6.6964722 0 Td <004C> Tj
ET
BT
/F5 10 Tf
1 0 0 -1 20 100 Tm
<0029> Tj
5.1 0 Td <004C> Tj
2.78 0 Td <0057> Tj
<0003> Tj
ET
Q
`;

describe('compactTextRuns', () => {
  it('draws every glyph where Chromium drew it, within half a thousandth of the font size', () => {
    const after = compactTextRuns(CHROMIUM, () => WIDTHS)!;
    expect(after).toBeDefined();
    expect(after).toContain('] TJ');
    expect(after.length).toBeLessThan(CHROMIUM.length);
    const before = glyphs(CHROMIUM, WIDTHS);
    const now = glyphs(after, WIDTHS);
    expect(now.map((glyph) => glyph.cid)).toEqual(before.map((glyph) => glyph.cid));
    now.forEach((glyph, i) => {
      expect(Math.abs(glyph.x - before[i]!.x), `glyph ${i}`).toBeLessThanOrEqual((0.5 * 13.33) / 1000 + 1e-6);
      expect(glyph.y).toBe(before[i]!.y);
    });
    // The last glyph of each run, and one drawn after a run without a Td of its own, are exactly where they were.
    expect(now.at(-1)!.x).toBeCloseTo(before.at(-1)!.x, 4);
    expect(now.at(-5)!.x).toBeCloseTo(before.at(-5)!.x, 4);
    // Colour changes and everything outside the runs are kept.
    expect(after).toContain('.5333 .5333 .5333 rg');
    expect(after.startsWith('q\n.3333 .3333 .3333 rg\nBT')).toBe(true);
  });

  it.each([
    ['character spacing', CHROMIUM.replace('/F4 13.3299999 Tf', '/F4 13.3299999 Tf\n0.5 Tc')],
    ['word spacing', CHROMIUM.replace('/F4 13.3299999 Tf', '/F4 13.3299999 Tf\n2 Tw')],
    ['horizontal scaling', CHROMIUM.replace('/F4 13.3299999 Tf', '/F4 13.3299999 Tf\n90 Tz')],
    ['no font set in the text object', 'BT\n1 0 0 1 0 0 Tm\n<0029> Tj\n5 0 Td <004C> Tj\nET\n'],
    ['a glyph not drawn from the line start', 'BT\n/F4 10 Tf\n1 0 0 1 0 0 Tm\n<0003> Tj\n<0029> Tj\n5 0 Td <004C> Tj\nET\n'],
  ])('leaves a page alone with %s', (_, content) => {
    const after = compactTextRuns(content, () => WIDTHS);
    if (after !== undefined) expect(glyphs(after, WIDTHS).map((glyph) => glyph.x)).toEqual(glyphs(content, WIDTHS).map((glyph) => glyph.x));
    else expect(after).toBeUndefined();
  });

  it('leaves the runs of a font whose widths are unknown', () => {
    expect(compactTextRuns(CHROMIUM, () => undefined)).toBeUndefined();
    const partly = compactTextRuns(CHROMIUM, (font) => (font === 'F5' ? WIDTHS : undefined))!;
    expect(partly).toContain('<0029> Tj\n6.6964722 0 Td <004C> Tj');
  });
});
