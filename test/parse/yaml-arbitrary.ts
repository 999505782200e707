/**
 * A fast-check generator of YAML frontmatter text, for holding the fast and the
 * strict reader to the same answer. It builds a tree (block and flow mappings
 * and sequences, explicit and complex keys, plain, quoted and block scalars),
 * writes it out with a random indentation per level, then sprinkles comments,
 * blank lines, glued comments and stray YAML characters over the text, so that
 * about half the documents are valid and the rest are refused for many
 * different reasons.
 */
import fc from 'fast-check';

export type Node = Scalar | Block | Mapping | Sequence;

/** Text written as is; a newline in it continues on a line indented `shift` from the parent's column. */
interface Scalar { t: 'scalar'; text: string; shift: number }
/** A `|` or `>` scalar: the header and its lines, each indented `spaces` from the parent's column. */
interface Block { t: 'block'; header: string; lines: Array<{ spaces: number; text: string }> }
interface Mapping { t: 'map'; flow: boolean; step: number; entries: Entry[] }
interface Sequence { t: 'seq'; flow: boolean; step: number; gap: number; items: Node[] }
interface Entry { key: Key; value: Node; colon: string; comment: string }
type Key = { t: 'text'; text: string } | { t: 'complex'; node: Node } | { t: 'explicit'; node: Node; gap: number };

/** Plain scalars that each schema might read as something other than text, and text that looks like syntax. */
const TRICKY_PLAIN = [
  // numbers, YAML 1.2 core and otherwise
  '0', '-0', '+0', '00', '012', '08', '0o17', '0O17', '-0o17', '+0o17', '0o8', '0b101', '-0b101', '0B1', '0x1F', '0X1F', '-0x3C', '+0x3c', '0x', '0x_1', '1_000',
  '1e3', '1E+3', '-1.5e-3', '1e', 'e3', '.5', '+.5', '-.5', '5.', '-5.', '.', '+', '-', '1.5.2', '1e400', '-1e400', '4.9e-325', '9007199254740993', '123456789012345678901234567890',
  '.inf', '-.Inf', '+.INF', '.iNf', '.nan', '.NaN', '.NAN', '-.nan', 'NaN', 'inf', 'Infinity', '1:20', '190:20:30', '0.1_2', '1,000', '٣',
  // booleans and nulls, 1.2 and 1.1
  'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'Null', 'NULL', 'nULL', 'none',
  // dates and times stay text
  '2025-02-03', '2025-2-3', '2025-02-04T10:12:00+00:00', '2025-02-04 10:12:00', '2001-12-14t21:59:43.10-05:00', 'P4W',
  // text with syntax inside it
  'a b', 'a  b', 'a#b', 'a #b', 'a:b', 'a: b', 'a:', 'a :b', '-a', '- a', '?a', '? a', ':a', ': a', 'a,b', 'a, b', 'a]', 'a}', 'a[b]', '[a', '{a', 'a?', 'a?b', '-?',
  '@a', '`a', '%a', '!a', '&a', '*a', '|a', '>a', 'a|b', 'a > b', 'a | b', "'a", '"a', "a'b", 'a"b', '\\', 'a\\nb', '<<', '=', '...', '---', '--- a', '... a', '-- a',
  'é', 'e\u0301', 'ليلى', '😀', '\u00A0a', 'a\u00A0', 'a\u00A0b', 'a\u2028b', 'a\u0085b', '\u0085a', 'a\uFEFF', 'a\u200Bb', 'a\x7Fb', 'a\x01b', 'a\u202Eb',
  '__proto__', 'constructor', 'toString',
];

const WORDS = ['kind', 'id', 'date', 'name', 'supervisor', 'robin-ash', 'sam-lee', 'FAM-0042', 'one-to-one', 'Book a core group meeting', 'x', 'y'];
const KEYS = ['kind', 'id', 'date', 'type', 'note', 'status', 'ref', 'a', 'b', 'c', 'd', 'e', 'x y', 'a-b', '_k', 'é', 'due date', 'ref#1', 'k1', 'k2'];
const TRICKY_KEYS = [
  '1', '-1', '0x1F', '1.5', '.inf', '.nan', '-0', '1e3', '0b1', '+1', 'true', 'False', 'null', '~', '2025-01-01', '1:20',
  "'1'", '"true"', '"null"', '""', "''", '"\\x5f_proto__"', '"\\u005f_proto__"', '"a\\"b"', "'it''s'", '"\\u00e9"', '"a: b"', "'#'", 'a#b', '-a', '?a', 'a?', 'a b c', 'a\u00A0b', '"\\t"', '"a\\\nb"',
];

