import { describe, expect, it } from 'vitest';
import type { LoadedRecord, RecordSet } from '../../src/model.js';
import { signatureStatuses, workingTreeKeys, type SignatureContext } from '../../src/sign/check.js';

/**
 * Which entry of a signatures list counts: the last one by the same person in
 * the same role; the earlier ones are superseded. Short lists are compared
 * entry by entry and long ones through an index (src/sign/check.ts); both
 * must give what the joined `by`+NUL+`role` key always gave, whatever the
 * entries hold.
 */
function recordWith(signatures: unknown[]): LoadedRecord {
  return {
    file: 'records/sessions/s.md',
    absPath: '/tmp/s.md',
    text: '',
    data: { kind: 'session', id: 's', signatures },
    body: '',
    fenceLine: 1,
    bodyLine: 1,
    schemaProblems: [{ pointer: '', message: 'not checked here' }],
    valid: false,
    contentHash: 'abc',
    locate: () => ({ line: 1, column: 1 }),
  };
}

function supersededBy(signatures: unknown[]): Array<number | undefined> {
  const records: RecordSet = { files: [], byId: new Map(), ofKind: { staff: [], contract: [], session: [], decision: [], 'case-audit': [] } } as unknown as RecordSet;
  const context: SignatureContext = { records, timezone: 'Europe/London', requireKeys: false, keys: workingTreeKeys(records) };
  return signatureStatuses(recordWith(signatures), context).signatures.map((one) => one.supersededBy?.index);
}

/** What the joined key gives: each entry's last twin by `${by}\0${role}` among entries whose by and role are strings. */
function byJoinedKey(signatures: unknown[]): Array<number | undefined> {
  const last = new Map<string, number>();
  signatures.forEach((item, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    if (typeof entry.by === 'string' && typeof entry.role === 'string') last.set(`${entry.by}\0${entry.role}`, index);
  });
  return signatures.map((item, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const found = last.get(`${String(entry.by ?? '')}\0${String(entry.role ?? '')}`);
    return found !== undefined && found !== index ? found : undefined;
  });
}

const entry = (by: unknown, role: unknown) => ({ by, role, at: '2026-01-05T10:00:00Z', sha256: 'abc' });

describe('the signature that counts', () => {
  const lists: unknown[][] = [
    [entry('sam-lee', 'supervisor'), entry('jo-bloggs', 'supervisee'), entry('sam-lee', 'supervisor')],
    [entry('sam-lee', 'supervisor'), null, entry(5, 'supervisor'), entry('5', 'supervisor'), entry('sam-lee', 'supervisee')],
    // A NUL inside by or role: the joined key makes these two the same person in the same role.
    [entry('a\0b', 'c'), entry('a', 'b\0c'), entry('a', 'b\0c')],
    [entry(['a', 'b'], 'c'), entry('a,b', 'c')],
  ];
  // Long lists go through the index.
  lists.push(Array.from({ length: 12 }, (_, index) => entry(`p${index % 3}`, index % 2 ? 'attendee' : 'supervisor')));
  lists.push([...lists[2]!, ...lists[0]!, ...lists[1]!]);

  it.each(lists.map((list, index) => [index, list] as const))('list %i: the latest entry by the same person in the same role counts', (_index, list) => {
    expect(supersededBy(list)).toEqual(byJoinedKey(list));
  });

  it('supersedes an earlier signature by the same person in the same role, not in another role', () => {
    expect(supersededBy([entry('sam-lee', 'supervisor'), entry('sam-lee', 'attendee'), entry('sam-lee', 'supervisor')])).toEqual([2, undefined, undefined]);
  });
});
