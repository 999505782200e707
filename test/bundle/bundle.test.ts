/**
 * `supv bundle`: one PDF an inspector can follow. Checked on the real PDF:
 * the outline (read back with pdf-lib) lists every record; the contents' page
 * numbers are where each record really starts (pdftotext, page by page); and
 * with --redact no child's name or date of birth is left anywhere.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline, type OutlineNode } from '../../src/bundle/outline.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { decisionText, makeRecordsRepo, pdfText, sessionText, signText, skipReason, unwrapped, pageCount, pageText } from '../render/fixtures.js';

const reason = skipReason();

/** Lower case, wherever lines wrapped: a name broken over two lines is still found. */
function squash(text: string): string {
  return unwrapped(text).toLowerCase();
}

describe.skipIf(reason)('supv bundle of the example records (two people)', () => {
  const STAFF = ['kezia-ambleforth', 'rowan-pettigrew'];
  let root: string;
  let file: string;
  let outline: OutlineNode[];
  let seconds: number;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'supv-bundle-'));
    cpSync(path.join(REPO_ROOT, 'records'), path.join(root, 'records'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(root, 'supv.config.yaml'));
    file = path.join(root, 'out', 'inspection.pdf');
    const started = performance.now();
    const run = await runInProcess(['--cwd', root, '--as-of', '2026-11-23', 'bundle', '--out', file, '--staff', ...STAFF], root);
    seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    outline = readOutline(await PDFDocument.load(readFileSync(file)));
  }, 180_000);

  it('has a bookmark per person and, under each, one per record: every record of theirs', () => {
    expect(seconds).toBeLessThan(120);
    expect(outline.slice(0, 3).map((node) => node.title)).toEqual(['Cover', 'Compliance summary', 'Contents']);
    const people = outline.slice(3);
    expect(people.map((node) => node.title)).toEqual(['Kezia Ambleforth', 'Rowan Pettigrew']);
    for (const [i, id] of STAFF.entries()) {
      const titles = people[i]!.children!.map((child) => child.title);
      // Their profile, every contract, every session they were supervised in, every decision from their sessions.
      // (attendees written as a flow list, or one a line when someone from another agency attended; audits of their case files by `worker`)
      const expected = spawnSync('grep', ['-rlE', `^(supervisee: ${id}|id: ${id}|worker: ${id}|  - ${id})$|^attendees: .*\\b${id}\\b`, path.join(root, 'records')], { encoding: 'utf8' }).stdout
        .trim().split('\n').map((p) => path.basename(p, '.md'));
      for (const record of expected) expect(titles.some((title) => title.endsWith(`(${record})`)), record).toBe(true);
      expect(titles).toHaveLength(new Set(expected).size);
    }
    // poppler reads the same outline (an independent reader): one item per bookmark.
    const xml = spawnSync('pdftohtml', ['-xml', '-stdout', '-i', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).stdout;
    const bookmarks = 3 + people.length + people.reduce((sum, node) => sum + node.children!.length, 0);
    expect((xml.match(/<item /g) ?? []).length).toBe(bookmarks);
  });

  it('prints page numbers in the contents where each record really starts', () => {
    const pages = pageCount(file);
    // In order of appearance: a group session is filed under each attendee, so an id may be listed twice.
    const listed: Array<[string, number]> = [];
    // The contents run from their bookmark to the first person's.
    for (let page = outline[2]!.page + 1; page <= outline[3]!.page; page++) {
      const text = pageText(file, page, true);
      for (const match of text.matchAll(/\s([a-z0-9][a-z0-9-]{2,79})\s+(\d+)\s*$/gm)) listed.push([match[1]!, Number(match[2])]);
    }
    const records = outline.slice(3).flatMap((node) => node.children!);
    expect(listed.map(([id]) => id)).toEqual(records.map((child) => /\(([^)]+)\)$/.exec(child.title)![1]));
    for (const [i, child] of records.entries()) {
      const [id, page] = listed[i]!;
      expect(page, id).toBe(child.page + 1);
      // The record's own header on that page, and its own "Page 1 of N" footer: it starts there.
      const text = unwrapped(pageText(file, page));
      expect(text, id).toContain(unwrapped(`Record ${id}`));
      expect(text, id).toMatch(/Page 1 of \d+/);
      expect(text, id).toContain(unwrapped(`inspection bundle page ${page} of ${pages}`));
    }
  });

  it('keeps the marking on every page, the cover says the period and the commit', () => {
    const pages = pageCount(file);
    for (let page = 1; page <= pages; page++) expect(unwrapped(pageText(file, page)), `page ${page}`).toContain(unwrapped('OFFICIAL-SENSITIVE'));
    const cover = unwrapped(pageText(file, 1));
    expect(cover).toContain(unwrapped('Larkfield Primary School'));
    expect(cover).toContain(unwrapped('Supervision records: inspection bundle'));
    expect(cover).toMatch(/Period \d+ \w+ \d{4} to 23 November 2026/);
    expect(cover).toContain('Generated');
  });
});

