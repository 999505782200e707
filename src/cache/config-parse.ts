/**
 * The config file's parse, kept in lint's cache (`.supv-cache/lint/config.json`)
 * under the SHA-256 of its text and supv's build: a `lint --cache` that finds
 * the same text takes the parse from there and loads no YAML parser. Read and
 * written by the scan worker (src/cache/scan-worker.ts) while the CLI loads.
 * What it keeps is only what parsing that text gives (the values, or the
 * problem and where it is); the configuration is validated as always.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSource, type ConfigParse } from '../config/config-text.js';
import { survivesJson } from '../load/chunks.js';
import type { YamlResult } from '../parse/yaml.js';
import { writeAtomic } from '../util/atomic-write.js';
import { isFolder } from '../util/files.js';
import { CACHE_DIR, CACHE_FORMAT, folderProblem, keptObject, LINT_DIR, readCacheText, sha256, supvFingerprint } from './files.js';

/** Beside the shards and the index. */
export const CONFIG_PARSE_FILE = 'config.json';

/**
 * The config file at `file` parsed, from the cache of the repository at
 * `root` when it holds the parse of this very text, else parsed now (and
 * then kept, once the returned `save` runs). Undefined when the file cannot
 * be read or decoded: the CLI reads it again and says why.
 */
export async function configParseCached(root: string, file: string): Promise<{ parse: ConfigParse; save: () => Promise<void> } | undefined> {
  let text: ReturnType<typeof configSource>;
  try {
    text = configSource(readFileSync(file));
  } catch {
    return undefined;
  }
  if (!('source' in text)) return undefined;
  const { source } = text;
  const cacheDir = path.join(root, CACHE_DIR);
  const lintDir = path.join(cacheDir, LINT_DIR);
  const usable = folderProblem(cacheDir) === undefined && folderProblem(lintDir) === undefined;
  const key = sha256(`${supvFingerprint()}\n${source}`);
  const kept = usable ? keptParse(readCacheText(path.join(lintDir, CONFIG_PARSE_FILE)), key) : undefined;
  if (kept) return { parse: { file, source, parsed: kept }, save: async () => undefined };
  // Loaded only now: with the parse kept, no YAML parser is loaded at all.
  const { parseYaml } = await import('../parse/yaml.js');
  const parsed = parseYaml(source);
  const keep = usable && ('problem' in parsed || survivesJson(parsed.value));
  const save = async () => {
    // Only into a cache folder lint has made: this never makes one of its own.
    if (!keep || !isFolder(lintDir) || folderProblem(cacheDir) !== undefined || folderProblem(lintDir) !== undefined) return;
    await writeAtomic(path.join(lintDir, CONFIG_PARSE_FILE), JSON.stringify({ format: CACHE_FORMAT, key, parsed }), { durable: false }).catch(() => undefined);
  };
  return { parse: { file, source, parsed }, save };
}

/** The parse a cache file holds, when it is one for this key (the text and supv's build) and has the shape of a parse. */
function keptParse(text: string | undefined, key: string): YamlResult | undefined {
  const parsed = keptObject(text, key)?.parsed;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  if ('value' in parsed && Object.keys(parsed).length === 1) return parsed as YamlResult;
  const problem = (parsed as { problem?: unknown }).problem as { offset?: unknown; message?: unknown } | undefined;
  if (Object.keys(parsed).length === 1 && problem && Number.isInteger(problem.offset) && typeof problem.message === 'string') return { problem: { offset: problem.offset as number, message: problem.message } };
  return undefined;
}
