import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. It reads what the fast path turns
 * away and finds positions the line reader cannot; most runs need neither,
 * and loading it costs every run, and every worker thread, a few dozen
 * milliseconds.
 */
export function yamlPackage(): typeof Yaml {
  loaded ??= require('yaml') as typeof Yaml;
  return loaded;
}
