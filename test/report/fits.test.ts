/**
 * The dashboard and the bundle's summary fit the page (SPEC §11.6): every
 * column header of every table is read back from the PDF with pdftotext,
 * inside the page; figures never break mid-value; the HTML dashboard's
 * tables fit a 1100 px window; and the summaries say what the figures mean
 * in words an inspector reads without knowing supv.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/render/find-chromium.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { pdfText, skipReason } from '../render/fixtures.js';

const reason = skipReason();
/** Seven weeks after the example year ends: people are overdue, so the status column holds its longest text. */
const AS_OF = '2027-01-15';

interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  pageWidth: number;
}

/** Every word of a PDF with its box, as `pdftotext -bbox` reads it. */
function pdfWords(file: string, first?: number, last?: number): PdfWord[] {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const result = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of result.stdout.split('\n')) {
    const pageMatch = /<page width="([\d.]+)"/.exec(line);
    if (pageMatch) {
      page++;
      pageWidth = Number(pageMatch[1]);
      continue;
    }
    const word = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (word) words.push({ page, text: decode(word[3]!), xMin: Number(word[1]), xMax: Number(word[2]), pageWidth });
  }
  return words;
}

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

/** The column headers of every table in an HTML document, as text. */
function headers(html: string): string[] {
  return [...html.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((match) => decode(match[1]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Each word of each header is printed, whole, inside the page (not clipped off its right edge). */
function expectHeadersInside(words: PdfWord[], wanted: string[]): void {
  expect(wanted.length).toBeGreaterThan(0);
  for (const header of wanted) {
    for (const part of header.split(' ')) {
      const found = words.filter((word) => word.text === part);
      expect(found.length, `"${part}" of the header "${header}"`).toBeGreaterThan(0);
      expect(found.some((word) => word.xMin >= 0 && word.xMax <= word.pageWidth - 20), `"${part}" of "${header}" inside the page`).toBe(true);
    }
  }
}

function exampleRepo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'supv-fits-'));
  cpSync(path.join(REPO_ROOT, 'records'), path.join(root, 'records'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(root, 'supv.config.yaml'));
  return root;
}

describe.skipIf(reason)('the dashboard fits A4 portrait and a 1100 px window', () => {
  let out: string;
  let html: string;

  beforeAll(async () => {
    const root = exampleRepo();
    out = path.join(root, 'dist', 'report');
    const report = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'report', '--out', out], root, new Date('2027-01-15T09:30:00Z'));
    expect(report.stderr).toBe('');
    html = readFileSync(path.join(out, 'report.html'), 'utf8');
  }, 120_000);

  it('prints every column header of every table inside an A4 portrait page', () => {
    const file = path.join(out, 'report.pdf');
    const size = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    expect(size).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const wanted = headers(html);
    expect(wanted).toEqual(expect.arrayContaining(['Held / due (12 months)', 'Longest gap', 'Unsigned', 'Overdue actions', 'Contract (review by)', 'Where']));
    expectHeadersInside(pdfWords(file), wanted);
  });

  it('never breaks a figure from its unit or a date in two', () => {
    const text = pdfText(path.join(out, 'report.pdf'));
    const overdue = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).people.filter((person: { inDate: boolean }) => !person.inDate).length;
    expect(overdue).toBeGreaterThan(0);
    expect(text.match(/Overdue \d+ days?/g)?.length).toBeGreaterThanOrEqual(overdue);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\n/);
    expect(text).not.toMatch(/\b\d+\n(days?|d)\b/);
  });

  it('explains its figures in a sentence, without naming supv commands', () => {
    const text = pdfText(path.join(out, 'report.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Worked out from the supervision records as they stand on 15 January 2027');
    expect(text).toContain('a person is in date when their last supervision session was held within the interval the policy sets for them');
    expect(text).not.toMatch(/supv lint|Every figure is what/);
    // The children's cases say what is counted in words, not by the configuration's key names.
    expect(text).toContain('cases must be discussed in supervision, and their files audited, as often as the supervision policy sets');
    expect(text).not.toMatch(/case_review|case_audit|`/);
  });

  it('has no table wider than its place in a 1100 px window', async () => {
    const browser = await puppeteer.launch({ executablePath: findChromium(process.env), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1100, height: 900 });
      await page.goto(`file://${path.join(out, 'report.html')}`, { waitUntil: 'load' });
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('table')].map((table) => ({
          id: table.id || table.closest('section')?.id || '',
          scrollWidth: table.scrollWidth,
          room: (table.parentElement as HTMLElement).clientWidth,
          right: table.getBoundingClientRect().right,
        })),
      );
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(tables.length).toBeGreaterThan(1);
      for (const table of tables) {
        expect(table.scrollWidth, table.id).toBeLessThanOrEqual(table.room);
        expect(table.right, table.id).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: path.join(out, 'dashboard-1100.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe.skipIf(reason)("the bundle's summary fits and explains itself", () => {
  it('prints every column header inside the page, figures whole, with a sentence saying how to read it', async () => {
    const root = exampleRepo();
    const out = path.join(root, 'dist', 'bundle.pdf');
    const result = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'bundle', '--staff', 'rowan-pettigrew', '--out', out], root, new Date('2027-01-15T09:30:00Z'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/, 1 person\n$/);
    const pages = pdfText(out).split('\f');
    const summaryPage = pages.findIndex((page) => page.includes('Compliance summary')) + 1;
    expect(summaryPage).toBeGreaterThan(0);
    const { summaryHtml } = await import('../../src/bundle/front-matter.js');
    const { compliance } = await import('../../src/report/compliance.js');
    const { loadRecords } = await import('../../src/load/load.js');
    const { loadConfig } = await import('../../src/config/config.js');
    const data = await compliance(loadRecords(root), { config: loadConfig(root).config, asOf: AS_OF, staff: ['rowan-pettigrew'] });
    const wanted = headers(summaryHtml(data));
    expect(wanted).toEqual(['Person', 'Held / due', 'Longest gap', 'Supervision', 'Unsigned records', 'Overdue actions', 'Contract review']);
    expectHeadersInside(pdfWords(out, summaryPage), wanted);
    const summary = pages[summaryPage - 1]!;
    expect(summary).toMatch(/Overdue \d+ days/);
    expect(summary).toMatch(/review by \d{4}-\d{2}-\d{2}/);
    expect(summary.replace(/\s+/g, ' ')).toContain('How to read this table: a person is in date when their last supervision session was held within the interval the supervision policy sets for them.');
    expect(summary).not.toMatch(/supv lint|Every figure is what/);
  }, 120_000);
});