/** Pieces of quoted text: escapes valid and not, quotes, line breaks (continued on the next line). */
const DOUBLE_PIECES = ['a', 'b c', ' ', '  ', '#', ' #x', "'", '\\"', '\\\\', '\\/', '\\n', '\\t', '\\ ', '\\0', '\\a', '\\e', '\\N', '\\_', '\\L', '\\P', '\\x41', '\\xe9', '\\u00e9', '\\U0001F600', '\\ud800', '\\udc00\\ud800', '\\q', '\\x4', '\\u12', '\\\n', '\n', '\n\n', ' \n ', 'é', '😀', '\u0085'];
const SINGLE_PIECES = ['a', 'b c', ' ', '  ', '#', ' #x', "''", '"', '\\', '\\n', '\n', '\n\n', ' \n ', 'é', '😀', '\u0085'];
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|1', '|2', '>2', '|4', '|2-', '|-2', '>+1', '|0', '|10', '| # c', '> #c', '|#c'];
const BLOCK_TEXT = ['', '', 'x', 'more text', '# not a comment', '- a', 'a: b', '  indented', '"q"', '\u0085'];

const shift = fc.integer({ min: -1, max: 4 });
const plain = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_PLAIN) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  // Short runs of the characters YAML cares about, and numbers written in many ways.
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'ab :#-?[]{},"\'|>.0123456789+eEx_~\\'.split('')), minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', '+', '-'), fc.constantFrom('', '0', '0x', '0o', '0b', '0X'), fc.nat(), fc.constantFrom(2, 8, 10, 16))
      .map(([sign, prefix, n, radix]) => `${sign}${prefix}${n.toString(radix)}`),
  },
  // A plain scalar that carries on over a second line.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS, '', '# c', '- x', 'k: v')).map(([a, b]) => `${a}\n${b}`) },
);
const doubleQuoted = fc.array(fc.constantFrom(...DOUBLE_PIECES), { maxLength: 4 }).map((parts) => `"${parts.join('')}"`);
const singleQuoted = fc.array(fc.constantFrom(...SINGLE_PIECES), { maxLength: 4 }).map((parts) => `'${parts.join('')}'`);

const scalar: fc.Arbitrary<Scalar> = fc.record({
  t: fc.constant('scalar' as const),
  text: fc.oneof({ weight: 5, arbitrary: plain }, { weight: 2, arbitrary: doubleQuoted }, { weight: 2, arbitrary: singleQuoted }, { weight: 1, arbitrary: fc.constant('') }),
  shift,
});

const block: fc.Arbitrary<Block> = fc.record({
  t: fc.constant('block' as const),
  header: fc.constantFrom(...BLOCK_HEADERS),
  lines: fc.array(fc.record({ spaces: fc.integer({ min: 0, max: 6 }), text: fc.constantFrom(...BLOCK_TEXT) }), { maxLength: 5 }),
});

const textKey = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...KEYS) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY_KEYS) }).map((text) => ({ t: 'text' as const, text }));
const colon = fc.constantFrom(': ', ': ', ': ', ':  ', ' : ', ':');
const comment = fc.constantFrom('', '', '', '', ' # c', '  #: c', '# glued', ' #');

