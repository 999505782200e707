import { packageFile } from '../../util/package-files.js';

/**
 * Where a rule's page is: `docs/rules/<id>.md` inside the installed supv
 * package, as a file URL (`meta.docs`, a finding's `docs`). The pages ship
 * with supv (`files` in package.json), so the page exists wherever supv runs,
 * with no network; `supv explain <id>` prints it. supv has no public web page
 * to link to, and none is made up.
 */
export function docsUrl(ruleId: string): string {
  return packageFile(`docs/rules/${ruleId}.md`).href;
}

/** How anyone reads a rule's page, wherever the output is read (a terminal, CI, a code-scanning alert): the command that prints it. */
export function explainHint(ruleId: string): string {
  return `supv explain ${ruleId}`;
}
