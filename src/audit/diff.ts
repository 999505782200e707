import { isDeepStrictEqual } from 'node:util';

/**
 * Comparing two versions of a record: frontmatter by JSON pointer, the body
 * by lines. Pure functions; the history walk feeds them.
 */

/** One frontmatter value added, removed or changed between two versions. */
export interface FieldChange {
  op: 'added' | 'removed' | 'changed';
  /** RFC 6901 JSON pointer into the frontmatter, such as `/actions/0/due`. */
  pointer: string;
  from?: unknown;
  to?: unknown;
}

/**
 * Field-by-field changes from `before` to `after`. Objects and arrays are
 * walked key by key (array items by index); a value that appears or
 * disappears whole is reported once at its own pointer, not leaf by leaf.
 */
export function diffFields(before: unknown, after: unknown, pointer = ''): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = Array.isArray(before)
      ? Array.from({ length: Math.max(before.length, (after as unknown[]).length) }, (_, index) => String(index))
      : [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changes: FieldChange[] = [];
    for (const key of keys) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const inBefore = Object.hasOwn(before, key);
      const inAfter = Object.hasOwn(after, key);
      const a = (before as Record<string, unknown>)[key];
      const b = (after as Record<string, unknown>)[key];
      if (inBefore && !inAfter) changes.push({ op: 'removed', pointer: at, from: a });
      else if (!inBefore && inAfter) changes.push({ op: 'added', pointer: at, to: b });
      else changes.push(...diffFields(a, b, at));
    }
    return changes;
  }
  return [{ op: 'changed', pointer: pointer || '/', from: before, to: after }];
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** How the body changed: lines added and removed, and a unified diff of it. */
export interface BodyChange {
  added: number;
  removed: number;
  /** Unified diff lines (`@@` hunk headers, `+`, `-` and ` ` context), without file headers. */
  diff: string[];
}

/** Above this many line pairs the diff is counted, not aligned (a record body is a few hundred lines). */
const MAX_CELLS = 4_000_000;

/** Line changes from `before` to `after` (LF line endings; trailing white space at the end ignored, as the content hash does). */
export function diffBody(before: string, after: string, context = 2): BodyChange {
  const a = splitLines(before);
  const b = splitLines(after);
  if (a.length * b.length > MAX_CELLS) return countOnly(a, b);
  const ops = align(a, b);
  return {
    added: ops.filter((op) => op.type === '+').length,
    removed: ops.filter((op) => op.type === '-').length,
    diff: hunks(ops, context),
  };
}

function splitLines(text: string): string[] {
  const trimmed = text.replace(/\r\n?/g, '\n').replace(/[ \t\n\v\f]+$/, '');
  return trimmed === '' ? [] : trimmed.split('\n');
}

interface Op {
  type: ' ' | '+' | '-';
  line: string;
  /** 1-based line numbers in the old and new bodies. */
  oldLine: number;
  newLine: number;
}

/** Longest common subsequence alignment, the classic table: simple and exact for record-sized texts. */
function align(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ type: ' ', line: a[i]!, oldLine: i + 1, newLine: j + 1 });
      i++;
      j++;
    } else if (i < n && (j === m || table[at(i + 1, j)]! >= table[at(i, j + 1)]!)) {
      // Removals before additions where either would do, as diff and git print a changed line: - then +.
      ops.push({ type: '-', line: a[i]!, oldLine: i + 1, newLine: j });
      i++;
    } else {
      ops.push({ type: '+', line: b[j]!, oldLine: i, newLine: j + 1 });
      j++;
    }
  }
  return ops;
}

function hunks(ops: Op[], context: number): string[] {
  const changed = ops.map((op, index) => (op.type === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return [];
  const out: string[] = [];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && changed[end + 1]! - changed[end]! <= 2 * context + 1) end++;
    const from = Math.max(0, changed[start]! - context);
    const to = Math.min(ops.length - 1, changed[end]! + context);
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.type !== '+').length;
    const newCount = slice.filter((op) => op.type !== '-').length;
    const first = slice[0]!;
    const oldStart = first.type === '+' ? first.oldLine + (oldCount ? 1 : 0) : first.oldLine;
    const newStart = first.type === '-' ? first.newLine + (newCount ? 1 : 0) : first.newLine;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of slice) out.push(`${op.type}${op.line}`);
    start = end + 1;
  }
  return out;
}

function countOnly(a: string[], b: string[]): BodyChange {
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of b) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else added++;
  }
  const removed = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { added, removed, diff: [] };
}
