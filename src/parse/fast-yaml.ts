import jsYaml from 'js-yaml';

/**
 * The fast reading of frontmatter: js-yaml, about eight times faster than the
 * `yaml` package here (SPEC §9), used only where it gives exactly what the
 * strict parser (src/parse/yaml.ts) gives. Otherwise the same record could
 * read, and hash, differently depending on whether something else in it sent
 * it down the strict path. Three parts close the gap:
 *
 * - {@link needsStrict}: text the fast path does not try (what supv refuses,
 *   and the places where js-yaml reads YAML differently);
 * - {@link FAST_SCHEMA}: numbers, booleans and nulls read by YAML 1.2 core
 *   rules exactly as the `yaml` package reads them;
 * - {@link keysReadAlike}: keys that might have been written as numbers,
 *   `true` or `null`, which js-yaml turns into text and the strict parser
 *   refuses, and an escaped `__proto__`.
 *
 * test/parse/one-yaml-reading.test.ts holds the two paths to the same answer
 * on generated frontmatter; a case it finds belongs there as an example.
 */

/**
 * The data when js-yaml reads the text exactly as the strict parser would,
 * undefined when the strict parser must decide (it also gives every refusal,
 * with its place).
 */
export function parseYamlFast(source: string): { value: unknown } | undefined {
  if (needsStrict(source)) return undefined;
  let value: unknown;
  try {
    value = jsYaml.load(source, { schema: FAST_SCHEMA, json: false, onWarning: throwWarning });
  } catch {
    return undefined;
  }
  // Anything but a mapping is refused by the strict parser, which knows where it starts. That
  // includes `~` alone, which js-yaml reads as null just like frontmatter of nothing but comments.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !keysReadAlike(value)) return undefined;
  return { value };
}

function throwWarning(warning: Error): never {
  throw warning;
}

/** What supv refuses, which the strict parser finds and points at: anchors, aliases, tags, directives, tabs, merge keys. */
const REFUSED = /[&*!%\t\r]|<<|__proto__/;

/**
 * Where js-yaml reads text differently from the strict parser:
 * - `?`, `:`, `|` or `>` starting a token (after white space, a bracket, a
 *   brace or a comma): explicit keys and empty keys (`? [a, b]`, `{: x}`),
 *   lists and mappings used as keys (`[id]: x`, which js-yaml reads as the
 *   key `id`), and block scalars (js-yaml accepts an over-indented leading
 *   blank line, and reads some space-only lines in them differently);
 * - an empty list item, `-` with nothing or a comment after it: js-yaml
 *   then takes the next item of the outer list into the inner one;
 * - `---` or `...` starting a line (js-yaml reads `---{}` as a document
 *   marker and a mapping, YAML 1.2 as text);
 * - a backslash ending a line (an escaped line break in double quotes,
 *   after which js-yaml folds blank lines differently);
 * - a byte order mark (U+FEFF) anywhere: the strict parser drops one that
 *   starts the document, js-yaml keeps it as part of the first key.
 * The character classes are wider than the constructs (a `:` after a space
 * in the middle of text matches too): a false alarm costs only time, since
 * the strict parser reads the text correctly either way. These two plain
 * regexes and a scan for `#` cost about 2 ms of CPU per 1,000 generated
 * records; one regex with `^` anchors (multiline) cost twice that, and with
 * look-behinds five times.
 */
