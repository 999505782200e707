#!/usr/bin/env node
/**
 * Generates src/types/records.generated.ts from the JSON Schemas in schemas/,
 * which are the single source of truth for record shapes.
 *
 *   node scripts/generate-types.mjs           write the file
 *   node scripts/generate-types.mjs --check   exit 1 when the checked-in file is stale (for CI)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = new URL('../', import.meta.url);
const schemasUrl = new URL('schemas/', root);
const schemasDir = fileURLToPath(schemasUrl);
const target = new URL('src/types/records.generated.ts', root);
const kinds = ['staff', 'contract', 'session', 'decision', 'config'];

const BANNER = `/* eslint-disable */
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs.
 * Do not edit: change the schema and run \`npm run types\`.
 */`;

async function generate() {
  // One wrapper schema over all five, compiled in one pass, so the shared
  // definitions (Signature, Action...) are declared once, not once per kind.
  const properties = {};
  for (const kind of kinds) {
    const text = await readFile(new URL(`${kind}.schema.json`, schemasUrl), 'utf8');
    // Inlined into the wrapper, a local `#/$defs/...` would point at the wrapper: aim it at its own file.
    const schema = JSON.parse(text.replaceAll('"$ref": "#/', `"$ref": "${kind}.schema.json#/`));
    // The session's if/then rules (supervisee for one-to-one, attendees for
    // group) are checked by Ajv; as types they would only turn the interface
    // into an opaque intersection, so the generator leaves them out.
    delete schema.allOf;
    delete schema.$id;
    properties[kind] = schema;
  }
  const wrapper = { title: 'SupvSchemas', type: 'object', properties, additionalProperties: false };
  const ts = await compile(wrapper, 'SupvSchemas', {
    cwd: schemasDir,
    bannerComment: BANNER,
    additionalProperties: false,
    strictIndexSignatures: true,
    // Plain arrays: non-empty tuple types would make every caller build tuples.
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 100 },
  });
  // The wrapper exists only to share declarations; drop its interface.
  return ts.replace(/export interface SupvSchemas \{[^}]*\}\n\n?/, '');
}

const check = process.argv.includes('--check');
const fresh = await generate();
if (check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== fresh) {
    console.error('src/types/records.generated.ts is stale: the schemas changed. Run `npm run types` and commit the result.');
    process.exit(1);
  }
  console.log('src/types/records.generated.ts is up to date.');
} else {
  await writeFile(target, fresh);
  console.log('Wrote src/types/records.generated.ts');
}
