import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/** The three functions of supervision (SPEC §1), in the order the policy names them. */
const FUNCTIONS = ['accountability', 'development', 'support'] as const;

/** A function of supervision not covered in a person's last `functions_window` sessions. */
export const functionsUnbalanced: Rule = {
  meta: {
    id: 'functions-unbalanced',
    scope: 'linked',
    description: 'a function not covered in the last `functions_window` sessions',
    defaultSeverity: 'warning',
    docs: docsUrl('functions-unbalanced'),
    messages: {
      notCovered: '{missing} not covered in the last {sessions} (since {since}); supervision should balance accountability, development and support over time',
    },
  },
  check({ config, asOf, facts, report, keeps }) {
    const window = config.policy.functions_window;
    for (const person of facts.inPost) {
      if (!keeps(person.record.file)) continue;
      const { sessions } = facts.statusOf(person);
      // Too few sessions to judge a balance yet.
      if (window < 1 || sessions.length < window) continue;
      const recent = sessions.slice(-window);
      const covered = new Set(recent.flatMap((session) => session.data.functions));
      const missing = FUNCTIONS.filter((name) => !covered.has(name));
      if (missing.length === 0) continue;
      const data = { missing: inWords(missing), sessions: window === 1 ? 'session' : `${window} sessions`, since: recent[0]!.data.date };
      report({ record: person.record, at: { pointer: '/id' }, messageId: 'notCovered', data });
    }
  },
};

function inWords(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
