import type { ReadProblem } from '../model.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turn a file's bytes into text, or say plainly why not. Records must be UTF-8:
 * a UTF-16 file or invalid bytes are reported at the place they start, never
 * replaced silently (a replacement character in a child's name is data lost).
 */
export function decodeRecord(bytes: Uint8Array): { text: string } | { problem: ReadProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { line: 1, column: 1, message: 'the file is UTF-16; save it as UTF-8' } };
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM (ignoreBOM: false), so lines and columns are unchanged.
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: { ...firstInvalidByte(bytes), message: 'the file is not valid UTF-8; save it as UTF-8' } };
  }
}

/**
 * Line and column of the first byte that does not start a valid UTF-8
 * sequence; the column in UTF-16 code units, like every other column supv
 * reports (a four-byte sequence is two of them).
 */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return { line, column };
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return { line, column };
    }
    if (b === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, column };
}
