/**
 * The text of a document as a reader takes it in, normalised so that two
 * spellings that read the same are the same string, with a map from every
 * character back to where it came from. Redaction matches a name in this
 * view and replaces what it covers in the original.
 *
 * What reads the same:
 * - a letter with its accent precomposed (`ë`, U+00EB) or written as the
 *   letter and a combining mark (`e` U+0308): both are NFC here;
 * - any case, and capitals that fold to other letters (`GROSSMANN` and
 *   `Großmann`): each letter is upper-cased then lower-cased, which is
 *   Unicode's full case folding for every letter a name is likely to hold;
 * - a word with a soft hyphen, a zero-width space or joiner, a word joiner,
 *   U+FEFF or any other default-ignorable code point inside it (nothing a
 *   reader sees): those are left out;
 * - a word with inline markup inside it (`Jel<em>licoe</em>`, which
 *   Markdown makes of `Jel*licoe*`): inline elements are left out, while
 *   block boundaries (`</td><td>`, `<br>`, `</p>`) read as a space;
 * - HTML's character references (`O&#39;Brien`) as the characters they stand
 *   for; any dash as `-`, any apostrophe as `'`, any white space as a space.
 *
 * https://unicode.org/reports/tr15/ (normalisation),
 * https://www.unicode.org/reports/tr44/#Default_Ignorable_Code_Point
 */

export interface ReadingView {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 index of `text`: where the character it came from begins in the source. */
  start: number[];
  /** For each UTF-16 index of `text`: where the character it came from ends in the source (exclusive). */
  end: number[];
  /** Every tag and comment of an HTML source, as `[start, end)` in order; empty for plain text. */
  tags: Array<[number, number]>;
}

/** One character of the source as a reader sees it: what it is and where it is. */
interface SourceChar {
  char: string;
  start: number;
  end: number;
}

/**
 * Elements that run inside a line of text: markup inside a word leaves it one
 * word. Every other element starts or ends a block, or stands for something
 * that is not text (`img`), and separates the words on either side.
 * (https://html.spec.whatwg.org/multipage/text-level-semantics.html)
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Elements whose content is not text on the page. */
const RAW = new Set(['style', 'script']);

/**
 * The character references the HTML redaction sees: those Handlebars and
 * markdown-it write when they escape text (record data reaches the HTML
 * only through them), and those the built-in templates use. Numeric
 * references are decoded whatever they are; an unknown name is read as the
 * characters it is written with.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', zwsp: '\u200B', zwnj: '\u200C', zwj: '\u200D',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C', middot: '\u00B7', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', sect: '\u00A7', copy: '\u00A9', times: '\u00D7', bull: '\u2022', rarr: '\u2192', larr: '\u2190',
};

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const MARK = /^\p{M}$/u;
/** Hangul vowel and final jamo compose with the syllable before them under NFC, as marks do. */
const JAMO_CONTINUATION = /^[\u1160-\u11FF\uD7B0-\uD7FF]$/u;
const DASH = /^\p{Pd}$/u;
const APOSTROPHE = /^['\u2018\u2019\u02BC\uFF07]$/u;
const SPACE = /^\s$/u;

/** The view of plain text (a name to look for, or text that is not HTML). */
export function viewOfText(text: string): ReadingView {
  const chars: SourceChar[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    chars.push({ char, start: i, end: i + char.length });
    i += char.length;
  }
  return normalise(chars, []);
}

/**
 * The view of an HTML document's text: what lies between its tags, with
 * character references decoded. The content of `style` and `script` is not
 * read (it is not text on the page); attribute values are not either (see
 * {@link viewOfAttributeValue}).
 */
export function viewOfHtml(html: string): ReadingView {
  const chars: SourceChar[] = [];
  const tags: Array<[number, number]> = [];
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const tag = tagAt(html, i);
      if (tag) {
        let end = tag.end;
        if (tag.name && RAW.has(tag.name) && !tag.closing) {
          // Its content and closing tag with it: one stretch of markup, never text.
          const closing = new RegExp(`</${tag.name}\\b`, 'gi');
          closing.lastIndex = end;
          const close = closing.exec(html);
          end = close ? tagAt(html, close.index)?.end ?? html.length : html.length;
        }
        tags.push([i, end]);
        // Inside a word (an inline element), or nothing on the page (a comment, a declaration), the word goes on.
        if (tag.name && !INLINE.has(tag.name)) chars.push({ char: ' ', start: i, end });
        i = end;
        continue;
      }
    }
    if (html[i] === '&') {
      const reference = referenceAt(html, i);
      if (reference) {
        for (const char of reference.text) chars.push({ char, start: i, end: reference.end });
        i = reference.end;
        continue;
      }
    }
    const char = String.fromCodePoint(html.codePointAt(i)!);
    chars.push({ char, start: i, end: i + char.length });
    i += char.length;
  }
  return normalise(chars, tags);
}

