/**
 * Redaction for a bundle that leaves the organisation: every child's name
 * (from decision records' `child.name`: the only place a record names a
 * child; a session's `cases[]` carry a reference, not a name) and date of
 * birth is replaced by the case reference, wherever it appears in the
 * rendered documents: the facts table, every printed field, the body, the
 * chronology. It works on the HTML each record renders to, not on the
 * record, so the signatures still show whether the real record is intact.
 *
 * Names are looked for in the text as a reader takes it in
 * ({@link viewOfHtml}), not in the HTML as written, so that `Zoe` with a
 * combining diaeresis, `Jel<em>licoe</em>`, a soft hyphen or a zero-width
 * character inside a name, or another case, is still the name. What a match
 * covers is mapped back to the HTML and replaced whole: the text goes, the
 * tags inside it stay (emptied), so the document stays well formed.
 */
import type { RecordSet } from '../model.js';
import { escapeHtml } from '../render/text.js';
import { tagAt, viewOfAttributeValue, viewOfHtml, viewOfText, type ReadingView } from './reading-view.js';

export interface RedactionTerm {
  /** What is hidden, for tests and diagnostics (never shown). */
  text: string;
  /** Finds the text in a {@link ReadingView}'s `text`. */
  pattern: RegExp;
  replacement: string;
}

