/**
 * `supv bundle` as a library function: one inspection PDF. Each record's
 * document comes from the record pipeline (templates, redaction), and the
 * records are printed in large batches, each as one isolated Chromium
 * document with one set of fonts (batch.ts: every record from a new page,
 * its own header, footer and marks laid over its pages). Then the cover,
 * compliance summary and contents are printed, and the whole is streamed to
 * the output file with its bookmarks (pdf-writer.ts), a batch at a time, so
 * memory does not grow with the number of pages. The contents are printed
 * when every record's page count is known, so its page numbers are exact; the
 * bundle's own page number is stamped at the foot of every page to match them.
 */
import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts, rgb } from 'pdf-lib';
import type { Config } from '../types/config.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import { BrowserPool } from '../render/chromium.js';
import { loadTemplates, recordDocument, type RecordDocument, type RenderContext } from '../render/html.js';
import { signatureStatuses } from '../sign/check.js';
import { loadSignatureContext } from '../sign/key-history.js';
import { todayIn } from '../util/dates.js';
import { shortCommit } from '../render/text.js';
import { compliance } from '../report/compliance.js';
import { printHtml } from '../report/print.js';
import { applyOverlay, batchHtml, overlayHtml, printBody, printOverlay, recordStarts } from './batch.js';
import { compactPages } from './text-runs.js';
import { contentsHtml, coverHtml, sizeWords, summaryHtml, type ContentsLine, type CoverFacts, type VolumeFacts } from './front-matter.js';
import type { OutlineNode } from './outline.js';
import { StreamingPdfWriter } from './pdf-writer.js';
import { redactHtml, redactionTerms } from './redact.js';
import { attachRecordList } from './contents-list.js';
import { chronology, selectGroups } from './select.js';
import { UserError } from '../util/errors.js';
import { sweepStaleTemporaryFiles } from '../util/atomic-write.js';
import { estimate, planVolumes, volumeFile, type PlanInput, type VolumePlan } from './volumes.js';

export interface BundleOptions {
  root: string;
  config: Config;
  records: RecordSet;
  /** The period (inclusive); compliance is judged on `asOf`. */
  from: string;
  to: string;
  asOf: string;
  staff?: string[];
  caseRef?: string;
  redact: boolean;
  commit: string;
  toolVersion: string;
  /** When it was made, as people read it. */
  generatedAt: string;
  /** The PDF's creation date. */
  now: Date;
  concurrency?: number;
  /** Write the bundle here (atomically, streamed as it is made); without it the bytes are returned in `pdf`. */
  out?: string;
  /** Records printed as one Chromium document (default {@link DEFAULT_BATCH}). */
  batchSize?: number;
  env?: Record<string, string | undefined>;
  executablePath?: string;
  /**
   * The largest file, in bytes: a bigger bundle is written as several
   * complete PDFs (volumes, src/bundle/volumes.ts), split between records.
   * Undefined: one file, however large.
   */
  volumeSize?: number;
  /** Seal each file written (a digital seal over the whole file, src/render/seal.ts); the size limit counts the seal. */
  seal?: (pdf: Uint8Array) => Promise<Uint8Array>;
  /** What a volume is first expected to weigh against its printed parts (default {@link INITIAL_FACTOR}); a test sets it low to see the limit still kept. */
  planFactor?: number;
  /** Called with each file about to be written (the CLI refuses places it must not write). */
  checkOutput?: (file: string) => void;
}

export interface BundleSection {
  title: string;
  /** 1-based bundle page where the section starts. */
  page: number;
  entries: Array<{ id: string; title: string; page: number; pages: number }>;
}

