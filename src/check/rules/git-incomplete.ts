import type { RuleContext } from '../../model.js';
import type { GitHistory } from '../../git/types.js';

/** The git rules, named in the one warning given when history cannot be read. */
export const GIT_RULE_IDS = ['late-record', 'record-deleted', 'name-in-path'] as const;

/** The message every git rule carries for that warning. */
export const HISTORY_INCOMPLETE_MESSAGE = `git history is incomplete: {reason}. The git rules (${GIT_RULE_IDS.join(', ')}) were skipped rather than guess`;

// One warning per run, whichever git rule runs first: keyed on the run's
// history object (or its record set when no history was loaded), so nothing
// carries over between runs.
const warned = new WeakSet<object>();

/**
 * The complete git history, or undefined after reporting (once per run) that
 * history is incomplete. The warning goes on `supv.config.yaml` when there is
 * one, else on the first record, since it is about the repository as a whole.
 */
export function completeHistory(context: RuleContext): GitHistory | undefined {
  const { git, records } = context;
  if (git?.complete) return git;
  const key: object = git ?? records;
  if (warned.has(key)) return undefined;
  warned.add(key);
  const file = git?.reportFile ?? records.files[0]?.file ?? 'supv.config.yaml';
  const reason = git ? git.incompleteReason ?? 'the history could not be read' : 'git history was not loaded for this run';
  context.report({ file, messageId: 'historyIncomplete', data: { reason }, severity: 'warning' });
  return undefined;
}
