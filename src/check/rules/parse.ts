import type { Rule } from '../rule.js';
import { lineAt } from '../../parse/frontmatter.js';
import { schemaFor } from '../../validate/schemas.js';
import { controlName, escapeInline, firstControl } from '../../util/terminal.js';
import type { LoadedRecord } from '../../model.js';
import type { Report } from '../rule.js';
import { docsUrl } from './docs.js';

/** A line that starts `field:`, as YAML would read a key. */
const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;
/** A later line that is a fence alone. */
const FENCE_LINE = /\n---[ \t]*(?:\n|$)/;

/** A control character a terminal may act on: C0 but tab and newline, DEL, C1. */

/** Every top-level field any kind of record may have. */
const FIELDS = new Set((['staff', 'contract', 'session', 'decision', 'case-audit'] as const).flatMap((kind) => Object.keys((schemaFor(kind).properties ?? {}) as object)));

/**
 * Files that could not be read or split, or whose YAML supv refuses. Also a
 * frontmatter closed early: a `---` inside the fields (a "second YAML
 * document") ends the frontmatter there, and the fields after it become body
 * text. When a required field is among them the schema says so; when they are
 * all optional (say `actions` or `signatures`) nothing else would, so this
 * rule does (hardening issue).
 *
 * And a control character in the body (SPEC §11.8): never part of what a
 * person wrote, invisible in an editor and in the PDF, and acted on by a
 * terminal that prints it (`\u001b[8m` hides what follows). The frontmatter's
 * text fields refuse them through the schema; this is the body's half.
 */
export const parse: Rule = {
  meta: {
    id: 'parse',
    description: 'YAML or frontmatter that cannot be read or was closed early, or a control character in the body',
    defaultSeverity: 'error',
    docs: docsUrl('parse'),
    messages: {
      unreadable: '{problem}',
      closedEarly: 'the frontmatter ended at the `---` on line {fence}, so `{field}` and the lines after it are body text, not fields; a record has one frontmatter block: remove that `---` line',
      controlInBody: 'the text contains a control character ({character}): `{line}`; a reader cannot see it and a terminal would act on it, so delete it',
    },
    more: 'lines holding a control character',
    scope: 'record',
  },
  check({ records, report }) {
    for (const record of records.files) {
      if (record.parseProblem) {
        const { line, column, message } = record.parseProblem;
        report({ record, position: { line, column }, messageId: 'unreadable', data: { problem: message } });
        continue;
      }
      if (firstControl(record.body)) reportControls(record, report);
      // The body's first written line is a known field, and a stray closing fence follows it.
      const body = record.body;
      const start = body.search(/\S/);
      if (start === -1) continue;
      const lineStart = body.lastIndexOf('\n', start) + 1;
      const lineEnd = body.indexOf('\n', start);
      const field = FIELD_LINE.exec(body.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))?.[1];
      if (!field || !FIELDS.has(field) || !FENCE_LINE.test(body.slice(lineStart))) continue;
      const first = lineAt(body, lineStart) - 1;
      report({ record, position: { line: record.bodyLine + first, column: 1 }, messageId: 'closedEarly', data: { fence: record.bodyLine - 1, field } });
    }
  },
};

/** One finding per line of the body that holds a control character, at the first of them. */
function reportControls(record: LoadedRecord, report: (report: Report) => void): void {
  const lines = record.body.split('\n');
  for (const [index, text] of lines.entries()) {
    const found = firstControl(text);
    if (!found) continue;
    report({
      record,
      position: { line: record.bodyLine + index, column: found.index + 1 },
      messageId: 'controlInBody',
      data: { character: controlName(found.character), line: excerpt(text, found.index) },
    });
  }
}

/** Up to 60 characters of a line around `index`, every control character escaped. */
function excerpt(text: string, index: number): string {
  if (text.length <= 60) return escapeInline(text);
  const start = Math.max(0, Math.min(index - 20, text.length - 57));
  return `${start > 0 ? '...' : ''}${escapeInline(text.slice(start, start + 57))}${start + 57 < text.length ? '...' : ''}`;
}
