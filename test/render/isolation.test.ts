/**
 * A record cannot make the renderer fetch anything or read a file. A local
 * HTTP server counts every request it receives; a record full of ways to
 * reach it (and a local file) must cause none, and its raw HTML must print as
 * text. Each defence is also tested alone, with the others out of the way.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadRecords } from '../../src/load/load.js';
import { BrowserPool } from '../../src/render/chromium.js';
import { processAlive } from '../../src/util/process.js';
import { loadTemplates, recordDocument } from '../../src/render/html.js';
import { setIsolatedContent } from '../../src/render/isolate.js';
import { renderPdf } from '../../src/render/pdf.js';
import { makeRecordsRepo, pdfText, sessionText, skipReason, tempPdf } from './fixtures.js';

const reason = skipReason();

describe.skipIf(reason)(`rendering is isolated${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let pool: BrowserPool;
  let server: http.Server;
  let port = 0;
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': request.url?.endsWith('.css') ? 'text/css' : 'text/html' });
      response.end(request.url?.endsWith('.css') ? 'body { color: red }' : '<p>SERVED-BY-TEST-SERVER</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    pool = await BrowserPool.start({ concurrency: 1 });
  });
  afterAll(async () => {
    await pool?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const hostile = () => `Ordinary text before.

<img src=file:///etc/hostname>
<iframe src="file:///etc/hostname"></iframe>
<iframe src="http://127.0.0.1:${port}/frame"></iframe>
<style>@import url(http://127.0.0.1:${port}/import.css);</style>
<div style="background-image: url(http://127.0.0.1:${port}/bg.png)">styled</div>
<link rel=stylesheet href=http://127.0.0.1:${port}/>
<script>document.write('SCRIPT-RAN')</script>

![a picture](http://127.0.0.1:${port}/picture.png)
[a link](http://127.0.0.1:${port}/link) and <http://127.0.0.1:${port}/autolink>

Ordinary text after.
`;

  it('a record body full of fetches makes no request, reads no file and prints its HTML as text', async () => {
    requests.length = 0;
    const root = makeRecordsRepo({ files: { 'records/sessions/2025/2025-02-03-jo-bloggs.md': sessionText(hostile()) } });
    const records = loadRecords(root);
    const record = records.byId.get('2025-02-03-jo-bloggs')!;
    const document = recordDocument(record, loadTemplates(root), { config: loadConfig(root).config, records, commit: 'uncommitted' });
    const { pdf, blockedRequests } = await renderPdf(pool, document, '0.0.0-test');
    const text = pdfText(tempPdf(pdf)).replace(/\s+/g, ' ');

    expect(requests).toEqual([]);
    expect(blockedRequests).toBe(0); // markdown-it printed the HTML as text: nothing even tried
    expect(text).toContain('<img src=file:///etc/hostname>');
    expect(text).toContain(`<link rel=stylesheet href=http://127.0.0.1:${port}/>`);
    expect(text).toContain("<script>document.write('SCRIPT-RAN')</script>");
    expect(text).toContain('[image: a picture]');
    expect(text).toContain('a link and');
    expect(text).not.toContain('SERVED-BY-TEST-SERVER');
    // The file the page tried to load, where the system has one.
    const hostname = existsSync('/etc/hostname') ? readFileSync('/etc/hostname', 'utf8').trim() : '';
    if (hostname.length >= 6) expect(text).not.toContain(hostname);
  });

  it('the page itself refuses every request but data: (Markdown and CSP out of the way)', async () => {
    requests.length = 0;
    // No CSP and raw HTML: only JavaScript being off and request interception stand in the way.
    const html = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="http://127.0.0.1:${port}/linked.css">
      <style>@import url(http://127.0.0.1:${port}/import.css); .bg { background: url(http://127.0.0.1:${port}/bg.png) }</style>
      </head><body>
      <p class="bg">visible</p>
      <img src="http://127.0.0.1:${port}/img.png">
      <img src="file:///etc/hostname">
      <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
      <iframe src="http://127.0.0.1:${port}/frame"></iframe>
      <script>document.body.append('SCRIPT-RAN')</script>
      </body></html>`;
    // A fresh pool: a page that already showed a record keeps that document's policy across setContent.
    const own = await BrowserPool.start({ concurrency: 1 });
    const result = await own.withPage(async (page) => {
      const before = page.blocked();
      await page.page.setContent(html, { waitUntil: 'load', timeout: 20_000 });
      const pdf = await page.page.pdf({ format: 'A4' });
      return { blocked: page.blocked() - before, pdf };
    }).finally(() => own.close());
    expect(requests).toEqual([]);
    expect(result.blocked).toBeGreaterThanOrEqual(3);
    const text = pdfText(tempPdf(result.pdf));
    expect(text).toContain('visible');
    expect(text).not.toContain('SCRIPT-RAN');
    expect(text).not.toContain('SERVED-BY-TEST-SERVER');
  });

  it('the Content-Security-Policy is required and stops loads by itself', async () => {
    await expect(pool.withPage((page) => setIsolatedContent(page, '<p>no policy</p>', 5_000))).rejects.toThrow(/Content-Security-Policy/);
  });

  it('closing the pool leaves no Chromium behind', async () => {
    const own = await BrowserPool.start({ concurrency: 1 });
    const pid = own.browserPid!;
    expect(processAlive(pid)).toBe(true);
    await own.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processAlive(pid)).toBe(false);
  });

  it('a crashed browser is restarted and the job still done', async () => {
    const own = await BrowserPool.start({ concurrency: 1 });
    try {
      const first = own.browserPid!;
      process.kill(first, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const text = await own.withPage(async (page) => {
        await page.page.setContent('<p>after the crash</p>', { waitUntil: 'load' });
        return page.page.evaluate(() => document.body.textContent);
      });
      expect(text).toBe('after the crash');
      expect(own.stats.launches).toBe(2);
      expect(own.browserPid).not.toBe(first);
    } finally {
      await own.close();
    }
  });
});
