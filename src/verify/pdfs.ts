/**
 * The PDF part of `supv verify`: every PDF under the output folder, checked
 * for its digital seal (when it has one, see ./seal.ts) and for the content
 * hash it carries, compared with the record as it is now. A record PDF says
 * which record it shows in its keywords (`supv <kind> <id> sha256:<hash>
 * commit:<commit> <marking>`, written by render/pdf.ts).
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { KINDS } from '../model.js';
import { MANIFEST_FILE } from '../render/manifest.js';
import { recordContentHash } from '../sign/content-hash.js';
import { checkSeals } from './seal.js';
import { pinProblem } from './pin.js';
import { readRecordList, type BundledRecord } from '../bundle/contents-list.js';
import type { PdfCheck, PdfRecordCheck, PdfSelection, VerifiedFile, Verifier, VerifyInput } from './types.js';

export const RECORD_CHANGED = 'the record changed after this PDF was built: run supv build';
export const RECORD_GONE = 'the record no longer exists';
export const NOT_SEALED = 'not sealed';
export const BUNDLE_CHANGED = 'changed since the bundle was made';
export const BUNDLE_GONE = 'no longer in the repository';
/** The PDF check of `supv verify`. Nothing to do when the run names no output folder. */
export const verifyPdfs: Verifier = async (input: VerifyInput) => {
  const selection = input.pdfs;
  if (!selection) return [];
  const files = selection.files ?? listPdfs(selection.outDir);
  const sealedByManifest = manifestSeals(selection.outDir);
  const results: VerifiedFile[] = [];
  for (const file of files) results.push(await verifyPdf(file, input, selection, sealedByManifest));
  return results;
};

/**
 * The record ids whose PDF the last build sealed, from `<out>/manifest.json`
 * (src/render/manifest.ts). A PDF the manifest calls sealed that carries no seal
 * lost it. An unreadable or linked manifest is ignored: it only adds a check.
 */
export function manifestSeals(outDir: string): Set<string> {
  const sealed = new Set<string>();
  const file = path.join(outDir, MANIFEST_FILE);
  try {
    if (!lstatSync(file).isFile()) return sealed;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { tool?: unknown; records?: unknown };
    if (manifest.tool !== 'supv' || typeof manifest.records !== 'object' || manifest.records === null) return sealed;
    for (const [id, entry] of Object.entries(manifest.records)) {
      if ((entry as { sealed?: unknown } | null)?.sealed === true) sealed.add(id);
    }
  } catch {
    // No manifest, or not JSON.
  }
  return sealed;
}

/** Every `*.pdf` under the folder, sorted; symbolic links are listed (and then refused), never followed. */
export function listPdfs(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      // Dot files are temporary files of a build in progress (or the system's), never a built PDF.
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.pdf$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(full);
    }
  };
  walk(outDir);
  return found;
}

/** What a record PDF's keywords say it shows: `supv <kind> <id> sha256:<hash> ...`. */
export function carriedRecord(keywords: string | undefined): { kind: string; id: string; contentHash: string } | undefined {
  const tokens = (keywords ?? '').trim().split(/\s+/);
  const hash = tokens.find((token) => /^sha256:[0-9a-f]{64}$/.test(token));
  const [tool, kind, id] = tokens;
  if (tool !== 'supv' || !kind || !(KINDS as readonly string[]).includes(kind) || !id || !hash) return undefined;
  return { kind, id, contentHash: hash.slice('sha256:'.length) };
}

