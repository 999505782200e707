#!/usr/bin/env node
// remark-lint-frontmatter-schema on the same records and the same schemas as
// `supv lint`, for the benchmark's lint part (lint.mjs).
//
//   node scripts/bench/remark.mjs DIR
//
// Every *.md under DIR/records/ goes through remark + remark-frontmatter +
// remark-lint-frontmatter-schema, one processor per record kind, each given
// that kind's schema from schemas/ (the folder decides the kind, as a glob
// association in .remarkrc would: records/sessions/** -> session.schema.json).
//
// The schemas are bundled once per kind and passed as `embed`, the plugin's
// fastest configuration: with the documented `schemas` glob association it
// would also re-read and re-bundle the schema file for every record. Two
// adjustments are needed for the plugin to accept them at all: it validates
// with Ajv's default (draft-07) class, which does not know the 2020-12
// meta-schema, so `$schema` is removed; and `duration` is not a format Ajv
// knows, so it is given as an ajv option. Prints one JSON line; with
// --max-seconds it stops early and reports how many records it processed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import { VFile } from 'vfile';
import { markdownFiles } from './walk.mjs';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--max-seconds');
// Stop after this many seconds of processing (0: never) and say how far it got.
const maxSeconds = args.includes('--max-seconds') ? Number(args[args.indexOf('--max-seconds') + 1]) : 0;
if (!dir) {
  process.stderr.write('usage: node scripts/bench/remark.mjs DIR [--max-seconds S]\n');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDER_KIND = { staff: 'staff', contracts: 'contract', sessions: 'session', decisions: 'decision', audits: 'case-audit' };

function stripMeta(node) {
  if (Array.isArray(node)) return node.map(stripMeta);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) if (key !== '$schema') out[key] = stripMeta(value);
  return out;
}

const processors = {};
for (const kind of Object.values(FOLDER_KIND)) {
  const bundled = await $RefParser.bundle(path.join(root, 'schemas', `${kind}.schema.json`));
  processors[kind] = remark()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkLintFrontmatterSchema, {
      embed: stripMeta(bundled),
      ajvOptions: { formats: { duration: true, 'iana-time-zone': true } },
    })
    .freeze();
}

const recordsDir = path.join(path.resolve(dir), 'records');
const all = markdownFiles(recordsDir);
const started = performance.now();
let files = 0;
let messages = 0;
let filesWithMessages = 0;
const samples = [];
for (const file of all) {
  if (maxSeconds > 0 && performance.now() - started > maxSeconds * 1000) break;
  const kind = FOLDER_KIND[path.relative(recordsDir, file).split(path.sep)[0]];
  if (!kind) continue;
  files += 1;
  const result = await processors[kind].process(new VFile({ path: file, value: readFileSync(file, 'utf8') }));
  if (result.messages.length > 0) {
    filesWithMessages += 1;
    messages += result.messages.length;
    if (samples.length < 3) samples.push(`${path.relative(root, file)}: ${result.messages[0].reason}`);
  }
}
const loopSeconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ files: all.length, processed: files, loopSeconds, messages, filesWithMessages, samples }) + '\n');
