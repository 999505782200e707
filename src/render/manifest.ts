/** What the last build made and from what (`manifest.json`), and the PDFs it names: their paths, and removing them. */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { KINDS, type Kind } from '../model.js';
import { isRecordId } from '../validate/schemas.js';
import { OutputFolderError, writeInside } from './output-folder.js';

export const MANIFEST_FILE = 'manifest.json';

/** Per record, what the last build made and from what. */
export interface ManifestEntry {
  kind: Kind;
  file: string;
  /** SHA-256 of the record file's bytes. */
  source: string;
  /** SHA-256 of the templates and stylesheet used. */
  template: string;
  /** SHA-256 of what else the PDF shows: organisation, marking, time zone, the names of the people in it. */
  context: string;
  tool: string;
  /** Path of the PDF relative to the output folder. */
  path: string;
  /** SHA-256 of the PDF's bytes. */
  pdf: string;
  commit: string;
  contentHash: string;
  draft: boolean;
  /** Why the PDF is a draft: a required signature missing (`unsigned`), or one not valid (`not-valid`). */
  draftReason?: 'unsigned' | 'not-valid';
  sealed: boolean;
}

export interface Manifest {
  tool: 'supv';
  manifestVersion: 1;
  records: Record<string, ManifestEntry>;
}

/** SHA-256 in hex, as every hash in the manifest is written. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `pdf/<kind>/<id>.pdf`, or undefined when the id or kind could not safely name a file (SPEC §3: only ids the schema allows ever become file names). */
export function manifestPath(id: string, kind: string): string | undefined {
  if (!isRecordId(id) || !(KINDS as readonly string[]).includes(kind)) return undefined;
  return `pdf/${kind}/${id}.pdf`;
}

/** The manifest in the output folder; an empty one when there is none or it cannot be read (`found` says which). */
export function readManifest(outDir: string): Manifest & { found: boolean } {
  const empty = { tool: 'supv', manifestVersion: 1, records: {}, found: false } as const;
  const file = path.join(outDir, MANIFEST_FILE);
  try {
    if (!lstatSync(file).isFile()) throw new OutputFolderError(`${file} is not a regular file (a symbolic link?); supv will not read or replace it`);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
    return { ...empty, records: {} };
  }
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (parsed.tool !== 'supv' || parsed.manifestVersion !== 1 || typeof parsed.records !== 'object' || parsed.records === null) return { ...empty, records: {} };
    return { ...empty, found: true, records: Object.assign(Object.create(null), parsed.records) as Manifest['records'] };
  } catch {
    // An unreadable manifest only means everything is built again.
    return { ...empty, records: {} };
  }
}

/** Write the manifest, its records in id order, atomically and never through a link. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeInside(outDir, MANIFEST_FILE, `${JSON.stringify(sortManifest(manifest), null, 2)}\n`);
}

function sortManifest(manifest: Manifest): Manifest {
  const records: Manifest['records'] = {};
  for (const id of Object.keys(manifest.records).sort()) records[id] = manifest.records[id]!;
  return { tool: manifest.tool, manifestVersion: manifest.manifestVersion, records };
}

/**
 * Remove the PDF a manifest entry names, only at the path made from its id and
 * kind inside the output folder, never through a linked folder. `kept` when it
 * is there and could not be removed.
 */
export function removePdf(outDir: string, id: string, entry: ManifestEntry): 'removed' | 'absent' | 'kept' {
  const relative = manifestPath(id, String(entry.kind));
  if (!relative || entry.path !== relative) return 'absent'; // A tampered entry names nothing supv made: left alone.
  const folder = path.join(outDir, 'pdf', entry.kind);
  try {
    for (const dir of [path.join(outDir, 'pdf'), folder]) {
      if (!lstatSync(dir).isDirectory()) return 'absent';
    }
  } catch {
    return 'absent';
  }
  const target = path.join(folder, `${id}.pdf`);
  try {
    if (lstatSync(target).isDirectory()) return 'kept';
    unlinkSync(target);
    return 'removed';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'kept';
  }
}
