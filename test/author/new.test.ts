import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess, runSpawned } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { recordText, staff } from '../helpers/records.js';

afterAll(removeTempFolders);

/** Sam Lee supervises Jo Bloggs (a case holder, every four weeks); Jo's session of 3 November agreed two actions. */
function repoWithPreviousSession() {
  const repo = gitRepo();
  repo.write(
    staff({ id: 'sam-lee', tier: 'designated-lead', supervisors: [{ id: 'jo-bloggs', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'jo-bloggs' }),
    {
      file: 'records/sessions/2026/2026-11-03-jo-bloggs.md',
      text: recordText({
        kind: 'session', id: '2026-11-03-jo-bloggs', date: '2026-11-03', type: 'one-to-one', supervisor: 'sam-lee', supervisee: 'jo-bloggs',
        duration_minutes: 60, functions: ['accountability', 'development', 'support'],
        cases: [{ ref: 'FAM-0042', status: 'CP' }],
        actions: [
          { id: 'A1', text: 'Book a core group meeting', owner: 'jo-bloggs', due: '2026-11-17' },
          { id: 'A2', text: 'Read the updated policy', owner: 'jo-bloggs', due: '2026-12-01' },
        ],
      }),
    },
  );
  return repo;
}

function frontmatter(file: string): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
}

describe('supv new session', () => {
  it('carries every action of the previous session and sets next_meeting a tier interval on', async () => {
    const repo = repoWithPreviousSession();
    const result = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-24'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/sessions/2026/2026-11-24-jo-bloggs.md\n' });
    const file = path.join(repo.root, 'records/sessions/2026/2026-11-24-jo-bloggs.md');
    const text = readFileSync(file, 'utf8');
    expect(frontmatter(file)).toMatchObject({
      kind: 'session', id: '2026-11-24-jo-bloggs', date: '2026-11-24', type: 'one-to-one', supervisor: 'sam-lee', supervisee: 'jo-bloggs',
      duration_minutes: 60, functions: ['accountability', 'development', 'support'],
      actions_reviewed: [{ ref: '2026-11-03-jo-bloggs#A1', status: 'carried' }, { ref: '2026-11-03-jo-bloggs#A2', status: 'carried' }],
      next_meeting: '2026-12-22',
    });
    expect(text).toContain('# review: done | carried | dropped');
    for (const heading of ['## Summary of events', '## Case discussion', '### FAM-0042', '## Wellbeing, development and team issues', '## Actions', '## Any other business']) {
      expect(text).toContain(heading);
    }
    // The new record passes its schema and reviews every action; it is not signed yet.
    const lint = await runInProcess(['--as-of', '2026-11-24', 'lint', '--format', 'json', 'records/sessions'], repo.root);
    const rules = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings.map((f) => f.rule));
    for (const rule of ['parse', 'schema', 'unknown-ref', 'actions-not-reviewed']) expect(rules).not.toContain(rule);
    expect(rules).toContain('unsigned');
  });

  it('takes the date from the clock in the organisation\'s zone by default', async () => {
    const repo = repoWithPreviousSession();
    // 23:30 UTC on 31 August is already 1 September in London (BST).
    const result = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs'], repo.root, new Date('2026-08-31T23:30:00Z'));
    expect(result.stdout).toBe('records/sessions/2026/2026-09-01-jo-bloggs.md\n');
  });

  it('never overwrites: a second session on the same day gets -2, and an existing file is refused', async () => {
    const repo = repoWithPreviousSession();
    const args = ['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-24'];
    expect((await runInProcess(args, repo.root)).stdout).toBe('records/sessions/2026/2026-11-24-jo-bloggs.md\n');
    const first = readFileSync(path.join(repo.root, 'records/sessions/2026/2026-11-24-jo-bloggs.md'), 'utf8');
    expect((await runInProcess(args, repo.root)).stdout).toBe('records/sessions/2026/2026-11-24-jo-bloggs-2.md\n');
    expect((await runInProcess(args, repo.root)).stdout).toBe('records/sessions/2026/2026-11-24-jo-bloggs-3.md\n');
    expect(readFileSync(path.join(repo.root, 'records/sessions/2026/2026-11-24-jo-bloggs.md'), 'utf8')).toBe(first);
    // A staff id that is taken is refused outright.
    const staffAgain = await runInProcess(['new', 'staff', '--id', 'jo-bloggs', '--name', 'Jo Bloggs', '--role', 'x', '--tier', 'general', '--supervisor', 'sam-lee'], repo.root);
    expect(staffAgain.exitCode).toBe(2);
    expect(staffAgain.stderr).toContain('jo-bloggs is taken');
  });

  it('refuses an unknown supervisee with exit 2 and a clear message, as the binary too', async () => {
    const repo = repoWithPreviousSession();
    const result = runSpawned(['new', 'session', '--supervisee', 'no-such-person'], repo.root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--supervisee no-such-person: unknown staff member');
    const badDate = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-02-30'], repo.root);
    expect(badDate.exitCode).toBe(2);
    expect(badDate.stderr).toContain('--date must be a real date');
  });
});

