#!/usr/bin/env node
/**
 * Generates, from the JSON Schemas in schemas/ (the single source of truth for
 * record shapes):
 * - src/types/records.generated.ts, the TypeScript types of the records;
 * - src/validate/validators.generated.ts, the schemas compiled by Ajv into
 *   standalone code, so a run does not load Ajv's compiler and compile the
 *   five schemas again (about a quarter of a second at every start).
 *
 *   node scripts/generate-types.mjs           write the files
 *   node scripts/generate-types.mjs --check   exit 1 when a checked-in file is stale (for CI)
 *
 * The validators import the formats of src/validate/formats.ts by name; the
 * generator reads them from the compiled lib/validate/formats.js, so run
 * `npm run compile` first when that file changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvCodegen from 'ajv/dist/compile/codegen/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { AJV_OPTIONS } from '../lib/validate/options.js';
import { formats } from '../lib/validate/formats.js';

const root = new URL('../', import.meta.url);
const schemasUrl = new URL('schemas/', root);
const schemasDir = fileURLToPath(schemasUrl);
const kinds = ['staff', 'contract', 'session', 'decision', 'case-audit', 'config'];
/** A kind as a JavaScript name (`case-audit` is exported as `caseAudit`). */
const exportName = (kind) => kind.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

const BANNER = `/* eslint-disable */
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs.
 * Do not edit: change the schema and run \`npm run types\`.
 */`;

function eitherBranch(node) {
  if (typeof node !== 'object' || node === null) return;
  if ('if' in node && 'then' in node && 'else' in node) {
    node.anyOf = [node.then, node.else];
    delete node.if;
    delete node.then;
    delete node.else;
  }
  for (const value of Object.values(node)) eitherBranch(value);
}

async function generateTypes() {
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
    // A value checked with if/then/else (an attendee: a staff id, else a person
    // from outside) is, as a type, either branch.
    eitherBranch(schema);
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

const VALIDATORS_BANNER = `/* eslint-disable */
// @ts-nocheck
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs: the
 * schemas compiled by Ajv (standalone code, options in options.ts).
 * Do not edit: change the schema and run \`npm run types\`.
 */`;

async function generateValidators() {
  const { _ } = ajvCodegen;
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, lines: true, formats: _`require("./formats.js").formats` } });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  const read = async (name) => JSON.parse(await readFile(new URL(`${name}.schema.json`, schemasUrl), 'utf8'));
  ajv.addSchema(await read('common'));
  const exports = {};
  for (const kind of kinds) {
    const schema = await read(kind);
    ajv.addSchema(schema);
    exports[exportName(kind)] = schema.$id;
  }
  // Ajv writes CommonJS `require` calls. Its runtime helpers are CommonJS and
  // stay required (Node and Vitest disagree on what a default import of them
  // is); formats.ts is an ES module, so it becomes an import.
  const body = standaloneCode(ajv, exports).replaceAll('require("./formats.js")', 'formatsModule');
  const header = [
    "import { createRequire } from 'node:module';",
    "import * as formatsModule from './formats.js';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return `${VALIDATORS_BANNER}\n${header}\n${body.replace(/^"use strict";/, '').replace(/exports\.(\w+) = /g, 'export const $1 = ')}\n`;
}

const outputs = [
  { target: new URL('src/types/records.generated.ts', root), generate: generateTypes },
  { target: new URL('src/validate/validators.generated.ts', root), generate: generateValidators },
];

const check = process.argv.includes('--check');
let stale = false;
for (const { target, generate } of outputs) {
  const name = fileURLToPath(target).slice(fileURLToPath(root).length);
  const fresh = await generate();
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(`${name} is stale: the schemas changed. Run \`npm run types\` and commit the result.`);
      stale = true;
    } else console.log(`${name} is up to date.`);
  } else {
    await writeFile(target, fresh);
    console.log(`Wrote ${name}`);
  }
}
if (stale) process.exit(1);
