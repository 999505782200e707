#!/usr/bin/env node
// The floor for `supv lint`: the least any frontmatter linter must do.
//
//   node scripts/bench/floor.mjs DIR
//
// Finds the same files supv reads (every *.md under DIR/records/, walked the
// same way), reads each one, decodes it as UTF-8, cuts out the frontmatter
// between the `---` fences and parses it with js-yaml's CORE_SCHEMA. No
// validation, no rules, no report. Prints one JSON line: files and mappings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { markdownFiles } from './walk.mjs';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/bench/floor.mjs DIR\n');
  process.exit(2);
}

const decoder = new TextDecoder('utf-8', { fatal: true });
let files = 0;
let mappings = 0;
for (const file of markdownFiles(path.join(dir, 'records'))) {
  files += 1;
  const text = decoder.decode(readFileSync(file));
  if (!text.startsWith('---')) continue;
  const start = text.indexOf('\n') + 1;
  const end = text.indexOf('\n---', start - 1);
  if (end === -1) continue;
  try {
    const data = jsYaml.load(text.slice(start, end), { schema: jsYaml.CORE_SCHEMA });
    if (data && typeof data === 'object') mappings += 1;
  } catch {
    // A broken record is still read; the floor does not report.
  }
}
process.stdout.write(JSON.stringify({ files, mappings }) + '\n');
