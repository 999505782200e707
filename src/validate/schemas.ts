/**
 * The JSON Schemas in `schemas/` are the single source of truth for record
 * shapes. This module reads them from the package's `schemas/` folder so the
 * same files serve the validator, `supv schema` and editors.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-files.js';

/** The schemas a user can ask for: one per record kind, plus the configuration. */
export const SCHEMA_NAMES = ['staff', 'contract', 'session', 'decision', 'case-audit', 'config'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** A JSON Schema as parsed from its file. */
export type JsonSchema = { $id: string; title?: string; description?: string } & Record<string, unknown>;

const SCHEMA_DIR = packageFile('schemas/');

const cache = new Map<string, JsonSchema>();

function load(name: string): JsonSchema {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as JsonSchema;
    cache.set(name, schema);
  }
  return schema;
}

/** The schema for one record kind or the configuration. */
export function schemaFor(kind: SchemaName): JsonSchema {
  return load(kind);
}

/** The shared definitions every other schema refers to (`common.schema.json`). */
export function commonSchema(): JsonSchema {
  return load('common');
}

const patterns = new Map<string, RegExp>();

/**
 * The `pattern` of a shared definition (`common.schema.json#/$defs/<name>`,
 * such as `id` or `tierName`), compiled as Ajv compiles it: a Unicode regular
 * expression. Commands check what is typed on the command line with it, so
 * that the rule is written once, in the schema.
 */
export function commonPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    const { $defs } = commonSchema() as { $defs?: Record<string, { pattern?: unknown } | undefined> };
    const source = $defs?.[name]?.pattern;
    if (typeof source !== 'string') throw new Error(`common.schema.json has no pattern for $defs/${name}`);
    pattern = new RegExp(source, 'u');
    patterns.set(name, pattern);
  }
  return pattern;
}

/** True when `text` is a record id as the schemas define one (`$defs/id`): lower-case letters, digits and hyphens, at most 80 characters. */
export function isRecordId(text: string): boolean {
  return commonPattern('id').test(text);
}

/** True when `name` is one of {@link SCHEMA_NAMES}. */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}