/**
 * Sam Lee supervises Jo Bloggs and Ali Khan; Kim Park supervises Bo Rhee.
 * The group met on 3 November and agreed one action.
 */
function repoWithGroup() {
  const repo = gitRepo();
  repo.write(
    staff({ id: 'kim-park', tier: 'designated-lead', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'sam-lee', tier: 'designated-lead', supervisors: [{ id: 'kim-park', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'jo-bloggs' }),
    staff({ id: 'ali-khan' }),
    staff({ id: 'bo-rhee', supervisors: [{ id: 'kim-park', from: '2024-09-02' }] }),
    staff({ id: 'cy-old', left: '2026-06-30' }),
    {
      file: 'records/sessions/2026/2026-11-03-group.md',
      text: recordText({
        kind: 'session', id: '2026-11-03-group', date: '2026-11-03', type: 'group', supervisor: 'sam-lee', attendees: ['jo-bloggs', 'ali-khan'],
        confidentiality_agreed: true, duration_minutes: 90, functions: ['development', 'support'],
        actions: [{ id: 'A1', text: 'Share the new referral form', owner: 'ali-khan', due: '2026-11-17' }],
      }),
    },
    {
      // A one-to-one action: reviewed at Jo's next one-to-one, not in the group.
      file: 'records/sessions/2026/2026-11-10-jo-bloggs.md',
      text: recordText({
        kind: 'session', id: '2026-11-10-jo-bloggs', date: '2026-11-10', type: 'one-to-one', supervisor: 'sam-lee', supervisee: 'jo-bloggs',
        duration_minutes: 60, functions: ['accountability', 'development', 'support'],
        actions: [{ id: 'A1', text: 'Book a core group meeting', owner: 'jo-bloggs', due: '2026-11-17' }],
      }),
    },
  );
  return repo;
}

describe('supv new session for a group', () => {
  it('lists the attendees, takes their shared supervisor, and leaves confidentiality for the meeting to agree', async () => {
    const repo = repoWithGroup();
    const result = await runInProcess(['new', 'session', '--type', 'group', '--attendees', 'jo-bloggs,ali-khan', '--date', '2026-11-24'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/sessions/2026/2026-11-24-group.md\n', stderr: '' });
    const file = path.join(repo.root, 'records/sessions/2026/2026-11-24-group.md');
    const data = frontmatter(file);
    expect(data).toMatchObject({
      kind: 'session', id: '2026-11-24-group', date: '2026-11-24', type: 'group', supervisor: 'sam-lee', attendees: ['jo-bloggs', 'ali-khan'],
      confidentiality_agreed: false, duration_minutes: 60,
      // The group's own previous session, not Jo's one-to-one.
      actions_reviewed: [{ ref: '2026-11-03-group#A1', status: 'carried' }],
    });
    expect(data).not.toHaveProperty('supervisee');
    expect(readFileSync(file, 'utf8')).toContain('confidentiality_agreed: false   # not yet: set to true once the boundaries of confidentiality are agreed');

    // Valid as written; the only things lint asks for are the agreement and the signatures.
    const lint = await runInProcess(['--as-of', '2026-11-24', 'lint', '--format', 'json', 'records/sessions/2026/2026-11-24-group.md'], repo.root);
    const rules = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings.map((f) => f.rule));
    for (const rule of ['parse', 'schema', 'unknown-ref', 'actions-not-reviewed']) expect(rules).not.toContain(rule);
    expect(rules).toContain('group-confidentiality');
    expect(rules).toContain('unsigned');
  });

  it('writes a joint-agency session led by the supervisor named, when the attendees have different supervisors', async () => {
    const repo = repoWithGroup();
    const args = ['new', 'session', '--type', 'joint-agency', '--attendees', 'jo-bloggs, bo-rhee', '--date', '2026-11-24'];
    const mixed = await runInProcess(args, repo.root);
    expect(mixed.exitCode).toBe(2);
    expect(mixed.stderr).toContain('the attendees do not share one supervisor on 2026-11-24 (jo-bloggs: sam-lee, bo-rhee: kim-park); name who leads the session with --supervisor');
    const named = await runInProcess([...args, '--supervisor', 'kim-park'], repo.root);
    expect(named).toMatchObject({ exitCode: 0, stdout: 'records/sessions/2026/2026-11-24-joint-agency.md\n' });
    const data = frontmatter(path.join(repo.root, named.stdout.trim()));
    expect(data).toMatchObject({ type: 'joint-agency', supervisor: 'kim-park', attendees: ['jo-bloggs', 'bo-rhee'], confidentiality_agreed: false });
    // No earlier joint-agency session: nothing to review.
    expect(data).not.toHaveProperty('actions_reviewed');
  });

  it('refuses an unknown, departed or repeated attendee, and the wrong options for the type, with exit 2, as the binary too', async () => {
    const repo = repoWithGroup();
    const unknown = runSpawned(['new', 'session', '--type', 'group', '--attendees', 'jo-bloggs,no-such-person', '--date', '2026-11-24'], repo.root);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('--attendees no-such-person: unknown staff member (there is no records/staff/no-such-person.md)');
    const cases: Array<[string[], string]> = [
      [['--type', 'group', '--attendees', 'jo-bloggs,cy-old'], '--attendees: cy-old (Cy Old) is not in post on 2026-11-24'],
      [['--type', 'group', '--attendees', 'jo-bloggs,jo-bloggs'], '--attendees names jo-bloggs twice'],
      [['--type', 'group', '--attendees', ','], '--attendees must name at least one staff id'],
      [['--type', 'group', '--supervisee', 'jo-bloggs'], 'a group session lists everyone under --attendees, not --supervisee'],
      [['--type', 'group'], '--attendees is required for a group session'],
      [['--attendees', 'jo-bloggs,ali-khan'], 'a one-to-one session names one --supervisee; --attendees is for group and joint-agency sessions'],
      [['--type', 'team'], '--type must be one of one-to-one, peer, ad-hoc, three-way, group, joint-agency, not team'],
      [['--type', 'group', '--attendees', 'jo-bloggs', '--supervisor', 'nobody'], '--supervisor nobody: unknown staff member'],
    ];
    for (const [args, message] of cases) {
      const result = await runInProcess(['new', 'session', '--date', '2026-11-24', ...args], repo.root);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(existsSync(path.join(repo.root, 'records/sessions/2026/2026-11-24-group.md'))).toBe(false);
  });
});

describe('supv new contract, decision and staff', () => {
  it('makes a contract at the tier interval, reviewed a year on, with both parties\' responsibilities', async () => {
    const repo = repoWithPreviousSession();
    const result = await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-07', '--dispute-resolution', 'the head of service'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/contracts/contract-jo-bloggs-2026.md\n' });
    const file = path.join(repo.root, 'records/contracts/contract-jo-bloggs-2026.md');
    expect(frontmatter(file)).toMatchObject({ supervisee: 'jo-bloggs', supervisor: 'sam-lee', agreed: '2026-09-07', frequency: 'P4W', review_due: '2027-09-07', dispute_resolution: 'the head of service' });
    expect(readFileSync(file, 'utf8')).toMatch(/\*\*Supervisor:\*\*[\s\S]*\*\*Supervisee:\*\*/);
  });

  it('makes a decision record from a session and a case', async () => {
    const repo = repoWithPreviousSession();
    const result = await runInProcess(['new', 'decision', '--session', '2026-11-03-jo-bloggs', '--case', 'FAM-0042'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/decisions/dec-2026-11-03-fam-0042.md\n' });
    expect(frontmatter(path.join(repo.root, result.stdout.trim()))).toMatchObject({ case: 'FAM-0042', session: '2026-11-03-jo-bloggs', date: '2026-11-03', supervisor: 'sam-lee', supervisee: 'jo-bloggs' });
    const unknown = await runInProcess(['new', 'decision', '--session', '2026-01-01-nobody', '--case', 'FAM-0042'], repo.root);
    expect(unknown.exitCode).toBe(2);
  });

  it('makes a staff record supervised from the day they start, and refuses an unknown supervisor or tier', async () => {
    const repo = repoWithPreviousSession();
    const result = await runInProcess(['new', 'staff', '--id', 'ali-khan', '--name', 'Ali Khan', '--role', 'Learning Mentor: pastoral', '--tier', 'general', '--supervisor', 'sam-lee', '--started', '2026-09-01'], repo.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/staff/ali-khan.md\n' });
    expect(frontmatter(path.join(repo.root, 'records/staff/ali-khan.md'))).toMatchObject({ name: 'Ali Khan', role: 'Learning Mentor: pastoral', supervisors: [{ id: 'sam-lee', from: '2026-09-01' }] });
    const noSupervisor = await runInProcess(['new', 'staff', '--id', 'bo-rhee', '--name', 'Bo Rhee', '--role', 'TA', '--tier', 'general', '--supervisor', 'nobody'], repo.root);
    expect(noSupervisor).toMatchObject({ exitCode: 2 });
    expect(noSupervisor.stderr).toContain('--supervisor nobody: unknown staff member');
    const noTier = await runInProcess(['new', 'staff', '--id', 'bo-rhee', '--name', 'Bo Rhee', '--role', 'TA', '--tier', 'wizard', '--supervisor', 'sam-lee'], repo.root);
    expect(noTier.stderr).toContain('--tier wizard is not in the policy');
  });
});
