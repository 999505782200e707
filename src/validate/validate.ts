/**
 * Schema validation of records and the configuration: one Ajv instance,
 * each schema compiled once, on first use. Problems come back in plain words
 * with a JSON pointer, ready for the engine to place on a line and column.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { KINDS, type Kind, type SchemaProblem } from '../model.js';
import { commonSchema, schemaFor, type SchemaName } from './schemas.js';
import { KIND_MESSAGE, toProblems } from './messages.js';

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/**
 * True for a name the runtime's time zone database knows (the same database
 * Luxon reads), such as `Europe/London` or `UTC`. Offsets like `+01:00` are
 * not zone names, so they are refused by shape first.
 */
function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({
      strict: true,
      allErrors: true,
      // A key such as `__proto__` or `constructor` must be judged as the file's own field, never inherited.
      ownProperties: true,
      // A tier is a duration or a list of stages: a union type (see config.schema.json).
      allowUnionTypes: true,
      validateFormats: true,
    });
    // ajv-formats' "full" checks are the real ones: 2023-02-30 fails and a
    // date-time needs an offset. Only the formats the schemas use are added.
    for (const name of ['date', 'date-time', 'duration', 'email'] as const) {
      ajv.addFormat(name, fullFormats[name]);
    }
    ajv.addFormat('iana-time-zone', isTimeZone);
    ajv.addSchema(commonSchema());
  }
  return ajv;
}

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = instance().compile(schemaFor(name));
    validators.set(name, validate);
  }
  return validate;
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

function run(name: SchemaName, data: unknown): SchemaProblem[] {
  const validate = validatorFor(name);
  return validate(data) ? [] : toProblems(validate.errors ?? [], data, name);
}

/**
 * Check a record's frontmatter against the schema of its `kind`.
 * Returns an empty list when the record is valid.
 */
export function validateRecord(data: unknown): SchemaProblem[] {
  if (!isObject(data) || !Object.hasOwn(data, 'kind')) {
    return [{ pointer: '', target: 'key', message: KIND_MESSAGE }];
  }
  if (!isKind(data.kind)) return [{ pointer: '/kind', target: 'value', message: KIND_MESSAGE }];
  return run(data.kind, data);
}

/**
 * Check the parsed `supv.config.yaml`. An empty file (`null` or `undefined`)
 * is an empty configuration: every default applies.
 */
export function validateConfig(data: unknown): SchemaProblem[] {
  return run('config', data ?? {});
}
