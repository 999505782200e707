/**
 * Volumes (issue 20): a bundle larger than --volume-size is written as
 * several complete PDFs, split only between records, each at most that size,
 * each with its own cover ("Volume 2 of 3"), contents, bookmarks and page
 * numbers, and each sealed with --p12. Read back with poppler: no record lost
 * or repeated, the contents' page numbers are where each record starts in its
 * volume, every page carries its marks and its volume's page number, and a
 * small bundle is still the one file it always was.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline, type OutlineNode } from '../../src/bundle/outline.js';
import { readRecordList } from '../../src/bundle/contents-list.js';
import { runInProcess } from '../helpers/cli.js';
import { makeP12, PASSWORD, pdfsig } from '../verify/helpers.js';
import { LONG_BODY, makeRecordsRepo, monthlySessions, skipReason, unwrapped, pageCount, pageText } from '../render/fixtures.js';

const reason = skipReason();
const NOW = new Date('2026-01-05T12:00:00Z');

/** Jo's sessions, one a month from March 2025, each several pages long. */
const sessions = (count: number) => monthlySessions(count, { body: () => LONG_BODY });

async function bundle(root: string, out: string, args: string[] = [], env: Record<string, string> = {}) {
  return runInProcess(['--cwd', root, '--as-of', '2025-12-31', 'bundle', '--out', out, '--staff', 'jo-bloggs', ...args], root, NOW, env);
}

/** A volume read back: its bookmarks, and each record's first page and page count within it. */
async function readVolume(file: string) {
  const document = await PDFDocument.load(readFileSync(file));
  const outline = readOutline(document);
  const total = pageCount(file);
  const entries = outline.slice(3).flatMap((node) => node.children ?? []);
  const records = entries.map((entry, i) => ({
    id: /\(([^)]+)\)$/.exec(entry.title)![1]!,
    first: entry.page + 1,
    pages: (entries[i + 1]?.page ?? total) - entry.page,
  }));
  return { outline, total, records, listed: readRecordList(document) ?? [] };
}