describe.skipIf(reason)('supv bundle --redact and --case', () => {
  const CHILD = 'Tamsin Featherstonehaugh';
  const DOB = '2016-04-01';
  let root: string;

  beforeAll(() => {
    const decision = decisionText().replace('child: { name: A. Child, dob: 2016-04-01 }', `child: { name: ${CHILD}, dob: ${DOB} }`)
      .replace('Brief history:', `Brief history: ${CHILD} (born 1 April 2016, 01/04/2016) lives with her grandmother; Tamsin says school is "fine".`);
    const body = `## Summary of events\n\nDiscussed Tamsin\nFeatherstonehaugh, date of birth ${DOB}: the Featherstonehaugh family moved.\n`;
    root = makeRecordsRepo({
      files: {
        'records/decisions/dec-2025-02-03-fam-0042.md': signText(decision, [{ by: 'sam-lee', role: 'supervisor' }]),
        'records/sessions/2025/2025-02-03-jo-bloggs.md': signText(sessionText(body), [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]),
      },
    });
  });

  it('without --redact the name is there (the test would see it)', async () => {
    const file = path.join(root, 'plain.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'bundle', '--out', file], root);
    expect(run.stderr).toBe('');
    expect(squash(pdfText(file))).toContain(squash(CHILD));
  }, 120_000);

  it('with --redact leaves no name, part of a name or date of birth, and shows the case reference instead', async () => {
    const file = path.join(root, 'redacted.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'bundle', '--out', file, '--redact'], root);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const text = squash(pdfText(file));
    for (const hidden of [CHILD, 'Tamsin', 'Featherstonehaugh', DOB, '1 April 2016', '01/04/2016']) expect(text, hidden).not.toContain(squash(hidden));
    expect(text).toContain(squash('[FAM-0042]'));
    // The signatures still speak for the real record: redaction is of the print, not of the record.
    expect(text).toContain(squash('Signed without a personal key; the record is unchanged since.'));
    // No signature of these records is not valid: no banner says so.
    expect(unwrapped(pdfText(file))).not.toContain(unwrapped('SIGNATURE NOT VALID'));
  }, 120_000);

  it('--case gives the chronology of one child: its decision record and the session that discussed it', async () => {
    const file = path.join(root, 'case.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'bundle', '--out', file, '--case', 'FAM-0042', '--redact'], root);
    expect(run.stderr).toBe('');
    const outline = readOutline(await PDFDocument.load(readFileSync(file)));
    expect(outline[3]!.title).toBe('Case FAM-0042: chronology');
    expect(outline[3]!.children!.map((child) => /\(([^)]+)\)$/.exec(child.title)![1])).toEqual(['2025-02-03-jo-bloggs', 'dec-2025-02-03-fam-0042']);
    const text = squash(pdfText(file));
    expect(text).toContain(squash('Chronology of case FAM-0042'));
    expect(text).not.toContain('featherstonehaugh');
    const none = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'bundle', '--out', file, '--case', 'FAM-9999'], root);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('no session, decision record or case file audit is about case FAM-9999');
  }, 120_000);
});
