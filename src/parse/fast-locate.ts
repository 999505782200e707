import type { Position } from '../model.js';

/**
 * Where a JSON pointer lands in block-style frontmatter, found by reading
 * lines instead of parsing. Nearly every finding points into a record written
 * the usual way (block mappings and sequences, one-line flow lists); building
 * a full `yaml` document for each costs more than all the rules together on a
 * large repository. Anything unusual returns undefined and the caller asks the
 * `yaml` package, so this may be incomplete but must never be wrong: a test
 * compares the two on every pointer of the example and generated records.
 */
export interface FastPlace {
  key?: Position;
  value?: Position;
}

export interface Block {
  /** First and last-plus-one line index. */
  start: number;
  end: number;
  /** For a sequence item: the column (0-based) where the item's content starts on its first line. */
  firstColumn?: number;
}

export interface Entry {
  line: number;
  /** 0-based columns. */
  keyColumn: number;
  valueColumn?: number;
  valueLine?: number;
  child?: Block;
  flow?: { line: number; column: number };
}

const PLAIN_KEY = /^([A-Za-z0-9_][A-Za-z0-9_ -]*?)[ \t]*:(?=[ \t]|$)/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;
/** The same two, matched where a block's indent puts them (sticky) instead of on a copy of the line from there. */
const PLAIN_KEY_AT = new RegExp(PLAIN_KEY.source.slice(1), 'y');
const QUOTED_KEY_AT = new RegExp(QUOTED_KEY.source.slice(1), 'y');

/** {@link PLAIN_KEY} or {@link QUOTED_KEY} on `line.slice(column)`, without the slice. */
function keyAt(line: string, column: number): RegExpExecArray | null {
  PLAIN_KEY_AT.lastIndex = column;
  const plain = PLAIN_KEY_AT.exec(line);
  if (plain) return plain;
  QUOTED_KEY_AT.lastIndex = column;
  return QUOTED_KEY_AT.exec(line);
}

/**
 * What {@link fastLocate} learnt about a file's blocks, kept between calls so
 * that every finding of a file costs constant time: a block's keys, or its
 * items, are listed once, on the first pointer into it, rather than read
 * line by line again for every pointer (one record with 150,000 unknown keys
 * took minutes that way: SPEC §11.7).
 */
export class BlockIndex {
  private readonly blocks = new Map<string, IndexedBlock>();

  of(lines: string[], block: Block): IndexedBlock {
    const name = `${block.start}:${block.end}:${block.firstColumn ?? ''}`;
    let found = this.blocks.get(name);
    if (!found) {
      found = indexBlock(lines, block);
      this.blocks.set(name, found);
    }
    return found;
  }
}

/**
 * A block read once: its indent, its keys (the first line of each) and its
 * items, and the first line that stops each reading (a line at the block's
 * indent that is not a key, or not an item). A lookup past that line finds
 * nothing, as reading line by line would.
 */
export interface IndexedBlock {
  indent: number | undefined;
  /** Each key before the first line that is neither a key nor an item, at its first line. */
  keys: Map<string, { line: number; afterColon: number }>;
  /** The items before the first line that is not an item. */
  items: number[];
  /** What a key (`/name`) or an item (`#n`) was found to be, once asked. */
  entries: Map<string, Entry | undefined>;
}

function indexBlock(lines: string[], block: Block): IndexedBlock {
  const indent = blockIndent(lines, block);
  const indexed: IndexedBlock = { indent, keys: new Map(), items: [], entries: new Map() };
  if (indent === undefined) return indexed;
  let keysStopped = false;
  let itemsStopped = false;
  for (let i = block.start; i < block.end; i++) {
    if (contentColumn(lines, block, i) !== indent) continue;
    // Read in place, from the indent: no copy of each line of the block.
    const line = lines[i]!;
    if (line.charCodeAt(indent) === 45 /* - */ && (line.length === indent + 1 || line.charCodeAt(indent + 1) === 32)) {
      if (!itemsStopped) indexed.items.push(i);
      continue;
    }
    itemsStopped = true;
    if (keysStopped) continue;
    const match = keyAt(line, indent);
    if (!match) {
      keysStopped = true;
      continue;
    }
    const raw = match[1]!;
    const name = raw.startsWith('"') ? safeJson(raw) : raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (name !== undefined && !indexed.keys.has(name)) indexed.keys.set(name, { line: i, afterColon: indent + match[0].length });
  }
  return indexed;
}

