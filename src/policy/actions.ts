import type { RecordSet, SessionRecord } from '../model.js';
import type { ActionReviewed } from '../types/records.generated.js';

/**
 * What became of agreed actions (SPEC §3, §11): an action of a session, a
 * decision or a case audit is open until a session reviews it as `done` or
 * `dropped`.
 * `carried` keeps it open: it is carried to the supervisee's next session,
 * which reviews it again, and it may be given a new `due` there. The latest
 * new `due` is the one that applies.
 */

/** A carried review that gave an action a new due date. */
export interface NewDue {
  due: string;
  /** The session that carried the action with that date. */
  record: SessionRecord;
  /** Its index in that session's `actions_reviewed`. */
  index: number;
}

export interface ActionFate {
  /** Reviewed as done or dropped in a session dated on or before as-of. */
  closed: boolean;
  /** The latest new due date a carried review gave it, when one did. */
  newDue?: NewDue;
}

/** What became of every reviewed action, by ref (`<record id>#<action id>`), judged on `asOf`: sessions dated after it are left out. */
export function actionFates(records: RecordSet, asOf: string): Map<string, ActionFate> {
  const fates = new Map<string, ActionFate>();
  const sessions = records.ofKind.session
    .filter((record) => record.data.date <= asOf && record.data.actions_reviewed !== undefined)
    .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of sessions) {
    const reviewed = record.data.actions_reviewed!;
    for (let index = 0; index < reviewed.length; index++) {
      const entry = reviewed[index]!;
      let fate = fates.get(entry.ref);
      if (!fate) fates.set(entry.ref, (fate = { closed: false }));
      if (entry.status === 'done' || entry.status === 'dropped') fate.closed = true;
      else if (entry.due !== undefined) fate.newDue = { due: entry.due, record, index };
    }
  }
  return fates;
}

/** The actions a session carried on to the next one (its `actions_reviewed` entries with status `carried`). */
export function carriedIn(session: SessionRecord): ActionReviewed[] {
  return (session.data.actions_reviewed ?? []).filter((entry) => entry.status === 'carried');
}
