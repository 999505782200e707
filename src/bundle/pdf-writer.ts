/**
 * A PDF written as it is made: documents are appended one at a time (their
 * pages and whatever the pages use, fonts once per document), and only the
 * page list, the outline and the cross-reference offsets are kept until the
 * end. A bundle of 10,000 records never has to be held in memory whole, as
 * pdf-lib's `save()` would need.
 *
 * The file is written to a temporary file beside the target and renamed over
 * it when complete, so a crash leaves the old file or the new one (SPEC §10).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { sweepStaleTemporaryFiles } from '../util/atomic-write.js';

export interface WriterOutlineNode {
  title: string;
  /** 0-based page index in the whole document. */
  page: number;
  children?: WriterOutlineNode[];
}

export interface WriterInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  date: Date;
  language: string;
  /** Seed of the file's /ID. */
  id: string;
  /** More catalog entries, as {@link StreamingPdfWriter.catalogEntries} wrote them. */
  attached?: string;
}

const FLUSH_AT = 1 << 20;

export class StreamingPdfWriter {
  private readonly fd: number;
  readonly temporary: string;
  private offset = 0;
  /** Byte offset of each object, by object number (0 is the free-list head). */
  private offsets: number[] = [0];
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Every page's object number, in page order, and the page-tree node of each appended document. */
  private pageNumbers: number[] = [];
  private nodes: Array<{ num: number; count: number }> = [];
  private readonly rootPages: number;
  private done = false;

