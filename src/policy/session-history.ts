import type { RecordSet, SessionRecord } from '../model.js';
import type { Session } from '../types/records.generated.js';
import { staffAttendees } from './attendees.js';
import { ONE_SUPERVISEE_TYPES } from './signers.js';

/**
 * Each supervisee's sessions in date order, built once per run
 * (`RunFacts.sessionHistory`) so the rules that ask "what was this person's
 * previous session?" stay O(records).
 */
export interface SessionHistory {
  /**
   * The supervisee's own previous session (one-to-one, peer or ad-hoc with the
   * same supervisee, dated before this one): whose actions this one reviews.
   */
  previousOwnSession(session: SessionRecord): SessionRecord | undefined;
  /**
   * The date of the last session before this one of anyone it supervises
   * (their own sessions and group sessions listing them). For a group session,
   * the latest such date among its attendees: the last time the case could
   * have been discussed.
   */
  previousSessionDate(session: SessionRecord): string | undefined;
}

/** The session history of a record set. A run builds it once, through `RunFacts`, and every rule shares it. */
export function sessionHistory(records: RecordSet): SessionHistory {
  return buildHistory(records.ofKind.session);
}

/** One person's sessions in date order, with their dates beside them for the binary search. */
interface Timeline {
  dates: string[];
  sessions: SessionRecord[];
}

function buildHistory(sessions: SessionRecord[]): SessionHistory {
  const own = new Map<string, Array<{ date: string; session: SessionRecord }>>();
  const all = new Map<string, Array<{ date: string; session: SessionRecord }>>();
  const push = (map: typeof own, person: string, date: string, session: SessionRecord) => {
    const list = map.get(person);
    if (list) list.push({ date, session });
    else map.set(person, [{ date, session }]);
  };
  for (const session of sessions) {
    const data = session.data;
    // What supervised() gives, without a list per session.
    if (ONE_SUPERVISEE_TYPES.has(data.type)) {
      if (data.supervisee) {
        push(all, data.supervisee, data.date, session);
        push(own, data.supervisee, data.date, session);
      }
    } else for (const person of staffAttendees(data)) push(all, person, data.date, session);
  }
  const ownTimelines = timelines(own);
  const allTimelines = timelines(all);

  return {
    previousOwnSession(session) {
      const data = session.data;
      if (!ONE_SUPERVISEE_TYPES.has(data.type) || !data.supervisee) return undefined;
      const timeline = ownTimelines.get(data.supervisee);
      const index = timeline ? lastBefore(timeline.dates, data.date) : -1;
      return index >= 0 ? timeline!.sessions[index] : undefined;
    },
    previousSessionDate(session) {
      const data = session.data;
      let latest: string | undefined;
      for (const person of supervised(data)) {
        const timeline = allTimelines.get(person);
        const index = timeline ? lastBefore(timeline.dates, data.date) : -1;
        const date = index >= 0 ? timeline!.dates[index] : undefined;
        if (date && (!latest || date > latest)) latest = date;
      }
      return latest;
    },
  };
}

/** Each person's sessions sorted by date; sessions of the same day keep the order they were read in. */
function timelines(byPerson: Map<string, Array<{ date: string; session: SessionRecord }>>): Map<string, Timeline> {
  const result = new Map<string, Timeline>();
  for (const [person, entries] of byPerson) {
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    result.set(person, { dates: entries.map((entry) => entry.date), sessions: entries.map((entry) => entry.session) });
  }
  return result;
}

function supervised(session: Session): string[] {
  if (ONE_SUPERVISEE_TYPES.has(session.type)) return session.supervisee ? [session.supervisee] : [];
  return staffAttendees(session);
}

/** The index of the last date strictly before `date` (sessions on the same day are not each other's previous), or -1. */
function lastBefore(dates: string[], date: string): number {
  // Binary search: the first index whose date is >= `date`.
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
