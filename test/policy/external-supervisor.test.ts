/**
 * "Heads and DSLs are often supervised from outside" (issue 17): the local
 * authority's adviser, a commissioned supervisor. A supervisor need not be a
 * staff record: `supervisors[].external: { name, organisation }`, and the
 * sessions they lead name `supervisor_external` instead of `supervisor`. The
 * supervisee signs; the external supervisor's signature is optional.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { unknownRef } from '../../src/check/rules/unknown-ref.js';
import { unsigned } from '../../src/check/rules/unsigned.js';
import { supervisorUntrained } from '../../src/check/rules/supervisor-untrained.js';
import { noContract } from '../../src/check/rules/no-contract.js';
import { handoverMissing } from '../../src/check/rules/handover-missing.js';
import type { Rule } from '../../src/check/rule.js';
import { compliance } from '../../src/report/compliance.js';
import { requiredSigners } from '../../src/policy/signers.js';
import { makeRepo, runInProcess } from '../helpers/cli.js';
import { contract, lineOf, recordSet, recordText, runRule, session, signature, staff, withPolicy, type RecordFile } from '../helpers/records.js';
import { pdfText, signText, skipReason, unwrapped } from '../render/fixtures.js';

const AS_OF = '2026-11-23';
const ADVISER = { name: 'Pat Doe', organisation: 'County safeguarding team' };
/** The head, supervised by the county's adviser since she started; she supervises Jo Bloggs. */
const HEAD = staff({ id: 'helen-marchbank', role: 'Head Teacher', tier: 'designated-lead', supervisors: [{ external: ADVISER, from: '2024-09-02' }], supervision_training: '2024-03-01' });
const JO = staff({ id: 'jo-bloggs', supervisor: 'helen-marchbank' });
const withAdviser = (date: string, fields: Record<string, unknown> = {}) =>
  session(date, { supervisor: undefined, supervisor_external: ADVISER, supervisee: 'helen-marchbank', ...fields });
const signedByHead = (date: string) => withAdviser(date, { signatures: [signature('helen-marchbank', 'supervisee', `${date}T16:00:00+00:00`)] });
const headContract = contract({ supervisee: 'helen-marchbank', agreed: '2024-09-09', supervisor: undefined, supervisor_external: ADVISER, signedBy: [], signatures: [signature('helen-marchbank', 'supervisee', '2024-09-09T10:00:00+00:00')] });

async function on(rule: Rule, ...files: RecordFile[]): Promise<string[]> {
  return (await runRule(rule, recordSet(HEAD, JO, ...files), { asOf: AS_OF })).map((finding) => `${finding.file}: ${finding.message}`);
}

describe('an external supervisor', () => {
  it('is not an unknown staff id, in the staff record or in the sessions they lead', async () => {
    expect(await on(unknownRef, signedByHead('2026-11-02'), headContract)).toEqual([]);
  });

  it("needs only the supervisee's signature", async () => {
    expect(await on(unsigned, signedByHead('2026-11-02'), headContract)).toEqual([]);
    const [record] = recordSet(withAdviser('2026-11-02')).ofKind.session;
    expect(requiredSigners(record!)).toEqual([{ by: 'helen-marchbank', role: 'supervisee' }]);
  });

  it('an unsigned session with them is still unsigned by the supervisee', async () => {
    expect(await on(unsigned, withAdviser('2026-11-02'))).toEqual(['records/sessions/2026/2026-11-02-helen-marchbank.md: not signed by Helen Marchbank (supervisee); signatures were due by 2026-11-09']);
  });

  it('is named in the overdue message, by name and organisation', async () => {
    expect((await on(sessionOverdue, signedByHead('2026-09-01'))).filter((line) => line.startsWith('records/staff/helen-marchbank.md'))).toEqual([
      'records/staff/helen-marchbank.md: overdue by 55 days: last supervised on 2026-09-01 (session 2026-09-01-helen-marchbank) by Pat Doe (County safeguarding team); interval 4 weeks (tier designated-lead); the step now due is a three-way meeting with Pat Doe (County safeguarding team) and the line manager or head',
    ]);
  });

  it('is not asked for supervision training (their own organisation keeps it); the head who supervises is', async () => {
    expect(await on(supervisorUntrained, signedByHead('2026-11-02'))).toEqual([]);
  });

  it('a contract with them, signed by the supervisee, is a signed contract', async () => {
    const joContract = contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09', supervisor: 'helen-marchbank' });
    expect(await on(noContract, headContract, joContract)).toEqual([]);
  });

  it('a change from one external supervisor to another needs a handover; the same one again does not', async () => {
    const moved = staff({ id: 'helen-marchbank', role: 'Head Teacher', supervisors: [{ external: ADVISER, from: '2024-09-02', to: '2026-08-31' }, { external: { name: 'Lee Quinn', organisation: 'Commissioned supervision' }, from: '2026-09-01' }] });
    const findings = await runRule(handoverMissing, recordSet(moved, JO), { asOf: AS_OF });
    expect(findings.map((finding) => finding.message)).toEqual(['supervision passed from Pat Doe (County safeguarding team) to Lee Quinn (Commissioned supervision) on 2026-09-01 with no `handover` session; record the handover and name its session here']);
  });

  it('is on the dashboard as the supervisor', async () => {
    const data = await compliance(recordSet(HEAD, JO, signedByHead('2026-11-02')), { config: withPolicy({}), asOf: AS_OF });
    expect(data.people.find((person) => person.id === 'helen-marchbank')?.supervisor).toBe('Pat Doe (County safeguarding team)');
  });
});

