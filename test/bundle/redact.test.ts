/**
 * The redaction on the HTML a record renders to, without Chromium: a child's
 * name is found however the text spells it, and what replaces it leaves the
 * document well formed. (test/bundle/redact-spellings.test.ts reads the same
 * spellings back from a real bundle.)
 */
import { describe, expect, it } from 'vitest';
import { redactHtml, termsForChildren } from '../../src/bundle/redact.js';
import { viewOfHtml } from '../../src/bundle/reading-view.js';
import { bodyHtml } from '../../src/render/html.js';

const terms = termsForChildren([
  { caseRef: 'FAM-0101', name: 'Zoë Quennell', dob: '2016-04-01' },
  { caseRef: 'FAM-0102', name: 'Ivo Jellicoe' },
  { caseRef: 'FAM-0109', name: 'Liesl Großmann' },
  { caseRef: 'FAM-0111', name: "Ciarán O'Brien" },
]);

/** What a reader sees of some HTML: its text, tags gone, references decoded. */
function textOf(html: string): string {
  return viewOfHtml(html).text.replace(/\s+/g, ' ').trim();
}

describe('redactHtml: a name is the name however the text spells it', () => {
  const cases: Array<[string, string, string]> = [
    // [what, Markdown body, what the reader must see]
    ['precomposed, as in child.name', 'Zoë Quennell was seen.', '[fam-0101] was seen.'],
    ['a decomposed accent (e + U+0308)', 'Zoe\u0308 Quennell was seen.', '[fam-0101] was seen.'],
    ['a decomposed accent in capitals', 'ZOE\u0308 was seen.', '[fam-0101] was seen.'],
    ['emphasis inside the word', 'Ivo Jel*licoe* was seen.', '[fam-0102] was seen.'],
    ['strong emphasis across a part of the name', 'I**vo Jelli**coe was seen.', '[fam-0102] was seen.'],
    ['a soft hyphen', 'Jel\u00ADlicoe was seen.', '[fam-0102] was seen.'],
    ['a soft hyphen written as a character reference', 'Jel&shy;licoe was seen.', '[fam-0102] was seen.'],
    ['a zero-width space', 'Jel\u200Blicoe was seen.', '[fam-0102] was seen.'],
    ['a zero-width non-joiner', 'Jel\u200Clicoe was seen.', '[fam-0102] was seen.'],
    ['a zero-width joiner', 'Jel\u200Dlicoe was seen.', '[fam-0102] was seen.'],
    ['a word joiner', 'Jel\u2060licoe was seen.', '[fam-0102] was seen.'],
    ['a zero-width no-break space (U+FEFF)', 'Jel\uFEFFlicoe was seen.', '[fam-0102] was seen.'],
    ['another case', 'iVO jELLICOE was seen.', '[fam-0102] was seen.'],
    ['capitals that fold to other letters', 'GROSSMANN was seen.', '[fam-0109] was seen.'],
    ['a typographic apostrophe', 'Ciarán O’Brien was seen.', '[fam-0111] was seen.'],
    ['an escaped apostrophe', "Ciar\u0061\u0301n O'Brien was seen.", '[fam-0111] was seen.'],
    ['a line break inside the full name', 'Zoë\nQuennell was seen.', '[fam-0101] was seen.'],
    ['the date of birth written out', 'Born 1 April 2016.', 'born [fam-0101 date of birth].'],
  ];
  it.each(cases)('%s', (_what, markdown, expected) => {
    expect(textOf(redactHtml(bodyHtml(markdown), terms))).toBe(expected);
  });

  it('finds the name in a printed field too, where Markdown marks print as typed', () => {
    const html = '<table class="facts"><tr><th scope="row">Note</th><td>Seen with Jel*licoe* and Zoe&#x308; at home</td></tr></table>';
    expect(textOf(redactHtml(html, terms))).toBe('note seen with [fam-0102]* and [fam-0101] at home');
  });
});

describe('redactHtml: the document stays what it was around the name', () => {
  it('replaces the whole span, markup included, and leaves every element closed', () => {
    expect(redactHtml('<p>Jel<em>licoe</em> came.</p>', terms)).toBe('<p>[FAM-0102]<em></em> came.</p>');
    expect(redactHtml('<p><em>Jel</em>licoe came.</p>', terms)).toBe('<p><em>[FAM-0102]</em> came.</p>');
    expect(redactHtml('<p>Zoe\u0308 came.</p>', terms)).toBe('<p>[FAM-0101] came.</p>');
  });

  it('leaves a longer word that starts with a name alone', () => {
    expect(redactHtml('<p>Ivory and Ivo.</p>', terms)).toBe('<p>Ivory and [FAM-0102].</p>');
    expect(redactHtml('<p>Zoël</p>', terms)).toBe('<p>Zoël</p>');
  });

  it('does not join words across a block boundary: cells are separate words', () => {
    expect(redactHtml('<tr><td>Ivo</td><td>Jellicoe</td></tr>', terms)).toBe('<tr><td>[FAM-0102]</td><td></td></tr>');
    expect(redactHtml('<tr><td>Ivory</td><td>Ivo</td></tr>', terms)).toBe('<tr><td>Ivory</td><td>[FAM-0102]</td></tr>');
  });

  it('never touches tag names, layout attributes or the stylesheet, but redacts words in other attribute values', () => {
    const grid = termsForChildren([{ caseRef: 'FAM-0200', name: 'Tabitha Grid' }]);
    const html = '<style>.grid { color: red }</style><table class="grid"><tr><td title="Tabitha Grid">Grid</td></tr></table>';
    expect(redactHtml(html, grid)).toBe('<style>.grid { color: red }</style><table class="grid"><tr><td title="[FAM-0200]">[FAM-0200]</td></tr></table>');
  });

  it('keeps the character references around a name as they were', () => {
    expect(redactHtml('<p>&lt;Ivo&gt; &amp; O&#39;Brien</p>', terms)).toBe('<p>&lt;[FAM-0102]&gt; &amp; [FAM-0111]</p>');
  });
});
