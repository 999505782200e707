import { lstatSync, statSync } from 'node:fs';

/**
 * True when anything is at the path, a symbolic link included even when it
 * leads nowhere (`existsSync` follows links, so it would call a dangling link
 * absent, and a write there could follow it).
 */
export function existsNoFollow(absPath: string): boolean {
  try {
    lstatSync(absPath);
    return true;
  } catch {
    return false;
  }
}

/** True for a folder, or a link to one. */
export function isFolder(absPath: string): boolean {
  try {
    return statSync(absPath).isDirectory();
  } catch {
    return false;
  }
}