export function fastLocate(lines: string[], segments: string[], index: BlockIndex = new BlockIndex()): FastPlace | undefined {
  let block: Block = { start: 1, end: lines.length };
  let flow: { line: number; column: number } | undefined;
  let place: FastPlace = {};
  for (const segment of segments) {
    if (flow) {
      const found = inFlow(lines[flow.line]!, flow.column, segment);
      if (!found) return undefined;
      place = { key: at(flow.line, found.keyColumn), value: at(flow.line, found.valueColumn) };
      if (found.nestedFlow === undefined) {
        flow = undefined;
        block = { start: 0, end: 0 };
      } else {
        flow = { line: flow.line, column: found.nestedFlow };
      }
      continue;
    }
    const entry = /^\d+$/.test(segment) ? itemOf(lines, block, Number(segment), index) : keyOf(lines, block, segment, index);
    if (!entry) return undefined;
    place = {
      key: at(entry.line, entry.keyColumn),
      value: entry.valueColumn !== undefined ? at(entry.valueLine ?? entry.line, entry.valueColumn) : undefined,
    };
    flow = entry.flow;
    block = entry.child ?? { start: 0, end: 0 };
  }
  return place;
}

function at(lineIndex: number, column: number): Position {
  // The frontmatter text starts with the newline that ends the fence line: index i is file line i + 1.
  return { line: lineIndex + 1, column: column + 1 };
}

/**
 * The column where the line's content starts within the block, or -1 for a
 * blank or comment line. Called for every line a pointer passes, so it reads
 * characters instead of making strings.
 */
function contentColumn(lines: string[], block: Block, index: number): number {
  const line = lines[index]!;
  let column: number;
  if (index === block.start && block.firstColumn !== undefined) column = block.firstColumn;
  else {
    column = 0;
    while (column < line.length && (line.charCodeAt(column) === 32 || line.charCodeAt(column) === 9)) column += 1;
    // Any other leading white space (rare: a no-break space, a form feed) is counted as trimStart counts it.
    if (column < line.length && /\s/.test(line[column]!)) column = line.length - line.trimStart().length;
  }
  return column === line.length || line.charCodeAt(column) === 35 /* # */ ? -1 : column;
}

function isItem(text: string): boolean {
  return text.startsWith('- ') || text === '-';
}

function blockIndent(lines: string[], block: Block): number | undefined {
  for (let i = block.start; i < block.end; i++) {
    const column = contentColumn(lines, block, i);
    if (column !== -1) return column;
  }
  return undefined;
}

function keyOf(lines: string[], block: Block, key: string, index: BlockIndex): Entry | undefined {
  const { indent, keys, entries } = index.of(lines, block);
  if (indent === undefined) return undefined;
  const name = `/${key}`;
  if (entries.has(name)) return entries.get(name);
  const found = keys.get(key);
  const entry = found ? valueAfter(lines, block, found.line, indent, found.afterColon) : undefined;
  entries.set(name, entry);
  return entry;
}

function itemOf(lines: string[], block: Block, n: number, index: BlockIndex): Entry | undefined {
  const indexed = index.of(lines, block);
  const { indent, items, entries } = indexed;
  if (indent === undefined) return undefined;
  const name = `#${n}`;
  if (entries.has(name)) return entries.get(name);
  const i = items[n];
  const entry = i === undefined ? undefined : itemAt(lines, block, i, indent);
  entries.set(name, entry);
  return entry;
}

function itemAt(lines: string[], block: Block, i: number, indent: number): Entry | undefined {
  const text = lines[i]!.slice(indent);
  const rest = text.slice(1);
  const gap = rest.length - rest.trimStart().length;
  const valueColumn = indent + 1 + gap;
  const end = nextAtIndent(lines, block, i + 1, indent);
  const after = rest.trimStart();
  if (after === '' || after.startsWith('#')) {
    const child = { start: i + 1, end };
    const first = firstContent(lines, child);
    // An item has no key: its place is where its content starts, as the `yaml` package reports it.
    return first ? { line: first.line, keyColumn: first.column, valueLine: first.line, valueColumn: first.column, child } : undefined;
  }
  if (after.startsWith('- ')) return undefined;
  if (after.startsWith('[') || after.startsWith('{')) return { line: i, keyColumn: valueColumn, valueColumn, flow: { line: i, column: valueColumn } };
  return { line: i, keyColumn: valueColumn, valueColumn, child: { start: i, end, firstColumn: valueColumn } };
}

