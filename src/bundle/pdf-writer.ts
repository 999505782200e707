/**
 * A PDF written as it is made: documents are appended one at a time (their
 * pages and whatever the pages use, fonts once per document), and only the
 * page list, the outline and the cross-reference offsets are kept until the
 * end. A bundle of 10,000 records never has to be held in memory whole, as
 * pdf-lib's `save()` would need.
 *
 * The file is compact (PDF 1.5): every object that is not a stream (page
 * dictionaries, bookmarks, fonts' dictionaries) goes into compressed object
 * streams, listed by a cross-reference stream; a stream or a resource
 * dictionary that several pages share byte for byte (the pages' `q` and `Q`
 * wrappers, a batch's resources, a font program two batches subset alike) is
 * written once. The catalog, the page
 * tree's nodes and the document information stay plain objects in a classic
 * cross-reference table that points at the stream (a "hybrid-reference" file,
 * ISO 32000-1 §7.5.8.4): a seal is added as an incremental update by tools
 * that read only such a table, and every reader from PDF 1.5 on reads both.
 *
 * The file is written to a temporary file beside the target and renamed over
 * it when complete, so a crash leaves the old file or the new one (SPEC §10).
 */
import { createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
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
/** Objects per object stream, and its most bytes before compression: a reader inflates one stream to reach one object. */
const OBJECTS_PER_STREAM = 200;
const OBJECT_STREAM_BYTES = 1 << 16;

/** How an object is written: `plain` keeps it out of object streams (the catalog, page-tree nodes, document information). */
interface WriteOptions {
  plain?: boolean;
}

export interface WriterOptions {
  /** Rename the finished file over the target in {@link StreamingPdfWriter.finish} (default); false: the caller calls {@link StreamingPdfWriter.commit}. */
  commitOnFinish?: boolean;
}

export class StreamingPdfWriter {
  private readonly fd: number;
  readonly temporary: string;
  private offset = 0;
  /** Byte offset of each object, by object number (0 is the free-list head). */
  private offsets: number[] = [0];
  /** For an object in an object stream: the stream's object number and the object's index in it. */
  private inStream = new Map<number, { stream: number; index: number }>();
  private pending: Array<{ num: number; text: string }> = [];
  private pendingBytes = 0;
  /** Streams and resource dictionaries written once for every page that uses them, by content. */
  private shared = new Map<string, number>();
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Every page's object number, in page order, and the page-tree node of each appended document. */
  private pageNumbers: number[] = [];
  private nodes: Array<{ num: number; count: number }> = [];
  private readonly rootPages: number;
  private done = false;
  private finished = false;
  private readonly commitOnFinish: boolean;

  constructor(readonly file: string, options: WriterOptions = {}) {
    this.commitOnFinish = options.commitOnFinish ?? true;
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

  private writeObject(num: number, parts: Array<string | Uint8Array>, options: WriteOptions = {}): void {
    if (!options.plain && parts.every((part) => typeof part === 'string')) {
      const text = (parts as string[]).join('');
      this.pending.push({ num, text });
      this.pendingBytes += text.length + 1;
      if (this.pending.length >= OBJECTS_PER_STREAM || this.pendingBytes >= OBJECT_STREAM_BYTES) this.flushObjectStream();
      return;
    }
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

  /** Write the objects waiting for an object stream as one compressed object stream (ISO 32000-1 §7.5.7). */
  private flushObjectStream(): void {
    if (this.pending.length === 0) return;
    const stream = this.allocate();
    let header = '';
    let at = 0;
    this.pending.forEach((entry, index) => {
      header += `${entry.num} ${at} `;
      at += entry.text.length + 1;
      this.inStream.set(entry.num, { stream, index });
    });
    const body = Buffer.from(`${header}\n${this.pending.map((entry) => entry.text).join('\n')}\n`, 'latin1');
    const data = deflateSync(body);
    const count = this.pending.length;
    this.pending = [];
    this.pendingBytes = 0;
    this.writeObject(stream, [`<</Type /ObjStm /N ${count} /First ${header.length + 1} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`, data, '\nendstream'], { plain: true });
  }

  /** The object number of a stream or dictionary already written with exactly this content (by its digest), or a new one that `write` fills. */
  private once(digest: string, write: (num: number) => void): number {
    let num = this.shared.get(digest);
    if (num === undefined) {
      num = this.allocate();
      this.shared.set(digest, num);
      write(num);
    }
    return num;
  }

  /** Renumbering of one source document's objects into this file: each is written once, when first referred to. */
  private copier(document: PDFDocument, special: (ref: PDFRef, object: PDFObject, parts: Array<string | Uint8Array>, writer: Serializer) => boolean = () => false, left?: Set<PDFRef>) {
    const context = document.context;
    const numbers = new Map<PDFRef, number>();
    const queue: Array<[PDFRef, number]> = [];
    const writer: Serializer = {
      numberOf: (ref: PDFRef): number => {
        let num = numbers.get(ref);
        if (num !== undefined) return num;
        if (left?.has(ref)) return 0;
        num = this.sharedStream(context.lookup(ref));
        if (num === undefined) {
          num = this.allocate();
          queue.push([ref, num]);
        }
        numbers.set(ref, num);
        return num;
      },
      resources: (dict: PDFDict): string => {
        const parts: Array<string | Uint8Array> = [];
        serialize(dict, parts, writer);
        const text = parts.join('');
        return `${this.once(createHash('sha256').update(`resources\0${text}`, 'latin1').digest('base64'), (num) => this.writeObject(num, [text]))} 0 R`;
      },
    };
    const numberOf = writer.numberOf;
    const drain = () => {
      while (queue.length > 0) {
        const [ref, num] = queue.shift()!;
        const object = context.lookup(ref);
        if (object === undefined) {
          this.writeObject(num, ['null']);
          continue;
        }
        const parts: Array<string | Uint8Array> = [];
        if (!special(ref, object, parts, writer)) serialize(object, parts, writer);
        this.writeObject(num, parts);
      }
    };
    return { numbers, numberOf, drain, writer };
  }

  /**
   * A stream that refers to nothing (a page's `q` or `Q` wrapper, a font
   * program two batches subset alike): the number of the one copy in this
   * file, written now if it is the first. Undefined for anything else.
   */
  private sharedStream(object: PDFObject | undefined): number | undefined {
    if (!(object instanceof PDFStream)) return undefined;
    object.updateDict();
    const parts: Array<string | Uint8Array> = [];
    try {
      serialize(object.dict, parts, { numberOf: () => { throw new RefersToObjects(); }, resources: () => { throw new RefersToObjects(); } });
    } catch (error) {
      if (error instanceof RefersToObjects) return undefined;
      throw error;
    }
    const dict = parts.join('');
    const contents = object.getContents();
    const digest = createHash('sha256').update(`stream\0${dict}\0`, 'latin1').update(contents).digest('base64');
    return this.once(digest, (num) => this.writeObject(num, [dict, '\nstream\n', contents, '\nendstream'], { plain: true }));
  }

  /**
   * Copy catalog entries of `document` (an attached file's name tree, say)
   * and everything they refer to into this file; returns them as PDF syntax
   * for {@link finish}'s `attached`.
   */
  async catalogEntries(document: PDFDocument, keys: string[]): Promise<string> {
    await document.flush();
    const { drain, writer } = this.copier(document);
    let entries = '';
    for (const key of keys) {
      const value = document.catalog.get(PDFName.of(key));
      if (value === undefined) continue;
      const parts: Array<string | Uint8Array> = [];
      serialize(value, parts, writer);
      if (parts.some((part) => typeof part !== 'string')) throw new Error(`the catalog entry ${key} holds a stream directly`);
      entries += ` ${PDFName.of(key).toString()} ${parts.join('')}`;
    }
    drain();
    return entries;
  }

  /**
   * Append pages of `document` (all, or the 0-based indices in `only`, in
   * order) with everything they use; objects only the old catalog or other
   * pages reached (its outline, metadata, pages left out) are left behind: a
   * reference to a page left out becomes null. Returns the 0-based index of
   * its first page in this file.
   */
  async appendDocument(document: PDFDocument, only?: number[]): Promise<number> {
    // Fonts and embedded pages pdf-lib has promised but not yet written.
    await document.flush();
    const first = this.pageNumbers.length;
    const node = this.allocate();
    const all = document.getPages();
    const pages = only ? only.map((index) => all[index]!) : all;
    const pageRefs = new Set(pages.map((page) => page.ref));
    const left = only ? new Set(all.filter((page) => !pageRefs.has(page.ref)).map((page) => page.ref)) : undefined;
    const { numbers, numberOf, drain } = this.copier(document, (ref, object, parts, writer) => {
      if (!pageRefs.has(ref) || !(object instanceof PDFDict)) return false;
      parts.push(`<</Parent ${node} 0 R`);
      serializeEntries(object, parts, writer);
      parts.push('>>');
      return true;
    }, left);
    for (const page of pages) {
      // The page's own copy of what it inherited, as its parent is now a node of this writer.
      const leaf = page.node;
      leaf.set(PDFName.of('MediaBox'), leaf.MediaBox());
      const resources = leaf.Resources();
      if (resources) leaf.set(PDFName.of('Resources'), resources);
      leaf.delete(PDFName.of('Parent'));
    }
    for (const page of pages) this.pageNumbers.push(numberOf(page.ref));
    drain();
    this.writeObject(node, [`<</Type /Pages /Parent ${this.rootPages} 0 R /Count ${pages.length} /Kids [${pages.map((page) => `${numbers.get(page.ref)} 0 R`).join(' ')}]>>`], { plain: true });
    this.nodes.push({ num: node, count: pages.length });
    return first;
  }

  /** Write the page tree, outline, catalog and trailer, and move the file into place. */
  finish(outline: WriterOutlineNode[], info: WriterInfo): number {
    const total = this.pageNumbers.length;
    this.writeObject(this.rootPages, [`<</Type /Pages /Count ${total} /Kids [${this.nodes.map((node) => `${node.num} 0 R`).join(' ')}]>>`], { plain: true });
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
    this.flushObjectStream();
    // The catalog and the document information last and plain: the highest object numbers, in the classic table.
    const catalog = this.allocate();
    this.writeObject(catalog, [`<</Type /Catalog /Pages ${this.rootPages} 0 R /Outlines ${outlineRoot} 0 R /PageMode /UseOutlines /Lang ${PDFString.of(info.language).toString()}${info.attached ?? ''}>>`], { plain: true });
    const infoNum = this.allocate();
    const text = (value: string) => PDFHexString.fromText(value).toString();
    const date = PDFString.fromDate(info.date).toString();
    this.writeObject(infoNum, [
      `<</Title ${text(info.title)} /Author ${text(info.author)} /Subject ${text(info.subject)} /Keywords ${text(info.keywords.join(' '))}` +
        ` /Creator ${text(info.creator)} /Producer ${text(info.producer)} /CreationDate ${date} /ModDate ${date}>>`,
    ], { plain: true });
    const id = PDFHexString.of(info.id).toString();

    // The cross-reference stream: every object, those in object streams by stream and index (type 2).
    const xrefStream = this.allocate();
    const size = this.offsets.length;
    const xrefStreamAt = this.size;
    this.offsets[xrefStream] = xrefStreamAt;
    const rows = Buffer.alloc(size * 7);
    for (let num = 0; num < size; num++) {
      const at = num * 7;
      const compressed = this.inStream.get(num);
      const offset = this.offsets[num]!;
      if (compressed) {
        rows[at] = 2;
        rows.writeUInt32BE(compressed.stream, at + 1);
        rows.writeUInt16BE(compressed.index, at + 5);
      } else if (offset >= 0 && num > 0) {
        rows[at] = 1;
        rows.writeUInt32BE(offset, at + 1);
      } else {
        rows[at] = 0;
        rows.writeUInt16BE(num === 0 ? 65535 : 0, at + 5);
      }
    }
    if (this.size > 0xffffffff) throw new Error('the bundle is larger than 4 GB, which its cross-reference stream cannot address');
    const packed = deflateSync(rows);
    this.write(Buffer.from(`${xrefStream} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] /Root ${catalog} 0 R /Info ${infoNum} 0 R /ID [${id} ${id}] /Filter /FlateDecode /Length ${packed.length}>>\nstream\n`, 'latin1'));
    this.write(packed);
    this.write(Buffer.from('\nendstream\nendobj\n', 'latin1'));

    // The classic table: only what a seal's incremental update reads (the catalog, the page tree, the document
    // information) and the cross-reference stream, whose number is the highest; every other object, streams
    // included, is found through /XRefStm, 20 bytes a page fewer than a full table.
    const listed = new Set([this.rootPages, ...this.nodes.map((node) => node.num), catalog, infoNum, xrefStream]);
    const xrefAt = this.size;
    let xref = 'xref\n0 1\n0000000000 65535 f \n';
    for (let num = 1; num < size; ) {
      if (!listed.has(num)) {
        num++;
        continue;
      }
      let end = num;
      while (end < size && listed.has(end)) end++;
      xref += `${num} ${end - num}\n`;
      for (let at = num; at < end; at++) xref += `${String(this.offsets[at]).padStart(10, '0')} 00000 n \n`;
      num = end;
    }
    xref += `trailer\n<</Size ${size} /Root ${catalog} 0 R /Info ${infoNum} 0 R /ID [${id} ${id}] /XRefStm ${xrefStreamAt}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    this.write(Buffer.from(xref, 'latin1'));
    this.flush();
    const bytes = this.offset;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.finished = true;
    if (this.commitOnFinish) this.commit();
    return bytes;
  }

  /** Move the finished file into place (when the writer was made with `commitOnFinish: false`). */
  commit(): void {
    if (!this.finished || this.done) throw new Error('commit() before finish(), or twice');
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
  }

  /** Give up: remove the temporary file. Safe after {@link commit}. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    if (!this.finished) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed.
      }
    }
    try {
      unlinkSync(this.temporary);
    } catch {
      // Already gone.
    }
  }
}

/** What {@link serialize} needs of the writer: new numbers for references, and one shared object per distinct resource dictionary. */
interface Serializer {
  numberOf(ref: PDFRef): number;
  /** A reference to the one copy of this resource dictionary in the file. */
  resources(dict: PDFDict): string;
}

class RefersToObjects extends Error {}

function serializeEntries(dict: PDFDict, parts: Array<string | Uint8Array>, writer: Serializer): void {
  for (const [key, value] of dict.entries()) {
    if (key === PDFName.of('Parent')) continue;
    parts.push(key.toString(), ' ');
    serializeValue(key, value, parts, writer);
    parts.push('\n');
  }
}

/** A dictionary entry's value; a direct `/Resources` dictionary (the same on every page of a batch) becomes a reference to its one copy. */
function serializeValue(key: PDFName, value: PDFObject, parts: Array<string | Uint8Array>, writer: Serializer): void {
  if (key === PDFName.of('Resources') && value instanceof PDFDict) parts.push(writer.resources(value));
  else serialize(value, parts, writer);
}

/** PDF syntax for one object, with every reference renumbered into this file (a reference to nothing written is null). */
function serialize(object: PDFObject, parts: Array<string | Uint8Array>, writer: Serializer): void {
  if (object instanceof PDFRef) {
    const num = writer.numberOf(object);
    parts.push(num === 0 ? 'null' : `${num} 0 R`);
  } else if (object instanceof PDFStream) {
    object.updateDict();
    const contents = object.getContents();
    serialize(object.dict, parts, writer);
    parts.push('\nstream\n', contents, '\nendstream');
  } else if (object instanceof PDFDict) {
    parts.push('<<');
    for (const [key, value] of object.entries()) {
      parts.push(key.toString(), ' ');
      serializeValue(key, value, parts, writer);
      parts.push('\n');
    }
    parts.push('>>');
  } else if (object instanceof PDFArray) {
    parts.push('[');
    object.asArray().forEach((item, i) => {
      if (i > 0) parts.push(' ');
      serialize(item, parts, writer);
    });
    parts.push(']');
  } else {
    parts.push(object.toString());
  }
}
