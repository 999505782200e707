import { readFileSync } from 'node:fs';
import { packageFile } from '../util/package-files.js';

let cached: string | undefined;

/** supv's own version, from its package.json. */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
