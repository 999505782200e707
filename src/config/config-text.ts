/**
 * The config file's text as supv parses it, and that parse, apart from the
 * rest of the configuration so that the scan worker of `lint --cache`
 * (src/cache/scan-worker.ts) can parse it while the CLI loads: the YAML
 * parser it needs is then loaded and run on the other core.
 */
import type { ReadProblem } from '../model.js';
import { decodeRecord } from '../parse/decode.js';
import type { YamlResult } from '../parse/yaml.js';

/** A config file's text ready to parse: a leading newline keeps line numbers equal to the file's, as for a record's frontmatter. */
export function configSource(bytes: Uint8Array): { source: string } | { problem: ReadProblem } {
  const decoded = decodeRecord(bytes);
  if ('problem' in decoded) return decoded;
  return { source: '\n' + decoded.text.replace(/\r\n?/g, '\n') };
}

/** A config file parsed ahead: its path, the text parsed and what the parse gave. */
export interface ConfigParse {
  file: string;
  source: string;
  parsed: YamlResult;
}
