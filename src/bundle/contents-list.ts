/**
 * What a bundle holds, in a form a program reads: an attached file,
 * `supv-records.json`, listing each record's kind, id and content hash as
 * printed on its pages. `supv verify bundle.pdf` compares it with the
 * repository (src/verify/pdfs.ts); an inspector can open it in any PDF reader
 * or with `pdfdetach`. It does not depend on how a page's text is laid out.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';

/** The attached file's name. */
export const RECORDS_ATTACHMENT = 'supv-records.json';

/** One record the bundle contains. */
export interface BundledRecord {
  kind: string;
  id: string;
  /** The content hash printed on its pages. */
  contentHash: string;
}

/** The attachment's content. */
export interface BundleRecordList {
  tool: 'supv';
  list: 'bundle-records';
  commit: string;
  records: BundledRecord[];
}

/** Attach the list to the bundle (before it is saved). */
export async function attachRecordList(bundle: PDFDocument, list: Omit<BundleRecordList, 'tool' | 'list'>, date: Date): Promise<void> {
  const content: BundleRecordList = { tool: 'supv', list: 'bundle-records', ...list };
  await bundle.attach(Buffer.from(`${JSON.stringify(content, null, 1)}\n`, 'utf8'), RECORDS_ATTACHMENT, {
    mimeType: 'application/json',
    description: 'The records in this bundle: kind, id and content hash of each, for supv verify',
    creationDate: date,
    modificationDate: date,
  });
  await bundle.flush();
  plainFileName(bundle);
}

/**
 * pdf-lib writes the attachment's /UF name (and its name-tree key) as UTF-16
 * text; poppler's `pdfdetach -savefile supv-records.json` cannot match such a
 * name and answers "Invalid file name". The name is ASCII, so it is written as
 * a plain PDF string, which every reader takes (PDF 32000 §7.9.2.2).
 */
function plainFileName(bundle: PDFDocument): void {
  const pairs = bundle.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)?.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
    const name = pairs.lookup(i);
    if (!(name instanceof PDFHexString) || name.decodeText() !== RECORDS_ATTACHMENT) continue;
    pairs.set(i, PDFString.of(RECORDS_ATTACHMENT));
    const spec = pairs.lookup(i + 1);
    if (spec instanceof PDFDict) spec.set(PDFName.of('UF'), PDFString.of(RECORDS_ATTACHMENT));
  }
}

/**
 * The list attached to a bundle: the records, or undefined when there is no
 * such attachment (a bundle made before supv attached one). Throws when the
 * attachment is there but cannot be read.
 */
export function readRecordList(document: PDFDocument): BundledRecord[] | undefined {
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (!embedded) return undefined;
  const stream = findFile(embedded, 0);
  if (!stream) return undefined;
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const raw = Buffer.from(stream.getContents());
  const bytes = filter === undefined ? raw : filter === PDFName.of('FlateDecode') ? inflateSync(raw) : undefined;
  if (!bytes) throw new Error(`${RECORDS_ATTACHMENT} is compressed in a way supv does not read`);
  const parsed = JSON.parse(bytes.toString('utf8')) as Partial<BundleRecordList>;
  if (parsed.tool !== 'supv' || parsed.list !== 'bundle-records' || !Array.isArray(parsed.records)) throw new Error(`${RECORDS_ATTACHMENT} is not a list of records supv wrote`);
  return parsed.records.map((entry, index) => {
    const { kind, id, contentHash } = (entry ?? {}) as Partial<BundledRecord>;
    if (typeof kind !== 'string' || typeof id !== 'string' || typeof contentHash !== 'string' || !/^[0-9a-f]{64}$/.test(contentHash)) {
      throw new Error(`${RECORDS_ATTACHMENT}: entry ${index + 1} lacks a kind, an id or a content hash`);
    }
    return { kind, id, contentHash };
  });
}

/** The embedded file stream named {@link RECORDS_ATTACHMENT} in a name tree (flat or with kids). */
function findFile(node: PDFDict, depth: number): PDFRawStream | undefined {
  if (depth > 8) return undefined;
  const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (pairs) {
    for (let i = 0; i + 1 < pairs.size(); i += 2) {
      const name = pairs.lookup(i);
      const text = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : undefined;
      if (text !== RECORDS_ATTACHMENT) continue;
      const spec = pairs.lookup(i + 1);
      if (!(spec instanceof PDFDict)) continue;
      const file = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
      if (file instanceof PDFRawStream) return file;
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) {
      const found = findFile(kid, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
