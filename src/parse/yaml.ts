import type { Document, Node, YAMLError } from 'yaml';
import { parseYamlFast } from './fast-yaml.js';
import { yamlPackage } from './yaml-package.js';

/** A YAML problem at an offset into the YAML text. */
export interface YamlProblem {
  offset: number;
  message: string;
}

export type YamlResult = { value: unknown } | { problem: YamlProblem };

/** Deeper than this and the frontmatter is refused before any parser sees it. */
export const MAX_DEPTH = 64;
const DEEP_LINE_START = new RegExp(`^[ \\-?:]{${MAX_DEPTH * 4 + 1}}`, 'm');
const FLOW_OPENER = /[[{]/g;

/**
 * Parse frontmatter YAML as plain data (YAML 1.2 core schema: dates stay
 * strings). The bulk of records take the fast path (src/parse/fast-yaml.ts),
 * which reads only what it reads exactly as the strict parser does; the strict
 * parser decides everything else, so every refusal comes from one place with
 * an exact position, and a file reads the same whichever parser reads it.
 */
export function parseYaml(source: string): YamlResult {
  const tooDeep = findExcessiveDepth(source);
  if (tooDeep !== undefined) {
    return { problem: { offset: tooDeep, message: `the frontmatter is nested more than ${MAX_DEPTH} levels deep` } };
  }
  return parseYamlFast(source) ?? parseYamlStrict(source);
}

/** Options that make the `yaml` package read YAML 1.2 core and nothing more. */
export const STRICT_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** Parse with the `yaml` package, refusing everything supv does not accept. */
export function parseYamlStrict(source: string): YamlResult {
  const { LineCounter, parseDocument } = yamlPackage();
  try {
    const document = parseDocument(source, { ...STRICT_OPTIONS, lineCounter: new LineCounter() });
    const problem = findProblem(document, source);
    if (problem) return { problem };
    return { value: document.toJS({ maxAliasCount: 0 }) };
  } catch (error) {
    // The depth scan should stop this first; if a parser still runs out of stack, say so plainly.
    if (error instanceof RangeError) return { problem: { offset: 0, message: 'the frontmatter is nested too deeply to read' } };
    throw error;
  }
}

/** The first thing in a parsed document that supv refuses, or undefined. */
export function findProblem(document: Document, source = ''): YamlProblem | undefined {
  const { isAlias, isMap, isNode, isPair, isScalar, visit } = yamlPackage();
  const first = document.errors[0] ?? document.warnings[0];
  if (first) return commonSlip(first, source) ?? describeYamlError(first, document);

  let problem: YamlProblem | undefined;
  const refuse = (node: unknown, message: string) => {
    const range = isNode(node) ? node.range : undefined;
    problem = { offset: range?.[0] ?? 0, message };
    return visit.BREAK;
  };
  visit(document, {
    Alias: (_, node) => refuse(node, 'aliases (`*name`) are not allowed in records; write the value out'),
    Node: (_, node) => {
      if (node.anchor) return refuse(node, 'anchors (`&name`) are not allowed in records; write the value out');
      if (node.tag && !CORE_TAGS.has(node.tag)) return refuse(node, `the tag \`${node.tag}\` is not allowed in records`);
      return undefined;
    },
    Pair: (_, pair) => {
      if (!isPair(pair) || !isScalar(pair.key)) return isPair(pair) && pair.key !== null ? refuse(pair.key, 'keys must be plain text') : undefined;
      const key = pair.key.value;
      if (key === '<<') return refuse(pair.key, 'merge keys (`<<`) are not allowed in records; write the fields out');
      if (key === '__proto__') return refuse(pair.key, 'the key `__proto__` is not allowed');
      if (typeof key !== 'string') return refuse(pair.key, `the key \`${String(key)}\` must be text`);
      return undefined;
    },
  });
  if (problem) return problem;
  if (document.contents !== null && !isMap(document.contents) && !isAlias(document.contents)) {
    const range = isNode(document.contents) ? document.contents.range : undefined;
    return { offset: range?.[0] ?? 0, message: 'the frontmatter must be `key: value` fields, not a list or a single value' };
  }
  return undefined;
}

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/**
 * The `yaml` package's messages are for programmers; these are for the people
 * who write records. An unclosed `[`, `{` or quote is reported where it was
 * opened, not where the parser gave up (the end of the file, or the next
 * line indented less), since that is where the fix goes.
 */
function describeYamlError(error: YAMLError, document: Document): YamlProblem {
  const at = (message: string): YamlProblem => ({ offset: error.pos[0], message });
  const fallback = error.message;
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return at('this key appears twice; each field may be given only once');
    case 'TAB_AS_INDENT':
      return at('tabs are not allowed for indentation in YAML; use spaces');
    case 'MULTIPLE_DOCS':
      return at('a second YAML document starts here; the frontmatter must be one document');
    case 'TAG_RESOLVE_FAILED':
      return at(`unknown tag: ${fallback.replace(/^.*?: /, '')}`);
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return at('aliases (`*name`) are not allowed in records; write the value out');
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      return unclosed(error, document) ?? at(cannotBeRead(fallback));
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_SCALAR_START':
    default:
      return at(cannotBeRead(fallback));
  }
}

/**
 * The two slips people make most, in words that say what to write instead:
 * a colon and a space inside unquoted text (YAML reads a new field there:
 * "Nested mappings are not allowed in compact mappings"), and no space after
 * a field's colon (`duration_minutes:50` reads as one long key: "Implicit
 * keys need to be on a single line").
 */
function commonSlip(error: YAMLError, source: string): YamlProblem | undefined {
  const offset = error.pos[0];
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const pair = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+(.*\S)\s*$/.exec(line);
    if (!pair) return undefined;
    const [, , key, text] = pair;
    const quoted = `"${text!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return {
      offset,
      message: `the text of \`${key}\` contains a colon followed by a space, which YAML reads as the start of another field: put the text in quotes, as in ${key}: ${quoted}`,
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /followed by map values/.test(error.message))) {
    const glued = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\S.*)$/.exec(line);
    if (!glued) return undefined;
    const [, indent, key, value] = glued;
    return {
      offset: lineStart + indent!.length + key!.length + 1,
      message: `put a space after the colon: write ${key}: ${value!.trim()} (without the space, YAML does not see a field \`${key}\`)`,
    };
  }
  return undefined;
}

