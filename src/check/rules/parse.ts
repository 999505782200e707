import type { Rule } from '../../model.js';
import { docsUrl } from './docs.js';

/** Files that could not be read or split, or whose YAML supv refuses. */
export const parse: Rule = {
  meta: {
    id: 'parse',
    description: 'YAML or frontmatter that cannot be read',
    defaultSeverity: 'error',
    docs: docsUrl('parse'),
    messages: { unreadable: '{problem}' },
  },
  check({ records, report }) {
    for (const record of records.files) {
      if (!record.parseProblem) continue;
      const { line, column, message } = record.parseProblem;
      report({ record, position: { line, column }, messageId: 'unreadable', data: { problem: message } });
    }
  },
};
