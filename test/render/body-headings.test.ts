/**
 * Record PDFs leave out the headings a template left empty (Wellbeing,
 * Development, Any other business) and print "Part A" and "Part B" once, as
 * the record form has them (SPEC §11.6).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/render/html.js';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { TEAM } from '../helpers/records.js';
import { pdfText, skipReason } from './fixtures.js';

describe('the body of a record: empty headings left out', () => {
  it('drops a heading with nothing under it, keeps one with text or with a filled sub-heading', () => {
    const html = bodyHtml('## Summary of events\n\nWe met.\n\n## Part B: wellbeing, development and team issues\n\n### Wellbeing\n\nTired after a hard month.\n\n### Development\n\n### Team issues\n\n## Actions\n\n## Any other business\n');
    expect(html).toBe('<h2>Summary of events</h2>\n<p>We met.</p>\n<h2>Wellbeing, development and team issues</h2>\n<h3>Wellbeing</h3>\n<p>Tired after a hard month.</p>\n');
  });

  it('a body of empty headings is no body at all', () => {
    expect(bodyHtml('## Wellbeing\n\n### Development\n\n## Any other business\n')).toBe('');
  });

  it('keeps a heading followed by a list, a table or a quote', () => {
    expect(bodyHtml('## Actions\n\n- Ring the school\n')).toContain('<h2>Actions</h2>');
    expect(bodyHtml('## Reflections\n\n> Quoted\n')).toContain('<h2>Reflections</h2>');
  });
});

describe.skipIf(skipReason())('a session made by supv new, built to PDF', () => {
  it('prints Part A and Part B once each, and no empty template heading', async () => {
    const root = makeRepo(Object.fromEntries(TEAM.map((file) => [file.file, file.text])));
    const made = await runInProcess(['--as-of', '2026-11-02', 'new', 'session', '--supervisee', 'jo-bloggs'], root);
    expect(made.exitCode).toBe(0);
    const file = path.join(root, 'records/sessions/2026/2026-11-02-jo-bloggs.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('### Wellbeing');
    expect(text).toContain('## Any other business');
    writeFileSync(file, text.replace('## Summary of events\n', '## Summary of events\n\nTalked through the week.\n'));
    const built = await runInProcess(['--as-of', '2026-11-02', 'build', 'records/sessions', '--out', 'dist'], root);
    expect(built.stderr).toBe('');
    const pdf = pdfText(path.join(root, 'dist/pdf/session/2026-11-02-jo-bloggs.pdf'));
    expect(pdf).toContain('Talked through the week.');
    // The form has its own Part A and Part B (per case, when cases are discussed); the body's template headings add none.
    expect((pdf.match(/Part A/g) ?? []).length).toBeLessThanOrEqual(1);
    expect((pdf.match(/Part B/g) ?? []).length).toBeLessThanOrEqual(1);
    for (const empty of ['Wellbeing', 'Development', 'Team issues', 'Any other business']) expect(pdf).not.toContain(empty);
  }, 60_000);
});
