import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FoundFile } from '../find/discover.js';
import { KINDS, type Kind, type LoadedRecord, type Locator, type Position, type ReadProblem } from '../model.js';
import { validateRecord } from '../validate/validate.js';
import { decodeRecord } from './decode.js';
import { parseRecordText } from './frontmatter.js';
import { PositionIndex } from './positions.js';

/** Larger files are refused before they are read (a record is a few kilobytes). */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** Read, parse and validate one record file. Never throws for bad content. */
export function readRecord(found: FoundFile): LoadedRecord {
  if (found.refused) return unreadable(found, { line: 1, column: 1, message: found.refused });
  const bytes = readCapped(found.absPath);
  if ('problem' in bytes) return unreadable(found, bytes.problem);
  const decoded = decodeRecord(bytes.data);
  if ('problem' in decoded) return unreadable(found, decoded.problem);
  return recordFromText(found, decoded.text);
}

/** Parse and validate a record already in memory. */
export function recordFromText(found: Pick<FoundFile, 'file' | 'absPath'>, text: string): LoadedRecord {
  const parsed = parseRecordText(text);
  let index: PositionIndex | undefined;
  const locate = (locator: Locator): Position => {
    index ??= new PositionIndex(parsed.frontmatter);
    return index.locate(locator);
  };
  const schemaProblems = parsed.data ? validateRecord(parsed.data) : [];
  const data = parsed.data;
  const kind = typeof data?.kind === 'string' && (KINDS as readonly string[]).includes(data.kind) ? (data.kind as Kind) : undefined;
  const id = typeof data?.id === 'string' ? data.id : undefined;
  return {
    file: found.file,
    absPath: found.absPath,
    text,
    data,
    body: parsed.body,
    fenceLine: parsed.fenceLine,
    bodyLine: parsed.bodyLine,
    parseProblem: parsed.problem,
    schemaProblems,
    valid: !parsed.problem && schemaProblems.length === 0,
    kind,
    id,
    locate,
  };
}

function unreadable(found: Pick<FoundFile, 'file' | 'absPath'>, problem: ReadProblem): LoadedRecord {
  return {
    file: found.file,
    absPath: found.absPath,
    text: '',
    data: undefined,
    body: '',
    fenceLine: 1,
    bodyLine: 1,
    parseProblem: problem,
    schemaProblems: [],
    valid: false,
    locate: () => ({ line: problem.line, column: problem.column }),
  };
}

/** Read a file whole, refusing it before reading when it is too large. */
function readCapped(absPath: string): { data: Uint8Array } | { problem: ReadProblem } {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (error) {
    return { problem: { line: 1, column: 1, message: `the file cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_RECORD_BYTES) {
      return { problem: { line: 1, column: 1, message: `the file is ${(size / 1048576).toFixed(1)} MB; records are limited to ${MAX_RECORD_BYTES / 1048576} MB` } };
    }
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { data: buffer.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}
