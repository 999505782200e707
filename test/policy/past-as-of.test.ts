/**
 * "A past --as-of gives noise, not history" (issue 17). Judged as of last
 * month, the records written since had not been written yet: they are left
 * out, not reported as "dated in the future". With no --as-of (today), a
 * record dated after today is still a future-date error.
 */
import { describe, expect, it } from 'vitest';
import { makeRepo, runners, runInProcess } from '../helpers/cli.js';
import { recordText, session, signature, staff } from '../helpers/records.js';

/** The clock of runInProcess: 2026-11-23. */
const signed = (date: string, fields: Record<string, unknown> = {}) =>
  session(date, { signatures: [signature('sam-lee', 'supervisor', `${date}T16:00:00+00:00`), signature('jo-bloggs', 'supervisee', `${date}T16:30:00+00:00`)], ...fields });

function repository(...extra: Array<{ file: string; text: string }>): string {
  const files: Record<string, string> = { 'supv.config.yaml': 'organisation: Larkfield Primary School\n' };
  for (const record of [
    staff({ id: 'sam-lee', role: 'Deputy Head', tier: 'general', supervisors: [{ id: 'kim-park', from: '2024-09-02' }], supervision_training: '2023-05-10' }),
    staff({ id: 'kim-park', role: 'Head Teacher', tier: 'general', supervision_training: '2022-01-10', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }] }),
    staff({ id: 'jo-bloggs', safeguarding_training: '2026-01-12' }),
    signed('2026-09-14'),
    signed('2026-10-12'),
    signed('2026-11-09'),
    ...extra,
  ]) files[record.file] = record.text;
  return makeRepo(files);
}

/** Findings by rule, for the records and people this test is about. */
async function lint(root: string, args: string[], run = runInProcess): Promise<{ exitCode: number; rules: string[]; messages: string[] }> {
  const result = await run(['lint', '--format', 'json', '--rule', 'no-contract=off', '--rule', 'session-due-soon=off', '--rule', 'signature-mismatch=off', ...args], root);
  const files = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>;
  const findings = files.flatMap((file) => file.findings.map((finding) => ({ ...finding, file: file.file }))).filter((finding) => !/sam-lee|kim-park|supv\.config\.yaml/.test(finding.file));
  return { exitCode: result.exitCode, rules: findings.map((finding) => finding.rule), messages: findings.map((finding) => `${finding.file}: ${finding.message}`) };
}

describe.each(runners)('a past --as-of leaves out later records (%s)', (_name, run) => {
  it('judged as of 2026-10-20, the November session is not "dated in the future"', async () => {
    const result = await lint(repository(), ['--as-of', '2026-10-20'], run);
    expect(result.rules).not.toContain('future-date');
    expect(result.messages).toEqual([]);
  });

  it('judged as of a past date, a session already written then still counts, and one written since is not there yet', async () => {
    const root = repository();
    const { rules } = await lint(root, ['--as-of', '2026-11-15'], run);
    expect(rules).toEqual([]);
    const before = await lint(repository(), ['--as-of', '2026-10-05'], run);
    expect(before.rules).toEqual([]);
  });
});

describe('with no --as-of, or --as-of today, nothing changes', () => {
  it('a record dated after today is still a future-date error', async () => {
    const root = repository(signed('2026-12-01'));
    const today = await lint(root, []);
    expect(today.rules).toContain('future-date');
    const explicitToday = await lint(root, ['--as-of', '2026-11-23']);
    expect(explicitToday.rules).toContain('future-date');
  });

  it('with a past --as-of, a record dated after today (a year typed wrong) is still a future-date error', async () => {
    const root = repository(signed('2027-01-11'));
    const { messages } = await lint(root, ['--as-of', '2026-10-20']);
    expect(messages).toEqual(['records/sessions/2027/2027-01-11-jo-bloggs.md: the session is dated 2027-01-11, after 2026-10-20; a record can only be written for a session that has taken place']);
  });

  it('the report judged in the past counts only the sessions written by then', async () => {
    const root = repository();
    const result = await runInProcess(['report', '--format', 'json', '--as-of', '2026-10-20'], root);
    expect(result.exitCode).toBe(0);
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync(`${root}/dist/report/report.json`, 'utf8')) as { people: Array<{ id: string; lastSession?: string }> };
    expect(data.people.find((person) => person.id === 'jo-bloggs')?.lastSession).toBe('2026-10-12');
  });

  it('an invalid record dated later is left out too (it had not been written)', async () => {
    const broken = { file: 'records/sessions/2026/2026-11-20-jo-bloggs.md', text: recordText({ kind: 'session', id: '2026-11-20-jo-bloggs', date: '2026-11-20', type: 'one-to-one', supervisor: 'sam-lee', supervisee: 'jo-bloggs', functions: ['support'] }) };
    const result = await lint(repository(broken), ['--as-of', '2026-10-20']);
    expect(result.messages).toEqual([]);
  });
});
