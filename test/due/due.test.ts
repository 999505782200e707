/**
 * `supv due`: who is overdue, due soon or waiting to sign, by supervisor
 * (SPEC §11.4), with the same verdicts as lint, as text, JSON and an
 * iCalendar feed read back line by line.
 */
import { describe, expect, it } from 'vitest';
import { fold, text as icsText } from '../../src/due/ics.js';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { contract, session, signature, staff } from '../helpers/records.js';

const AS_OF = '2026-11-23';

/**
 * Kim Park supervises Sam Lee; Sam Lee supervises Jo Bloggs (overdue since
 * 2026-09-29: three-way meeting due), Ali Khan (due 2026-12-01) and Pat
 * O'Hara-Quill (due 2026-12-31, outside two weeks). A group session of
 * 2026-11-03 still lacks Ali Khan's signature.
 */
function school(): string {
  const files = [
    staff({ id: 'kim-park', role: 'Head', tier: 'general', supervisor: 'lee-ward', started: '2026-11-01', supervision_training: '2022-01-10' }),
    staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2023-05-10' }),
    staff({ id: 'jo-bloggs', line_manager: 'kim-park' }),
    staff({ id: 'ali-khan', name: 'Ali Khan, Jr; the \\second' }),
    staff({ id: 'pat-quill' }),
    contract({ supervisee: 'jo-bloggs', agreed: '2025-09-01' }),
    contract({ supervisee: 'ali-khan', agreed: '2025-09-01' }),
    contract({ supervisee: 'pat-quill', agreed: '2025-09-01' }),
    session('2026-09-01', { supervisee: 'jo-bloggs', signatures: [signature('sam-lee', 'supervisor'), signature('jo-bloggs', 'supervisee')] }),
    session('2026-11-03', { attendees: ['ali-khan', 'pat-quill'], signatures: [signature('sam-lee', 'supervisor'), signature('pat-quill', 'attendee')] }),
    session('2026-10-15', { supervisee: 'sam-lee', supervisor: 'kim-park', signatures: [signature('kim-park', 'supervisor'), signature('sam-lee', 'supervisee')] }),
  ];
  return makeRepo(Object.fromEntries(files.map((file) => [file.file, file.text])));
}

async function due(root: string, ...args: string[]) {
  return runInProcess(['--as-of', AS_OF, 'due', ...args], root);
}

describe('supv due: text', () => {
  it('groups people by supervisor: overdue with the escalation step, due within the window, waiting to sign', async () => {
    const root = school();
    const result = await due(root);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Supervision on 2026-11-23: overdue, due by 2026-12-07 (2 weeks), or waiting to sign',
        '',
        'Sam Lee (sam-lee)',
        '  Overdue',
        '    Jo Bloggs (jo-bloggs): was due by 2026-09-29, 55 days ago; last session 2026-09-01',
        '      next step: a three-way meeting with Sam Lee and the line manager, Kim Park',
        '  Due within 2 weeks',
        '    Ali Khan, Jr; the \\second (ali-khan): due by 2026-12-01, in 8 days; last session 2026-11-03',
        '    Pat Quill (pat-quill): due by 2026-12-01, in 8 days; last session 2026-11-03',
        '  Waiting to sign',
        '    Ali Khan, Jr; the \\second (attendee): session 2026-11-03-group; signatures were due by 2026-11-10',
        '',
      ].join('\n'),
    );
  });

  it('--weeks widens the window; nobody due says so', async () => {
    const root = school();
    expect((await due(root, '--weeks', '8')).stdout).toContain('Kim Park (kim-park)\n  Due within 8 weeks\n    Sam Lee (sam-lee): due by 2027-01-15, in 53 days; last session 2026-10-15\n');
    const empty = makeRepo({ [staff({ id: 'sam-lee', supervisor: 'kim-park', started: '2026-11-20' }).file]: staff({ id: 'sam-lee', supervisor: 'kim-park', started: '2026-11-20' }).text });
    expect((await due(empty, '--weeks', '1')).stdout).toContain('Nobody is overdue, due within the window or waiting to sign.');
  });

  it('the overdue people are exactly the ones supv lint reports as session-overdue', async () => {
    const root = school();
    const lint = await runInProcess(['--as-of', AS_OF, 'lint', '--format', 'json'], root);
    const lintOverdue = (JSON.parse(lint.stdout) as Array<{ file: string; findings: Array<{ rule: string }> }>)
      .filter((file) => file.findings.some((finding) => finding.rule === 'session-overdue'))
      .map((file) => /([^/]+)\.md$/.exec(file.file)![1])
      .sort();
    const json = JSON.parse((await due(root, '--format', 'json')).stdout);
    const dueOverdue = json.supervisors.flatMap((group: { overdue: Array<{ person: string }> }) => group.overdue.map((entry) => entry.person)).sort();
    expect(dueOverdue).toEqual(lintOverdue);
    expect(dueOverdue).toEqual(['jo-bloggs']);
  });

  it('bad options are usage errors (exit 2) with what to write instead', async () => {
    const root = school();
    expect(await due(root, '--weeks', 'two')).toMatchObject({ exitCode: 2, stderr: 'supv: --weeks takes a whole number of weeks, such as 2, not two\n' });
    expect(await due(root, '--supervisor', 'sam-le')).toMatchObject({ exitCode: 2, stderr: 'supv: --supervisor sam-le: no staff record has that id; did you mean sam-lee?\n' });
  });
});