  constructor(readonly file: string) {
    const dir = path.dirname(file);
    sweepStaleTemporaryFiles(dir);
    this.temporary = path.join(dir, `.${path.basename(file)}.supv-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    this.fd = openSync(this.temporary, 'wx', 0o644);
    // A binary comment line after the header tells transfer tools the file is binary.
    this.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    this.rootPages = this.allocate();
  }

  get pages(): number {
    return this.pageNumbers.length;
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset + this.bufferedBytes;
  }

  private allocate(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  private write(bytes: Buffer): void {
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.bufferedBytes === 0) return;
    const all = Buffer.concat(this.buffered, this.bufferedBytes);
    let written = 0;
    while (written < all.length) written += writeSync(this.fd, all, written, all.length - written, null);
    this.offset += all.length;
    this.buffered = [];
    this.bufferedBytes = 0;
  }

  private writeObject(num: number, parts: Array<string | Uint8Array>): void {
    this.offsets[num] = this.size;
    this.write(Buffer.from(`${num} 0 obj\n`, 'latin1'));
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      if (text) this.write(Buffer.from(text, 'latin1'));
      text = '';
      this.write(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    }
    this.write(Buffer.from(`${text}\nendobj\n`, 'latin1'));
  }

  /**
   * Append every page of `document` (in order) with everything its pages
   * use; objects only the old catalog reached (its outline, metadata) are
   * left behind. Returns the 0-based index of its first page.
   */
  /** Renumbering of one source document's objects into this file: each is written once, when first referred to. */
  private copier(document: PDFDocument, special: (ref: PDFRef, object: PDFObject, parts: Array<string | Uint8Array>, numberOf: (ref: PDFRef) => number) => boolean = () => false) {
    const context = document.context;
    const numbers = new Map<PDFRef, number>();
    const queue: Array<[PDFRef, number]> = [];
    const numberOf = (ref: PDFRef): number => {
      let num = numbers.get(ref);
      if (num === undefined) {
        num = this.allocate();
        numbers.set(ref, num);
        queue.push([ref, num]);
      }
      return num;
    };
    const drain = () => {
      while (queue.length > 0) {
        const [ref, num] = queue.shift()!;
        const object = context.lookup(ref);
        if (object === undefined) {
          this.writeObject(num, ['null']);
          continue;
        }
        const parts: Array<string | Uint8Array> = [];
        if (!special(ref, object, parts, numberOf)) serialize(object, parts, numberOf);
        this.writeObject(num, parts);
      }
    };
    return { numbers, numberOf, drain };
  }

  /**
   * Copy catalog entries of `document` (an attached file's name tree, say)
   * and everything they refer to into this file; returns them as PDF syntax
   * for {@link finish}'s `attached`.
   */
  async catalogEntries(document: PDFDocument, keys: string[]): Promise<string> {
    await document.flush();
    const { numberOf, drain } = this.copier(document);
    let entries = '';
    for (const key of keys) {
      const value = document.catalog.get(PDFName.of(key));
      if (value === undefined) continue;
      const parts: Array<string | Uint8Array> = [];
      serialize(value, parts, numberOf);
      if (parts.some((part) => typeof part !== 'string')) throw new Error(`the catalog entry ${key} holds a stream directly`);
      entries += ` ${PDFName.of(key).toString()} ${parts.join('')}`;
    }
    drain();
    return entries;
  }

  async appendDocument(document: PDFDocument): Promise<number> {
    // Fonts and embedded pages pdf-lib has promised but not yet written.
    await document.flush();
    const first = this.pageNumbers.length;
    const node = this.allocate();
    let pageRefs = new Set<PDFRef>();
    const { numbers, numberOf, drain } = this.copier(document, (ref, object, parts, number) => {
      if (!pageRefs.has(ref) || !(object instanceof PDFDict)) return false;
      parts.push(`<</Parent ${node} 0 R`);
      serializeEntries(object, parts, number);
      parts.push('>>');
      return true;
    });
    const pages = document.getPages();
    for (const page of pages) {
      // The page's own copy of what it inherited, as its parent is now a node of this writer.
      const leaf = page.node;
      leaf.set(PDFName.of('MediaBox'), leaf.MediaBox());
      const resources = leaf.Resources();
      if (resources) leaf.set(PDFName.of('Resources'), resources);
      leaf.delete(PDFName.of('Parent'));
    }
    for (const page of pages) {
      const num = numberOf(page.ref);
      this.pageNumbers.push(num);
    }
    pageRefs = new Set(pages.map((page) => page.ref));
    drain();
    this.writeObject(node, [`<</Type /Pages /Parent ${this.rootPages} 0 R /Count ${pages.length} /Kids [${pages.map((page) => `${numbers.get(page.ref)} 0 R`).join(' ')}]>>`]);
    this.nodes.push({ num: node, count: pages.length });
    return first;
  }

  /** Write the page tree, outline, catalog and trailer, and move the file into place. */
  finish(outline: WriterOutlineNode[], info: WriterInfo): number {
    const total = this.pageNumbers.length;
    this.writeObject(this.rootPages, [`<</Type /Pages /Count ${total} /Kids [${this.nodes.map((node) => `${node.num} 0 R`).join(' ')}]>>`]);
    const outlineRoot = this.allocate();
    const writeLevel = (list: WriterOutlineNode[], parent: number): { first?: number; last?: number; count: number } => {
      const nums = list.map(() => this.allocate());
      let count = 0;
      list.forEach((item, i) => {
        const page = this.pageNumbers[item.page];
        if (page === undefined) throw new Error(`outline entry "${item.title}" points at page ${item.page + 1}, beyond the document's ${total}`);
        const children = item.children && item.children.length > 0 ? writeLevel(item.children, nums[i]!) : undefined;
        let dict = `<</Title ${PDFHexString.fromText(item.title).toString()} /Parent ${parent} 0 R /Dest [${page} 0 R /Fit]`;
        if (i > 0) dict += ` /Prev ${nums[i - 1]} 0 R`;
        if (i < list.length - 1) dict += ` /Next ${nums[i + 1]} 0 R`;
        if (children?.first !== undefined) dict += ` /First ${children.first} 0 R /Last ${children.last} 0 R /Count ${children.count}`;
        this.writeObject(nums[i]!, [`${dict}>>`]);
        count += 1 + (children?.count ?? 0);
      });
      return { first: nums[0], last: nums.at(-1), count };
    };
    const top = writeLevel(outline, outlineRoot);
    this.writeObject(outlineRoot, [top.first === undefined ? '<</Type /Outlines>>' : `<</Type /Outlines /First ${top.first} 0 R /Last ${top.last} 0 R /Count ${top.count}>>`]);
    const catalog = this.allocate();
    this.writeObject(catalog, [`<</Type /Catalog /Pages ${this.rootPages} 0 R /Outlines ${outlineRoot} 0 R /PageMode /UseOutlines /Lang ${PDFString.of(info.language).toString()}${info.attached ?? ''}>>`]);
    const infoNum = this.allocate();
    const text = (value: string) => PDFHexString.fromText(value).toString();
    const date = PDFString.fromDate(info.date).toString();
    this.writeObject(infoNum, [
      `<</Title ${text(info.title)} /Author ${text(info.author)} /Subject ${text(info.subject)} /Keywords ${text(info.keywords.join(' '))}` +
        ` /Creator ${text(info.creator)} /Producer ${text(info.producer)} /CreationDate ${date} /ModDate ${date}>>`,
    ]);
    const xrefAt = this.size;
    let xref = `xref\n0 ${this.offsets.length}\n0000000000 65535 f \n`;
    for (let num = 1; num < this.offsets.length; num++) {
      const at = this.offsets[num]!;
      xref += at < 0 ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
      if (xref.length > FLUSH_AT) {
        this.write(Buffer.from(xref, 'latin1'));
        xref = '';
      }
    }
    const id = PDFHexString.of(info.id).toString();
    xref += `trailer\n<</Size ${this.offsets.length} /Root ${catalog} 0 R /Info ${infoNum} 0 R /ID [${id} ${id}]>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    this.write(Buffer.from(xref, 'latin1'));
    this.flush();
    const bytes = this.offset;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.done = true;
    renameSync(this.temporary, this.file);
    try {
      const dir = openSync(path.dirname(this.file), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    } catch {
      // Some file systems cannot fsync a folder; the rename has happened.
    }
    return bytes;
  }

  /** Give up: remove the temporary file. Safe after {@link finish}. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(this.temporary);
    } catch {
      // Already gone.
    }
  }
}

function serializeEntries(dict: PDFDict, parts: Array<string | Uint8Array>, numberOf: (ref: PDFRef) => number): void {
  for (const [key, value] of dict.entries()) {
    if (key === PDFName.of('Parent')) continue;
    parts.push(key.toString(), ' ');
    serialize(value, parts, numberOf);
    parts.push('\n');
  }
}

/** PDF syntax for one object, with every reference renumbered into this file. */
function serialize(object: PDFObject, parts: Array<string | Uint8Array>, numberOf: (ref: PDFRef) => number): void {
  if (object instanceof PDFRef) {
    parts.push(`${numberOf(object)} 0 R`);
  } else if (object instanceof PDFStream) {
    object.updateDict();
    const contents = object.getContents();
    serialize(object.dict, parts, numberOf);
    parts.push('\nstream\n', contents, '\nendstream');
  } else if (object instanceof PDFDict) {
    parts.push('<<');
    for (const [key, value] of object.entries()) {
      parts.push(key.toString(), ' ');
      serialize(value, parts, numberOf);
      parts.push('\n');
    }
    parts.push('>>');
  } else if (object instanceof PDFArray) {
    parts.push('[');
    object.asArray().forEach((item, i) => {
      if (i > 0) parts.push(' ');
      serialize(item, parts, numberOf);
    });
    parts.push(']');
  } else {
    parts.push(object.toString());
  }
}
