import type { Rule } from '../rule.js';
import { lineAt } from '../../parse/frontmatter.js';
import { schemaFor } from '../../validate/schemas.js';
import { docsUrl } from './docs.js';

/** A line that starts `field:`, as YAML would read a key. */
const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;
/** A later line that is a fence alone. */
const FENCE_LINE = /\n---[ \t]*(?:\n|$)/;

/** Every top-level field any kind of record may have. */
const FIELDS = new Set((['staff', 'contract', 'session', 'decision'] as const).flatMap((kind) => Object.keys((schemaFor(kind).properties ?? {}) as object)));

/**
 * Files that could not be read or split, or whose YAML supv refuses. Also a
 * frontmatter closed early: a `---` inside the fields (a "second YAML
 * document") ends the frontmatter there, and the fields after it become body
 * text. When a required field is among them the schema says so; when they are
 * all optional (say `actions` or `signatures`) nothing else would, so this
 * rule does (hardening issue).
 */
export const parse: Rule = {
  meta: {
    id: 'parse',
    description: 'YAML or frontmatter that cannot be read, or that was closed early',
    defaultSeverity: 'error',
    docs: docsUrl('parse'),
    messages: {
      unreadable: '{problem}',
      closedEarly: 'the frontmatter ended at the `---` on line {fence}, so `{field}` and the lines after it are body text, not fields; a record has one frontmatter block: remove that `---` line',
    },
  },
  check({ records, report }) {
    for (const record of records.files) {
      if (record.parseProblem) {
        const { line, column, message } = record.parseProblem;
        report({ record, position: { line, column }, messageId: 'unreadable', data: { problem: message } });
        continue;
      }
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
