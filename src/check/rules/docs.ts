/** Where each rule's page lives; SARIF and the stylish output link to it. */
export const DOCS_BASE = 'https://github.com/supv-project/supv/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
