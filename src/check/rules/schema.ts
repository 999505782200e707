import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/** Fields missing, of the wrong type, or unknown, as the JSON Schemas in `schemas/` say. */
export const schema: Rule = {
  meta: {
    id: 'schema',
    description: 'a field missing, of the wrong type, or unknown',
    defaultSeverity: 'error',
    docs: docsUrl('schema'),
    messages: { invalid: '{problem}' },
    more: 'fields that are unknown, missing or of the wrong type',
    scope: 'record',
  },
  check({ records, report }) {
    for (const record of records.files) {
      for (const problem of record.schemaProblems) {
        report({ record, at: problem, messageId: 'invalid', data: { problem: problem.message } });
      }
    }
  },
};
