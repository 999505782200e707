/**
 * Messages a safeguarding lead can act on (SPEC §11.4): plain sentences for
 * the common YAML slips, at the place of the slip; did-you-mean for rule ids
 * and fields; no doubled "supv:" prefix.
 */
import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { TEAM } from '../helpers/records.js';

const SESSION = (middle: string) => `---
kind: session
id: 2026-11-02-jo-bloggs
date: 2026-11-02
type: one-to-one
supervisor: sam-lee
supervisee: jo-bloggs
${middle}
functions: [accountability, development, support]
---

Notes.
`;

function repo(session: string): string {
  return makeRepo({ ...Object.fromEntries(TEAM.map((file) => [file.file, file.text])), 'records/sessions/2026/2026-11-02-jo-bloggs.md': session });
}

async function parseFindings(session: string): Promise<string[]> {
  const result = await runInProcess(['--as-of', '2026-11-03', 'lint', '--format', 'json'], repo(session));
  const files = JSON.parse(result.stdout) as Array<{ findings: Array<{ rule: string; line: number; column: number; message: string }> }>;
  return files.flatMap((file) => file.findings).filter((finding) => finding.rule === 'parse').map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
}

describe('common YAML slips are said in words, at their place', () => {
  it('a colon inside unquoted text: put the text in quotes', async () => {
    expect(await parseFindings(SESSION('duration_minutes: 60\nlocation: Room 2: the quiet room'))).toEqual([
      '9:11 the text of `location` contains a colon followed by a space, which YAML reads as the start of another field: put the text in quotes, as in location: "Room 2: the quiet room"',
    ]);
  });

  it('a colon inside an action\'s text, in a list', async () => {
    const findings = await parseFindings(SESSION('duration_minutes: 60\nactions:\n  - id: A1\n    text: Ring the school: ask about attendance\n    owner: jo-bloggs\n    due: 2026-11-16'));
    expect(findings).toEqual([
      '11:11 the text of `text` contains a colon followed by a space, which YAML reads as the start of another field: put the text in quotes, as in text: "Ring the school: ask about attendance"',
    ]);
  });

  it('no space after the colon: put a space after the colon', async () => {
    expect(await parseFindings(SESSION('duration_minutes:50'))).toEqual(['8:18 put a space after the colon: write duration_minutes: 50 (without the space, YAML does not see a field `duration_minutes`)']);
  });

  it('no space after the colon on the last field', async () => {
    const text = SESSION('duration_minutes: 60').replace('functions: [accountability, development, support]', 'functions:[accountability]');
    expect(await parseFindings(text)).toEqual(['9:11 put a space after the colon: write functions: [accountability] (without the space, YAML does not see a field `functions`)']);
  });
});

describe('did you mean', () => {
  it('a misspelt field names the nearest known one', async () => {
    const result = await runInProcess(['--as-of', '2026-11-03', 'lint'], repo(SESSION('duraton_minutes: 60')));
    expect(result.stdout).toContain('unknown field `duraton_minutes` in session; did you mean `duration_minutes`?');
  });

  it('a misspelt rule id in --rule', async () => {
    const result = await runInProcess(['lint', '--rule', 'unsigend=off'], repo(SESSION('duration_minutes: 60')));
    expect(result).toMatchObject({ exitCode: 2, stderr: 'supv: --rule unsigend=off: there is no rule unsigend; did you mean unsigned?\n' });
  });
});

describe('one "supv:" prefix', () => {
  it('supv new says what is wrong once', async () => {
    const result = await runInProcess(['new', 'staff', '--id', 'kim-park'], repo(SESSION('duration_minutes: 60')));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^supv: new staff: /);
    expect(result.stderr).not.toContain('supv: supv');
    const kind = await runInProcess(['new', 'meeting'], repo(SESSION('duration_minutes: 60')));
    expect(kind).toMatchObject({ exitCode: 2, stderr: 'supv: the kind of record must be one of session, contract, decision, case-audit, staff, not meeting\n' });
  });
});
