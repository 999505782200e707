#!/usr/bin/env node
// Raw Chromium: page.setContent + page.pdf on the same HTML supv renders, with
// one browser and a pool of N pages, for the benchmark's build part (build.mjs).
//
//   node scripts/bench/raw-chromium.mjs DIR --concurrency N
//
// The HTML comes from supv's own render module (lib/render/html.js:
// loadTemplates + recordDocument, with the same header, footer and margins
// from lib/render/pdf.js), so the browser does the same layout work as under
// `supv build`. When that module is missing, each record's Markdown body is
// rendered with markdown-it into a plain page instead (and the output says so).
// Nothing else: no request blocking, no metadata rewrite, no writing to disk.
//
// Prints one JSON line: pdfs, seconds (setContent+pdf loop only), launchSeconds,
// prepareSeconds, html ('supv' or 'markdown-it'), bytes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--concurrency');
const concurrency = Number(args[args.indexOf('--concurrency') + 1] ?? 1) || 1;
if (!dir) {
  process.stderr.write('usage: node scripts/bench/raw-chromium.mjs DIR --concurrency N\n');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;

/** The documents to print: [{ html, pdfOptions }]. */
async function prepare(repo) {
  const { loadRecords } = await import(lib('load/load.js'));
  const records = loadRecords(repo);
  const margin = { top: '24mm', bottom: '22mm', left: '16mm', right: '16mm' };
  const base = { format: 'A4', printBackground: true, preferCSSPageSize: false, tagged: false, outline: false, timeout: 60_000 };
  if (existsSync(path.join(root, 'lib', 'render', 'html.js')) && existsSync(path.join(root, 'lib', 'render', 'pdf.js'))) {
    try {
      const html = await import(lib('render/html.js'));
      const pdf = await import(lib('render/pdf.js'));
      const { loadConfig } = await import(lib('config/config.js'));
      const { config } = loadConfig(repo);
      const templates = html.loadTemplates(repo);
      const context = { config, records, commit: 'uncommitted' };
      const docs = records.files.filter((r) => r.valid).map((record) => {
        const doc = html.recordDocument(record, templates, context);
        return {
          html: doc.html,
          options: {
            ...base,
            displayHeaderFooter: true,
            headerTemplate: pdf.headerTemplate(doc),
            footerTemplate: pdf.footerTemplate(doc),
            margin: pdf.PAGE_MARGIN ?? margin,
          },
        };
      });
      return { docs, html: 'supv' };
    } catch (error) {
      process.stderr.write(`raw-chromium: supv's render module failed (${error.message}); using markdown-it\n`);
    }
  }
  const MarkdownIt = (await import('markdown-it')).default;
  const md = new MarkdownIt({ html: false });
  const docs = records.files.filter((r) => r.valid).map((record) => ({
    html: `<!doctype html><html><head><meta charset="utf-8"><title>${record.id}</title></head><body><h1>${record.id}</h1>${md.render(record.body)}</body></html>`,
    options: { ...base, margin },
  }));
  return { docs, html: 'markdown-it' };
}

function chromePath() {
  const { usualChromium } = createRequire(import.meta.url)('../../chromium-paths.cjs');
  const found = usualChromium();
  if (!found) throw new Error('no Chromium found (set SUPV_CHROME)');
  return found;
}

const t0 = performance.now();
const { docs, html } = await prepare(path.resolve(dir));
const t1 = performance.now();

const profile = mkdtempSync(path.join(os.tmpdir(), 'supv-bench-raw-'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  userDataDir: profile,
  args: [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let bytes = 0;
try {
  const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
  const t2 = performance.now();
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let i = next++; i < docs.length; i = next++) {
        await page.setContent(docs[i].html, { waitUntil: 'load' });
        const pdf = await page.pdf(docs[i].options);
        bytes += pdf.length;
      }
    }),
  );
  const t3 = performance.now();
  process.stdout.write(
    JSON.stringify({ pdfs: docs.length, seconds: (t3 - t2) / 1000, launchSeconds: (t2 - t1) / 1000, prepareSeconds: (t1 - t0) / 1000, html, bytes }) + '\n',
  );
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
