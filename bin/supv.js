#!/usr/bin/env node
// The compiled CLI lives in lib/ (npm run compile; the set-up script does it).
// lib/packed/ is the same code packed into a few files (scripts/pack.mjs),
// which load in a fraction of the time; it is used only when it was made
// after lib/ was last compiled, so a `tsc` run alone never leaves an older
// pack in use.
import { statSync } from 'node:fs';

const packed = new URL('../lib/packed/bin.js', import.meta.url);
const compiled = new URL('../lib/cli/bin.js', import.meta.url);
let current = false;
try {
  current = statSync(packed).mtimeMs >= statSync(compiled).mtimeMs;
} catch {
  // No pack: lib/ as tsc wrote it.
}
await import(current ? packed.href : compiled.href);
