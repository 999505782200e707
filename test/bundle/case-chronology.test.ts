/**
 * `bundle --case REF` is one child's chronology (issue "Cases and the child's
 * file"): the sessions that discussed REF, cut down to what they said about
 * REF, its decision records, actions and audits, in date order; nothing about
 * the other children discussed in the same sessions. Read back with
 * pdftotext: no other case reference, none of their text, and with --redact
 * not the child's name either.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../src/bundle/outline.js';
import { runInProcess } from '../helpers/cli.js';
import { makeRecordsRepo, pdfText, signText, skipReason, unwrapped } from '../render/fixtures.js';

const reason = skipReason();

function session(date: string, cases: string, actions: string, body: string): string {
  return `---
kind: session
id: ${date}-jo-bloggs
date: ${date}
type: one-to-one
supervisor: sam-lee
supervisee: jo-bloggs
duration_minutes: 60
functions: [accountability, development, support]
cases_coverage: all
cases:
${cases}
actions:
${actions}
---

${body}
`;
}

const JANUARY = session('2025-01-06', `  - ref: FAM-0042
    status: CIN
    risks: Mother's partner drinks heavily; the sibling of FAM-0057 visits at weekends.
    protective_factors: Grandmother nearby
  - ref: FAM-0057
    status: CP
    risks: Bruising seen by the class teacher (Wrenfield family)`, `  - { id: A1, text: Visit the Wrenfield home, owner: jo-bloggs, due: 2025-01-20, case: FAM-0057 }
  - { id: A2, text: Call the grandmother about after-school care, owner: jo-bloggs, due: 2025-01-20, case: FAM-0042 }
  - { id: A3, text: Read the new neglect toolkit, owner: jo-bloggs, due: 2025-02-01 }`, `## Summary of events

A busy month; the Wrenfield family moved house.

## Case discussion

### FAM-0042 (CIN)

Attendance at 91%; the grandmother collects the children on Tuesdays.

### FAM-0057 (CP)

Strategy discussion held; the Wrenfield children are on a plan.

## Team and wellbeing

Jo is tired after the Wrenfield visit.`);

const FEBRUARY = session('2025-02-03', `  - ref: FAM-0057
    status: CP
  - ref: FAM-0042
    status: CP
    status_changed: 2025-01-28
    decision: dec-2025-02-03-fam-0042
    worker_actions: Home visit on 27 January; referral to children's social care
    role: Lead professional`, `  - { id: A1, text: Attend the initial child protection conference, owner: jo-bloggs, due: 2025-02-10, case: FAM-0042 }`, `## Case discussion

### FAM-0057 (CP)

Core group met; the Wrenfield plan continues.

### FAM-0042 (CP)

Became child protection on 28 January after the disclosure at school.`);

const DECISION_42 = `---
kind: decision
id: dec-2025-02-03-fam-0042
case: FAM-0042
child: { name: Bryony Quillfeather, dob: 2016-04-01 }
session: 2025-02-03-jo-bloggs
date: 2025-02-03
supervisor: sam-lee
supervisee: jo-bloggs
---

Bryony Quillfeather became subject to a child protection plan.
`;

const DECISION_57 = `---
kind: decision
id: dec-2025-01-06-fam-0057
case: FAM-0057
child: { name: Casper Wrenfield, dob: 2015-09-09 }
session: 2025-01-06-jo-bloggs
date: 2025-01-06
supervisor: sam-lee
supervisee: jo-bloggs
---

Casper Wrenfield: strategy discussion requested.
`;

const AUDIT_42 = `---
kind: case-audit
id: audit-2025-02-20-fam-0042
case: FAM-0042
date: 2025-02-20
auditor: sam-lee
worker: jo-bloggs
findings: Chronology complete; the plan's actions are on track.
actions:
  - { id: C1, text: Add the conference minutes to the file, owner: jo-bloggs, due: 2025-03-01, case: FAM-0042 }
---
`;

describe.skipIf(reason)('supv bundle --case', () => {
  let root: string;
  let file: string;
  let text: string;

  beforeAll(async () => {
    root = makeRecordsRepo({
      files: {
        'records/sessions/2025/2025-01-06-jo-bloggs.md': signText(JANUARY, [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]),
        'records/sessions/2025/2025-02-03-jo-bloggs.md': signText(FEBRUARY, [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]),
        'records/decisions/dec-2025-02-03-fam-0042.md': signText(DECISION_42, [{ by: 'sam-lee', role: 'supervisor' }]),
        'records/decisions/dec-2025-01-06-fam-0057.md': signText(DECISION_57, [{ by: 'sam-lee', role: 'supervisor' }]),
        'records/audits/audit-2025-02-20-fam-0042.md': signText(AUDIT_42, [{ by: 'sam-lee', role: 'auditor' }]),
      },
    });
    file = path.join(root, 'case.pdf');
    const run = await runInProcess(['--cwd', root, '--as-of', '2025-03-01', 'bundle', '--out', file, '--case', 'FAM-0042', '--redact'], root);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    text = unwrapped(pdfText(file));
  }, 180_000);

  it('holds the case\'s sessions, decision and audit, in date order', async () => {
    const outline = readOutline(await PDFDocument.load(readFileSync(file)));
    expect(outline[3]!.title).toBe('Case FAM-0042: chronology');
    expect(outline[3]!.children!.map((child) => /\(([^)]+)\)$/.exec(child.title)![1])).toEqual([
      '2025-01-06-jo-bloggs', '2025-02-03-jo-bloggs', 'dec-2025-02-03-fam-0042', 'audit-2025-02-20-fam-0042',
    ]);
  });

  it('shows what was recorded about the child: the form\'s answers, its sections, its actions and the audit', () => {
    for (const phrase of [
      'Grandmother nearby', 'Attendance at 91%', 'Call the grandmother about after-school care', 'Attend the initial child protection conference',
      'Home visit on 27 January', 'Lead professional', 'Became child protection on 28 January', 'Chronology complete',
      'Add the conference minutes to the file', 'Case file audited',
    ]) expect(text, phrase).toContain(unwrapped(phrase));
  });

  it('finds no other case reference and nothing said about the other child', () => {
    const references = new Set([...text.matchAll(/FAM\s?(\d{4})/g)].map((match) => match[1]));
    expect([...references]).toEqual(['0042']);
    for (const other of ['Wrenfield', 'Casper', 'Bruising', 'Strategy discussion held', 'Core group met', 'Read the new neglect toolkit', 'Jo is tired', 'A busy month']) {
      expect(text, other).not.toContain(unwrapped(other));
    }
  });

  it('hides the child\'s name with --redact, and keeps the signatures of the real records', () => {
    expect(text).not.toContain('Quillfeather');
    expect(text).not.toContain('Bryony');
    expect(text).toContain(unwrapped('[FAM-0042]'));
    expect(text).not.toContain(unwrapped('CHANGED AFTER SIGNING'));
  });
});
