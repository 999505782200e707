import type { LoadedRecord } from '../../model.js';
import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/** Ids as the schema writes them (lower-case ASCII) are already what NFC and lower case would make them. */
const SCHEMA_ID = /^[a-z0-9-]*$/;

/** An id must equal its file name, and no two records may share one. */
export const idMismatch: Rule = {
  meta: {
    id: 'id-mismatch',
    scope: 'linked',
    description: '`id` differs from the file name; duplicate ids',
    defaultSeverity: 'error',
    docs: docsUrl('id-mismatch'),
    messages: {
      fileName: '`id` is {id} but the file is named {fileName}; the id must equal the file name without .md',
      duplicate: 'the id {id} is already used by {other}; every record needs its own id',
    },
  },
  check({ records, report }) {
    const firstWithId = new Map<string, LoadedRecord>();
    for (const record of records.files) {
      const id = record.data?.id;
      if (typeof id !== 'string') continue;
      const fileName = record.file.slice(record.file.lastIndexOf('/') + 1);
      if (`${id}.md` !== fileName) {
        report({ record, at: { pointer: '/id' }, messageId: 'fileName', data: { id, fileName } });
      }
      // Ids are compared as a person reads them: case and Unicode form do not make two ids different.
      const key = SCHEMA_ID.test(id) ? id : id.normalize('NFC').toLowerCase();
      const other = firstWithId.get(key);
      if (other) report({ record, at: { pointer: '/id' }, messageId: 'duplicate', data: { id, other: other.file } });
      else firstWithId.set(key, record);
    }
  },
};
