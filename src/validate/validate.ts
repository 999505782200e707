/**
 * Schema validation of records and the configuration, with the schemas
 * compiled ahead of time by Ajv (validators.generated.ts, written by
 * `npm run types` with the options in options.ts; a test fails when it is
 * stale). Problems come back in plain words with a JSON pointer, ready for
 * the engine to place on a line and column.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { KINDS, type Kind, type SchemaProblem } from '../model.js';
import type { SchemaName } from './schemas.js';
import { KIND_MESSAGE, toProblems } from './messages.js';
import * as compiled from './validators.generated.js';

/** A validator as Ajv compiles it: true or false, with the reasons left on `errors`. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators: Record<SchemaName, ValidateFunction> = {
  staff: compiled.staff,
  contract: compiled.contract,
  session: compiled.session,
  decision: compiled.decision,
  'case-audit': compiled.caseAudit,
  config: compiled.config,
};

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

function run(name: SchemaName, data: unknown): SchemaProblem[] {
  const validate = validators[name];
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
