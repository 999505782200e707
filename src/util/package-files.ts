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