export interface BundleResult {
  /** The bundle, when no `out` file was given. */
  pdf?: Uint8Array;
  /** The file written, when `out` was given. */
  file?: string;
  /** Size of the PDF in bytes. */
  bytes: number;
  /** Chromium documents the records were printed in. */
  batches: number;
  pages: number;
  /** Pages before the first record: cover, summary, contents. */
  frontPages: { cover: number; summary: number; contents: number };
  sections: BundleSection[];
  /** People (or cases) the bundle is arranged by. */
  groups: number;
  records: number;
  /** The files written: one, or the volumes. */
  volumes: BundleVolume[];
  /** The size limit the volumes were split by. */
  volumeSize?: number;
  /** What the user should know: a record too large for a volume on its own. */
  warnings: string[];
}

export interface BundleVolume {
  number: number;
  file: string;
  bytes: number;
  pages: number;
  records: number;
  /** Ids of its first and last record. */
  first: string;
  last: string;
}

/** A volume's printed front matter, ready to be stamped and written. */
interface Front {
  cover: PDFDocument;
  summary: PDFDocument;
  contents: PDFDocument;
  coverPages: number;
  summaryPages: number;
  contentsPages: number;
  sections: BundleSection[];
  totalPages: number;
  /** Bytes of the cover, summary and contents as printed; of the contents alone. */
  bytes: number;
  contentsBytes: number;
}

/** A volume written to a temporary file beside its target, not yet in place. */
interface WrittenVolume {
  file: string;
  bytes: number;
  pages: number;
  records: number;
  sections: BundleSection[];
  frontPages: BundleResult['frontPages'];
  commit(): void;
  abort(): void;
}

/** Nothing matched the selection. */
export class EmptyBundleError extends UserError {}

