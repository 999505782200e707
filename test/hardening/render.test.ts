/**
 * Hardening, rendering (cases 3, 14-18 of the issue): hostile record content
 * built into real PDFs by `supv build` in real Chromium, read back with
 * pdftotext. Nothing is fetched (a 127.0.0.1 server counts requests), nothing
 * runs, markup and template syntax print as the text that was written, and
 * nothing is silently cut. One repository and one build carry most cases, so
 * Chromium starts once.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, MARKER, STACK, expectNothingRan, makeRepo, runWithEnv, snapshotTree } from './helpers.js';

const reason = !CHROMIUM && !process.env.SUPV_CHROME ? 'Chromium is not installed' : spawnSync('which', ['pdftotext']).status !== 0 ? 'pdftotext is not installed' : undefined;

export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** pdftotext breaks lines and may decompose marks: compare text with white space squeezed, NFC. */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
/** Without any white space, for text Chromium wraps at arbitrary points. */
const solid = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

const staff = (id: string, name: string) =>
  `---\nkind: staff\nid: ${id}\nname: ${JSON.stringify(name)}\nrole: Family Support Worker\ntier: general\nstarted: 2020-09-01\nsupervisors:\n  - id: sam-lee\n    from: 2020-09-01\nsupervision_training: 2021-03-10\n---\nStaff notes.\n`;

const session = (id: string, supervisee: string, body: string, extra = '') =>
  `---\nkind: session\nid: ${id}\ndate: 2025-02-03\ntype: one-to-one\nsupervisor: sam-lee\nsupervisee: ${supervisee}\nduration_minutes: 60\nfunctions: [accountability, development, support]\n${extra}---\n${body}\n`;

/** Names that must come back from the PDF exactly as written. */
const MARKUP_NAME = `Robin <b>Ash</b> & "Sons" O'Neil <img src=x onerror=alert(1)>`;
const RTL_NAME = 'ليلى حداد';
const HEBREW_NAME = 'נועה כהן';
const COMBINING_NAME = 'Zoe\u0308 Nguye\u0302\u0303n'; // Zoë Nguyễn, decomposed
const LONG_NAME = `Robin${'x'.repeat(4_990)}Endname`;
const HANDLEBARS = "{{lookup this 'constructor'}} {{#with \"a\"}}{{this}}{{/with}} {{{raw}}} {{> body}}";
const ROWS = 10_000;

