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
 * reads for the supervisor's staff record: a session's supervisor is kept
 * apart ({@link RecordLinks.leader}), so that a supervisor's record does not
 * tie together everyone they supervise.
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
function idKey(id: string): string {
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
