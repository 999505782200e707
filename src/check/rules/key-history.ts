import type { Rule } from '../rule.js';
import { dateOfTimestamp } from '../../policy/dates.js';
import { keyHistoryFor, type KeyEvent } from '../../sign/key-history.js';
import { docsUrl } from './docs.js';

const MESSAGE_FOR: Record<KeyEvent['kind'], string> = { removed: 'removed', edited: 'edited', backdated: 'backdated', 'added-later': 'addedLater', unreadable: 'unreadable' };

/**
 * Keys are append-only (SPEC §11.1, §11.5): once committed, a `keys` entry is
 * never edited or removed (only `until` may be added), and no key counts
 * before the day of the commit that added it. Read from git history: each
 * finding names the commit, its author and its date (or says the change is
 * not committed yet). A key added after a person's first is a warning: the
 * lead confirms with its owner that it is theirs. Keys that are not ed25519,
 * cannot be read, or are listed twice are errors at their line. Without git
 * history only the current files are checked (the engine warns once).
 */
export const keyHistory: Rule = {
  meta: {
    id: 'key-history',
    scope: 'linked',
    description: 'a personal key edited, removed or backdated in git history (error); a key added after the first (warning)',
    defaultSeverity: 'error',
    docs: docsUrl('key-history'),
    usesGit: 'optional',
    withoutHistory: "only today's keys are checked (not ed25519, unreadable or listed twice)",
    messages: {
      removed: '{detail} {when}; keys are append-only: put the entry back exactly as it was, and give it an `until:` date if it is no longer used',
      edited: '{detail} {when}; put it back as it was committed (only `until` may be added)',
      backdated: '{detail} {when}; a key counts only from the day it is committed, so it does not count for signatures before {day}',
      addedLater: '{detail} {when}, after {name}\'s first key; confirm with {name} in person that this key is theirs (compare the fingerprint), since anyone who can commit could add a key in their name',
      unreadable: 'this key cannot be used: {detail}',
    },
  },
  async check({ records, config, asOf, history, report }) {
    if (!records.ofKind.staff.some((staff) => staff.data.keys !== undefined || staff.data.public_key !== undefined) && !history()) return;
    const keys = await keyHistoryFor(records, history(), config.timezone, asOf);
    for (const event of keys.events) {
      const staff = records.byId.get(event.staffId);
      const name = staff?.kind === 'staff' ? staff.data.name : event.staffId;
      const when = event.commit
        ? `in commit ${event.commit.hash.slice(0, 12)} by ${event.commit.author} on ${dateOfTimestamp(event.commit.date, config.timezone)}`
        : 'in the working copy (not committed yet)';
      report({
        record: event.record,
        at: { pointer: event.pointer, ...(event.pointer === '/keys' || event.pointer === '/id' ? { target: 'key' as const } : {}) },
        messageId: MESSAGE_FOR[event.kind],
        data: { detail: event.detail, when, name, day: event.day },
        ...(event.kind === 'added-later' ? { severity: 'warning' as const } : {}),
      });
    }
  },
};
