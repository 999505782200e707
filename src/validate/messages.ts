/**
 * Ajv's errors turned into sentences a team manager can act on, each with the
 * JSON pointer of the key or value at fault. Ajv reports one error per failed
 * keyword; we drop the ones that only restate another (`if` after its `then`,
 * `propertyNames` after its pattern) and keep one message per value.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { SchemaProblem } from '../model.js';
import { closest, distance } from 'fastest-levenshtein';
import { commonSchema, schemaFor, type SchemaName } from './schemas.js';
import { fieldInWords } from '../util/field-words.js';
import { controlName, escapeCharacter, firstControl } from '../util/terminal.js';

/** The one problem reported when a record's kind cannot be told. */
export const KIND_MESSAGE = '`kind` must be one of staff, contract, session, decision, case-audit';

/** How the whole document is named in messages. */
const SUBJECT: Record<SchemaName, string> = {
  staff: 'staff record',
  contract: 'contract',
  session: 'session',
  decision: 'decision',
  'case-audit': 'case audit',
  config: 'configuration',
};

const TIMESTAMP = 'a timestamp with an offset, like 2025-02-04T10:12:00+00:00';
const DURATION = 'an ISO 8601 duration such as P4W, P3M or PT60M';
const LOWER = 'lower-case letters, digits and hyphens';

/**
 * What a string must look like, by the schema key whose `pattern`, `format`
 * or `minLength` failed (a `$defs` name such as `caseRef`, or a property name
 * such as `sha256`). `null` means: say nothing more than "must be".
 */
const SHAPES: Record<string, string> = {
  id: `${LOWER}, like jo-bloggs`,
  staffId: `a staff id (${LOWER}), like sam-lee`,
  tierName: `a tier name (${LOWER}), like case-holder`,
  caseRef: 'a case reference in capitals, digits and hyphens, like FAM-0042',
  actionId: 'a capital letter then up to nine capitals or digits, like A1',
  ref: 'a session id and an action id, like 2025-01-06-jo-bloggs#A2',
  sha256: '64 lower-case hexadecimal characters',
  sig: 'a base64 signature',
  public_key: 'an ed25519 public key: PEM starting -----BEGIN PUBLIC KEY-----, or an OpenSSH line ssh-ed25519 AAAA...',
  publicKey: 'an ed25519 public key: PEM starting -----BEGIN PUBLIC KEY-----, or an OpenSSH line ssh-ed25519 AAAA...',
  key: 'a key fingerprint as ssh-keygen -l prints it, SHA256: and 43 characters',
  timestamp: TIMESTAMP,
  date: 'a real date written YYYY-MM-DD',
  duration: DURATION,
  'tiers[]': `${DURATION}, or a list of stages`,
};

const FORMATS: Record<string, string> = {
  date: SHAPES.date!,
  'date-time': TIMESTAMP,
  duration: DURATION,
  email: 'an email address',
  'iana-time-zone': 'an IANA time zone name, like Europe/London',
};

/** What a list must hold, by field name, when it is empty. */
const AT_LEAST_ONE: Record<string, string> = {
  supervisors: 'at least one supervisor',
  attendees: 'at least one person',
  functions: 'at least one of accountability, development, support',
};

const TYPES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields (`name: value` lines)',
  null: 'empty',
};

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function encode(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(decode);
}

/** The value a pointer leads to, or undefined. Only own keys are followed. */
function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const key of segments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The field a pointer leads to, in words (src/util/field-words.ts): "`due` of action 2". */
function field(data: unknown, pointer: string): string {
  const keys = segments(pointer);
  const lists: boolean[] = [];
  let value = data;
  for (const key of keys) {
    lists.push(Array.isArray(value));
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return fieldInWords(keys, (position) => lists[position]!);
}

/** Every field name the kind's schema (and the shared definitions) knows, for "did you mean". */
const knownFields = new Map<SchemaName, string[]>();
function fieldsOf(kind: SchemaName): string[] {
  let names = knownFields.get(kind);
  if (!names) {
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties' && typeof child === 'object' && child !== null) for (const name of Object.keys(child)) found.add(name);
        walk(child);
      }
    };
    walk(schemaFor(kind));
    walk(commonSchema());
    names = [...found].sort();
    knownFields.set(kind, names);
  }
  return names;
}

