/** The files of lint's cache on disk: where they are, what they are keyed by, how they are read and written safely. */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../types/config.js';
import { toolVersion } from '../cli/version.js';

/** The folder at the repository's root. */
export const CACHE_DIR = '.supv-cache';

/** lint's part of it. */
export const LINT_DIR = 'lint';

/** The first thing every cache file says; a file saying anything else is not read. */
export const CACHE_FORMAT = 'supv lint cache 4';

/** What the cache is keyed by, beside each file's path and content: supv's build and the configuration. */
export interface CacheKey {
  supv: string;
  config: string;
}

/**
 * In the pack (scripts/pack.mjs) a constant: the SHA-256 of the compiled code
 * it was packed from, which stands for the walk over lib/'s files below (about
 * 150 files looked at, on each thread that asks). Undeclared outside the pack.
 */
declare const SUPV_PACKED_FROM: string | undefined;

/**
 * supv's version, and the size and time of every compiled file that decides
 * what lint finds (run from the pack: the content of the code it was packed
 * from): a build of supv with changed rules does not trust the cache of
 * another, even under the same version number.
 */
let buildFingerprint: string | undefined;

export function supvFingerprint(): string {
  if (buildFingerprint !== undefined) return buildFingerprint;
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\n${toolVersion()}\n`);
  if (typeof SUPV_PACKED_FROM === 'string') {
    buildFingerprint = hash.update(`packed from ${SUPV_PACKED_FROM}\n`).digest('base64');
    return buildFingerprint;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = path.dirname(here);
  for (const folder of ['cache', 'check', 'check/rules', 'load', 'parse', 'policy', 'sign', 'validate', 'config', 'git', 'format']) {
    let names: string[];
    try {
      names = readdirSync(path.join(code, folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(js|ts)$/.test(name)) continue;
      try {
        const stats = statSync(path.join(code, folder, name));
        hash.update(`${folder}/${name} ${stats.size} ${stats.mtimeMs}\n`);
      } catch {
        // Gone meanwhile.
      }
    }
  }
  buildFingerprint = hash.digest('base64');
  return buildFingerprint;
}

/** The key for this configuration (the effective one, defaults applied). */
export function cacheKey(config: Config): CacheKey {
  return { supv: supvFingerprint(), config: sha256(stableJson(config)) };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The first 128 bits of the SHA-256 of a file or an entry's line, base64: what the cache tells them apart by. */
export function shortHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64').slice(0, 22);
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Why the cache folder cannot be used, or undefined when it can (or does not exist yet). */
export function folderProblem(dir: string): string | undefined {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) return `${path.basename(dir)} is a symbolic link, which supv does not follow`;
    if (!stats.isDirectory()) return `${path.basename(dir)} is not a folder`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `${path.basename(dir)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return undefined;
}

/** A cache file opened for reading without following a link; undefined when it is missing, a link or not a file. */
export function openCacheFile(file: string): number | undefined {
  let fd: number;
  try {
    // Non-blocking: a FIFO put in its place would otherwise hold the open until someone writes to it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (fstatSync(fd).isFile()) return fd;
  } catch {
    // Not to be read.
  }
  closeSync(fd);
  return undefined;
}

/** A cache file's text, read without following a link; undefined when it is missing, a link or not a file. */
export function readCacheText(file: string): string | undefined {
  const fd = openCacheFile(file);
  if (fd === undefined) return undefined;
  try {
    const stats = fstatSync(fd);
    const buffer = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A cache file of one JSON object (the config's parse, git's history): the object, when the file is one of this format made under this key; else undefined. */
export function keptObject(text: string | undefined, key: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isObject(value) && value.format === CACHE_FORMAT && value.key === key ? value : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const nullOr = (value: unknown, type: string): boolean => value === null || typeof value === type;

/** A cache file's first line, when it says this format, supv and configuration; and the rest. */
export function splitHeader(text: string, key: CacheKey): { header: Record<string, unknown>; body: string } | undefined {
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (!isObject(header) || header.format !== CACHE_FORMAT || header.supv !== key.supv || header.config !== key.config) return undefined;
  return { header, body: text.slice(newline + 1) };
}

/** Make the cache folder (with a `.gitignore` of `*` in it, so git ignores it wherever it is); false when it cannot be used. */
export function makeFolder(dir: string): boolean {
  if (folderProblem(dir)) return false;
  try {
    mkdirSync(dir, { recursive: false });
    if (path.basename(dir) === CACHE_DIR) writeFileSync(path.join(dir, '.gitignore'), '# supv lint --cache: nothing here belongs in git.\n*\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  // Checked again after making it: a link put there meanwhile is not written through.
  return folderProblem(dir) === undefined && lstatSync(dir).isDirectory();
}

