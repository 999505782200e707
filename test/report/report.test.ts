/**
 * `supv report`: the dashboard's figures are lint's figures. The example
 * records of Larkfield Primary School (fictional) are judged on 2027-01-15,
 * seven weeks after the example year ends, so sessions are overdue; one
 * session is added unsigned, so a signature is overdue too.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/render/find-chromium.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { pdfText, skipReason, unwrapped } from '../render/fixtures.js';

const reason = skipReason();
const AS_OF = '2027-01-15';

/** A copy of the example records, with one session of 2027-01-04 that nobody has signed. */
function exampleRepo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'supv-report-'));
  cpSync(path.join(REPO_ROOT, 'records'), path.join(root, 'records'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(root, 'supv.config.yaml'));
  const source = readFileSync(path.join(root, 'records/sessions/2026/2026-11-10-bronwen-castellane.md'), 'utf8');
  const unsigned = source
    .replace(/^id: .*$/m, 'id: 2027-01-04-bronwen-castellane')
    .replace(/^date: .*$/m, 'date: 2027-01-04')
    .replace(/^next_meeting: .*\n/m, '')
    .replace(/^actions_reviewed:\n(?:  .*\n)*/m, '')
    .replace(/^signatures:\n(?:  .*\n)*/m, '');
  mkdirSync(path.join(root, 'records/sessions/2027'), { recursive: true });
  writeFileSync(path.join(root, 'records/sessions/2027/2027-01-04-bronwen-castellane.md'), unsigned);
  return root;
}

interface LintFile {
  file: string;
  findings?: Array<{ rule: string; severity: string; message: string }>;
  messages?: Array<{ rule: string; severity: string; message: string }>;
}