type SchemaNode = Record<string, unknown>;
const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `$ref` followed within the kind's schema or into common.schema.json. */
function deref(node: SchemaNode, kind: SchemaName): SchemaNode | undefined {
  let current: SchemaNode | undefined = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const [file, fragment = ''] = current.$ref.split('#');
    let target: unknown = file === '' ? schemaFor(kind) : file === 'common.schema.json' ? commonSchema() : undefined;
    for (const part of fragment.split('/').filter(Boolean)) target = isNode(target) ? target[part] : undefined;
    current = isNode(target) ? target : undefined;
  }
  return current;
}

/** The schema node and the branches that apply beside it (`allOf`, `then`...), each with its `$ref` followed. */
function branches(node: SchemaNode, kind: SchemaName): SchemaNode[] {
  const found: SchemaNode[] = [];
  const visit = (candidate: unknown, depth: number): void => {
    const resolved = isNode(candidate) ? deref(candidate, kind) : undefined;
    if (!resolved || depth > 4) return;
    found.push(resolved);
    for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(resolved[key])) for (const part of resolved[key] as unknown[]) visit(part, depth + 1);
    for (const key of ['then', 'else']) visit(resolved[key], depth + 1);
  };
  visit(node, 0);
  return found;
}

/**
 * The fields the schema allows in the object at `pointer` (the one holding the
 * unknown field), found by walking the schema along the record's path; undefined
 * when the path cannot be followed.
 */
function fieldsAt(pointer: string, kind: SchemaName): string[] | undefined {
  let nodes = branches(schemaFor(kind), kind);
  for (const key of segments(pointer)) {
    const next: SchemaNode[] = [];
    for (const node of nodes) {
      const child = /^\d+$/.test(key) ? node.items : isNode(node.properties) ? node.properties[key] : undefined;
      if (isNode(child)) next.push(...branches(child, kind));
    }
    if (next.length === 0) return undefined;
    nodes = next;
  }
  const names = new Set<string>();
  for (const node of nodes) if (isNode(node.properties)) for (const [name, rule] of Object.entries(node.properties)) if (rule !== false) names.add(name);
  return names.size > 0 ? [...names].sort() : undefined;
}

/**
 * "; did you mean `duration_minutes`?" when a field allowed in the same place
 * is a slip away from `given`, else "(check the spelling)". A name that is
 * right elsewhere in the record (`until` of a key, inside a supervisor) is not
 * suggested back to itself.
 */
function didYouMean(given: string, kind: SchemaName, at: string): string {
  const known = (fieldsAt(at, kind) ?? fieldsOf(kind)).filter((name) => name !== given);
  const lower = given.toLowerCase().replace(/-/g, '_');
  const letters = (word: string) => [...word].sort().join('');
  // The same name with other case or hyphens; two letters swapped (`deu` for `due`); or a letter or two wrong.
  const near = known.includes(lower)
    ? lower
    : (known.find((name) => name.length === lower.length && letters(name) === letters(lower)) ??
      (known.length > 0 ? closest(lower, known) : undefined));
  if (near !== undefined && (near === lower || letters(near) === letters(lower) || distance(lower, near) <= Math.max(1, Math.floor(near.length / 4)))) return `; did you mean \`${near}\`?`;
  return ' (check the spelling)';
}

// Invisible and control characters are shown as escapes (`\u202e`, as JSON and
// YAML write them) so a message cannot itself hide or reorder text on the
// reader's terminal.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/** The invisible and direction characters the `text` type refuses, by name. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u061c': 'ARABIC LETTER MARK',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};