describe('supv due: --supervisor and JSON', () => {
  it('--supervisor ID lists only that supervisor\'s people', async () => {
    const root = school();
    const mine = JSON.parse((await due(root, '--supervisor', 'kim-park', '--weeks', '8', '--format', 'json')).stdout);
    expect(mine.supervisors.map((group: { id: string }) => group.id)).toEqual(['kim-park']);
    expect(mine.supervisors[0].dueSoon.map((entry: { person: string }) => entry.person)).toEqual(['sam-lee']);
    const text = (await due(root, '--supervisor', 'kim-park')).stdout;
    expect(text).not.toContain('Jo Bloggs');
    expect(text).toContain('Nobody is overdue');
  });

  it('has a documented shape', async () => {
    const json = JSON.parse((await due(school(), '--format', 'json')).stdout);
    expect(json).toEqual({
      organisation: expect.any(String),
      asOf: AS_OF,
      weeks: 2,
      until: '2026-12-07',
      supervisors: [
        {
          id: 'sam-lee',
          name: 'Sam Lee',
          overdue: [
            {
              person: 'jo-bloggs',
              name: 'Jo Bloggs',
              due: '2026-09-29',
              daysOverdue: 55,
              lastSession: '2026-09-01',
              step: 'three-way',
              stepText: 'a three-way meeting with Sam Lee and the line manager, Kim Park',
            },
          ],
          dueSoon: [
            expect.objectContaining({ person: 'ali-khan', due: '2026-12-01', daysLeft: 8, lastSession: '2026-11-03', stepIfMissed: 'a one-to-one with Sam Lee' }),
            expect.objectContaining({ person: 'pat-quill', due: '2026-12-01', daysLeft: 8 }),
          ],
          toSign: [
            {
              record: '2026-11-03-group',
              file: 'records/sessions/2026/2026-11-03-group.md',
              kind: 'session',
              date: '2026-11-03',
              signer: 'ali-khan',
              signerName: 'Ali Khan, Jr; the \\second',
              role: 'attendee',
              signBy: '2026-11-10',
              late: true,
            },
          ],
        },
      ],
    });
  });
});

/** An iCalendar feed read back: lines unfolded, each event's properties by name (parameters kept apart). */
function parseIcs(feed: string) {
  expect(feed.endsWith('\r\n')).toBe(true);
  const physical = feed.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_match, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
  const calendar: Record<string, string> = {};
  const events: Array<Record<string, { params: string; value: string }>> = [];
  let current: Record<string, { params: string; value: string }> | undefined;
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name, params, value] = match!;
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (current) current[name!] = { params: params!, value: unescape(value!) };
    else calendar[name!] = value!;
  }
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  return { calendar, events };
}

describe('supv due --format ics', () => {
  it('is an RFC 5545 calendar: CRLF, folded at 75 octets, one all-day event per due date, the step in the description', async () => {
    const root = school();
    const { calendar, events } = parseIcs((await due(root, '--format', 'ics')).stdout);
    expect(calendar).toMatchObject({ VERSION: '2.0', PRODID: expect.stringMatching(/^-\/\/supv\/\//) });
    const bySummary = Object.fromEntries(events.map((event) => [event.SUMMARY!.value, event]));
    expect(Object.keys(bySummary).sort()).toEqual([
      'Signature due: Ali Khan, Jr; the \\second to sign 2026-11-03-group',
      'Supervision due: Ali Khan, Jr; the \\second',
      'Supervision due: Pat Quill',
      'Supervision overdue: Jo Bloggs',
    ]);
    const jo = bySummary['Supervision overdue: Jo Bloggs']!;
    expect(jo.DTSTART).toEqual({ params: ';VALUE=DATE', value: '20260929' });
    expect(jo.DTEND).toEqual({ params: ';VALUE=DATE', value: '20260930' });
    expect(jo.DTSTAMP!.value).toBe('20261123T120000Z');
    expect(jo.DESCRIPTION!.value).toContain('the step now due is a three-way meeting with Sam Lee and the line manager, Kim Park.');
    expect(jo.DESCRIPTION!.value).toContain('\n');
    expect(bySummary['Supervision due: Ali Khan, Jr; the \\second']!.DTSTART!.value).toBe('20261201');
    expect(bySummary['Signature due: Ali Khan, Jr; the \\second to sign 2026-11-03-group']!.DTSTART!.value).toBe('20261110');
    expect(new Set(events.map((event) => event.UID!.value)).size).toBe(events.length);
  });

  it('keeps the same UIDs when the feed is made again later (a calendar updates its events, no copies)', async () => {
    const root = school();
    const uids = async (now: string) => parseIcs((await runInProcess(['--as-of', AS_OF, 'due', '--format', 'ics'], root, new Date(now))).stdout).events.map((event) => event.UID!.value);
    const first = await uids('2026-11-23T08:00:00Z');
    expect(await uids('2026-11-23T17:30:00Z')).toEqual(first);
    expect(first).toContain('supervision-jo-bloggs-20260929@supv');
  });

  it('--supervisor filters the feed too', async () => {
    const { events } = parseIcs((await due(school(), '--format', 'ics', '--supervisor', 'kim-park', '--weeks', '8')).stdout);
    expect(events.map((event) => event.SUMMARY!.value)).toEqual(['Supervision due: Sam Lee']);
  });

  it('escapes TEXT and folds without splitting a character', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(line).split('\r\n');
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