const { node, map: mapping } = fc.letrec<{ node: Node; map: Mapping; seq: Sequence }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, { weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: block }, { weight: 2, arbitrary: tie('map') }, { weight: 2, arbitrary: tie('seq') }),
  map: fc.record({
    t: fc.constant('map' as const),
    flow: fc.constantFrom(false, false, true),
    step: fc.integer({ min: 1, max: 4 }),
    entries: fc.array(
      fc.record({
        key: fc.oneof(
          { weight: 12, arbitrary: textKey },
          { weight: 1, arbitrary: tie('node').map((n) => ({ t: 'complex' as const, node: n })) },
          { weight: 1, arbitrary: fc.record({ t: fc.constant('explicit' as const), node: tie('node'), gap: fc.integer({ min: 0, max: 2 }) }) },
        ),
        value: tie('node'),
        colon,
        comment,
      }),
      { maxLength: 4 },
    ),
  }),
  seq: fc.record({
    t: fc.constant('seq' as const),
    flow: fc.constantFrom(false, false, true),
    step: fc.integer({ min: 0, max: 4 }),
    gap: fc.integer({ min: 1, max: 3 }),
    items: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

const spaces = (n: number) => ' '.repeat(Math.max(0, n));

/** A scalar's text, its line breaks continued at `col + shift`. */
function scalarText(node: Scalar, col: number): string {
  return node.text.replace(/\n/g, '\n' + spaces(col + node.shift));
}

/** Flow style: everything on one line unless a scalar carries a line break. */
function flow(node: Node, col: number): string {
  switch (node.t) {
    case 'scalar':
      return scalarText(node, col);
    case 'block':
      return node.header;
    case 'seq':
      return `[${node.items.map((item) => flow(item, col + node.step)).join(node.gap > 1 ? ' ,' : ', ')}${node.gap > 2 ? ',' : ''}]`;
    case 'map': {
      const entries = node.entries.map((entry) => {
        const key = entry.key.t === 'text' ? entry.key.text : entry.key.t === 'complex' ? flow(entry.key.node, col) : `? ${flow(entry.key.node, col)}`;
        return `${key}${entry.colon}${flow(entry.value, col + node.step)}`;
      });
      // A long flow mapping carried over lines, indented `step` from the parent.
      return node.step === 4 ? `{\n${spaces(col + 1)}${entries.join(',\n' + spaces(col + 1))}\n${spaces(col)}}` : `{${entries.join(', ')}}`;
    }
  }
}

/**
 * Block style at column `col`. The first line has no indentation (the caller
 * has written what goes before it: `key: `, `- `, or the spaces of `col`);
 * every later line is indented in full.
 */
function blockText(node: Node, col: number): string {
  if (node.t === 'scalar') return scalarText(node, col);
  if (node.t === 'block') return blockScalar(node, col);
  if (node.flow || (node.t === 'map' ? node.entries.length : node.items.length) === 0) return flow(node, col);
  if (node.t === 'seq') {
    return node.items
      .map((item) => {
        const inner = col + 1 + node.gap;
        let text: string;
        if (item.t === 'map' && !item.flow && item.entries.length > 0 && node.step % 2 === 0) text = `\n${spaces(col + node.step + 1)}${blockText(item, col + node.step + 1)}`;
        else text = spaces(node.gap) + blockText(item, inner);
        return '-' + text;
      })
      .join('\n' + spaces(col));
  }
  return node.entries.map((entry) => mappingEntry(entry, col, node.step)).join('\n' + spaces(col));
}

function mappingEntry(entry: Entry, col: number, step: number): string {
  const { key, value } = entry;
  if (key.t === 'explicit') {
    const inner = col + 2 + key.gap;
    return `?${spaces(1 + key.gap)}${blockText(key.node, inner)}\n${spaces(col)}:${spaces(1 + key.gap)}${blockText(value, inner)}`;
  }
  const keyText = key.t === 'text' ? key.text : flow(key.node, col);
  const nested = (value.t === 'map' || value.t === 'seq') && !value.flow && (value.t === 'map' ? value.entries.length : value.items.length) > 0;
  if (nested) {
    // A sequence may sit at its key's own column; a mapping must be indented further.
    const inner = col + (value.t === 'seq' ? step - 1 : step);
    return `${keyText}${entry.colon.trimEnd()}${entry.comment}\n${spaces(inner)}${blockText(value, inner)}`;
  }
  if (value.t === 'block') return `${keyText}${entry.colon}${blockScalar(value, col)}`;
  return `${keyText}${entry.colon}${blockText(value, col + step)}${entry.comment}`;
}

function blockScalar(node: Block, col: number): string {
  return node.header + node.lines.map((line) => `\n${line.text === '' ? spaces(line.spaces) : spaces(col + line.spaces) + line.text}`).join('');
}

/** A change to the written text: a comment or blank line, a comment glued on, a stray character. */
type Edit = { op: 'comment-line' | 'blank-line' | 'glue-comment' | 'space-comment' | 'insert' | 'indent' | 'outdent'; at: number; token: string };

const STRAY = [':', ': ', '-', '- ', '?', '? ', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', ' ', '  ', '\n', '\n  ', '---', '...', '\\', '0x', '0b1', '-0x', '+', '.', '~', 'é'];
const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('comment-line', 'blank-line', 'glue-comment', 'space-comment', 'insert', 'indent', 'outdent'),
  at: fc.nat(),
  token: fc.constantFrom(...STRAY),
});

function applyEdit(text: string, { op, at, token }: Edit): string {
  const lines = text.split('\n');
  const i = at % lines.length;
  const line = lines[i]!;
  switch (op) {
    case 'comment-line':
      lines.splice(i, 0, `${spaces(at % 5)}${at % 3 === 0 ? '#a comment' : '# a comment'}`);
      break;
    case 'blank-line':
      lines.splice(i, 0, spaces(at % 6));
      break;
    case 'glue-comment':
      lines[i] = `${line}#c`;
      break;
    case 'space-comment':
      lines[i] = `${line} # c`;
      break;
    case 'insert': {
      const column = at % (line.length + 1);
      lines[i] = line.slice(0, column) + token + line.slice(column);
      break;
    }
    case 'indent':
      lines[i] = ' ' + line;
      break;
    case 'outdent':
      lines[i] = line.startsWith(' ') ? line.slice(1) : line;
      break;
  }
  return lines.join('\n');
}

/** A whole frontmatter: mostly a block mapping at column 0, sometimes anything at all. */
export const frontmatter: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: mapping.map((m): Node => ({ ...m, flow: false })) }, { weight: 1, arbitrary: node }),
    fc.oneof({ weight: 3, arbitrary: fc.constant([] as Edit[]) }, { weight: 2, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }) }),
  )
  .map(([root, edits]) => '\n' + edits.reduce(applyEdit, blockText(root, 0)) + '\n');
