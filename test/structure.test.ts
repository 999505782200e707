import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout the restructure set up, held: the data's way in the folder names,
// no import cycle (type imports included: a cycle of types is still a tangle a
// newcomer must untie), and record types given once, where records are indexed.

const src = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = sourceFiles();
const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

/** The src files a file imports (static, dynamic and `import('…')` types), by absolute path. */
function importsOf(file: string): string[] {
  const found = new Set<string>();
  for (const match of text.get(file)!.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)) {
    const target = path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '.ts');
    if (text.has(target)) found.add(target);
  }
  return [...found];
}

describe('the tree', () => {
  it('has a folder for each stage of the data\'s way', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    for (const stage of ['load', 'parse', 'validate', 'policy', 'check', 'sign', 'verify', 'render', 'bundle', 'report', 'audit', 'watch', 'author', 'git', 'format', 'cli']) {
      expect(folders).toContain(stage);
    }
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(src, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file)!) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('casts nothing to a record type: records are typed once, where they are indexed (model.ts)', () => {
    const recordTypes = 'Session|Staff|Contract|Decision|SessionRecord|StaffRecord|ContractRecord|DecisionRecord|ValidRecord';
    const cast = new RegExp(`\\bas (?:unknown as )?(?:${recordTypes})\\b(?!\\w)`);
    const offenders = files
      .filter((file) => !file.endsWith('.generated.ts') && !file.endsWith(`${path.sep}model.ts`))
      .flatMap((file) => text.get(file)!.split('\n').map((line, index) => [file, index, line] as const))
      .filter(([, , line]) => cast.test(line))
      .map(([file, index]) => `${path.relative(src, file)}:${index + 1}`);
    expect(offenders).toEqual([]);
  });

  it('lets every folder say what it owns in an opening comment', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const silent = folders.filter((folder) => !files.some((file) => path.dirname(file) === path.join(src, folder) && text.get(file)!.startsWith('/**')));
    expect(silent).toEqual([]);
  });
});