describe.skipIf(reason)('supv report', () => {
  let root: string;
  let out: string;
  let lint: Array<{ rule: string; severity: string; file: string; message: string }>;
  let json: Record<string, unknown> & { summary: Record<string, number>; people: Array<{ id: string; inDate: boolean }>; months: Array<{ label: string; active: number; inDate: number }> };
  let html: string;
  let seconds: number;

  beforeAll(async () => {
    root = exampleRepo();
    out = path.join(root, 'dist', 'report');
    const started = performance.now();
    const report = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'report', '--out', out], root, new Date('2027-01-15T09:30:00Z'));
    seconds = (performance.now() - started) / 1000;
    expect(report.stderr).toBe('');
    expect(report.exitCode).toBe(0);
    const linted = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'lint', '--format', 'json', '--output', path.join(root, 'dist', 'lint.json')], root);
    expect([0, 1]).toContain(linted.exitCode);
    const files = JSON.parse(readFileSync(path.join(root, 'dist', 'lint.json'), 'utf8')) as LintFile[];
    lint = files.flatMap((file) => (file.findings ?? file.messages ?? []).map((finding) => ({ ...finding, file: file.file })));
    json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    html = readFileSync(path.join(out, 'report.html'), 'utf8');
  }, 120_000);

  it('writes the dashboard as HTML and PDF, and the figures as JSON and CSV, in a few seconds', () => {
    for (const name of ['report.html', 'report.pdf', 'report.json', 'report-people.csv', 'report-months.csv']) {
      expect(readFileSync(path.join(out, name)).length).toBeGreaterThan(100);
    }
    expect(seconds).toBeLessThan(30);
  });

  it('counts what lint finds: overdue sessions, overdue signatures, contract reviews and actions, in JSON and in the HTML', () => {
    const count = (rule: string, severity?: string) => lint.filter((finding) => finding.rule === rule && (!severity || finding.severity === severity)).length;
    const section = (id: string) => Number(new RegExp(`<section id="${id}" data-count="(\\d+)"`).exec(html)?.[1]);
    const rows = (rule: string) => (html.match(new RegExp(`<tr data-rule="${rule}"`, 'g')) ?? []).length;

    expect(count('session-overdue')).toBeGreaterThan(0);
    expect((json.overdueSessions as unknown[]).length).toBe(count('session-overdue'));
    expect(section('overdue-sessions')).toBe(count('session-overdue'));
    expect(rows('session-overdue')).toBe(count('session-overdue'));

    expect(count('unsigned', 'error')).toBeGreaterThan(0);
    expect((json.unsignedRecords as unknown[]).length).toBe(count('unsigned', 'error'));
    expect(section('unsigned-records')).toBe(count('unsigned', 'error'));

    expect((json.overdueActions as unknown[]).length).toBe(count('action-overdue'));
    expect(rows('action-overdue')).toBe(count('action-overdue'));
    expect((json.overdueContractReviews as unknown[]).length).toBe(count('contract-review-overdue'));
    expect((json.noSignedContract as unknown[]).length).toBe(count('no-contract'));
  });

  it('says how many are in date in the headline, as the JSON and the per-person rows do', () => {
    const overdue = new Set(lint.filter((finding) => finding.rule === 'session-overdue').map((finding) => path.basename(finding.file, '.md')));
    const inDate = json.people.filter((person) => person.inDate).length;
    expect(json.people.filter((person) => !person.inDate).map((person) => person.id).sort()).toEqual([...overdue].sort());
    expect(json.summary.inDate).toBe(inDate);
    expect(html).toContain(`${inDate} of ${json.people.length} staff in date for supervision today`);
    expect((html.match(/<tr data-person="[^"]+" data-in-date="true"/g) ?? []).length).toBe(inDate);
    // The last point of the monthly series is today, and agrees.
    expect(json.months.at(-1)).toMatchObject({ label: 'now', active: json.people.length, inDate });
    expect(json.months).toHaveLength(13);
  });

  it('is self-contained: no script, no external URL, the CSP of the record PDFs', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg class="chart share-chart"');
    expect(html).toContain('<svg class="chart timeline-chart"');
  });

  it('writes CSV per person and per month, and a PDF with the marking on every page', () => {
    const people = readFileSync(path.join(out, 'report-people.csv'), 'utf8').trim().split('\r\n');
    expect(people[0]).toMatch(/^staff_id,name,/);
    expect(people).toHaveLength(json.people.length + 1);
    const months = readFileSync(path.join(out, 'report-months.csv'), 'utf8').trim().split('\r\n');
    expect(months).toHaveLength(1 + 13 * (json.people.length + 1));
    const text = pdfText(path.join(out, 'report.pdf'));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page).toContain('OFFICIAL-SENSITIVE');
    expect(unwrapped(text)).toMatch(/\d+ of \d+ staff in date for supervision/);
  });

  it('lays out without horizontal overflow on a desktop and a phone, charts showing (screenshots in dist/report)', async () => {
    const browser = await puppeteer.launch({ executablePath: findChromium(process.env), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setViewport(viewport);
        await page.goto(`file://${path.join(out, 'report.html')}`, { waitUntil: 'load' });
        const layout = await page.evaluate(() => {
          const chart = document.querySelector('svg.share-chart')?.getBoundingClientRect();
          return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, chartWidth: chart?.width ?? 0, chartHeight: chart?.height ?? 0, timeline: Boolean(document.querySelector('svg.timeline-chart')) };
        });
        expect(layout.scrollWidth, name).toBeLessThanOrEqual(layout.clientWidth);
        expect(layout.chartWidth, name).toBeGreaterThan(300);
        expect(layout.chartHeight, name).toBeGreaterThan(80);
        expect(layout.timeline, name).toBe(true);
        await page.screenshot({ path: path.join(out, `dashboard-${name}.png`), fullPage: true });
        await page.close();
      }
      // Kept for a person to look at: SUPV_KEEP_SCREENSHOTS=DIR copies them out of the temporary repository.
      if (process.env.SUPV_KEEP_SCREENSHOTS) {
        mkdirSync(process.env.SUPV_KEEP_SCREENSHOTS, { recursive: true });
        for (const name of ['desktop', 'phone']) cpSync(path.join(out, `dashboard-${name}.png`), path.join(process.env.SUPV_KEEP_SCREENSHOTS, `dashboard-${name}.png`));
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
