// Every *.md below a folder, in path order, walked the way supv discovers
// records: what the floor and remark-lint-frontmatter-schema both read.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function markdownFiles(folder, out = []) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}
