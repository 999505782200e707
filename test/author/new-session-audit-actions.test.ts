/**
 * Actions agreed in a case audit are followed up in the worker's supervision
 * (a case audit has no reviews of its own): `supv new session` lists the open
 * ones for review, action-overdue reports them once past due, and a session
 * reviewing one as done closes it. A group session lists none of them: a
 * group hears no one's case files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { caseAudit, staff } from '../helpers/records.js';

afterAll(removeTempFolders);

const AUDIT = caseAudit('audit-2026-10-12-fam-0042', '2026-10-12', {
  actions: [{ id: 'C1', text: 'Update the chronology after the core group', owner: 'jo-bloggs', due: '2026-10-26', case: 'FAM-0042' }],
});

function repo() {
  const made = gitRepo();
  made.write(
    staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2024-01-10' }),
    staff({ id: 'kim-park', role: 'Head of Service', tier: 'general', supervision_training: '2024-01-10' }),
    staff({ id: 'jo-bloggs' }),
    staff({ id: 'ali-khan' }),
    AUDIT,
  );
  return made;
}

function frontmatter(root: string, file: string): Record<string, unknown> {
  return parse(readFileSync(path.join(root, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
}

async function overdue(root: string, asOf: string): Promise<string[]> {
  const lint = await runInProcess(['--as-of', asOf, 'lint', '--format', 'json', '--rule', 'late-record=off', '--rule', 'record-deleted=off'], root);
  return (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string; message: string }> }>)
    .flatMap((entry) => entry.findings)
    .filter((finding) => finding.rule === 'action-overdue')
    .map((finding) => finding.message);
}

describe('case audit actions in supervision', () => {
  it('new session lists the worker\'s open case-audit action; reviewed as done, it is no longer overdue nor listed again', async () => {
    const made = repo();
    expect(await overdue(made.root, '2026-11-02')).toEqual([
      'action C1 of the audit of case FAM-0042 was due on 2026-10-26 and has not been reviewed as done or dropped in a supervision session',
    ]);

    const first = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-02'], made.root);
    expect(first.exitCode, first.stderr).toBe(0);
    const file = 'records/sessions/2026/2026-11-02-jo-bloggs.md';
    const text = readFileSync(path.join(made.root, file), 'utf8');
    expect(frontmatter(made.root, file).actions_reviewed).toEqual([{ ref: 'audit-2026-10-12-fam-0042#C1', status: 'carried' }]);
    expect(text).toContain('# agreed in the audit of case FAM-0042 on 2026-10-12: Update the chronology after the core group (due 2026-10-26)');

    // In the meeting: done.
    writeFileSync(path.join(made.root, file), text.replace('status: carried   # review: done | carried | dropped', 'status: done'));
    expect(await overdue(made.root, '2026-11-02')).toEqual([]);

    const second = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-30'], made.root);
    expect(second.exitCode, second.stderr).toBe(0);
    expect(frontmatter(made.root, 'records/sessions/2026/2026-11-30-jo-bloggs.md').actions_reviewed).toEqual([]);
  });

  it('a carried review gives the action a new due date, which the next session pre-fills', async () => {
    const made = repo();
    await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-02'], made.root);
    const file = path.join(made.root, 'records/sessions/2026/2026-11-02-jo-bloggs.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: carried   # review: done | carried | dropped', 'status: carried\n    due: 2026-11-16'));
    expect(await overdue(made.root, '2026-11-20')).toEqual([
      'action audit-2026-10-12-fam-0042#C1 was carried to a new due date, 2026-11-16, and has not been reviewed as done or dropped since',
    ]);
    await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-30'], made.root);
    expect(frontmatter(made.root, 'records/sessions/2026/2026-11-30-jo-bloggs.md').actions_reviewed).toEqual([
      { ref: 'audit-2026-10-12-fam-0042#C1', status: 'carried', due: '2026-11-16' },
    ]);
  });

  it('another worker\'s session, and a group session, list none of them', async () => {
    const made = repo();
    await runInProcess(['new', 'session', '--supervisee', 'ali-khan', '--date', '2026-11-02'], made.root);
    expect(frontmatter(made.root, 'records/sessions/2026/2026-11-02-ali-khan.md').actions_reviewed).toBeUndefined();
    const group = await runInProcess(['new', 'session', '--type', 'group', '--attendees', 'jo-bloggs,ali-khan', '--date', '2026-11-03'], made.root);
    expect(group.exitCode, group.stderr).toBe(0);
    const written = group.stdout.trim();
    expect(readFileSync(path.join(made.root, written), 'utf8')).not.toContain('audit-2026-10-12-fam-0042');
  });
});