export async function makeBundle(options: BundleOptions): Promise<BundleResult> {
  const { config, records } = options;
  const groups = selectGroups(records, { from: options.from, to: options.to, staff: options.staff, caseRef: options.caseRef });
  if (groups.length === 0 || groups.every((group) => group.entries.length === 0)) {
    throw new EmptyBundleError(options.caseRef ? `no session, decision record or case file audit is about case ${options.caseRef} between ${options.from} and ${options.to}` : `no records match between ${options.from} and ${options.to}`);
  }
  const terms = options.redact ? redactionTerms(records) : [];
  const redact = (html: string) => (terms.length > 0 ? redactHtml(html, terms) : html);
  const templates = loadTemplates(options.root);
  // Each signature's status with the keys its signer held then, from git history, as `supv build` prints it
  // (src/render/build.ts): a record's bundle pages and its own PDF never disagree.
  const signatureContext = await loadSignatureContext({ root: options.root, records, config, today: todayIn(config.timezone, options.now) });
  const context: RenderContext = { config, records, commit: options.commit, signatureStatuses: (record) => signatureStatuses(record, signatureContext) };

  const unique = new Map(groups.flatMap((group) => group.entries.map((entry) => [entry.id, entry.record] as const)));
  const order = groups.flatMap((group) => group.entries);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const batches = planBatches(order.length, batchSize);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), batches.length));
  // A batch is one long document: give it the time hundreds of records take, not the one-record page timeout.
  let pool: BrowserPool | undefined = await BrowserPool.start({ concurrency, env: options.env, executablePath: options.executablePath, pageTimeoutMs: 15 * 60_000 });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'supv-bundle-'));
  const target = options.out ?? path.join(scratch, 'bundle.pdf');
  try {
    // The records, a batch at a time as one document each: the body pages, then their marks. Both wait on disk, so
    // memory does not grow with the number of pages.
    const rendered: RenderedBatch[] = new Array(batches.length);
    // The content hash each record's pages print, for the list attached to the bundle (./contents-list.ts).
    const printed = new Map<string, { kind: string; id: string; contentHash: string }>();
    const limit = pLimit(concurrency);
    await Promise.all(
      batches.map((batch, b) =>
        limit(async () => {
          const documents = order.slice(batch.from, batch.to).map((entry) => recordHtml(entry.record));
          for (const document of documents) printed.set(document.id, { kind: document.kind, id: document.id, contentHash: document.contentHash });
          const printedBody = await printBody(pool!, batchHtml(documents));
          const body = await PDFDocument.load(printedBody, { updateMetadata: false });
          const starts = recordStarts(body, documents.length);
          // Each glyph placed by its own operator becomes text arrays (./text-runs.ts): the same pages, a quarter fewer bytes.
          compactPages(body, body.getPages());
          const bodyBytes = await body.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
          const total = body.getPageCount();
          const pages = starts.map((start, i) => (starts[i + 1] ?? total) - start);
          const marks = documents.flatMap((document, i) => Array.from({ length: pages[i]! }, (_, page) => ({ document, page: page + 1, pages: pages[i]! })));
          const overlay = await PDFDocument.load(await printOverlay(pool!, overlayHtml(marks, templates.css)), { updateMetadata: false });
          compactPages(overlay, overlay.getPages());
          const overlayBytes = await overlay.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
          const bodyFile = path.join(scratch, `batch-${b}.pdf`);
          const overlayFile = path.join(scratch, `marks-${b}.pdf`);
          writeFileSync(bodyFile, bodyBytes);
          writeFileSync(overlayFile, overlayBytes);
          rendered[b] = { bodyFile, overlayFile, pages, starts, bodyBytes: bodyBytes.length, overlayBytes: overlayBytes.length, fontBytes: fontBytes(body) };
        }),
      ),
    );
    const pageCounts = rendered.flatMap((batch) => batch.pages);

    const scopeWords = options.caseRef
      ? `the chronology of case ${options.caseRef}: the sessions that discussed it (only what they recorded about this case), its decision records and case file audits`
      : options.staff && options.staff.length > 0
        ? `the records of ${groups.map((group) => group.title).join(', ')}`
        : 'the records of every member of staff in post in the period';
    const bands = { organisation: config.organisation, marking: config.marking, label: 'Inspection bundle', footerNote: `Commit ${shortCommit(options.commit)}`, pageNumbers: false };
    const coverFacts: CoverFacts = {
      organisation: config.organisation, marking: config.marking, from: options.from, to: options.to, asOf: options.asOf,
      generatedAt: options.generatedAt, commit: options.commit, scope: scopeWords, redacted: options.redact, records: unique.size,
    };
    const people = groups.flatMap((group) => group.entries.filter((entry) => entry.record.kind === 'staff').map((entry) => entry.id));
    const involved = options.caseRef ? [...new Set(groups.flatMap((group) => group.entries.map(({ record }) => (record.kind === 'staff' ? undefined : record.kind === 'case-audit' ? record.data.worker : record.data.supervisee)).filter((id): id is string => typeof id === 'string')))] : people;
    const data = await compliance(records, { config, asOf: options.asOf, from: options.from, staff: involved.length > 0 ? involved : ['\0none'] });
    const summaryBytes = await printHtml(pool!, redact(summaryHtml(data, options.caseRef ? { caseRef: options.caseRef, lines: chronology(groups, options.caseRef) } : undefined)), bands);
    const groupTitles = groups.flatMap((group) => group.entries.map(() => group.title));
    const batchOf = rendered.flatMap((batch, b) => batch.pages.map(() => b));

    /** The cover, summary and contents of the volume holding records [from, to), printed; its page numbers start at 1. */
    const printFront = async (plan: VolumePlan, volume?: VolumeFacts): Promise<Front> => {
      const coverBytes = await printHtml(pool!, redact(coverHtml({ ...coverFacts, volume })), bands);
      const cover = await PDFDocument.load(coverBytes);
      const summary = await PDFDocument.load(summaryBytes);
      let contentsBytes = 0;
      // The contents' length moves every page number after it: print, count, and print again until it is stable.
      let contentsPages = 1;
      let contents: PDFDocument | undefined;
      let sections: BundleSection[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        sections = [];
        let page = cover.getPageCount() + summary.getPageCount() + contentsPages + 1;
        let index = 0;
        groups.forEach((group, g) => {
          const first = index;
          const last = index + group.entries.length;
          index = last;
          if (last <= plan.from || first >= plan.to) return;
          let title = group.title;
          if (volume && first < plan.from) title += ` (continued from volume ${volume.number - 1})`;
          if (volume && last > plan.to) title += ` (continued in volume ${volume.number + 1})`;
          const section: BundleSection = { title, page, entries: [] };
          group.entries.forEach((entry, i) => {
            if (first + i < plan.from || first + i >= plan.to) return;
            const pages = pageCounts[first + i]!;
            section.entries.push({ id: entry.id, title: entry.title, page, pages });
            page += pages;
          });
          sections.push(section);
        });
        const lines: ContentsLine[] = sections.flatMap((section) => [
          { title: section.title, page: section.page, level: 0 as const },
          ...section.entries.map((entry) => ({ title: entry.title, id: entry.id, page: entry.page, level: 1 as const })),
        ]);
        const printedContents = await printHtml(pool!, redact(contentsHtml(lines)), bands);
        contentsBytes = printedContents.length;
        contents = await PDFDocument.load(printedContents);
        if (contents.getPageCount() === contentsPages) break;
        contentsPages = contents.getPageCount();
      }
      const coverPages = cover.getPageCount();
      const summaryPages = summary.getPageCount();
      let recordPages = 0;
      for (let i = plan.from; i < plan.to; i++) recordPages += pageCounts[i]!;
      return {
        cover, summary, contents: contents!, coverPages, summaryPages, contentsPages, sections, totalPages: coverPages + summaryPages + contentsPages + recordPages,
        bytes: coverBytes.length + summaryBytes.length + contentsBytes, contentsBytes,
      };
    };

    /** Write one volume (or the whole bundle) to a temporary file beside its target: put in place by `commit`. */
    const writeVolume = async (plan: VolumePlan, front: Front, file: string, volume?: { number: number; of: number }): Promise<WrittenVolume> => {
      mkdirSync(path.dirname(file), { recursive: true });
      const writer = new StreamingPdfWriter(options.seal ? path.join(scratch, `volume-${volume?.number ?? 1}.pdf`) : file, { commitOnFinish: false });
      try {
        const { totalPages } = front;
        for (const part of [front.cover, front.summary, front.contents]) {
          await stampPageNumbers(part, writer.pages, totalPages, config.marking, volume);
          await writer.appendDocument(part);
        }
        for (let b = 0; b < rendered.length; b++) {
          const batch = rendered[b]!;
          const from = Math.max(plan.from, batches[b]!.from);
          const to = Math.min(plan.to, batches[b]!.to);
          if (from >= to) continue;
          const body = await PDFDocument.load(readFileSync(batch.bodyFile), { updateMetadata: false });
          const starts = batch.starts;
          await applyOverlay(body, await PDFDocument.load(readFileSync(batch.overlayFile), { updateMetadata: false }));
          const firstPage = starts[from - batches[b]!.from]!;
          const endPage = starts[to - batches[b]!.from] ?? body.getPageCount();
          const only = Array.from({ length: endPage - firstPage }, (_, i) => firstPage + i);
          await stampPageNumbers(body, writer.pages, totalPages, config.marking, volume, only);
          await writer.appendDocument(body, only.length === body.getPageCount() ? undefined : only);
        }
        const { coverPages, summaryPages } = front;
        const outline: OutlineNode[] = [
          { title: 'Cover', page: 0 },
          { title: options.caseRef ? 'Compliance summary and chronology' : 'Compliance summary', page: coverPages },
          { title: 'Contents', page: coverPages + summaryPages },
          ...front.sections.map((section) => ({
            title: section.title,
            page: section.page - 1,
            children: section.entries.map((entry) => ({ title: `${entry.title} (${entry.id})`, page: entry.page - 1 })),
          })),
        ];
        // The list of records a program reads (supv verify bundle.pdf), attached as a file: this volume's records.
        const ids = [...new Set(order.slice(plan.from, plan.to).map((entry) => entry.id))];
        const list = await PDFDocument.create();
        await attachRecordList(list, { commit: options.commit, records: ids.map((id) => printed.get(id)!) }, options.now);
        const attached = await writer.catalogEntries(list, ['Names', 'AF']);
        const part = volume ? `, volume ${volume.number} of ${volume.of}` : '';
        let bytes = writer.finish(outline, {
          title: `${config.organisation}: supervision records, inspection bundle, ${options.from} to ${options.to}${part}`,
          author: config.organisation,
          subject: `${config.marking}: inspection bundle${part}`,
          keywords: ['supv', 'bundle', config.marking, `commit:${options.commit}`, ...(options.redact ? ['redacted'] : []), ...(volume ? [`volume:${volume.number}-of-${volume.of}`] : [])],
          creator: 'supv',
          producer: `supv ${options.toolVersion}`,
          date: options.now,
          language: 'en-GB',
          attached,
          id: createHash('sha256').update(`supv\0bundle\0${options.commit}\0${options.from}\0${options.to}\0${options.now.toISOString()}${volume ? `\0${volume.number}/${volume.of}` : ''}`).digest('hex').slice(0, 32).toUpperCase(),
        });
        if (!options.seal) return { file, bytes, pages: totalPages, records: ids.length, sections: front.sections, frontPages: { cover: coverPages, summary: summaryPages, contents: front.contentsPages }, commit: () => writer.commit(), abort: () => writer.abort() };
        // A seal signs the whole file: the volume is sealed in memory (it is at most the volume size) and written beside its target.
        const sealed = await options.seal(new Uint8Array(readFileSync(writer.temporary)));
        writer.abort();
        const pending = pendingFile(file, sealed);
        bytes = sealed.length;
        return { file, bytes, pages: totalPages, records: ids.length, sections: front.sections, frontPages: { cover: coverPages, summary: summaryPages, contents: front.contentsPages }, commit: pending.commit, abort: pending.abort };
      } catch (error) {
        writer.abort();
        throw error;
      }
    };

    // First the bundle as one file, as if it had no limit: its front matter, and what each part weighs.
    const whole: VolumePlan = { from: 0, to: order.length };
    const wholeFront = await printFront(whole);
    // Volumes are files beside `out`: a bundle returned as bytes is one file.
    const sizeLimit = options.out === undefined ? undefined : options.volumeSize;
    let plans: VolumePlan[] = [whole];
    let input: PlanInput | undefined;
    if (sizeLimit !== undefined) {
      const fixedFront = wholeFront.bytes;
      const contentsAll = wholeFront.contentsBytes;
      const records = order.length;
      input = {
        records: order.map((_, i) => {
          const b = batchOf[i]!;
          const batch = rendered[b]!;
          const pages = pageCounts[i]!;
          const batchPages = batch.pages.reduce((sum, count) => sum + count, 0);
          return { batch: b, pages, bytes: (Math.max(0, batch.bodyBytes + batch.overlayBytes - batch.fontBytes) * pages) / batchPages };
        }),
        batchFonts: rendered.map((batch) => batch.fontBytes),
        fixed: (count) => fixedFront - contentsAll + contentsAll * Math.min(1, count / records + 0.15) + VOLUME_COVER_EXTRA + count * PER_RECORD_STRUCTURE + (options.seal ? SEAL_BYTES : 0),
        limit: sizeLimit,
        // The writer's compact file is smaller than the printed parts it is made from (measured: about 0.8 of them).
        factor: options.planFactor ?? INITIAL_FACTOR,
      };
      plans = planVolumes(input);
    }

    let written: WrittenVolume[] = [];
    const warnings: string[] = [];
    for (let pass = 1; ; pass++) {
      const of = plans.length;
      const files = of === 1 ? [target] : plans.map((_, i) => volumeFile(target, i + 1, of));
      for (const file of files) options.checkOutput?.(file);
      const facts = of === 1 ? undefined : volumeFactsOf(plans, files, sizeLimit!, order, groupTitles);
      const fronts: Front[] = [];
      for (const [i, plan] of plans.entries()) fronts.push(of === 1 && pass === 1 ? wholeFront : await printFront(plan, facts && { ...facts, number: i + 1 }));
      // Chromium is not needed while the files are written: its memory is given back.
      await pool?.close();
      pool = undefined;
      written = [];
      try {
        for (const [i, plan] of plans.entries()) written.push(await writeVolume(plan, fronts[i]!, files[i]!, of === 1 ? undefined : { number: i + 1, of }));
      } catch (error) {
        for (const volume of written) volume.abort();
        throw error;
      }
      const over = sizeLimit === undefined ? [] : written.map((volume, i) => ({ volume, plan: plans[i]! })).filter(({ volume, plan }) => volume.bytes > sizeLimit && plan.to - plan.from > 1);
      if (over.length === 0 || pass >= MAX_PASSES) break;
      // A volume came out larger than planned: plan again with estimates raised by how far they were out, and write again.
      for (const volume of written) volume.abort();
      const ratio = Math.max(...over.map(({ volume, plan }) => volume.bytes / estimate(input!, plan.from, plan.to)));
      input!.factor *= Math.max(1.05, ratio * 1.03);
      plans = planVolumes(input!);
      pool = await BrowserPool.start({ concurrency: 1, env: options.env, executablePath: options.executablePath, pageTimeoutMs: 15 * 60_000 });
    }
    for (const [i, volume] of written.entries()) {
      if (sizeLimit === undefined || volume.bytes <= sizeLimit) continue;
      const plan = plans[i]!;
      const what = plan.to - plan.from === 1 ? `record ${order[plan.from]!.id} alone is ${sizeWords(volume.bytes)}, more than the volume size of ${sizeWords(sizeLimit)}: it is in a volume of its own, which may be too large to e-mail` : `volume ${i + 1} is ${sizeWords(volume.bytes)}, more than the volume size of ${sizeWords(sizeLimit)}`;
      warnings.push(what);
    }
    for (const volume of written) volume.commit();

    const first = written[0]!;
    const pdf = options.out === undefined && written.length === 1 ? new Uint8Array(readFileSync(target)) : undefined;
    const volumes: BundleVolume[] = written.map((volume, i) => ({
      number: i + 1, file: volume.file, bytes: volume.bytes, pages: volume.pages, records: volume.records,
      first: order[plans[i]!.from]!.id, last: order[plans[i]!.to - 1]!.id,
    }));
    return {
      pdf,
      file: options.out === undefined ? undefined : written.length === 1 ? first.file : undefined,
      bytes: written.reduce((sum, volume) => sum + volume.bytes, 0),
      pages: written.reduce((sum, volume) => sum + volume.pages, 0),
      frontPages: first.frontPages,
      sections: written.length === 1 ? first.sections : written.flatMap((volume) => volume.sections),
      groups: groups.length,
      records: unique.size,
      batches: batches.length,
      volumes,
      volumeSize: sizeLimit,
      warnings,
    };
  } finally {
    await pool?.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  /** One record as the HTML document the bundle prints: the record pipeline's document, redacted when asked. */
  function recordHtml(record: LoadedRecord): RecordDocument {
    const document = recordDocument(record, templates, context);
    return { ...document, html: redact(document.html) };
  }
}