/** A child as a decision record names them, with the case reference that replaces their name. */
export interface NamedChild {
  caseRef: string;
  name?: string;
  /** `YYYY-MM-DD`. */
  dob?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The names and dates of birth of every child named in a decision record, each with its case reference. */
export function redactionTerms(records: RecordSet): RedactionTerm[] {
  const children: NamedChild[] = [];
  for (const record of records.ofKind.decision) {
    const decision = record.data;
    if (decision.child) children.push({ caseRef: decision.case, name: decision.child.name, dob: decision.child.dob });
  }
  return termsForChildren(children);
}

/** The terms for these children, longest first (a full name goes before its parts, so the label is not split). */
export function termsForChildren(children: NamedChild[]): RedactionTerm[] {
  const terms = new Map<string, RedactionTerm>();
  const add = (text: string, replacement: string) => {
    const key = viewOfText(text.trim()).text;
    if (key === '' || terms.has(key)) return;
    terms.set(key, { text, pattern: termPattern(key), replacement });
  };
  for (const child of children) {
    const label = `[${child.caseRef}]`;
    if (child.name) {
      add(child.name, label);
      // A first name or surname alone, as a narrative may use it; initials are too short to mean anyone.
      for (const part of child.name.split(/[\s.]+/)) if (part.replace(/[^\p{L}]/gu, '').length >= 3) add(part, label);
    }
    if (child.dob && /^\d{4}-\d{2}-\d{2}$/.test(child.dob)) {
      const [year, month, day] = child.dob.split('-');
      const dobLabel = `[${child.caseRef} date of birth]`;
      add(child.dob, dobLabel);
      add(`${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`, dobLabel);
      add(`${day}/${month}/${year}`, dobLabel);
      add(`${Number(day)}/${Number(month)}/${year}`, dobLabel);
      add(`${day}.${month}.${year}`, dobLabel);
    }
  }
  return [...terms.values()].sort((a, b) => b.text.length - a.text.length);
}

/** Replace every term in an HTML document's text and in the attribute values a reader could be shown. */
export function redactHtml(html: string, terms: RedactionTerm[]): string {
  if (terms.length === 0) return html;
  const view = viewOfHtml(html);
  const spans = matches(view, terms);
  let out = '';
  let at = 0;
  let tag = 0;
  // Copy the HTML from `at` to `to`, each tag with its attribute values redacted.
  const copyTo = (to: number) => {
    while (tag < view.tags.length && view.tags[tag]![0] < to) {
      const [start, end] = view.tags[tag++]!;
      out += html.slice(at, start) + redactTag(html.slice(start, end), terms);
      at = end;
    }
    out += html.slice(at, to);
    at = to;
  };
  for (const span of spans) {
    copyTo(span.from);
    out += escapeHtml(span.replacement);
    // The span's text goes; the tags inside it stay, so every element is still closed where it was.
    while (tag < view.tags.length && view.tags[tag]![0] < span.to) {
      const [start, end] = view.tags[tag++]!;
      out += redactTag(html.slice(start, end), terms);
    }
    at = span.to;
  }
  copyTo(html.length);
  return out;
}

interface Span {
  /** Where the match begins and ends in the source. */
  from: number;
  to: number;
  replacement: string;
}

/** Every match of every term, the earlier term winning where two overlap, in source order. */
function matches(view: ReadingView, terms: RedactionTerm[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    const pattern = new RegExp(term.pattern);
    for (let match = pattern.exec(view.text); match; match = pattern.exec(view.text)) {
      const last = match.index + match[0].length;
      if (!standsAlone(view.text, match.index, last)) {
        // Not a whole word here; a match may still begin inside this one (a term with a space or a dot in it).
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const from = view.start[match.index]!;
      const to = view.end[last - 1]!;
      if (spans.some((span) => span.from < to && from < span.to)) continue;
      spans.push({ from, to, replacement: term.replacement });
    }
  }
  return spans.sort((a, b) => a.from - b.from);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Not inside a longer word. Checked here rather than with lookarounds in
 * every term's pattern: V8 compiles a `\p{L}` class afresh for each pattern,
 * about a millisecond apiece, which for a thousand children's terms was
 * seconds before the first page.
 */
function standsAlone(text: string, from: number, to: number): boolean {
  const before = from === 0 ? '' : String.fromCodePoint(text.codePointAt(from > 1 && /[\uDC00-\uDFFF]/.test(text[from - 1]!) ? from - 2 : from - 1)!);
  const after = to >= text.length ? '' : String.fromCodePoint(text.codePointAt(to)!);
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/**
 * Markdown's emphasis, strike-through and code marks, which a reader skips
 * when they stand literally inside a word (a printed field is not Markdown:
 * `Jel*licoe*` there prints as typed).
 */
const MARKUP = '[*_~`]';

/**
 * A pattern that finds a term (already in its reading view) in a reading
 * view: any run of white space (or markup) between words, markup inside a
 * word. Whether it stands alone is {@link standsAlone}'s to say.
 */
function termPattern(term: string): RegExp {
  const chars = [...term];
  let source = '';
  chars.forEach((char, i) => {
    if (char === ' ') {
      if (!source.endsWith(`(?:\\s|${MARKUP})+`)) source += `(?:\\s|${MARKUP})+`;
      return;
    }
    source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (i < chars.length - 1 && chars[i + 1] !== ' ') source += `${MARKUP}*`;
  });
  return new RegExp(source, 'gu');
}

/** Attributes that say how to lay out or style an element, or what the page is: never words a reader sees. */
const LAYOUT_ATTRIBUTES = new Set(['class', 'id', 'style', 'lang', 'dir', 'scope', 'colspan', 'rowspan', 'charset', 'http-equiv']);
const ATTRIBUTE = /(\s([^\s"'>/=]+)\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;

/** A tag (or a `style` element whole) with the terms replaced in its attribute values. */
function redactTag(tagHtml: string, terms: RedactionTerm[]): string {
  const head = tagAt(tagHtml, 0);
  if (!head?.name || head.closing) return tagHtml;
  const opening = tagHtml.slice(0, head.end);
  const redacted = opening.replace(ATTRIBUTE, (whole, lead: string, name: string, value: string) => {
    if (LAYOUT_ATTRIBUTES.has(name.toLowerCase())) return whole;
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    const inner = quote ? value.slice(1, -1) : value;
    const view = viewOfAttributeValue(inner);
    const spans = matches(view, terms);
    if (spans.length === 0) return whole;
    let out = '';
    let at = 0;
    for (const span of spans) {
      out += inner.slice(at, span.from) + escapeHtml(span.replacement);
      at = span.to;
    }
    return `${lead}${quote || '"'}${out}${inner.slice(at)}${quote || '"'}`;
  });
  return redacted + tagHtml.slice(head.end);
}
