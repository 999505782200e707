import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { Locator, Position } from '../model.js';
import { BlockIndex, fastLocate } from './fast-locate.js';
import { STRICT_OPTIONS } from './yaml.js';
import { yamlPackage } from './yaml-package.js';

/**
 * Finds where a JSON pointer lands in a record's frontmatter: one index per
 * file, each block's keys and items listed once, so that a finding costs
 * constant time however many the file has. Built on first
 * use only: the bulk of records never need a position, and the `yaml`
 * package's positional parse costs several times the fast parse (SPEC §9).
 */
export class PositionIndex {
  private document: Document | undefined;
  private lines: LineCounter | undefined;
  private textLines: string[] | undefined;
  /** The line reader's blocks, each read once for the whole file (SPEC §11.7: a finding costs constant time). */
  private readonly blocks = new BlockIndex();
  /** The `yaml` package's mappings, each one's keys listed once. */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>();

  /** @param frontmatter the YAML text, starting with the newline that ends the fence line. */
  constructor(private readonly frontmatter: string) {}

  locate(locator: Locator): Position {
    this.textLines ??= this.frontmatter.split('\n');
    const segments = parsePointer(locator.pointer);
    if (segments.length > 0) {
      const fast = fastLocate(this.textLines, segments, this.blocks);
      const found = locator.target === 'key' ? fast?.key : fast?.value ?? fast?.key;
      if (found) return found;
    }
    return this.locateByParsing(locator);
  }

  /** The exact answer from the `yaml` package, for whatever the line reader does not handle. */
  locateByParsing({ pointer, target = 'value' }: Locator): Position {
    const { LineCounter, isMap, isScalar, isSeq, parseDocument } = yamlPackage();
    const lines = (this.lines ??= new LineCounter());
    this.document ??= parseDocument(this.frontmatter, { ...STRICT_OPTIONS, lineCounter: lines });
    const root = this.document.contents as Node | null;
    let node: Node | null = root;
    let key: Node | null = null;
    for (const segment of parsePointer(pointer)) {
      if (isMap(node)) {
        let keys = this.pairs.get(node);
        if (!keys) {
          keys = new Map();
          for (const item of node.items) {
            const name = isScalar(item.key) ? String(item.key.value) : undefined;
            if (name !== undefined && !keys.has(name)) keys.set(name, item as Pair);
          }
          this.pairs.set(node, keys);
        }
        const pair = keys.get(segment);
        if (!pair) break;
        key = pair.key as Node;
        node = (pair.value as Node | null) ?? null;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item || !/^\d+$/.test(segment)) break;
        key = item;
        node = item;
      } else {
        break;
      }
    }
    // A missing top-level key has no parent key: point at the record's first field.
    const firstKey = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
    const chosen = target === 'key' ? (key ?? firstKey) : (node && node !== root ? node : key ?? firstKey);
    const offset = chosen?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  }
}

/** RFC 6901 pointer to segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  const segments = (pointer.startsWith('/') ? pointer.slice(1) : pointer).split('/');
  return pointer.includes('~') ? segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}