/** The view of one attribute value as written in a tag (character references decoded, no tags). */
export function viewOfAttributeValue(value: string): ReadingView {
  const chars: SourceChar[] = [];
  for (let i = 0; i < value.length; ) {
    const reference = value[i] === '&' ? referenceAt(value, i) : undefined;
    if (reference) {
      for (const char of reference.text) chars.push({ char, start: i, end: reference.end });
      i = reference.end;
      continue;
    }
    const char = String.fromCodePoint(value.codePointAt(i)!);
    chars.push({ char, start: i, end: i + char.length });
    i += char.length;
  }
  return normalise(chars, []);
}

/**
 * A tag or comment starting at `at`: its end, and the element's name in lower
 * case (none for a comment or `<!DOCTYPE>`). A `<` that starts no tag is
 * text (undefined).
 */
export function tagAt(html: string, at: number): { end: number; name?: string; closing: boolean } | undefined {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return { end: close === -1 ? html.length : close + 3, closing: false };
  }
  if (html[at + 1] === '!' || html[at + 1] === '?') {
    const close = html.indexOf('>', at);
    return { end: close === -1 ? html.length : close + 1, closing: false };
  }
  const head = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(at, at + 64));
  if (!head) return undefined;
  // The tag ends at the first `>` outside a quoted attribute value.
  let quote: string | undefined;
  for (let i = at + head[0].length; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return { end: i + 1, name: head[2]!.toLowerCase(), closing: head[1] === '/' };
    }
  }
  return { end: html.length, name: head[2]!.toLowerCase(), closing: head[1] === '/' };
}

function referenceAt(text: string, at: number): { text: string; end: number } | undefined {
  const match = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/.exec(text.slice(at, at + 40));
  if (!match) return undefined;
  let decoded: string | undefined;
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
    decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  } else {
    decoded = NAMED[match[3]!] ?? NAMED[match[3]!.toLowerCase()];
  }
  return decoded === undefined ? undefined : { text: decoded, end: at + match[0].length };
}

/**
 * Drop what is invisible, then normalise one base character with the marks
 * that follow it at a time: a cluster is the unit NFC composes, so the view
 * of each cluster maps back to the whole of it in the source.
 */
function normalise(source: SourceChar[], tags: Array<[number, number]>): ReadingView {
  // U+00AD (the soft hyphen) is the first default-ignorable code point.
  const visible = source.filter((entry) => entry.char.charCodeAt(0) < 0xad || !IGNORABLE.test(entry.char));
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < visible.length; ) {
    const code = visible[i]!.char.charCodeAt(0);
    const next = visible[i + 1]?.char.charCodeAt(0) ?? 0;
    if (code < 0x80 && next < 0x300) {
      // Most of any document: ASCII with no mark after it (marks start at U+0300).
      text += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : code <= 0x20 && SPACE.test(visible[i]!.char) ? ' ' : visible[i]!.char;
      start.push(visible[i]!.start);
      end.push(visible[i]!.end);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < visible.length && (MARK.test(visible[j]!.char) || JAMO_CONTINUATION.test(visible[j]!.char))) j++;
    const cluster = visible.slice(i, j);
    const folded = fold(cluster.map((entry) => entry.char).join(''));
    const from = cluster[0]!.start;
    const to = cluster[cluster.length - 1]!.end;
    for (let k = 0; k < folded.length; k++) {
      start.push(from);
      end.push(to);
    }
    text += folded;
    i = j;
  }
  return { text, start, end, tags };
}

function fold(cluster: string): string {
  if (cluster.length === 1) {
    if (SPACE.test(cluster)) return ' ';
    if (DASH.test(cluster)) return '-';
    if (APOSTROPHE.test(cluster)) return "'";
  }
  return cluster.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}