/** A user's value, short and safe to print. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const clipped = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return clipped.replace(INVISIBLE, escapeCharacter);
}

/** Up to 60 characters of `text` around `index`, escaped: the place a character was refused. */
function showAround(text: string, index: number): string {
  if (text.length <= 60) return show(text);
  const start = Math.max(0, Math.min(index - 20, text.length - 57));
  const part = text.slice(start, start + 57);
  return `${start > 0 ? '...' : ''}${part.replace(INVISIBLE, escapeCharacter)}${start + 57 < text.length ? '...' : ''}`;
}

/**
 * Why a text field was refused: which character, where (counted in
 * characters from 1), and the text around it with the character escaped, as
 * in "`name` contains a control character (U+001B ESC) at character 5:
 * `Sam \u001b[8mLee`". A control character is named first: it is the one a
 * terminal would act on.
 */
function refusedText(name: string, value: unknown): string {
  if (typeof value !== 'string') return `${name} contains a character that is not allowed in text`;
  const control = firstControl(value);
  const invisible = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.exec(value);
  const found = control ?? (invisible ? { character: invisible[0], index: invisible.index } : undefined);
  if (!found) return `${name} contains a character that is not allowed in text`;
  const at = [...value.slice(0, found.index)].length + 1;
  // controlName gives the code point alone for a character that is not a control: the name comes from the table above.
  const what = control
    ? `a control character (${controlName(found.character)})`
    : `an invisible or right-to-left control character (${controlName(found.character)} ${INVISIBLE_NAMES[found.character]})`;
  return `${name} contains ${what} at character ${at}: \`${showAround(value, found.index)}\``;
}

/**
 * The schema key the failed keyword sits under: `common.schema.json#/$defs/date/format`
 * gives `date`. Ajv restarts schemaPath at each `$ref`, so the root of a referenced
 * schema (`#/type`) has no name; then the field holding the value names it, as
 * `tiers[]` for any entry of `policy.tiers`.
 */
function schemaKey(error: ErrorObject): string {
  const key = error.schemaPath.split('/').at(-2) ?? '';
  return key === '#' ? `${segments(error.instancePath).at(-2) ?? ''}[]` : key;
}

/** Why a value of the wrong JSON type reads that way, when YAML is the likely cause. */
function typeMessage(name: string, expected: string, value: unknown, key: string): string {
  const shape = SHAPES[key];
  if (expected === 'string') {
    if (value === null) return `${name} must not be empty`;
    if (typeof value === 'number' || typeof value === 'boolean') {
      const reads = typeof value === 'number' ? 'a number' : 'true or false';
      return `${name} must be text; ${show(value)} reads as ${reads} here, so put it in quotes`;
    }
    return `${name} must be text, not ${Array.isArray(value) ? 'a list' : 'a set of fields'}`;
  }
  if (shape) return `${name} must be ${shape}, not ${show(value)}`;
  if (expected === 'integer' && typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) {
    return `${name} must be a whole number, without quotes`;
  }
  return `${name} must be ${expected.split(',').map((t) => TYPES[t] ?? t).join(' or ')}`;
}

/** The session's type, as in "group session is missing `attendees`", when an if/then on `type` applied. */
function subjectOf(error: ErrorObject, data: unknown, kind: SchemaName): string {
  const type = valueAt(data, '/type');
  return error.schemaPath.includes('/then/') && typeof type === 'string' ? `${type} ${SUBJECT[kind]}` : SUBJECT[kind];
}