const READ_DIFFERENTLY = /\\\n|\n(?:---|\.\.\.)|[\s[\]{},](?:[?:|>]|-[ ]*[\n#])|\uFEFF/;

/**
 * A list or mapping starting an entry of a flow mapping (`{a, [b]}`,
 * `{[b]}`): a key with no value, which js-yaml turns into text. Looked for
 * only in text with a `{`; it also matches lists inside lists.
 */
const FLOW_COLLECTION_KEY = /[{,](?:\s|#[^\n]*)*[[{]/;

/** Whether the fast path must leave this text to the strict parser. */
export function needsStrict(source: string): boolean {
  // Every rule looks for a line start as a line break; frontmatter always starts with one.
  const text = source.charCodeAt(0) === 10 ? source : '\n' + source;
  return (
    REFUSED.test(text) ||
    READ_DIFFERENTLY.test(text) ||
    oddComment(text) ||
    lastLineIsEmptyItem(text) ||
    (text.includes('{') && FLOW_COLLECTION_KEY.test(text))
  );
}

/**
 * A `#` glued to a quote, bracket, brace or comma (`'x'# c`), which js-yaml
 * reads as a comment and YAML 1.2 refuses; or a comment line whose `#` is
 * followed by something other than a space (`#c`), which between a key and
 * its value on a later line the `yaml` package refuses and js-yaml does not.
 * A loop over the few `#` in a record is cheaper than a regex over every line.
 */
function oddComment(text: string): boolean {
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
    const before = text.charCodeAt(i - 1);
    // " ' , [ ] { }
    if (before === 34 || before === 39 || before === 44 || before === 91 || before === 93 || before === 123 || before === 125) return true;
    const after = text.charCodeAt(i + 1);
    if ((before === 32 || before === 10) && after !== 32 && after !== 10 && i + 1 < text.length) {
      let start = i - 1;
      while (start >= 0 && text.charCodeAt(start) === 32) start -= 1;
      if (start < 0 || text.charCodeAt(start) === 10) return true;
    }
  }
  return false;
}

/** An empty list item on the last line, with no line break after it for {@link READ_DIFFERENTLY} to see. */
function lastLineIsEmptyItem(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return text.charCodeAt(end - 1) === 45;
}

/**
 * The YAML 1.2 core schema's numbers, as the `yaml` package writes them
 * (yaml/dist/schema/core/int.js and float.js), each tag's forms joined into
 * one regex: decimal, `0o` octal, `0x` hex; `.inf` and `.nan`, exponent,
 * decimal point. js-yaml's own core schema reads `0b1010`, `-0x3C` and
 * `-0o17` as numbers and `+.5` and `1e400` as text. Dates and times match
 * neither and stay text.
 */
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** Every text the core schema's null (`/^(?:~|[Nn]ull|NULL)?$/`) and bool (`/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/`) match. */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);

/**
 * js-yaml's failsafe schema (text, lists, mappings) plus the core schema's
 * nulls, booleans and numbers ({@link CORE_INT}, {@link CORE_FLOAT}), with
 * the conversions the `yaml` package makes. js-yaml tries every implicit type
 * on every plain scalar, keys included, and most are words: nulls and booleans
 * are looked up, and numbers tested only from a digit, sign or dot (running
 * every regex on every scalar made parsing about 30% slower). js-yaml keeps one
 * implicit type per tag, so a tag's type tests all its forms.
 */
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text: string) => text.length <= 4 && NULLS.has(text), construct: () => null }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string) => (text.length === 4 || text.length === 5) && BOOLEANS.has(text),
      construct: (text: string) => BOOLEANS.get(text),
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string) => mayBeNumber(text) && CORE_INT.test(text),
      construct: (text: string) => (text[1] === 'o' ? parseInt(text.substring(2), 8) : text[1] === 'x' ? parseInt(text.substring(2), 16) : parseInt(text, 10)),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string) => mayBeNumber(text) && CORE_FLOAT.test(text),
      construct: (text: string) => {
        const end = text.slice(-3).toLowerCase();
        if (end === 'nan') return NaN;
        if (end === 'inf') return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        return parseFloat(text);
      },
    }),
  ],
});

/** Every number the core schema reads starts with a digit, a sign or a dot. */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

/**
 * Whether every key reads as the strict parser reads it. Not so for a key
 * that may have been written as a number, `true`, `false` or `null`: js-yaml
 * turns it into text (`1:` becomes the key "1"), the strict parser refuses
 * it. Only the text is left to test, so a quoted `"1":` goes to the strict
 * parser too, which costs time only. Nor for `__proto__` written with an
 * escape (`"\x5f_proto__"`, which {@link REFUSED} cannot see): js-yaml makes
 * it an ordinary key, the strict parser refuses it.
 */
const LONG_KEY = 200;

function keysReadAlike(value: object): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && !keysReadAlike(item)) return false;
    return true;
  }
  for (const key in value) {
    // The strict parser refuses an implicit key written longer than 1,024 characters; escapes make the written key
    // longer than the one read, so a long key read here is left to it (no record has keys anywhere near this long).
    if (mayBeNonTextKey(key) || key === '__proto__' || key.length > LONG_KEY) return false;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null && !keysReadAlike(item)) return false;
  }
  return true;
}

/** Whether String() of a number, a boolean or null could give this: a digit or `-` first, or one of five words. */
function mayBeNonTextKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45) return true;
  return key === 'true' || key === 'false' || key === 'null' || key === 'NaN' || key === 'Infinity';
}
