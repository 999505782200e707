/**
 * The session PDF per case, as the school framework's record form lays it
 * out (issue "Cases and the child's file"): each case under its own heading,
 * part A (worker's actions, risks, protective factors, strengths) and part B
 * (the worker's role, the delivery plan), its child's file and its actions;
 * people from other agencies with their agency and no signature line; and the
 * case-audit record's own PDF, signed by its auditor. Read back with pdftotext.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { makeRecordsRepo, pdfText, signText, skipReason, unwrapped } from './fixtures.js';

const reason = skipReason();

const SESSION = `---
kind: session
id: 2025-02-03-group
date: 2025-02-03
type: joint-agency
supervisor: sam-lee
attendees:
  - jo-bloggs
  - name: Morwenna Tregothnan
    agency: Riverside Borough Children's Social Care
    role: Social Worker
confidentiality_agreed: true
duration_minutes: 60
functions: [accountability, development, support]
cases:
  - ref: FAM-0042
    status: CP
    worker_actions: Two home visits; attended the core group
    risks: Father's new partner has a conviction for violence
    protective_factors: Grandmother collects the children daily
    strengths: Mother keeps every appointment
    role: Lead professional for the school
    delivery_plan: Weekly check-in with the learning mentor
    child_file: 2025-02-04
  - ref: FAM-0050
    status: closed
    status_changed: 2025-02-01
actions:
  - { id: A1, text: Share attendance with the social worker, owner: jo-bloggs, due: 2025-02-10, case: FAM-0042 }
---

## Summary of events

A joint session with children's social care.
`;

const AUDIT = `---
kind: case-audit
id: audit-2025-02-20-fam-0042
case: FAM-0042
date: 2025-02-20
auditor: sam-lee
worker: jo-bloggs
findings: Chronology complete and the plan on file.
---

## Records checked

The chronology and the plan.
`;

describe.skipIf(reason)('the case sections of a session PDF, and the case-audit PDF', () => {
  let session: string;
  let audit: string;

  beforeAll(async () => {
    const root = makeRecordsRepo({
      files: {
        'records/sessions/2025/2025-02-03-group.md': signText(SESSION, [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'attendee' }]),
        'records/audits/audit-2025-02-20-fam-0042.md': signText(AUDIT, [{ by: 'sam-lee', role: 'auditor' }]),
      },
    });
    const out = path.join(root, 'out');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'build', 'records/sessions', 'records/audits', '--out', out], root);
    expect(run.exitCode, run.stderr).toBe(0);
    session = unwrapped(pdfText(path.join(out, 'pdf/session/2025-02-03-group.pdf')));
    audit = unwrapped(pdfText(path.join(out, 'pdf/case-audit/audit-2025-02-20-fam-0042.pdf')));
  }, 120_000);

  it('lays each case out as the form does, in its order', () => {
    const order = [
      'Case FAM-0042', 'Part A: the child and family', 'Worker’s actions', 'Two home visits', 'Risks', 'conviction for violence',
      'Protective factors', 'Grandmother collects', 'Strengths', 'Mother keeps every appointment', 'Part B: the work with the family',
      'Worker’s role with the family', 'Lead professional for the school', 'Delivery plan', 'Weekly check-in', 'Child’s file', 'Discussion recorded 4 February 2025',
      'Actions for this case', 'Share attendance with the social worker', 'Case FAM-0050', 'Closed in this session',
    ].map(unwrapped);
    let from = 0;
    for (const phrase of order) {
      const at = session.indexOf(phrase, from);
      expect(at, phrase).toBeGreaterThanOrEqual(0);
      from = at + phrase.length;
    }
    // One "Part A" per case that has answers: the session no longer has a Part A of its own.
    expect(session.split(unwrapped('Part A')).length - 1).toBe(1);
  });

  it('lists the social worker with her agency, and asks her for no signature', () => {
    expect(session).toContain(unwrapped("Morwenna Tregothnan, Social Worker (Riverside Borough Children's Social Care)"));
    const signOff = session.slice(session.indexOf(unwrapped('Sign-off')));
    expect(signOff).not.toContain('Morwenna');
    expect(session).not.toContain(unwrapped('DRAFT - NOT SIGNED'));
  });

  it('prints a case audit with its findings, signed by the auditor', () => {
    for (const phrase of ['Case file audit: case FAM-0042, 20 February 2025', 'Auditor', 'Sam Lee', 'Worker', 'Jo Bloggs', 'Chronology complete and the plan on file.', 'The chronology and the plan.']) {
      expect(audit, phrase).toContain(unwrapped(phrase));
    }
    expect(audit).not.toContain(unwrapped('DRAFT - NOT SIGNED'));
  });
});
