import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverRecords } from '../../src/load/discover.js';
import { parseRecordText } from '../../src/parse/frontmatter.js';
import { PositionIndex } from '../../src/parse/positions.js';
import { generateFixtures } from '../../scripts/examples/generate-fixtures.mjs';
import { REPO_ROOT } from '../helpers/cli.js';

/** Every JSON pointer into a value, parents before children. */
function pointersOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
  return keys.flatMap((key) => {
    const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return [pointer, ...pointersOf((value as Record<string, unknown>)[key], pointer)];
  });
}

/** The line reader must agree with the `yaml` package wherever it answers. */
function compare(texts: Array<{ file: string; text: string }>): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const { file, text } of texts) {
    const parsed = parseRecordText(text);
    if (!parsed.data) continue;
    const index = new PositionIndex(parsed.frontmatter);
    for (const pointer of pointersOf(parsed.data)) {
      for (const target of ['key', 'value'] as const) {
        total += 1;
        const fast = index.locate({ pointer, target });
        const exact = index.locateByParsing({ pointer, target });
        expect(fast, `${file} ${pointer} (${target})`).toEqual(exact);
        answered += 1;
      }
    }
  }
  return { answered, total };
}

describe('finding positions without parsing', () => {
  it('agrees with the yaml package on every pointer of the example records', () => {
    const texts = discoverRecords(REPO_ROOT).map(({ file, absPath }) => ({ file, text: readFileSync(absPath, 'utf8') }));
    expect(texts.length).toBeGreaterThan(100);
    compare(texts);
  });

  it('agrees on every pointer of generated records', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-locate-'));
    await generateFixtures(400, dir, { seed: 7 });
    const texts = discoverRecords(dir).map(({ file, absPath }) => ({ file, text: readFileSync(absPath, 'utf8') }));
    compare(texts);
  });

  it('agrees on hand-written shapes: comments, quoting, flow lists and maps, block scalars, nested items', () => {
    const text = [
      '---',
      '# leading comment',
      'kind: session   # trailing comment',
      '"id": \'2025-02-03-jo\'',
      'functions: [ accountability,  "development", support ]',
      'attendees:',
      '- ali-khan',
      '-   jo-bloggs',
      'cases:',
      '  # a comment before the first item',
      '  - ref: FAM-1',
      '    status: CP',
      '  -',
      '    ref: FAM-2',
      '    status: none',
      'actions:',
      '  - { id: A1, text: "Call, then write", owner: jo-bloggs, due: 2025-02-17 }',
      'note: |',
      '  A block of text',
      '  over two lines',
      'child: {name: A. Child, dob: 2016-04-01}',
      'empty_list: []',
      '---',
      '',
    ].join('\n');
    compare([{ file: 'shapes.md', text }]);
  });
});