/** Turn Ajv's errors for `data` into plain-word problems, one per fault. */
export function toProblems(errors: readonly ErrorObject[], data: unknown, kind: SchemaName): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, target: 'key' | 'value', message: string) => {
    // One message per value (a timestamp fails its pattern and its format at once),
    // but every missing or unknown key of an object is its own problem.
    const id = target === 'value' ? `${pointer}\0value` : `${pointer}\0${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    problems.push({ pointer, target, message });
  };

  for (const error of errors) {
    // `if` only says "the `then` failed"; the `then` errors themselves are more useful.
    // Errors carrying `propertyName` come from inside `propertyNames`, reported below.
    if (error.keyword === 'if' || 'propertyName' in error) continue;

    const at = error.instancePath;
    const name = at === '' ? SUBJECT[kind] : field(data, at);
    const value = valueAt(data, at);
    const key = schemaKey(error);
    const params = error.params as Record<string, unknown>;

    switch (error.keyword) {
      case 'required':
        add(at, 'key', `${at === '' ? subjectOf(error, data, kind) : name} is missing \`${String(params.missingProperty)}\``);
        break;
      case 'additionalProperties': {
        const extra = String(params.additionalProperty);
        add(`${at}/${encode(extra)}`, 'key', `unknown field \`${show(extra)}\` in ${name}${didYouMean(extra, kind, at)}`);
        break;
      }
      case 'false schema': {
        // Used for fields one session type forbids (see session.schema.json), and for a staff id beside an external supervisor.
        if (key === 'supervisor' || key === 'id') {
          const other = key === 'id' ? 'external' : 'supervisor_external';
          add(at, 'key', `${name} and \`${other}\` cannot both be given: name a member of staff or an external supervisor, not both`);
          break;
        }
        const hint = key === 'attendees' ? '; it names one `supervisee`' : key === 'supervisee' ? '; list everyone under `attendees`' : key === 'outcome' || key === 'line_manager' || key === 'governor' ? '; it belongs to a three-way meeting (`type: three-way`)' : '';
        add(at, 'key', `${subjectOf(error, data, kind)} must not have ${name}${hint}`);
        break;
      }
      case 'propertyNames': {
        const bad = String(params.propertyName);
        add(`${at}/${encode(bad)}`, 'key', `the name \`${show(bad)}\` in ${name} must be ${LOWER}`);
        break;
      }
      case 'type':
        add(at, 'value', typeMessage(name, String(params.type), value, key));
        break;
      case 'enum':
        add(at, 'value', `${name} must be one of ${(params.allowedValues as unknown[]).join(', ')}`);
        break;
      case 'const':
        add(at, 'value', `${name} must be ${String(params.allowedValue)}`);
        break;
      case 'format': {
        const shape = FORMATS[String(params.format)] ?? `in the ${String(params.format)} format`;
        add(at, 'value', `${name} must be ${shape}, not ${show(value)}`);
        break;
      }
      case 'pattern':
        if (key === 'text') add(at, 'value', refusedText(name, value));
        else if (key === 'caseRef' && typeof value === 'string' && /^\p{Lu}\p{Ll}+[ -]\p{Lu}[\p{L}'-]+$/u.test(value.trim())) {
          // Two capitalised words: a child's name where a reference belongs. Not echoed: it is a name.
          add(at, 'value', `${name} looks like a person's name; records use case references in capitals, digits and hyphens, like FAM-0042, and only the decision record names the child`);
        }
        else add(at, 'value', SHAPES[key] ? `${name} must be ${SHAPES[key]}, not ${show(value)}` : `${name} is not in the expected form`);
        break;
      case 'minLength':
        add(at, 'value', SHAPES[key] ? `${name} must be ${SHAPES[key]}` : `${name} must not be empty`);
        break;
      case 'minItems': {
        const last = segments(at).at(-1) ?? '';
        const what = AT_LEAST_ONE[last] ?? (key === 'tiers[]' ? 'at least one stage' : `at least ${String(params.limit)} item(s)`);
        add(at, 'value', `${name} must list ${what}`);
        break;
      }
      case 'uniqueItems': {
        const items = Array.isArray(value) ? value : [];
        add(at, 'value', `${name} lists ${show(items[Number(params.i)])} more than once`);
        break;
      }
      case 'minimum':
      case 'maximum':
        add(at, 'value', key === 'minutes'
          ? `${name} must be a whole number of minutes from 1 to 1440, not ${show(value)}`
          : `${name} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`);
        break;
      default:
        // A keyword the schemas do not use yet: Ajv's own words are better than nothing.
        add(at, 'value', `${name} ${error.message ?? 'is not valid'}`);
    }
  }
  return problems;
}
