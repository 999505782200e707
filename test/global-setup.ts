import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Spawned-binary tests run lib/ (packed, scripts/pack.mjs); compile and pack it when any source is newer. */
export default function compileWhenStale(): void {
  const root = path.resolve(import.meta.dirname, '..');
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
    }, 0);
  let built = 0;
  try {
    built = newest(path.join(root, 'lib'));
  } catch {
    built = 0;
  }
  if (newest(path.join(root, 'src')) > built) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
    // And packed as the set-up script packs it (bin/supv.js runs the pack only when it is newer than lib/).
    execFileSync(process.execPath, [path.join(root, 'scripts/pack.mjs')], { stdio: 'inherit' });
  }
}