describe.skipIf(reason)('a bundle too big to e-mail, written as volumes', () => {
  let root: string;
  let p12: string;
  let single: string;
  let singleBytes: number;
  let out: string;
  let limit: number;
  let files: string[];
  let run: Awaited<ReturnType<typeof runInProcess>>;
  let volumes: Array<Awaited<ReturnType<typeof readVolume>> & { file: string }>;
  const all = ['jo-bloggs', 'contract-jo-bloggs-2024', '2025-02-03-jo-bloggs', 'dec-2025-02-03-fam-0042', ...Array.from({ length: 9 }, (_, i) => `2025-${String(i + 3).padStart(2, '0')}-03-jo-bloggs`)];

  beforeAll(async () => {
    root = makeRecordsRepo({ files: sessions(9) });
    // As it always was: one file, under the default size.
    single = path.join(root, 'one', 'bundle.pdf');
    const first = await bundle(root, single);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    singleBytes = statSync(single).size;
    // A limit under the bundle's size: each volume carries its own cover, contents, fonts and seal (about 200 KB
    // here), so a little less than the whole leaves room for a few records a volume.
    p12 = makeP12(mkdtempSync(path.join(os.tmpdir(), 'supv-p12-')));
    limit = Math.ceil((singleBytes * 0.8) / 1000) * 1000;
    out = path.join(root, 'vols', 'bundle.pdf');
    run = await bundle(root, out, ['--volume-size', `${limit / 1000}KB`, '--p12', p12], { SUPV_P12_PASSWORD: PASSWORD });
    files = readdirSync(path.dirname(out)).sort();
    volumes = [];
    for (const name of files) volumes.push({ file: path.join(path.dirname(out), name), ...(await readVolume(path.join(path.dirname(out), name))) });
  }, 300_000);

  it('keeps a small bundle exactly as before: one file at --out, its own page numbers', () => {
    expect(readdirSync(path.dirname(single))).toEqual(['bundle.pdf']);
    expect(unwrapped(pageText(single, 1))).toContain(unwrapped(`inspection bundle page 1 of ${pageCount(single)}`));
    expect(pageText(single, 1)).not.toMatch(/volume/i);
  });

  it('writes volumes named after --out, each under the limit, and says so', () => {
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(files.length).toBeGreaterThanOrEqual(2);
    // Split between records, not one a volume: the limit leaves room for several.
    expect(volumes.some((volume) => volume.records.length > 2)).toBe(true);
    expect(files).toEqual(files.map((_, i) => `bundle-volume-${i + 1}-of-${files.length}.pdf`));
    expect(existsSync(out)).toBe(false);
    for (const name of files) {
      expect(statSync(path.join(path.dirname(out), name)).size, name).toBeLessThanOrEqual(limit);
      expect(run.stdout).toContain(`vols/${name}: volume ${files.indexOf(name) + 1} of ${files.length}`);
    }
    expect(run.stdout).toMatch(new RegExp(`wrote ${files.length} volumes, 13 records, \\d+ pages, 1 person, sealed`));
    expect(run.stdout).toContain('split between records');
  });

  it('puts every record in exactly one volume, in order, split only between records', async () => {
    const ids = volumes.flatMap((volume) => volume.records.map((record) => record.id));
    expect(ids.slice().sort()).toEqual(all.slice().sort());
    expect(new Set(ids).size).toBe(ids.length);
    // The list a program reads (supv verify) names the same records, volume by volume.
    for (const volume of volumes) expect(volume.listed.map((entry) => entry.id).sort()).toEqual(volume.records.map((record) => record.id).sort());
    // Every volume holds at least one record, and no record's pages are cut: each ends where the next begins.
    for (const volume of volumes) {
      // Pages of its batches that belong to another volume are not carried along unseen.
      const document = await PDFDocument.load(readFileSync(volume.file));
      const pageObjects = document.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Page'));
      expect(pageObjects.length, volume.file).toBe(volume.total);
      expect(volume.records.length).toBeGreaterThan(0);
      const last = volume.records.at(-1)!;
      expect(last.first + last.pages - 1).toBe(volume.total);
      expect(unwrapped(pageText(volume.file, volume.total))).toContain(unwrapped(`Page ${last.pages} of ${last.pages}`));
    }
  });

  it("gives each volume its cover, contents, bookmarks and page numbers", () => {
    volumes.forEach((volume, i) => {
      const n = i + 1;
      const cover = unwrapped(Array.from({ length: volume.outline[1]!.page }, (_, page) => pageText(volume.file, page + 1)).join('\n'));
      expect(cover).toContain(unwrapped(`Volume ${n} of ${volumes.length}`));
      expect(cover).toContain(unwrapped(`${volume.records.length} ${volume.records.length === 1 ? 'record' : 'records'}: Jo Bloggs`));
      // The cover lists every volume's file, so a reader knows what else to ask for.
      for (const name of files) expect(cover).toContain(unwrapped(name));
      expect(volume.outline.slice(0, 3).map((node) => node.title)).toEqual(['Cover', 'Compliance summary', 'Contents']);
      expect(volume.outline.slice(3).map((node) => node.title)).toEqual([
        `Jo Bloggs${n > 1 ? ` (continued from volume ${n - 1})` : ''}${n < volumes.length ? ` (continued in volume ${n + 1})` : ''}`,
      ]);
      // The contents give the page in this volume where each of its records starts.
      const listed = new Map<string, number>();
      for (let page = volume.outline[2]!.page + 1; page <= volume.outline[3]!.page; page++) {
        for (const match of pageText(volume.file, page, true).matchAll(/\s([a-z0-9][a-z0-9-]{2,79})\s+(\d+)\s*$/gm)) listed.set(match[1]!, Number(match[2]));
      }
      expect([...listed.keys()].sort()).toEqual(volume.records.map((record) => record.id).sort());
      for (const record of volume.records) {
        expect(listed.get(record.id), record.id).toBe(record.first);
        for (let k = 1; k <= record.pages; k++) {
          const page = record.first + k - 1;
          const text = unwrapped(pageText(volume.file, page));
          expect(text, `${record.id} page ${k}`).toContain(unwrapped(`Record ${record.id}`));
          expect(text, `${record.id} page ${k}`).toContain(unwrapped(`Page ${k} of ${record.pages}`));
          expect(text, `${record.id} page ${k}`).toContain(unwrapped(`inspection bundle volume ${n} of ${volumes.length}, page ${page} of ${volume.total}`));
        }
      }
    });
  });

  it('gives a record too large for the limit a volume of its own, and says so', async () => {
    const small = path.join(root, 'small', 'bundle.pdf');
    const tiny = await bundle(root, small, ['--volume-size', '100KB', '--from', '2025-03-01', '--to', '2025-04-30']);
    expect(tiny.exitCode).toBe(0);
    const names = readdirSync(path.dirname(small)).sort();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const volume = await readVolume(path.join(path.dirname(small), name));
      expect(volume.records.length, name).toBe(1);
      expect(tiny.stderr).toContain(`supv: warning: record ${volume.records[0]!.id} alone is`);
    }
    expect(tiny.stderr).toContain('more than the volume size of 100 KB: it is in a volume of its own');
  }, 120_000);

  it('names files an earlier run left that are not part of the new bundle, and removes nothing', async () => {
    const again = await bundle(root, out, ['--volume-size', 'none']);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/^wrote vols\/bundle\.pdf: 13 records/);
    expect(again.stderr).toContain(`supv: note: these files in vols are from an earlier bundle, not part of this one: ${files.join(', ')}`);
    expect(readdirSync(path.dirname(out)).sort()).toEqual(['bundle.pdf', ...files].sort());
  }, 120_000);

  it('keeps the limit when the first plan was too hopeful: a volume over it is planned again and rewritten', async () => {
    const again = path.join(root, 'again', 'bundle.pdf');
    // Volumes first planned at a third of their real weight: the first files written are far over the limit.
    const hopeful = await bundle(root, again, ['--volume-size', `${limit / 1000}KB`], { SUPV_BUNDLE_PLAN_FACTOR: '0.3' });
    expect(hopeful.exitCode).toBe(0);
    expect(hopeful.stderr).toBe('');
    const names = readdirSync(path.dirname(again)).sort();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const ids: string[] = [];
    for (const name of names) {
      expect(statSync(path.join(path.dirname(again), name)).size, name).toBeLessThanOrEqual(limit);
      ids.push(...(await readVolume(path.join(path.dirname(again), name))).records.map((record) => record.id));
    }
    expect(ids.slice().sort()).toEqual(all.slice().sort());
    // Only the final volumes are left: nothing of the first, oversized pass.
    expect(names).toEqual(names.map((_, i) => `bundle-volume-${i + 1}-of-${names.length}.pdf`));
  }, 180_000);

  it('refuses a size it cannot use, before printing anything', async () => {
    for (const [size, words] of [['12', 'must be a size such as 14MB or 500KB, or none'], ['50KB', 'too small'], ['lots', 'must be a size']] as const) {
      const bad = await bundle(root, path.join(root, 'bad', 'bundle.pdf'), ['--volume-size', size]);
      expect(bad.exitCode, size).toBe(2);
      expect(bad.stderr, size).toContain(words);
      expect(existsSync(path.join(root, 'bad')), size).toBe(false);
    }
  });

  it('takes the size from the config, and names a wrong one with its place in the file', async () => {
    const config = (size: string) => `organisation: Riverside Family Centre\nmarking: OFFICIAL-SENSITIVE\ntimezone: Europe/London\nbundle:\n  volume_size: ${size}\n`;
    const configured = makeRecordsRepo({ files: sessions(9), config: config(`${limit / 1000}KB`) });
    const target = path.join(configured, 'out', 'bundle.pdf');
    const split = await bundle(configured, target);
    expect(split.exitCode, split.stderr).toBe(0);
    expect(split.stdout).toContain('bundle.volume_size in the config');
    expect(readdirSync(path.dirname(target)).length).toBeGreaterThanOrEqual(2);
    for (const [size, words] of [['lots', 'supv.config.yaml:5'], ['50KB', 'bundle.volume_size in the config: 50KB is too small']] as const) {
      const wrong = makeRecordsRepo({ config: config(size) });
      const run = await bundle(wrong, path.join(wrong, 'out', 'bundle.pdf'));
      expect(run.exitCode, size).toBe(2);
      expect(run.stderr, size).toContain(words);
    }
  }, 180_000);

  it('seals every volume, and verify accepts each', async () => {
    for (const volume of volumes) {
      expect(pdfsig(volume.file), volume.file).toMatch(/Signature Validation: Signature is Valid/);
      const verify = await runInProcess(['--cwd', root, 'verify', volume.file], root, NOW);
      expect(verify.exitCode, `${verify.stdout}${verify.stderr}`).toBe(0);
    }
  });
});