function cannotBeRead(message: string): string {
  return `the YAML cannot be read: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/**
 * A flow list, flow map or quoted text that runs to where the parser gave
 * up: its opening character, and what to do. The parser says "must be
 * sufficiently indented and end with a ]" both when the `]` is missing and
 * when a line inside the list is indented no further than its key (the `]`
 * after it then belongs to nothing), so the advice covers both.
 */
function unclosed(error: YAMLError, document: Document): YamlProblem | undefined {
  const { isCollection, isMap, isScalar, isSeq, visit } = yamlPackage();
  const flow = /end with a ([\]}])/.exec(error.message)?.[1];
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (!flow && !quote) return undefined;
  const end = error.pos[0];
  let opener: Node | undefined;
  visit(document, {
    Node: (_, node) => {
      const matches = flow
        ? isCollection(node) && node.flow === true && (flow === ']' ? isSeq(node) : isMap(node))
        : isScalar(node) && node.type === (quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
      // The innermost one that runs to the error: the last to start, since nodes are visited in order.
      if (matches && node.range && node.range[0] < end && node.range[1] === end) opener = node;
    },
  });
  if (!opener?.range) return undefined;
  const offset = opener.range[0];
  if (flow === ']') return { offset, message: 'this `[` is never closed: add the `]` that ends the list (a list that goes on to the next lines must be indented further than its key)' };
  if (flow === '}') return { offset, message: 'this `{` is never closed: add the `}` that ends it (a `{ ... }` that goes on to the next lines must be indented further than its key)' };
  const mark = quote!;
  const apostrophe = mark === "'" ? "; inside single quotes, write an apostrophe as `''`" : '';
  return { offset, message: `this \`${mark}\` is never closed: add the \`${mark}\` that ends the text (text that goes on to the next lines must be indented further than its key)${apostrophe}` };
}

/**
 * Find the first place where nesting goes deeper than MAX_DEPTH, without
 * parsing: flow brackets are counted outside quotes, and a block node cannot
 * be nested deeper than the column its content starts at. Both parsers
 * recurse, so a 100,000-deep document must never reach them.
 */
export function findExcessiveDepth(source: string): number | undefined {
  // Nearly every record is shallow: two native regex passes prove it without walking each character.
  if (!DEEP_LINE_START.test(source) && (source.match(FLOW_OPENER)?.length ?? 0) <= MAX_DEPTH) return undefined;
  let flow = 0;
  let quote: string | undefined;
  let lineStart = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      lineStart = i + 1;
      atLineStart = true;
      indent = 0;
      if (quote === '"' || quote === "'") continue;
      continue;
    }
    if (atLineStart) {
      if (c === ' ' || c === '-' || c === '?' || c === ':') {
        indent += 1;
        if (indent > MAX_DEPTH * 4) return lineStart;
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i += 1;
      continue;
    }
    if ((c === '"' || c === "'") && (i === lineStart || /[\s[{,:]/.test(source[i - 1]!))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf('\n', i);
      i = (end === -1 ? source.length : end) - 1;
    } else if (c === '[' || c === '{') {
      flow += 1;
      if (flow > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
  }
  return undefined;
}