/** Check one PDF. Never throws for what is in the file: a PDF that cannot be read fails with the reason. */
export async function verifyPdf(absolute: string, input: VerifyInput, selection: PdfSelection, sealedByManifest: Set<string> = new Set()): Promise<VerifiedFile> {
  const file = displayPath(absolute, input.root);
  const cannotRead = (reason: string): VerifiedFile => ({ file, subject: 'pdf', ok: false, signatures: [], problem: `cannot be read (${reason})` });

  let bytes: Buffer;
  try {
    if (lstatSync(absolute).isSymbolicLink()) return cannotRead('it is a symbolic link, not a PDF supv built');
    bytes = readFileSync(absolute);
  } catch (error) {
    return cannotRead((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  if (!bytes.subarray(0, 1024).includes('%PDF-')) return cannotRead('not a PDF: no %PDF header');
  if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')) return cannotRead('no %%EOF at the end: the file was cut short');

  let keywords: string | undefined;
  let subject: string | undefined;
  let bundled: BundledRecord[] | undefined;
  let bundleListProblem: string | undefined;
  try {
    // throwOnInvalidObject: a damaged object is a reason, not a console warning.
    const document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    keywords = document.getKeywords();
    subject = document.getSubject();
    if (isBundle(keywords)) {
      try {
        bundled = readRecordList(document);
      } catch (error) {
        bundleListProblem = `its list of records cannot be read (${(error as Error).message.split('\n')[0]})`;
      }
    }
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
    return cannotRead(reason.length > 160 ? `${reason.slice(0, 160)}...` : reason);
  }

  const seals = checkSeals(bytes);
  const problems: string[] = [];
  for (const seal of seals) if (!seal.ok && seal.problem && !problems.includes(seal.problem)) problems.push(seal.problem);
  if (selection.pin) {
    for (const seal of seals) {
      const problem = pinProblem(seal, selection.pin);
      if (problem && !problems.includes(problem)) problems.push(problem);
    }
  }
  const carried = carriedRecord(keywords);
  let record: PdfRecordCheck | undefined;
  const inRecordFolder = /^pdf\/[^/]+\/[^/]+\.pdf$/i.test(path.relative(selection.outDir, absolute).split(path.sep).join('/'));
  const bundle = isBundle(keywords);
  // Record PDFs and bundles are sealed (reports are not): --require-seal asks it of them.
  if (seals.length === 0 && selection.requireSeal && (carried || inRecordFolder || bundle)) problems.push(`${NOT_SEALED} (--require-seal)`);
  let bundleCheck: PdfCheck['bundle'];
  if (bundle) {
    if (bundleListProblem) problems.push(bundleListProblem);
    bundleCheck = { listed: bundled !== undefined, records: [] };
    if (bundled) {
      bundleCheck.records = bundled.map((entry) => compareRecord(entry, input));
      const changed = bundleCheck.records.filter((entry) => entry.outcome === 'changed' || entry.outcome === 'unreadable').length;
      const gone = bundleCheck.records.filter((entry) => entry.outcome === 'gone').length;
      if (changed > 0) problems.push(`${changed} of its ${bundled.length} records ${changed === 1 ? 'has' : 'have'} ${BUNDLE_CHANGED}`);
      if (gone > 0) problems.push(`${gone} of its ${bundled.length} records ${gone === 1 ? 'is' : 'are'} ${BUNDLE_GONE}`);
    }
  }
  if (carried) {
    if (seals.length === 0 && sealedByManifest.has(carried.id) && !problems.length) problems.push(`the seal is gone: ${MANIFEST_FILE} says the last build sealed this PDF`);
    record = compareRecord(carried, input);
    if (record.outcome === 'changed') problems.push(`${RECORD_CHANGED} (${record.file})`);
    else if (record.outcome === 'gone') problems.push(`${RECORD_GONE} (${carried.kind} ${carried.id})`);
    else if (record.outcome === 'unreadable') problems.push(`the record ${record.file} cannot be read now: run supv lint`);
    if (subject && !subject.endsWith(`: ${carried.kind} ${carried.id}`)) problems.push(`its subject (${subject}) names another record than its keywords (${carried.kind} ${carried.id})`);
    const expected = `pdf/${carried.kind}/${carried.id}.pdf`;
    if (inRecordFolder && path.relative(selection.outDir, absolute).split(path.sep).join('/') !== expected) {
      problems.push(`it shows ${carried.kind} ${carried.id} but is not at ${expected}`);
    }
  } else if (inRecordFolder) {
    problems.push('it carries no record id and content hash: not a record PDF supv built');
  }

  const pdf: PdfCheck = { sealed: seals.length > 0, seals, record, problems, pinned: Boolean(selection.pin) };
  if (bundleCheck) pdf.bundle = bundleCheck;
  return { file, subject: 'pdf', ok: problems.length === 0, signatures: [], pdf };
}

/** A bundle says so in its keywords: `supv bundle <marking> commit:<commit> ...`. */
function isBundle(keywords: string | undefined): boolean {
  const [tool, what] = (keywords ?? '').trim().split(/\s+/);
  return tool === 'supv' && what === 'bundle';
}

export function compareRecord(carried: { kind: string; id: string; contentHash: string }, input: VerifyInput): PdfRecordCheck {
  const base = { id: carried.id, kind: carried.kind, contentHash: carried.contentHash };
  const now = input.records.byId.get(carried.id);
  if (!now) return { ...base, outcome: 'gone' };
  if (!now.data) return { ...base, file: now.file, outcome: 'unreadable' };
  const same = now.kind === carried.kind && recordContentHash(now) === carried.contentHash;
  return { ...base, file: now.file, outcome: same ? 'matches' : 'changed' };
}

/** The text line for a PDF result (after `ok   ` or `FAIL `), in the words of the record lines. */
export function describePdf(result: VerifiedFile): string {
  if (result.problem || !result.pdf) return result.problem ?? 'cannot be read';
  const { pdf } = result;
  const seal = pdf.seals.find((check) => check.ok);
  const sealedBy = seal ? `sealed by CN=${seal.signer ?? '(no common name)'}${seal.signingTime ? ` at ${seal.signingTime}` : ''}` : undefined;
  if (!result.ok) return `${pdf.problems.join('; ')}${sealedBy ? ` (${sealedBy})` : ''}`;
  const sealPart = sealedBy ? `${sealedBy} (${pdf.pinned ? 'the pinned certificate' : 'signer not pinned: any certificate would pass'})` : NOT_SEALED;
  if (pdf.bundle?.listed) return `${sealPart}, a bundle of ${pdf.bundle.records.length} records, each unchanged in the repository`;
  if (pdf.bundle) return `${sealPart}, a bundle that does not list its records (made by an earlier supv): only its seal was checked`;
  return `${sealPart}, ${pdf.record ? `content unchanged since it was built (${pdf.record.file})` : 'not a record PDF: no content hash to compare'}`;
}

/** One line per record of a bundle: unchanged, changed since the bundle was made, or no longer in the repository. */
export function describeBundleRecords(result: VerifiedFile): string[] {
  return (result.pdf?.bundle?.records ?? []).map((entry) => {
    const what = `${entry.kind} ${entry.id}${entry.file ? ` (${entry.file})` : ''}`;
    if (entry.outcome === 'matches') return `unchanged: ${what}`;
    if (entry.outcome === 'gone') return `${BUNDLE_GONE.toUpperCase()}: ${what}`;
    if (entry.outcome === 'unreadable') return `CANNOT BE READ NOW (run supv lint): ${what}`;
    return `${BUNDLE_CHANGED.toUpperCase()}: ${what}`;
  });
}

/** Repository-relative when inside the repository, else absolute; always with `/`. */
function displayPath(absolute: string, root: string): string {
  const relative = path.relative(root, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