interface RenderedBatch {
  bodyFile: string;
  overlayFile: string;
  /** Pages of each record of the batch, in order. */
  pages: number[];
  /** The 0-based page each record starts on (the marker links are gone from the saved body). */
  starts: number[];
  /** Bytes of the printed body and marks, and of the body's font programs. */
  bodyBytes: number;
  overlayBytes: number;
  fontBytes: number;
}

/** Planning allowances, in bytes: a volume's cover over the plain one (its table of volumes), each record's bookmark and list entry, a seal. */
const VOLUME_COVER_EXTRA = 20_000;
const PER_RECORD_STRUCTURE = 400;
const SEAL_BYTES = 40_000;
/** What a volume weighs against the sum of the printed parts planned for it, to begin with; corrected after writing if it was low. */
const INITIAL_FACTOR = 0.9;
/** Times the volumes are written before one still over the limit is let through with a warning. */
const MAX_PASSES = 4;

/** Bytes of the embedded font programs of a printed document. */
function fontBytes(document: PDFDocument): number {
  let bytes = 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const subtype = object.dict.get(PDFName.of('Subtype'));
    if (object.dict.has(PDFName.of('Length1')) || object.dict.has(PDFName.of('Length2')) || subtype === PDFName.of('CIDFontType0C') || subtype === PDFName.of('Type1C') || subtype === PDFName.of('OpenType')) {
      bytes += object.contents.length;
    }
  }
  return bytes;
}

