import type { DecisionRecord } from '../../model.js';
import type { Rule } from '../rule.js';
import { dateOfTimestamp } from '../../policy/dates.js';
import { docsUrl } from './docs.js';

/**
 * A child's name belongs "on that child's file" (the decision record), never
 * where anyone with access to the repository sees it without opening a
 * record: a file path, or a commit message. Names come from decision records'
 * `child.name` and are matched as whole words, ignoring case, with their
 * spaces written as spaces, `-` or `_` (`amy-pond.md`). Each name is reported
 * once per place, on the first decision record naming that child. Findings
 * never repeat a commit message: its short hash and date are enough to find it.
 */
export const nameInPath: Rule = {
  meta: {
    id: 'name-in-path',
    description: "a child's name (from `child.name`) appearing in a file path or a git commit message",
    defaultSeverity: 'error',
    docs: docsUrl('name-in-path'),
    usesGit: 'optional',
    scope: 'paths',
    messages: {
      inPath: "the child's name in `child.name` appears in the file path {path}; name files by id or case reference, not by the child's name",
      inMessage: "the child's name in `child.name` appears in the message of commit {hash} ({date}); commit messages are read by everyone with access to the repository: ask whoever administers it to rewrite that message",
    },
  },
  check(context) {
    const { records, report } = context;
    const children = childNames(records.ofKind.decision);
    if (children.length === 0) return;
    // Current paths need no history; paths and messages from history do. Asked only now, with a child to
    // look for: when history is incomplete, asking is what draws the engine's warning.
    const git = context.history();
    const paths = new Set(records.files.map((record) => record.file));
    if (git) for (const file of git.firstAdded.keys()) paths.add(file);
    const sortedPaths = [...paths].sort();
    const at = { pointer: '/child/name' };

    // Each path and message is split into words once; only children whose first name is among
    // them are tried (100k paths times thousands of children would otherwise be the slowest rule).
    const byFirstWord = new Map<string, Child[]>();
    for (const child of children) {
      const list = byFirstWord.get(child.firstWord);
      if (list) list.push(child);
      else byFirstWord.set(child.firstWord, [child]);
    }
    const candidates = (text: string) => {
      const found = new Set<Child>();
      for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) for (const child of byFirstWord.get(word) ?? []) found.add(child);
      return [...found].filter((child) => (child.pattern ??= namePattern(child.words)).test(text));
    };
    const findings: Array<{ child: Child; report: () => void }> = [];
    for (const file of sortedPaths) {
      const text = file.normalize('NFC');
      for (const child of candidates(text)) findings.push({ child, report: () => report({ record: child.record, at, messageId: 'inPath', data: { path: file } }) });
    }
    for (const commit of git?.commits ?? []) {
      for (const child of candidates(commit.message.normalize('NFC'))) {
        const data = { hash: commit.hash.slice(0, 12), date: dateOfTimestamp(commit.date, context.config.timezone) };
        findings.push({ child, report: () => report({ record: child.record, at, messageId: 'inMessage', data }) });
      }
    }
    // Reported child by child, as before: paths first, then commits.
    for (const child of children) for (const finding of findings) if (finding.child === child) finding.report();
  },
};

/** A distinct child name, the first decision record that names the child, and its matcher once one is needed. */
interface Child {
  record: DecisionRecord;
  words: string[];
  firstWord: string;
  /** Compiled only when a path or message holds the first word: thousands of Unicode patterns cost more than the rest of the rule. */
  pattern?: RegExp;
}

/** One entry per distinct child name, with the first decision record that names the child. */
function childNames(decisions: DecisionRecord[]): Child[] {
  const seen = new Set<string>();
  const children: Child[] = [];
  for (const record of decisions) {
    const name = record.data.child?.name;
    const words = name?.normalize('NFC').trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    children.push({ record, words, firstWord: words[0]!.split(/[^\p{L}\p{N}]+/u).find(Boolean) ?? words[0]! });
  }
  return children;
}

/** Whole words: no letter or digit may touch the name on either side (`amy-pond` yes, `amy-ponder` no). */
export function namePattern(words: string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[\\s_-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}
