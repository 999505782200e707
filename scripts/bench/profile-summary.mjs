#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): the functions with the
// most self time, and the most inclusive time, as a share of all samples.
//
//   node scripts/bench/profile-summary.mjs FILE.cpuprofile [TOP]
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;

const label = (node) => {
  const f = node.callFrame;
  const where = f.url ? `${f.url.replace(/^file:\/\//, '').split('/node_modules/').pop().replace(process.cwd() + path.sep, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const self = new Map();
const inclusive = new Map();
for (const [id, count] of hits) {
  const node = byId.get(id);
  const key = label(node);
  self.set(key, (self.get(key) ?? 0) + count);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = label(byId.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + count);
  }
}
const show = (title, map) => {
  process.stdout.write(`${title}\n`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`  ${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}\n`);
  }
};
show('self time', self);
show('inclusive time', inclusive);