describe('an external supervisor, bad input', () => {
  it('without a name is a schema finding at the line of `external`', async () => {
    const text = recordText({ kind: 'staff', id: 'helen-marchbank', name: 'Helen Marchbank', role: 'Head Teacher', tier: 'general', started: '2024-09-02', supervisors: [{ external: { organisation: 'County safeguarding team' }, from: '2024-09-02' }] });
    const root = makeRepo({ 'supv.config.yaml': 'organisation: Larkfield Primary School\n', 'records/staff/helen-marchbank.md': text });
    const result = await runInProcess(['lint', '--format', 'json', '--as-of', AS_OF, '--rule', 'late-record=off', '--rule', 'record-deleted=off', '--rule', 'name-in-path=off'], root);
    expect(result.exitCode).toBe(1);
    const [file] = JSON.parse(result.stdout) as Array<{ findings: Array<{ line: number; rule: string; message: string }> }>;
    expect(file!.findings).toContainEqual(expect.objectContaining({ rule: 'schema', line: lineOf(text, '- external:'), message: '`external` of supervisor 1 is missing `name`' }));
  });

  it('a session naming both a staff supervisor and an external one is a schema finding', async () => {
    const text = withAdviser('2026-11-02', { supervisor: 'jo-bloggs' }).text;
    const root = makeRepo({ 'records/sessions/2026/2026-11-02-helen-marchbank.md': text });
    const result = await runInProcess(['lint', '--format', 'json', '--as-of', AS_OF], root);
    const [file] = JSON.parse(result.stdout) as Array<{ findings: Array<{ line: number; message: string }> }>;
    expect(file!.findings).toContainEqual(expect.objectContaining({ line: lineOf(text, 'supervisor:'), message: '`supervisor` and `supervisor_external` cannot both be given: name a member of staff or an external supervisor, not both' }));
  });
});

const reason = skipReason();
describe.skipIf(reason)(`an external supervisor in the PDFs${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('the session, contract and staff PDFs print their name and organisation; no signature line is asked of them', async () => {
    // Signed with the record's real content hash, so the signature holds and no DRAFT mark is due.
    const unsignedSession = withAdviser('2026-11-02');
    const unsignedContract = contract({ supervisee: 'helen-marchbank', agreed: '2024-09-09', supervisor: undefined, supervisor_external: ADVISER, signedBy: [] });
    const root = makeRepo({
      'supv.config.yaml': 'organisation: Larkfield Primary School\n',
      'records/staff/helen-marchbank.md': HEAD.text,
      'records/staff/jo-bloggs.md': JO.text,
      [unsignedSession.file]: signText(unsignedSession.text, [{ by: 'helen-marchbank', role: 'supervisee', at: '2026-11-02T16:00:00+00:00' }]),
      [unsignedContract.file]: signText(unsignedContract.text, [{ by: 'helen-marchbank', role: 'supervisee', at: '2024-09-09T16:00:00+00:00' }]),
    });
    const out = mkdtempSync(path.join(os.tmpdir(), 'supv-external-'));
    const result = await runInProcess(['build', '--out', out, '--as-of', AS_OF], root);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readdirSync(path.join(out, 'pdf', 'session'))).toEqual(['2026-11-02-helen-marchbank.pdf']);
    const sessionPdf = unwrapped(pdfText(path.join(out, 'pdf', 'session', '2026-11-02-helen-marchbank.pdf')));
    expect(sessionPdf).toContain(unwrapped('Supervisor (external) Pat Doe (County safeguarding team)'));
    expect(sessionPdf).not.toContain('undefined');
    expect(sessionPdf).not.toContain(unwrapped('DRAFT'));
    const contractPdf = unwrapped(pdfText(path.join(out, 'pdf', 'contract', `${unsignedContract.file.split('/').at(-1)!.replace('.md', '')}.pdf`)));
    expect(contractPdf).toContain(unwrapped('Pat Doe (County safeguarding team)'));
    expect(contractPdf).not.toContain('undefined');
    const staffPdf = unwrapped(pdfText(path.join(out, 'pdf', 'staff', 'helen-marchbank.pdf')));
    expect(staffPdf).toContain(unwrapped('Pat Doe (County safeguarding team), external'));
  }, 120_000);
});

describe('supv new, with an external supervisor and for a three-way meeting', () => {
  it('a session for the head names the external supervisor; a three-way meeting names the line manager and asks for the outcome', async () => {
    const nell = staff({ id: 'nell-haverstock', supervisor: 'helen-marchbank', line_manager: 'kim-park' });
    const kim = staff({ id: 'kim-park', role: 'Deputy Head', tier: 'general', supervisor: 'helen-marchbank' });
    const root = makeRepo({ 'supv.config.yaml': 'organisation: Larkfield Primary School\n', [HEAD.file]: HEAD.text, [nell.file]: nell.text, [kim.file]: kim.text });
    const external = await runInProcess(['new', 'session', '--supervisee', 'helen-marchbank', '--as-of', AS_OF], root);
    expect(external.stderr).toBe('');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path.join(root, 'records/sessions/2026/2026-11-23-helen-marchbank.md'), 'utf8');
    expect(text).toContain('supervisor_external: { name: "Pat Doe", organisation: "County safeguarding team" }');
    expect(text).not.toMatch(/^supervisor:/m);

    const meeting = await runInProcess(['new', 'session', '--type', 'three-way', '--supervisee', 'nell-haverstock', '--as-of', AS_OF], root);
    expect(meeting.stderr).toBe('');
    const three = readFileSync(path.join(root, 'records/sessions/2026/2026-11-23-nell-haverstock.md'), 'utf8');
    expect(three).toMatch(/^type: three-way$/m);
    expect(three).toMatch(/^supervisor: helen-marchbank$/m);
    expect(three).toMatch(/^line_manager: kim-park$/m);
    expect(three).toMatch(/^outcome: /m);
  });
});
