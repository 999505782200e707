/**
 * The JSON Schemas in `schemas/` are the single source of truth for record
 * shapes. This module reads them from the package's `schemas/` folder so the
 * same files serve the validator, `supv schema` and editors.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-files.js';

/** The schemas a user can ask for: one per record kind, plus the configuration. */
export const SCHEMA_NAMES = ['staff', 'contract', 'session', 'decision', 'config'] as const;
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

/** True when `name` is one of {@link SCHEMA_NAMES}. */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}