describe.skipIf(reason)(`hardening: rendering${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let server: http.Server;
  let port = 0;
  const requests: string[] = [];
  let root = '';
  let build: { exitCode: number; stdout: string; stderr: string };
  let before: string[] = [];
  const env = { SUPV_CHROME: process.env.SUPV_CHROME ?? CHROMIUM };
  const text = (id: string, kind = 'session') => pdfText(path.join(root, 'dist/pdf', kind, `${id}.pdf`));

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'text/css' });
      response.end('body { background: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}`;
    const hostileBody = [
      'Before the hostile part.',
      `<script>require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran'); document.body.append('SCRIPT' + '-RAN')</script>`,
      `<img src="${url}/img.png" onerror="fetch('${url}/onerror')">`,
      `<iframe src="${url}/frame"></iframe> <iframe src="file:///etc/passwd"></iframe>`,
      `<link rel="stylesheet" href="${url}/link.css"> <link rel="import" href="file:///etc/passwd">`,
      `<style>@import url("${url}/import.css"); @import url("file:///etc/passwd"); body { background: url(${url}/bg.png) }</style>`,
      `<div style="background-image: url('${url}/inline.png'); content: url(file:///etc/passwd)">styled</div>`,
      `<object data="${url}/object"></object> <embed src="${url}/embed"> <video poster="${url}/poster.png"></video>`,
      `<meta http-equiv="refresh" content="0; url=${url}/refresh">`,
      `<svg><image href="${url}/svg.png"/></svg> <a href="javascript:fetch('${url}/js')">click</a>`,
      `![picture](${url}/md.png) [link](${url}/md-link) <${url}/autolink>`,
      '',
      `Handlebars in the body: ${HANDLEBARS}`,
      '',
      'After the hostile part.',
    ].join('\n\n');
    const table = ['| row | note |', '|---|---|', ...Array.from({ length: ROWS }, (_, i) => `| row-${i + 1} | note ${i + 1} |`)].join('\n');
    root = makeRepo({
      'supv.config.yaml': `organisation: "Larkfield <i>Family</i> Centre & {{organisation}}"\nmarking: OFFICIAL-SENSITIVE\ntimezone: Europe/London\n`,
      'records/staff/sam-lee.md': staff('sam-lee', 'Sam Lee'),
      'records/staff/robin-ash.md': staff('robin-ash', MARKUP_NAME),
      'records/staff/layla-haddad.md': staff('layla-haddad', RTL_NAME),
      'records/staff/noa-cohen.md': staff('noa-cohen', HEBREW_NAME),
      'records/staff/zoe-nguyen.md': staff('zoe-nguyen', COMBINING_NAME),
      'records/staff/long-name.md': staff('long-name', LONG_NAME),
      'records/staff/hb-name.md': staff('hb-name', HANDLEBARS),
      'records/sessions/2025/2025-02-03-robin-ash.md': session('2025-02-03-robin-ash', 'robin-ash', hostileBody, `cases:\n  - ref: FAM-0042\n    status: CP\n    note: ${JSON.stringify(`${HANDLEBARS} <b>bold</b> & ${url}/case`)}\n`),
      'records/sessions/2025/2025-02-03-layla-haddad.md': session('2025-02-03-layla-haddad', 'layla-haddad', `Notes in Arabic: ${RTL_NAME}.`),
      'records/sessions/2025/2025-02-03-hb-name.md': session('2025-02-03-hb-name', 'hb-name', table),
    });
    before = snapshotTree(root).filter((entry) => !entry.startsWith('dist'));
    build = await runWithEnv(['build', '--out', 'dist', '--concurrency', '2'], root, env);
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('builds every record, writes only into dist/, prints no stack', () => {
    expect(build.stderr).not.toMatch(STACK);
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/^built 10, unchanged 0, failed 0/);
    expect(snapshotTree(root).filter((entry) => !entry.startsWith('dist'))).toEqual(before);
    expect(readdirSync(path.join(root, 'dist')).sort()).toEqual(['manifest.json', 'pdf']);
  });

  it('14. script, onerror, iframes, link, CSS url() and @import: zero requests, nothing ran, markup printed as text', () => {
    expect(requests).toEqual([]);
    expectNothingRan();
    const pdf = flat(text('2025-02-03-robin-ash'));
    expect(pdf).toContain('Before the hostile part.');
    expect(pdf).toContain('After the hostile part.');
    expect(pdf).toContain('<script>');
    expect(pdf).toContain(`@import url("http://127.0.0.1:${port}/import.css")`);
    // The script's own text is printed (it is markup shown as text); had it run, the page would also say SCRIPT-RAN.
    expect(pdf).not.toContain('SCRIPT-RAN');
    expect(pdf).not.toMatch(/root:x:0:0/); // /etc/passwd was not inlined
  });

  it('15. Handlebars syntax in field values, the body and the config prints literally', () => {
    const pdf = flat(text('2025-02-03-robin-ash'));
    expect(pdf).toContain("{{lookup this 'constructor'}}");
    expect(pdf).toContain('{{{raw}}}');
    expect(pdf).toContain('{{> body}}');
    expect(pdf).toContain('Larkfield <i>Family</i> Centre & {{organisation}}');
    expect(flat(text('hb-name', 'staff'))).toContain(flat(HANDLEBARS));
  });

  it('16. <b>, & and quotes in names are escaped: pdftotext gives back what was written', () => {
    expect(flat(text('robin-ash', 'staff'))).toContain(MARKUP_NAME);
    expect(flat(text('2025-02-03-robin-ash'))).toContain(MARKUP_NAME);
    expect(flat(text('2025-02-03-robin-ash'))).toContain('<b>bold</b> &');
  });

  it('17. right-to-left and combining-mark names come back as written', () => {
    expect(flat(text('layla-haddad', 'staff'))).toContain(RTL_NAME);
    expect(flat(text('2025-02-03-layla-haddad'))).toContain(RTL_NAME);
    expect(flat(text('noa-cohen', 'staff'))).toContain(HEBREW_NAME);
    expect(flat(text('zoe-nguyen', 'staff'))).toContain(COMBINING_NAME.normalize('NFC'));
  });

  it('18. a 5,000-character unbroken name is printed whole', () => {
    // The name wraps and runs over a page break, where the page's header and footer interleave: count its letters.
    const pdf = solid(text('long-name', 'staff'));
    const whole = [...pdf.matchAll(/Robin([^]*?)Endname/g)].map((match) => match[1]!.replace(/[^x]/g, '').length);
    expect(whole.length).toBeGreaterThan(0);
    for (const count of whole) expect(count).toBe(4_990);
  });

  it('18. a 10,000-row Markdown table finishes and nothing is cut: the last row is there', () => {
    // The watermark interleaves with cells in pdftotext's reading order, so rows are counted, not read in sequence.
    const pdf = flat(text('2025-02-03-hb-name'));
    const rows = new Set([...pdf.matchAll(/row-(\d+)/g)].map((match) => Number(match[1])));
    const notes = new Set([...pdf.matchAll(/note (\d+)/g)].map((match) => Number(match[1])));
    const missing = (seen: Set<number>) => Array.from({ length: ROWS }, (_, i) => i + 1).filter((n) => !seen.has(n));
    expect(missing(rows)).toEqual([]);
    expect(missing(notes)).toEqual([]);
    expect(pdf).toContain(`row-${ROWS} note ${ROWS}`);
  });

  it('3. a CRLF copy of a record gives the same content hash and the same PDF bytes as the LF file', async () => {
    const lf = session('2025-02-03-robin-ash', 'robin-ash', 'Line one.\n\nLine two.\n');
    const files = (record: string) => ({
      'supv.config.yaml': 'organisation: Larkfield Family Centre\n',
      'records/staff/sam-lee.md': staff('sam-lee', 'Sam Lee'),
      'records/staff/robin-ash.md': staff('robin-ash', 'Robin Ash'),
      'records/sessions/2025/2025-02-03-robin-ash.md': record,
    });
    const roots = [makeRepo(files(lf)), makeRepo(files(lf.replace(/\n/g, '\r\n'))), makeRepo(files(`\uFEFF${lf}`))];
    const pdfs: Buffer[] = [];
    const hashes: string[] = [];
    for (const repo of roots) {
      const result = await runWithEnv(['build', '--out', 'dist', '--concurrency', '1', 'records/sessions'], repo, env);
      expect(result.exitCode, result.stderr).toBe(0);
      pdfs.push(readFileSync(path.join(repo, 'dist/pdf/session/2025-02-03-robin-ash.pdf')));
      const manifest = JSON.parse(readFileSync(path.join(repo, 'dist/manifest.json'), 'utf8')) as { records: Record<string, { contentHash: string }> };
      hashes.push(manifest.records['2025-02-03-robin-ash']!.contentHash);
    }
    expect(hashes[1]).toBe(hashes[0]);
    expect(hashes[2]).toBe(hashes[0]);
    expect(pdfs[1]!.equals(pdfs[0]!)).toBe(true);
    expect(pdfs[2]!.equals(pdfs[0]!)).toBe(true);
  }, 120_000);
});
