import path from 'node:path';
import { existsNoFollow, isFolder } from '../../util/files.js';
import { loadRecords } from '../../load/load.js';
import type { LoadedRecord } from '../../model.js';
import { loadSignatureContext } from '../../sign/key-history.js';
import { verifyAll } from '../../verify/verify.js';
import type { PdfSelection, VerifiedFile } from '../../verify/types.js';
import { describeBundleRecords, describePdf, listPdfs } from '../../verify/pdfs.js';
import { pinFromCertificateFile, pinFromConfig } from '../../verify/pin.js';
import { resolveContext, resolvePathArgument, type GlobalOptions, type RunContext } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { pathFilter } from '../paths.js';
import { escapeInline as one } from '../../util/terminal.js';
import { plural } from '../../util/text.js';

export interface VerifyOptions extends GlobalOptions {
  format?: string;
  /** The output folder whose PDFs are checked (default: `output` in the config). */
  out?: string;
  /** An unsealed PDF fails. */
  requireSeal?: boolean;
  /** The trusted-keys list (outside the repository); else config `trusted_keys`. */
  trustedKeys?: string;
  /** Accept only seals made with the certificate in this PEM file. */
  trustCert?: string;
}

/** `supv verify [PATH...]`: exit 0 when every signature holds, 1 when any fails or cannot be read. */
export async function verifyCommand(paths: string[], options: VerifyOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${format}`);
  const outDir = options.out ? path.resolve(io.cwd, options.out) : path.resolve(context.root, context.config.output);
  if (options.out !== undefined && !isFolder(outDir)) throw new UsageError(`--out ${options.out}: no such folder`);
  // --trust-cert wins over the config's pin: an inspector brings the certificate they were given.
  const pin = options.trustCert !== undefined ? pinFromCertificateFile(path.resolve(io.cwd, options.trustCert), options.trustCert) : pinFromConfig(context.config.seal?.certificate_sha256);
  // Paths inside the output folder name PDFs, and so does a PDF file anywhere else (a bundle an inspector was given); the rest name records.
  const outsidePdfs = paths.filter((given) => !isInside(outDir, resolvePathArgument(context, given)) && /\.pdf$/i.test(given) && existsNoFollow(resolvePathArgument(context, given)) && !isFolder(resolvePathArgument(context, given)));
  const pdfPaths = paths.filter((given) => isInside(outDir, resolvePathArgument(context, given)));
  const recordPaths = paths.filter((given) => !pdfPaths.includes(given) && !outsidePdfs.includes(given));
  const records = loadRecords(context.root);
  const selected = paths.length > 0 && recordPaths.length === 0 ? [] : selectRecords(records.files, recordPaths, context);
  const pdfs: PdfSelection = { outDir, requireSeal: Boolean(options.requireSeal), pin };
  if (paths.length > 0) pdfs.files = [...selectPdfs(outDir, pdfPaths, selected, context), ...outsidePdfs.map((given) => resolvePathArgument(context, given))];
  const signatureContext = await loadSignatureContext({
    root: context.root,
    records,
    config: context.config,
    today: context.asOf,
    ...(options.trustedKeys !== undefined ? { trustedKeysFile: path.resolve(io.cwd, options.trustedKeys) } : {}),
  });
  const results = await verifyAll({ root: context.root, records, selected, pdfs, signatureContext });
  const summary = summarise(results);
  io.stdout(format === 'json' ? `${JSON.stringify({ summary, files: results }, null, 2)}\n` : formatText(results, summary));
  return summary.failed > 0 ? 1 : 0;
}

interface Summary {
  checked: number;
  ok: number;
  failed: number;
  /** Records nobody has signed yet. */
  unsigned: number;
  /** PDFs without a digital seal whose content hash holds (with `--require-seal` they fail instead). */
  unsealed: number;
  /** Of `checked`, how many were built PDFs. */
  pdfs: number;
}

function summarise(results: VerifiedFile[]): Summary {
  const failed = results.filter((result) => !result.ok).length;
  const unsigned = results.filter((result) => result.ok && result.subject === 'record' && (result.signatures.length === 0 || (result.missing?.length ?? 0) > 0)).length;
  const unsealed = results.filter((result) => result.ok && result.subject === 'pdf' && !result.pdf?.sealed).length;
  const pdfs = results.filter((result) => result.subject === 'pdf').length;
  return { checked: results.length, ok: results.length - failed - unsigned - unsealed, failed, unsigned, unsealed, pdfs };
}

/**
 * One line per file, then a summary: ok, FAIL, or `-` for a record nobody has
 * signed yet. Each line's text is escaped with `one` (src/util/terminal.ts) so
 * a file named with a newline cannot print a line of its own.
 */
function formatText(results: VerifiedFile[], summary: Summary): string {
  const lines = results.map((result) => {
    const file = one(result.file);
    if (result.subject === 'pdf') {
      const line = `${result.ok ? (result.pdf?.sealed ? 'ok  ' : '-   ') : 'FAIL'} ${file}  ${one(describePdf(result))}`;
      return [line, ...describeBundleRecords(result).map((text) => `       ${one(text)}`)].join('\n');
    }
    if (result.problem) return `FAIL ${file}  ${one(result.problem)}`;
    if (!result.ok) {
      const problems = result.signatures.filter((check) => check.status === 'not-valid').map((check) => `${check.by} (${check.role}, ${check.at}): ${check.problem ?? 'not valid'}`);
      return `FAIL ${file}  ${one(problems.join('; '))}`;
    }
    const still = (result.missing ?? []).map((signer) => `${one(signer.by)} (${one(signer.role)})`);
    if (result.signatures.length === 0) return `-    ${file}  not signed`;
    const signers = result.signatures.filter((check) => check.status !== 'superseded').map((check) => {
      const earlier = result.signatures.filter((other) => other.status === 'superseded' && other.by === check.by && other.role === check.role).map((other) => other.at);
      const again = earlier.length > 0 ? `; first signed ${earlier[0]}, signed again` : '';
      return `${one(check.by)} (${one(check.role)}${check.personal ? `, personal key ${check.fingerprint}` : ', recorded'}${one(again)})`;
    });
    // A record still waiting for a signature is not "ok", even when every signature it has holds.
    if (still.length > 0) return `-    ${file}  signed by ${signers.join(', ')}; still to sign: ${still.join(', ')}`;
    return `ok   ${file}  signed by ${signers.join(', ')}`;
  });
  const verdict = summary.failed > 0 ? `${summary.failed} failed` : 'all signatures hold';
  const unsealed = summary.pdfs > 0 ? `, ${summary.unsealed} not sealed` : '';
  lines.push('', `${plural(summary.checked, 'file')} checked: ${summary.ok} ok, ${summary.failed} failed, ${summary.unsigned} not signed${unsealed}; ${verdict}`);
  if (results.some((result) => result.pdf?.sealed && !result.pdf.pinned)) {
    lines.push('note: the seals\' signer is not pinned, so a seal made with any certificate, by anyone, passes: pin your organisation\'s with seal.certificate_sha256 in supv.config.yaml or --trust-cert FILE.pem');
  }
  return `${lines.join('\n')}\n`;
}

/** The records under the files or folders named; every record when none are. */
function selectRecords(files: LoadedRecord[], paths: string[], context: RunContext): LoadedRecord[] {
  const wanted = pathFilter(context, paths, files.map((record) => record.file), { nameAsGiven: true });
  return wanted ? files.filter((record) => wanted(record.file)) : files;
}


function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The PDFs under the output-folder paths named, and the PDFs of the records selected (`pdf/<kind>/<id>.pdf`, when built). */
function selectPdfs(outDir: string, pdfPaths: string[], selected: LoadedRecord[], context: RunContext): string[] {
  const all = listPdfs(outDir);
  const wanted = new Set<string>();
  for (const given of pdfPaths) {
    const target = resolvePathArgument(context, given);
    const found = all.filter((file) => isInside(target, file));
    if (found.length === 0) throw new UsageError(`no PDFs found at ${given}`);
    for (const file of found) wanted.add(file);
  }
  for (const record of selected) {
    if (record.kind && record.id) wanted.add(path.join(outDir, 'pdf', record.kind, `${record.id}.pdf`));
  }
  return all.filter((file) => wanted.has(file));
}
