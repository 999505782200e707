/**
 * What ties a record to others for the rules about several records that
 * declare `meta.scope: 'linked'` (src/model.ts): `lint --cache` re-checks,
 * after a change, only the records tied to the changed ones.
 *
 * A record's keys, from its frontmatter as written (valid or not):
 * - `p:<staff id>`: the person it is about. A staff record is about its
 *   member of staff; a session about its supervisee, or each staff attendee
 *   of a group or joint-agency session; a contract or decision about its
 *   supervisee; a case audit about its worker.
 * - `c:<case ref>`: each case it names.
 * - `i:<id>`: its own id and every record id it names (an action review's
 *   session, a case entry's decision, a decision's session, a handover
 *   session), as ids are compared for duplicates: case and Unicode form
 *   aside.
 *
 * Records sharing a key belong together, and so do the records tied to
 * those: what a linked rule finds in a record depends only on the records it
 * belongs with, the staff records, the configuration, the date and git. The
 * one exception is the sessions a supervisor led, which supervisor-untrained
 * (`meta.readsSessionsLed`, src/model.ts) reads for the supervisor's staff
 * record: a session's supervisor is kept apart ({@link RecordLinks.leader}).
 * A change to a session has that rule alone look again at its supervisor's
 * staff record; it does not tie together everyone the supervisor
 * supervises, nor the supervisor's own records.
 *
 * Extra keys cost only time (more records are re-checked); a missing one
 * would let a finding go stale, which the tests in
 * test/cache/lint-cache-incremental.test.ts are there to catch.
 */

export interface RecordLinks {
  keys: string[];
  /** A session's supervisor (a staff id), when it names one. */
  leader?: string;
}

/** An id as ids are compared for duplicates (src/check/rules/id-mismatch.ts): lower case, NFC. */
export function idKey(id: string): string {
  return `i:${id.normalize('NFC').toLowerCase()}`;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, name: string): unknown => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined);

/** The keys of a record with this frontmatter (undefined when it has none). */
export function recordLinks(data: Record<string, unknown> | undefined): RecordLinks {
  const keys = new Set<string>();
  if (!data) return { keys: [] };
  const person = (value: unknown) => {
    const id = text(value);
    if (id) keys.add(`p:${id}`);
  };
  const caseRef = (value: unknown) => {
    const ref = text(value);
    if (ref) keys.add(`c:${ref}`);
  };
  const record = (value: unknown) => {
    const id = text(value);
    if (id) keys.add(idKey(id));
  };
  record(data.id);
  switch (data.kind) {
    case 'staff':
      person(data.id);
      for (const spell of list(data.supervisors)) record(field(spell, 'handover'));
      break;
    case 'session':
      // Both the supervisee and the attendees, whatever the type says: a record being edited may have either.
      person(data.supervisee);
      for (const attendee of list(data.attendees)) person(attendee);
      for (const entry of list(data.cases)) {
        caseRef(field(entry, 'ref'));
        record(field(entry, 'decision'));
      }
      for (const entry of list(data.actions_reviewed)) {
        const ref = text(field(entry, 'ref'));
        if (ref) record(ref.split('#')[0]);
      }
      break;
    case 'contract':
      person(data.supervisee);
      break;
    case 'decision':
      person(data.supervisee);
      caseRef(data.case);
      record(data.session);
      break;
    case 'case-audit':
      person(data.worker);
      caseRef(data.case);
      break;
  }
  const leader = data.kind === 'session' ? text(data.supervisor) : undefined;
  return leader === undefined ? { keys: [...keys] } : { keys: [...keys], leader };
}

/** What the cache knows of a record that ties it to others. */
export interface Tie {
  links: readonly string[];
  /** A session's supervisor. */
  leader: string | null;
  kind: string | null;
  id: string | null;
  valid: boolean;
  /** A session's, decision's or case audit's date, a contract's agreed date. */
  date: string | null;
}

/**
 * The keys a record is listed under in the index (src/cache/run-index.ts):
 * its own ({@link Tie.links}), `l:` and its supervisor's staff id for a
 * session that names one, and `k:staff` for a staff record.
 */
export function tieKeys(tie: Pick<Tie, 'links' | 'leader' | 'kind'>): string[] {
  const keys = [...tie.links];
  if (tie.leader !== null) keys.push(`l:${tie.leader}`);
  if (tie.kind === 'staff') keys.push('k:staff');
  return keys;
}

/**
 * The records of a run as {@link recordsTiedTo} looks them up, numbered by
 * their place in the run: by key, so that what ties every record to others
 * need not be read (src/cache/lint-cache.ts answers from the index's files
 * by key).
 */
