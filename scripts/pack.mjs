#!/usr/bin/env node
// supv's own compiled code (lib/, from `tsc`) packed into a few files in
// lib/packed/, which bin/supv.js loads when they were made after lib/ was
// compiled. Node loads about 130 small ES modules one by one (each resolved,
// read, compiled and linked): at the start of every command, about a fifth of
// a cached lint of 10,000 records. Packed, they load in about half the time:
// the CLI's code is a handful of files; what a command loads only when it needs it
// (`build`'s renderer, `bundle`, `audit`) stays in files of its own, and the
// packages in node_modules are loaded as they are, not copied in. The worker
// threads (lib/cache/scan-worker.js, lib/load/worker.js) run from lib/.
//
//   node scripts/pack.mjs        (npm run compile runs it after tsc)
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'lib', 'packed');
// Made beside it and renamed into place, so that a run never sees half a pack; the files' names carry hashes, so a
// pack made afresh leaves no file of the last behind.
const making = path.join(root, 'lib', `.packed-${process.pid}`);
rmSync(making, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'lib', 'cli', 'bin.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Same depth as lib/cli/, so that paths made from import.meta.url ('../../', src/util/package-files.ts) still name the package.
  outdir: making,
  packages: 'external',
  logLevel: 'error',
});
rmSync(target, { recursive: true, force: true });
renameSync(making, target);
