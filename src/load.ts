import { discoverRecords } from './find/discover.js';
import { KINDS, type Kind, type LoadedRecord, type RecordSet } from './model.js';
import { readRecord } from './parse/read-record.js';

/** Read every record under `records/` of the repository at `root`. */
export function loadRecords(root: string): RecordSet {
  return indexRecords(discoverRecords(root).map(readRecord));
}

/** Index records by id and kind. Only valid records are indexed: rules may trust their shape. */
export function indexRecords(files: LoadedRecord[]): RecordSet {
  const byId = new Map<string, LoadedRecord>();
  const ofKind = Object.fromEntries(KINDS.map((kind) => [kind, [] as LoadedRecord[]])) as Record<Kind, LoadedRecord[]>;
  for (const record of files) {
    if (!record.valid || !record.id || !record.kind) continue;
    if (byId.has(record.id)) continue;
    byId.set(record.id, record);
    ofKind[record.kind].push(record);
  }
  return { files, byId, ofKind };
}
