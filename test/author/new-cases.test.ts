import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { recordText, staff } from '../helpers/records.js';

afterAll(removeTempFolders);

/** Jo Bloggs's session of 3 November discussed three cases and closed one of them. */
function repo() {
  const repo = gitRepo();
  repo.write(
    staff({ id: 'sam-lee', tier: 'designated-lead', supervisors: [{ id: 'kim-park', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'kim-park', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }] }),
    staff({ id: 'jo-bloggs' }),
    {
      file: 'records/sessions/2026/2026-11-03-jo-bloggs.md',
      text: recordText({
        kind: 'session', id: '2026-11-03-jo-bloggs', date: '2026-11-03', type: 'one-to-one', supervisor: 'sam-lee', supervisee: 'jo-bloggs',
        duration_minutes: 60, functions: ['accountability', 'development', 'support'],
        cases: [
          { ref: 'FAM-0042', status: 'CP', risks: 'Domestic abuse in the home.' },
          { ref: 'FAM-0050', status: 'closed', status_changed: '2026-11-01' },
          { ref: 'FAM-0061', status: 'CIN' },
        ],
      }),
    },
  );
  return repo;
}

function frontmatter(file: string): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
}

describe('supv new session lists the open cases of the previous session', () => {
  it('carries open cases with their status, leaves closed ones out, and asks the form\'s questions', async () => {
    const test = repo();
    const result = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-24'], test.root);
    expect(result.exitCode).toBe(0);
    const file = path.join(test.root, 'records/sessions/2026/2026-11-24-jo-bloggs.md');
    expect(frontmatter(file).cases).toEqual([{ ref: 'FAM-0042', status: 'CP' }, { ref: 'FAM-0061', status: 'CIN' }]);
    const text = readFileSync(file, 'utf8');
    for (const question of ['# worker_actions:', '# risks:', '# protective_factors:', '# strengths:', '# role:', '# delivery_plan:', '# child_file:']) expect(text).toContain(question);
    expect(text).not.toContain('FAM-0050');
    expect(text).toContain('### FAM-0042');
    const lint = await runInProcess(['--as-of', '2026-11-24', 'lint', '--format', 'json', 'records/sessions'], test.root);
    const rules = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings.map((f) => f.rule));
    expect(rules).not.toContain('schema');
  });
});

describe('supv new case-audit', () => {
  it('writes records/audits/<id>.md for the worker whose session last discussed the case, audited by their supervisor', async () => {
    const test = repo();
    const result = await runInProcess(['new', 'case-audit', '--case', 'FAM-0042', '--date', '2026-11-20'], test.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/audits/audit-2026-11-20-fam-0042.md\n' });
    const file = path.join(test.root, 'records/audits/audit-2026-11-20-fam-0042.md');
    expect(frontmatter(file)).toMatchObject({ kind: 'case-audit', id: 'audit-2026-11-20-fam-0042', case: 'FAM-0042', date: '2026-11-20', auditor: 'sam-lee', worker: 'jo-bloggs' });
    expect(readFileSync(file, 'utf8')).toContain('# last discussed in supervision: 2026-11-03-jo-bloggs (2026-11-03)');
    const lint = await runInProcess(['--as-of', '2026-11-20', 'lint', '--format', 'json', 'records/audits'], test.root);
    const findings = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings.map((f) => f.rule));
    expect(findings).not.toContain('schema');
    expect(findings).not.toContain('unknown-ref');
    expect(findings).toContain('unsigned');
  });

  it('takes --worker and --auditor, and refuses an auditor auditing their own file', async () => {
    const test = repo();
    const made = await runInProcess(['new', 'case-audit', '--case', 'FAM-0042', '--auditor', 'kim-park', '--date', '2026-11-20'], test.root);
    expect(made.exitCode).toBe(0);
    expect(frontmatter(path.join(test.root, 'records/audits/audit-2026-11-20-fam-0042.md'))).toMatchObject({ auditor: 'kim-park' });
    const self = await runInProcess(['new', 'case-audit', '--case', 'FAM-0042', '--auditor', 'jo-bloggs', '--date', '2026-11-21'], test.root);
    expect(self).toMatchObject({ exitCode: 2 });
    expect(self.stderr).toContain('--auditor cannot be the worker');
    const unknown = await runInProcess(['new', 'case-audit', '--case', 'FAM-9999', '--date', '2026-11-21'], test.root);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('no session before 2026-11-21 discusses case FAM-9999');
  });

  it('is signed by its auditor', async () => {
    const test = repo();
    await runInProcess(['new', 'case-audit', '--case', 'FAM-0042', '--date', '2026-11-20'], test.root);
    const signed = await runInProcess(['sign', 'records/audits/audit-2026-11-20-fam-0042.md', '--as', 'sam-lee', '--at', '2026-11-20T15:00:00+00:00'], test.root);
    expect(signed.exitCode, signed.stderr).toBe(0);
    expect(frontmatter(path.join(test.root, 'records/audits/audit-2026-11-20-fam-0042.md')).signatures).toMatchObject([{ role: 'auditor', by: 'sam-lee' }]);
    const wrong = await runInProcess(['sign', 'records/audits/audit-2026-11-20-fam-0042.md', '--as', 'kim-park'], test.root);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toContain('the auditor is sam-lee');
  });
});