/** The cover's facts about every volume: which records, people and dates each holds. */
function volumeFactsOf(plans: VolumePlan[], files: string[], limit: number, order: Array<{ id: string; date: string }>, groupTitles: string[]): Omit<VolumeFacts, 'number'> {
  return {
    of: plans.length,
    limit,
    volumes: plans.map((plan, i) => {
      const dates = order.slice(plan.from, plan.to).map((entry) => entry.date).filter((date) => date !== '').sort();
      return {
        number: i + 1,
        file: path.basename(files[i]!),
        records: new Set(order.slice(plan.from, plan.to).map((entry) => entry.id)).size,
        firstPerson: groupTitles[plan.from]!,
        lastPerson: groupTitles[plan.to - 1]!,
        from: dates[0],
        to: dates.at(-1),
      };
    }),
  };
}

/** Bytes written to a temporary file beside `file` (durably), renamed over it by `commit`. */
function pendingFile(file: string, bytes: Uint8Array): { commit(): void; abort(): void } {
  const dir = path.dirname(file);
  sweepStaleTemporaryFiles(dir);
  const temporary = path.join(dir, `.${path.basename(file)}.supv-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  let settled = false;
  return {
    commit() {
      settled = true;
      renameSync(temporary, file);
    },
    abort() {
      if (settled) return;
      settled = true;
      rmSync(temporary, { force: true });
    },
  };
}

/** Records per batch: large enough that fonts and Chromium's per-document cost are spread thin, small enough for Chromium's memory. */
export const DEFAULT_BATCH = 100;

/** Consecutive runs of at most `size` entries (the bundle's order is kept: batches are appended one after another). */
function planBatches(count: number, size: number): Array<{ from: number; to: number }> {
  const batches: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < count; from += size) batches.push({ from, to: Math.min(count, from + size) });
  return batches;
}

/** "Bundle page N of M" at the foot of every page, below the record's own footer, so the contents can be followed on paper. */
async function stampPageNumbers(part: PDFDocument, first: number, total: number, marking: string, volume?: { number: number; of: number }, only?: number[]): Promise<void> {
  const font = await part.embedFont(StandardFonts.Helvetica);
  // Helvetica's encoding is WinAnsi: keep the marking to characters it has.
  const safeMarking = marking.replace(/[^\x20-\x7e]/g, '?');
  const all = part.getPages();
  const pages = only ? only.map((index) => all[index]!) : all;
  pages.forEach((page, i) => {
    const text = `${safeMarking} - inspection bundle ${volume ? `volume ${volume.number} of ${volume.of}, ` : ''}page ${first + i + 1} of ${total}`;
    const size = 6.5;
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (page.getWidth() - width) / 2, y: 8, size, font, color: rgb(0.25, 0.25, 0.25) });
  });
}
