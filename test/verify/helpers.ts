/**
 * Built PDFs for the verify tests: a small records repository (fictional
 * people), PDFs made by `supv build`, sealed with a P12 that openssl makes for
 * a fictional school.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFRef } from 'pdf-lib';
import { main } from '../../src/cli/main.js';
import { skipReason } from '../render/fixtures.js';

export const PASSWORD = 'tidy otter lantern';
export const SEALER = 'Larkfield Primary School';
export const SESSION_PDF = 'dist/pdf/session/2025-02-03-jo-bloggs.pdf';
export const DECISION_PDF = 'dist/pdf/decision/dec-2025-02-03-fam-0042.pdf';
export const SESSION_FILE = 'records/sessions/2025/2025-02-03-jo-bloggs.md';
export const DECISION_FILE = 'records/decisions/dec-2025-02-03-fam-0042.md';

/** Why these tests cannot run here (no Chromium, poppler or openssl), or undefined. */
export function verifySkipReason(): string | undefined {
  return skipReason() ?? (spawnSync('openssl', ['version']).status === 0 ? undefined : 'openssl is not installed');
}

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function supv(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd, env, isTTY: false, now: () => new Date('2025-03-01T12:00:00Z') };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}

/** A self-signed certificate for a fictional organisation (the school by default), as a PKCS#12 file with {@link PASSWORD}. */
export function makeP12(dir: string, commonName = SEALER, organisation = 'Larkfield Academy Trust'): string {
  const key = path.join(dir, 'seal.key');
  const cert = path.join(dir, 'seal.crt');
  const p12 = path.join(dir, 'seal.p12');
  const run = (args: string[]) => {
    const result = spawnSync('openssl', args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`openssl ${args[0]}: ${result.stderr}`);
  };
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${commonName}/O=${organisation}`]);
  run(['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', `pass:${PASSWORD}`, '-certpbe', 'AES-256-CBC', '-keypbe', 'AES-256-CBC', '-macalg', 'sha256']);
  return p12;
}

export function pdfsig(file: string): string {
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

/** A copy of a built repository that a test may change freely. */
export function copyRepo(root: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'supv-verify-'));
  cpSync(root, copy, { recursive: true });
  return copy;
}

/**
 * An incremental update appended after the seal, as a PDF editor would write
 * one: a new version of the document information dictionary (same record id
 * and hash, another title), a cross-reference section for it and a trailer
 * pointing back to the previous one. The sealed bytes are untouched.
 */
export async function appendIncrementalUpdate(bytes: Buffer): Promise<Buffer> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = document.context.trailerInfo.Info;
  const root = document.context.trailerInfo.Root;
  if (!(info instanceof PDFRef) || !(root instanceof PDFRef)) throw new Error('fixture PDF has no Info or Root reference');
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.toString('latin1'));
  if (!previous) throw new Error('fixture PDF has no startxref');
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const object = `${info.objectNumber} 0 obj\n<< /Title (Altered after sealing) /Keywords (${escape(document.getKeywords() ?? '')}) /Subject (${escape(document.getSubject() ?? '')}) >>\nendobj\n`;
  const objectOffset = bytes.length + 1;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const update =
    `\n${object}xref\n0 1\n0000000000 65535 f \n${info.objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${document.context.largestObjectNumber + 1} /Root ${root.objectNumber} 0 R /Info ${info.objectNumber} 0 R /Prev ${previous[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(update, 'latin1')]);
}

export function read(root: string, file: string): Buffer {
  return readFileSync(path.join(root, file));
}