export interface TieGraph {
  /** The records listed under this key ({@link tieKeys}), in run order. */
  withKey(key: string): readonly number[];
  /** What ties one record to others; undefined when that cannot be read (then nothing is worked out). */
  tie(record: number): Tie | undefined;
}

/** The graph of records held in a list, every record's ties known. */
export function tieGraph(records: readonly Tie[]): TieGraph {
  // The records of each key: one number for a key only one record has (most ids), a list for the rest.
  const byKey = new Map<string, number | number[]>();
  records.forEach((record, i) => {
    for (const key of tieKeys(record)) {
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, i);
      else if (typeof known === 'number') byKey.set(key, [known, i]);
      else known.push(i);
    }
  });
  return {
    withKey: (key) => {
      const known = byKey.get(key);
      return known === undefined ? [] : typeof known === 'number' ? [known] : known;
    },
    tie: (i) => records[i],
  };
}

/**
 * After a change: which records' findings may have changed (`affected`:
 * the changed records, and every record tied to them through `seeds`, the
 * keys of the changed records before and after the change, and in turn);
 * the staff records in which only the rules that read the sessions someone
 * led (`meta.readsSessionsLed`) may find otherwise (`led`: those of the
 * supervisors of the changed sessions, before and after the change, and of
 * the supervisor of a session a changed record hides or shows by taking or
 * giving up its id, when not affected already); and which records the
 * linked rules need to work those out again (`needed`: those, every staff
 * record, and the last session, by `asOf`, led by each supervisor whose
 * staff record is affected or led). Undefined when a record's ties cannot
 * be read, or a seed's id is empty (no key stands for it).
 */
export function recordsTiedTo(graph: TieGraph, seeds: readonly Pick<Tie, 'links' | 'leader' | 'id'>[], changed: readonly number[], asOf: string): { affected: Set<number>; led: Set<number>; needed: Set<number> } | undefined {
  const queue: string[] = [];
  // The supervisors whose last session led may have changed.
  const leaders = new Set<string>();
  for (const seed of seeds) {
    if (seed.id === '') return undefined;
    queue.push(...seed.links);
    if (seed.leader !== null) leaders.add(seed.leader);
  }
  // Of two records with one id the rules read only the first: a record that takes or gives up another's id hides
  // or shows that one, and with it the session its supervisor last led. Every record with an id has that id's key.
  for (const key of new Set(seeds.flatMap((seed) => (seed.id === null ? [] : [idKey(seed.id)])))) {
    for (const i of graph.withKey(key)) {
      const record = graph.tie(i);
      if (!record) return undefined;
      if (record.leader !== null && record.id !== null && idKey(record.id) === key) leaders.add(record.leader);
    }
  }
  const affected = new Set<number>(changed);
  for (const i of changed) {
    const record = graph.tie(i);
    if (!record) return undefined;
    queue.push(...record.links);
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const i of graph.withKey(key)) {
      if (affected.has(i)) continue;
      affected.add(i);
      const record = graph.tie(i);
      if (!record) return undefined;
      queue.push(...record.links);
    }
  }
  // Whether the rules read record `s` under its id: it is the first valid one with that id (indexRecords,
  // src/load/load.ts). Every record with an id has that id's key, and each key's records are in order.
  const readAs = (s: number, id: string): boolean | undefined => {
    for (const j of graph.withKey(idKey(id))) {
      const other = graph.tie(j);
      if (!other) return undefined;
      if (other.valid && other.id === id) return j === s;
    }
    return false;
  };
  const needed = new Set<number>(affected);
  const led = new Set<number>();
  for (const i of graph.withKey('k:staff')) {
    const record = graph.tie(i);
    if (!record) return undefined;
    needed.add(i);
    if (record.id === null) continue;
    if (!affected.has(i)) {
      if (!leaders.has(record.id)) continue;
      led.add(i);
    }
    // The last session the supervisor led by the as-of date (every one of that day).
    // A session hidden by an earlier record with its id is not read as one: the one they led before may be their last.
    const sessions: Array<{ s: number; date: string }> = [];
    for (const s of graph.withKey(`l:${record.id}`)) {
      const session = graph.tie(s);
      if (!session) return undefined;
      if (session.kind !== 'session' || !session.valid || session.date === null || session.date > asOf || session.id === null) continue;
      const read = readAs(s, session.id);
      if (read === undefined) return undefined;
      if (read) sessions.push({ s, date: session.date });
    }
    const last = sessions.reduce<string | undefined>((latest, { date }) => (latest === undefined || date > latest ? date : latest), undefined);
    for (const { s, date } of sessions) if (date === last) needed.add(s);
  }
  return { affected, led, needed };
}
