/**
 * `supv due` judges the records lint judges (SPEC §11.2, §11.4): with a past
 * `--as-of` the records written since are left out (recordsForRun), a
 * person's `records_from` moves their first due date as it does for
 * session-overdue, and a configuration key naming no staff record stops due
 * as it stops lint.
 */
import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { session, signature, staff } from '../helpers/records.js';

/** runInProcess's clock is 2026-11-23; judged as of a month before. */
const PAST = '2026-10-20';
const signed = (date: string, supervisee: string) =>
  session(date, { supervisee, signatures: [signature('sam-lee', 'supervisor', `${date}T16:00:00+00:00`), signature(supervisee, 'supervisee', `${date}T16:30:00+00:00`)] });

/**
 * Sam Lee supervises Jo Bloggs (sessions 2026-09-01 and, written since the
 * past as-of date, 2026-11-09) and Ali Khan, whose records in supv begin on
 * 2026-10-01 (last session on paper 2025-06-02). A session of 2026-11-12 with
 * Pat Quill is still unsigned by her.
 */
function school(config = 'organisation: Larkfield Primary School\n'): string {
  const files = [
    staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2025-05-10' }),
    staff({ id: 'kim-park', role: 'Head', tier: 'general', supervisor: 'sam-lee', supervision_training: '2025-01-10' }),
    staff({ id: 'jo-bloggs' }),
    staff({ id: 'ali-khan', records_from: '2026-10-01' }),
    staff({ id: 'pat-quill' }),
    signed('2026-09-01', 'jo-bloggs'),
    signed('2026-11-09', 'jo-bloggs'),
    signed('2025-06-02', 'ali-khan'),
    session('2026-11-12', { supervisee: 'pat-quill', signatures: [signature('sam-lee', 'supervisor', '2026-11-12T16:00:00+00:00')] }),
  ];
  return makeRepo({ 'supv.config.yaml': config, ...Object.fromEntries(files.map((file) => [file.file, file.text])) });
}

interface DueJson {
  supervisors: Array<{ id: string | null; overdue: Array<{ person: string; due: string; lastSession?: string }>; dueSoon: Array<{ person: string; due: string }>; toSign: Array<{ record: string }> }>;
}

describe('supv due with a past --as-of and records_from', () => {
  it('lists what was due then: the session written since is not there yet, and records_from moves the first due date', async () => {
    const root = school();
    const result = await runInProcess(['--as-of', PAST, 'due', '--format', 'json'], root);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as DueJson;
    const sam = json.supervisors.find((group) => group.id === 'sam-lee')!;
    // On 2026-10-20 Jo's last session was 2026-09-01: due by 2026-09-29, overdue; the one of 2026-11-09 had not happened.
    expect(sam.overdue).toContainEqual(expect.objectContaining({ person: 'jo-bloggs', due: '2026-09-29', lastSession: '2026-09-01' }));
    expect(sam.overdue.map((entry) => entry.person)).not.toContain('ali-khan');
    // Ali's records begin on 2026-10-01: nothing was overdue for the paper years; the first session is due four weeks on.
    expect(sam.dueSoon.map((entry) => [entry.person, entry.due])).toContainEqual(['ali-khan', '2026-10-29']);
    // Pat's unsigned session of 2026-11-12 had not been written on 2026-10-20.
    expect(json.supervisors.flatMap((group) => group.toSign.map((entry) => entry.record))).toEqual([]);
  });

  it('the overdue people are the ones lint reports as session-overdue on the same past date', async () => {
    const root = school();
    const lint = await runInProcess(['--as-of', PAST, 'lint', '--format', 'json'], root);
    const lintOverdue = (JSON.parse(lint.stdout) as Array<{ file: string; findings: Array<{ rule: string }> }>)
      .filter((file) => file.findings.some((finding) => finding.rule === 'session-overdue'))
      .map((file) => /([^/]+)\.md$/.exec(file.file)![1])
      .sort();
    const json = JSON.parse((await runInProcess(['--as-of', PAST, 'due', '--format', 'json'], root)).stdout) as DueJson;
    const dueOverdue = json.supervisors.flatMap((group) => group.overdue.map((entry) => entry.person)).sort();
    expect(dueOverdue).toEqual(lintOverdue);
    expect(dueOverdue).toContain('jo-bloggs');
    expect(dueOverdue).not.toContain('ali-khan');
  });
});

describe('supv due, bad configuration', () => {
  it('a `policy.head` naming no staff record stops due as it stops lint: a configuration error at its line, exit 2', async () => {
    const root = school('organisation: Larkfield Primary School\npolicy:\n  head: helen-marchbanks\n');
    const lint = await runInProcess(['lint'], root);
    const due = await runInProcess(['due'], root);
    expect(lint.exitCode).toBe(2);
    expect(due.exitCode).toBe(2);
    expect(due.stderr).toContain('supv: configuration error: supv.config.yaml:3:9: `policy.head` names helen-marchbanks, but there is no staff record with that id');
    expect(due.stderr).toBe(lint.stderr);
    expect(due.stdout).toBe('');
  });
});
