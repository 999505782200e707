/**
 * Redaction for a bundle that leaves the organisation: every child's name
 * (from decision records' `child.name`) and date of birth is replaced by the
 * case reference, wherever it appears in the rendered documents: the facts
 * table, the body, the chronology. It works on the HTML each record renders
 * to, not on the record, so the signatures still show whether the real
 * record is intact.
 */
import type { RecordSet } from '../model.js';

export interface RedactionTerm {
  /** What is hidden, for tests and diagnostics (never shown). */
  text: string;
  pattern: RegExp;
  replacement: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The names and dates of birth of every child named in a decision record, each with its case reference. */
export function redactionTerms(records: RecordSet): RedactionTerm[] {
  const terms = new Map<string, RedactionTerm>();
  const add = (text: string, replacement: string) => {
    const key = text.toLowerCase();
    if (text.trim() === '' || terms.has(key)) return;
    terms.set(key, { text, pattern: textPattern(text), replacement });
  };
  for (const record of records.ofKind.decision) {
    const decision = record.data;
    const child = decision.child;
    if (!child) continue;
    const label = `[${decision.case}]`;
    if (child.name) {
      add(child.name, label);
      // A first name or surname alone, as a narrative may use it; initials are too short to mean anyone.
      for (const part of child.name.split(/[\s.]+/)) if (part.replace(/[^\p{L}]/gu, '').length >= 3) add(part, label);
    }
    if (child.dob && /^\d{4}-\d{2}-\d{2}$/.test(child.dob)) {
      const [year, month, day] = child.dob.split('-');
      const dobLabel = `[${decision.case} date of birth]`;
      add(child.dob, dobLabel);
      add(`${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`, dobLabel);
      add(`${day}/${month}/${year}`, dobLabel);
      add(`${Number(day)}/${Number(month)}/${year}`, dobLabel);
      add(`${day}.${month}.${year}`, dobLabel);
    }
  }
  // Longest first: the full name goes before its parts, so the label is not split.
  return [...terms.values()].sort((a, b) => b.text.length - a.text.length);
}

/** Replace every term in an HTML document's text and attribute values. */
export function redactHtml(html: string, terms: RedactionTerm[]): string {
  let out = html;
  for (const term of terms) out = out.replace(term.pattern, escapeForHtml(term.replacement));
  return out;
}

/**
 * A pattern that finds the text as HTML may carry it: any case, any run of
 * white space (or `&nbsp;`) between words, and characters that templates
 * escape (`'` as `&#39;` or `&#x27;`, `&` as `&amp;`) in either form; not
 * inside a longer word.
 */
function textPattern(text: string): RegExp {
  const alternatives: Record<string, string> = {
    "'": "(?:'|&#39;|&#x27;|&apos;|’)",
    '’': "(?:'|&#39;|&#x27;|&apos;|’)",
    '&': '(?:&|&amp;)',
    '"': '(?:"|&quot;|&#34;)',
    '=': '(?:=|&#61;|&#x3D;)',
  };
  let source = '';
  for (const char of text.trim()) {
    if (/\s/.test(char)) {
      if (!source.endsWith('(?:\\s|&nbsp;|&#160;)+')) source += '(?:\\s|&nbsp;|&#160;)+';
    } else {
      source += alternatives[char] ?? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
}

function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
