import type { LoadedRecord, RecordSet } from '../../model.js';
import type { Session } from '../../types/records.generated.js';
import { ONE_SUPERVISEE_TYPES } from './signers.js';

/**
 * Each supervisee's sessions in date order, built once per record set so the
 * rules that ask "what was this person's previous session?" stay O(records).
 */
export interface SessionHistory {
  /**
   * The supervisee's own previous session (one-to-one, peer or ad-hoc with the
   * same supervisee, dated before this one): whose actions this one reviews.
   */
  previousOwnSession(session: LoadedRecord): LoadedRecord | undefined;
  /**
   * The date of the last session before this one of anyone it supervises
   * (their own sessions and group sessions listing them). For a group session,
   * the latest such date among its attendees: the last time the case could
   * have been discussed.
   */
  previousSessionDate(session: LoadedRecord): string | undefined;
}

const cache = new WeakMap<RecordSet, SessionHistory>();

/** The session history of a record set, built on first use and shared by every rule of the run. */
export function sessionHistory(records: RecordSet): SessionHistory {
  let history = cache.get(records);
  if (!history) {
    history = buildHistory(records.ofKind.session);
    cache.set(records, history);
  }
  return history;
}

function buildHistory(sessions: LoadedRecord[]): SessionHistory {
  const own = new Map<string, LoadedRecord[]>();
  const all = new Map<string, LoadedRecord[]>();
  const push = (map: Map<string, LoadedRecord[]>, person: string, session: LoadedRecord) => {
    const list = map.get(person);
    if (list) list.push(session);
    else map.set(person, [session]);
  };
  for (const session of sessions) {
    const data = session.data as unknown as Session;
    for (const person of supervised(data)) push(all, person, session);
    if (ONE_SUPERVISEE_TYPES.has(data.type) && data.supervisee) push(own, data.supervisee, session);
  }
  for (const list of [...own.values(), ...all.values()]) list.sort(byDate);

  return {
    previousOwnSession(session) {
      const data = session.data as unknown as Session;
      if (!ONE_SUPERVISEE_TYPES.has(data.type) || !data.supervisee) return undefined;
      return lastBefore(own.get(data.supervisee), data.date);
    },
    previousSessionDate(session) {
      const data = session.data as unknown as Session;
      let latest: string | undefined;
      for (const person of supervised(data)) {
        const date = dateOf(lastBefore(all.get(person), data.date));
        if (date && (!latest || date > latest)) latest = date;
      }
      return latest;
    },
  };
}

function supervised(session: Session): string[] {
  if (ONE_SUPERVISEE_TYPES.has(session.type)) return session.supervisee ? [session.supervisee] : [];
  return Array.isArray(session.attendees) ? session.attendees : [];
}

function dateOf(session: LoadedRecord | undefined): string | undefined {
  return session ? (session.data as unknown as Session).date : undefined;
}

function byDate(a: LoadedRecord, b: LoadedRecord): number {
  const [x, y] = [dateOf(a)!, dateOf(b)!];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The last session strictly before `date` (sessions on the same day are not each other's previous). */
function lastBefore(list: LoadedRecord[] | undefined, date: string): LoadedRecord | undefined {
  if (!list) return undefined;
  // Binary search: the first index whose date is >= `date`.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dateOf(list[middle])! < date) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? list[low - 1] : undefined;
}