/** The value of the key on line i, whose `key:` ends at column `afterColon`. */
function valueAfter(lines: string[], block: Block, i: number, indent: number, afterColon: number): Entry | undefined {
  const line = lines[i]!;
  const rest = line.slice(afterColon);
  const gap = rest.length - rest.trimStart().length;
  const value = rest.trimStart();
  if (value !== '' && !value.startsWith('#')) {
    const valueColumn = afterColon + gap;
    if (value.startsWith('[') || value.startsWith('{')) return { line: i, keyColumn: indent, valueColumn, flow: { line: i, column: valueColumn } };
    if (value.startsWith('&') || value.startsWith('!') || value.startsWith('*')) return undefined;
    return { line: i, keyColumn: indent, valueColumn };
  }
  // A nested block: lines indented deeper, or a sequence at the key's own indent.
  let end = i + 1;
  for (; end < block.end; end++) {
    const column = contentColumn(lines, { start: end, end: end + 1 }, end);
    if (column === -1 || column > indent) continue;
    if (column === indent && isItem(lines[end]!.slice(column))) continue;
    break;
  }
  const child = { start: i + 1, end };
  const first = firstContent(lines, child);
  if (!first) return undefined;
  return { line: i, keyColumn: indent, valueLine: first.line, valueColumn: first.column, child };
}

function firstContent(lines: string[], block: Block): { line: number; column: number } | undefined {
  for (let i = block.start; i < block.end; i++) {
    const column = contentColumn(lines, block, i);
    if (column !== -1) return { line: i, column };
  }
  return undefined;
}

function nextAtIndent(lines: string[], block: Block, from: number, indent: number): number {
  for (let i = from; i < block.end; i++) {
    const column = contentColumn(lines, { start: i, end: i + 1 }, i);
    if (column !== -1 && column <= indent) return i;
  }
  return block.end;
}

function safeJson(text: string): string | undefined {
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}

/**
 * Inside a one-line flow collection starting at `column`: the place of an item
 * (`[a, b]`, by index) or of a key (`{id: D1}`), and where a nested flow starts.
 */
function inFlow(line: string, column: number, segment: string): { keyColumn: number; valueColumn: number; nestedFlow?: number } | undefined {
  const open = line[column];
  const close = open === '[' ? ']' : open === '{' ? '}' : undefined;
  if (!close) return undefined;
  const entries: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = column + 1;
  let quote: string | undefined;
  let closed = false;
  for (let i = column + 1; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth += 1;
    else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
    else if (depth === 0 && (c === ',' || c === close)) {
      entries.push({ start, end: i });
      start = i + 1;
      if (c === close) {
        closed = true;
        break;
      }
    } else if (c === '#' && line[i - 1] === ' ') return undefined;
  }
  if (!closed) return undefined;
  const trimmed = entries
    .map(({ start: s, end: e }) => {
      const text = line.slice(s, e);
      const lead = text.length - text.trimStart().length;
      return { column: s + lead, text: text.trim() };
    })
    .filter((entry) => entry.text !== '');
  if (open === '[') {
    if (!/^\d+$/.test(segment)) return undefined;
    const entry = trimmed[Number(segment)];
    if (!entry || /^[-?:][ ]/.test(entry.text) || /:( |$)/.test(entry.text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""'))) return undefined;
    const nested = entry.text.startsWith('[') || entry.text.startsWith('{') ? entry.column : undefined;
    return { keyColumn: entry.column, valueColumn: entry.column, nestedFlow: nested };
  }
  for (const entry of trimmed) {
    const match = PLAIN_KEY.exec(entry.text) ?? QUOTED_KEY.exec(entry.text);
    if (!match) return undefined;
    const raw = match[1]!;
    const name = raw.startsWith('"') ? safeJson(raw) : raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (name !== segment) continue;
    const rest = entry.text.slice(match[0].length);
    const valueColumn = entry.column + match[0].length + (rest.length - rest.trimStart().length);
    const value = rest.trimStart();
    if (value === '') return undefined;
    const nested = value.startsWith('[') || value.startsWith('{') ? valueColumn : undefined;
    return { keyColumn: entry.column, valueColumn, nestedFlow: nested };
  }
  return undefined;
}
