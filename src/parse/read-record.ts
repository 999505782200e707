/** The parse stage: a record file decoded, split at its fences, its YAML read safely, validated and hashed. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FoundFile } from '../load/discover.js';
import { KINDS, type Kind, type LoadedRecord, type Locator, type Position, type ReadProblem } from '../model.js';
import { validateRecord } from '../validate/validate.js';
import { decodeRecord } from './decode.js';
import { parseRecordText } from './frontmatter.js';
import { PositionIndex } from './positions.js';
import { hashOrNothing } from '../sign/content-hash.js';

/** Larger files are refused before they are read (a record is a few kilobytes). */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/**
 * A record read, parsed and validated, as plain data that can cross to
 * another thread (src/load/load.ts reads large repositories in worker threads).
 * {@link assembleRecord} turns it into a {@link LoadedRecord}.
 */
export interface RecordParts extends Omit<LoadedRecord, 'locate'> {
  /** The YAML between the fences, for finding positions when a finding needs one. */
  frontmatter: string;
}

/** Read, parse and validate one record file. Never throws for bad content. */
export function readRecord(found: FoundFile): LoadedRecord {
  return assembleRecord(readRecordParts(found));
}

/** Parse and validate a record already in memory. */
export function recordFromText(found: Pick<FoundFile, 'file' | 'absPath'>, text: string): LoadedRecord {
  return assembleRecord(partsFromText(found, text));
}

/** {@link readRecord} without the parts that cannot leave the thread. */
export function readRecordParts(found: FoundFile): RecordParts {
  const bytes = readRecordBytes(found);
  return 'problem' in bytes ? unreadable(found, bytes.problem) : partsFromBytes(found, bytes.data);
}

/** A record file's bytes, or why they were not read (refused by discover, too large, not opened). */
export function readRecordBytes(found: FoundFile): { data: Uint8Array } | { problem: ReadProblem } {
  if (found.refused) return { problem: { line: 1, column: 1, message: found.refused } };
  return readCapped(found.absPath);
}

/** {@link readRecordParts} of bytes already read. */
export function partsFromBytes(found: Pick<FoundFile, 'file' | 'absPath'>, bytes: Uint8Array): RecordParts {
  const decoded = decodeRecord(bytes);
  if ('problem' in decoded) return unreadable(found, decoded.problem);
  return partsFromText(found, decoded.text);
}

/** A record that could not be read, as parts. */
export function unreadableParts(found: Pick<FoundFile, 'file' | 'absPath'>, problem: ReadProblem): RecordParts {
  return unreadable(found, problem);
}

function partsFromText(found: Pick<FoundFile, 'file' | 'absPath'>, text: string): RecordParts {
  const parsed = parseRecordText(text);
  const schemaProblems = parsed.data ? validateRecord(parsed.data) : [];
  const data = parsed.data;
  const kind = typeof data?.kind === 'string' && (KINDS as readonly string[]).includes(data.kind) ? (data.kind as Kind) : undefined;
  const id = typeof data?.id === 'string' ? data.id : undefined;
  const parts: RecordParts = {
    file: found.file,
    absPath: found.absPath,
    text,
    data,
    body: parsed.body,
    frontmatter: parsed.frontmatter,
    fenceLine: parsed.fenceLine,
    bodyLine: parsed.bodyLine,
    parseProblem: parsed.problem,
    schemaProblems,
    valid: !parsed.problem && schemaProblems.length === 0,
    kind,
    id,
  };
  // Hashing is a large share of a lint run; done here, it runs wherever the record is read, in parallel.
  if (data && Array.isArray(data.signatures) && data.signatures.length > 0) parts.contentHash = hashOrNothing(data, parsed.body);
  return parts;
}

/**
 * The record the rest of supv works with: positions found on first use, the
 * content hash remembered. Every record gets the same fields in the same
 * order, whichever thread read it (JSON between threads drops the fields that
 * are undefined): the rules read these fields for every record, and V8 reads a
 * field fastest from objects of one shape (10k lint: rules about 10% faster).
 */
export function assembleRecord(parts: RecordParts): LoadedRecord {
  const { frontmatter, parseProblem } = parts;
  let index: PositionIndex | undefined;
  const problem = parts.data === undefined ? parseProblem : undefined;
  return {
    file: parts.file,
    absPath: parts.absPath,
    text: parts.text,
    data: parts.data,
    body: parts.body,
    fenceLine: parts.fenceLine,
    bodyLine: parts.bodyLine,
    parseProblem,
    schemaProblems: parts.schemaProblems,
    valid: parts.valid,
    kind: parts.kind,
    id: parts.id,
    contentHash: parts.contentHash,
    // A file that could not be parsed has one place worth pointing at: where reading stopped.
    locate: problem
      ? () => ({ line: problem.line, column: problem.column })
      : (locator: Locator): Position => {
          index ??= new PositionIndex(frontmatter);
          return index.locate(locator);
        },
  };
}

function unreadable(found: Pick<FoundFile, 'file' | 'absPath'>, problem: ReadProblem): RecordParts {
  return {
    file: found.file,
    absPath: found.absPath,
    text: '',
    data: undefined,
    body: '',
    frontmatter: '',
    fenceLine: 1,
    bodyLine: 1,
    parseProblem: problem,
    schemaProblems: [],
    valid: false,
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
