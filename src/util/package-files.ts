/**
 * A file that ships with supv (its schemas, templates, package.json, the
 * worker script), by its path from the package's root. This module sits two
 * folders below the root in src/ (the tests) and lib/ (the CLI), so every
 * other module finds the package's files through here rather than by its own
 * depth.
 */
export function packageFile(relative: string): URL {
  return new URL(relative, PACKAGE_ROOT);
}

const PACKAGE_ROOT = new URL('../../', import.meta.url);

/** The pack's folder (scripts/pack.mjs): its files sit at the same depth as lib/'s, so PACKAGE_ROOT holds there too. */
const PACK = new URL('lib/packed/', PACKAGE_ROOT);

/**
 * A worker thread's script: `lib/packed/<packed>.js` when this code runs
 * from the pack (scripts/pack.mjs packs each worker's entry too, so that a
 * worker loads a few files rather than lib/'s modules one by one), else the
 * compiled `lib/<compiled>` (also when the tests run src/).
 */
export function workerFile(compiled: string, packed: string): URL {
  return new URL('.', import.meta.url).href === PACK.href ? new URL(`${packed}.js`, PACK) : packageFile(`lib/${compiled}`);
}
