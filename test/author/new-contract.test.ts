/**
 * `supv new contract` writes the terms both people sign (SPEC §11.2): the
 * frequency the policy asks on its `agreed` date, every stage of a staged
 * tier in words, and who resolves a disagreement, never a term made up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { staff } from '../helpers/records.js';

afterAll(removeTempFolders);

/** The organisation's own name for its staged tier: supv must not assume one. */
const CONFIG = `organisation: Larkfield Primary School
policy:
  tiers:
    case-holder: P4W
    early-career:
      - { until: P6W, every: P1W }
      - { until: P6M, every: P2W }
      - { every: P4W }
`;

function repo(jo: Record<string, unknown> = {}) {
  const made = gitRepo();
  made.write(
    { file: 'supv.config.yaml', text: CONFIG },
    staff({ id: 'sam-lee', role: 'Deputy Head and DSL', supervisors: [{ id: 'kim-park', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'kim-park', role: 'Head Teacher', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }], supervision_training: '2024-01-10' }),
    staff({ id: 'jo-bloggs', role: 'Early Career Teacher, Year 2', tier: 'early-career', started: '2026-09-01', line_manager: 'kim-park', ...jo }),
  );
  return made;
}

function read(root: string, file: string): { data: Record<string, unknown>; text: string } {
  const text = readFileSync(path.join(root, file), 'utf8');
  return { data: parse(text.split(/^---$/m)[1]!) as Record<string, unknown>, text };
}

describe('supv new contract', () => {
  it('in the first weeks of a staged tier, writes the weekly frequency that applies then, and every stage in words', async () => {
    const made = repo();
    const result = await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-07'], made.root);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'records/contracts/contract-jo-bloggs-2026.md\n' });
    const { data, text } = read(made.root, 'records/contracts/contract-jo-bloggs-2026.md');
    expect(data).toMatchObject({ frequency: 'P1W', agreed: '2026-09-07', supervisor: 'sam-lee' });
    expect(text.replace(/\s+/g, ' ')).toContain(
      'meet at least weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks, for about 60 minutes',
    );
    expect(text).toContain('tier early-career, first 6 weeks');
    expect(text).not.toContain('every 4 weeks for about');
  });

  it('later in the tier, the frequency of that stage', async () => {
    const made = repo();
    await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-11-02'], made.root);
    expect(read(made.root, 'records/contracts/contract-jo-bloggs-2026.md').data).toMatchObject({ frequency: 'P2W' });
  });

  it('a contract written so follows the stages: after six weeks the policy\'s fortnightly stage applies, not weekly all year', async () => {
    const made = repo();
    await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-07'], made.root);
    made.write({
      file: 'records/sessions/2026/2026-11-02-jo-bloggs.md',
      text: '---\nkind: session\nid: 2026-11-02-jo-bloggs\ndate: 2026-11-02\ntype: one-to-one\nsupervisor: sam-lee\nsupervisee: jo-bloggs\nduration_minutes: 60\nfunctions: [accountability, development, support]\n---\nNotes.\n',
    });
    const lint = await runInProcess(['--as-of', '2026-11-12', 'lint', '--format', 'json', '--rule', 'session-overdue=error'], made.root);
    const findings = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string; message: string; file: string }> }>).flatMap((entry) => entry.findings);
    const aboutJo = findings.filter((finding) => finding.rule === 'session-overdue' && finding.file === 'records/staff/jo-bloggs.md');
    expect(aboutJo).toEqual([]);
  });

  it('dispute_resolution comes from --dispute-resolution, or the supervisee\'s line manager; with neither it asks', async () => {
    const made = repo();
    await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-07'], made.root);
    expect(read(made.root, 'records/contracts/contract-jo-bloggs-2026.md').data).toMatchObject({ dispute_resolution: 'Kim Park, Head Teacher' });
    await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-08', '--dispute-resolution', 'the chair of governors'], made.root);
    expect(read(made.root, 'records/contracts/contract-jo-bloggs-2026-2.md').data).toMatchObject({ dispute_resolution: 'the chair of governors' });

    const without = repo({ line_manager: undefined });
    const asked = await runInProcess(['new', 'contract', '--supervisee', 'jo-bloggs', '--agreed', '2026-09-07'], without.root);
    expect(asked.exitCode).toBe(2);
    expect(asked.stderr).toContain('--dispute-resolution is required');
  });
});

describe('supv new session and carried actions', () => {
  it('lists an action the previous session carried, pre-filled with its new due date, and lint is satisfied once it is reviewed', async () => {
    const made = repo({ tier: 'case-holder', started: '2024-09-02' });
    const session = (id: string, date: string, extra: string) => ({
      file: `records/sessions/2026/${id}.md`,
      text: `---\nkind: session\nid: ${id}\ndate: ${date}\ntype: one-to-one\nsupervisor: sam-lee\nsupervisee: jo-bloggs\nduration_minutes: 60\nfunctions: [accountability, development, support]\n${extra}---\nNotes.\n`,
    });
    made.write(
      session('2026-09-07-jo-bloggs', '2026-09-07', 'actions:\n  - { id: A1, text: Book a core group meeting, owner: jo-bloggs, due: 2026-09-21 }\n'),
      session('2026-10-05-jo-bloggs', '2026-10-05', 'actions_reviewed:\n  - ref: 2026-09-07-jo-bloggs#A1\n    status: carried\n    due: 2026-10-19\n    note: The family asked to move the meeting\n'),
    );
    const result = await runInProcess(['new', 'session', '--supervisee', 'jo-bloggs', '--date', '2026-11-02'], made.root);
    expect(result.exitCode).toBe(0);
    const { data, text } = read(made.root, 'records/sessions/2026/2026-11-02-jo-bloggs.md');
    expect(data.actions_reviewed).toEqual([{ ref: '2026-09-07-jo-bloggs#A1', status: 'carried', due: '2026-10-19' }]);
    expect(text).toContain('# carried in 2026-10-05-jo-bloggs: Book a core group meeting');
    const lint = await runInProcess(['--as-of', '2026-11-02', 'lint', '--format', 'json', 'records/sessions'], made.root);
    const rules = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ rule: string }> }>).flatMap((entry) => entry.findings.map((finding) => finding.rule));
    expect(rules).not.toContain('actions-not-reviewed');
    expect(rules).not.toContain('schema');
  });
});
