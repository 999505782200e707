/**
 * A small records repository for the PDF tests: fictional people, one record
 * of each kind, signed where the test needs it. Signatures carry the real
 * content hash (SPEC §5), so "unchanged since" is earned, not faked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordFromText } from '../../src/parse/read-record.js';
import { contentHash } from '../../src/sign/content-hash.js';
import { USUAL_CHROME_PATHS } from '../../src/render/find-chromium.js';


/** Why the render tests cannot run here, or undefined when they can. */
export function skipReason(): string | undefined {
  const chrome = process.env.SUPV_CHROME ?? USUAL_CHROME_PATHS.find((candidate) => existsSync(candidate));
  if (!chrome || !existsSync(chrome)) return 'Chromium is not installed (apt-get install chromium, or set SUPV_CHROME)';
  for (const tool of ['pdftotext', 'pdfsig', 'pdfinfo']) {
    if (spawnSync('which', [tool]).status !== 0) return `${tool} is not installed (apt-get install poppler-utils)`;
  }
  return undefined;
}

/** Append signatures with the record's real content hash (`change` lets a test edit the record afterwards). */
export function signText(text: string, signers: Array<{ by: string; role: string; at?: string }>): string {
  const record = recordFromText({ file: 'x.md', absPath: '/x.md' }, text);
  if (!record.data) throw new Error(`fixture does not parse: ${record.parseProblem?.message}`);
  const hash = contentHash(record.data, record.body);
  const lines = signers.map(
    (signer) => `  - role: ${signer.role}\n    by: ${signer.by}\n    at: ${signer.at ?? '2025-02-04T10:12:00+00:00'}\n    sha256: ${hash}\n`,
  );
  const close = text.indexOf('\n---', 3);
  return `${text.slice(0, close + 1)}signatures:\n${lines.join('')}${text.slice(close + 1)}`;
}

export const STAFF_SAM = `---
kind: staff
id: sam-lee
name: Sam Lee
role: Designated Safeguarding Lead
tier: designated-lead
started: 2020-09-01
supervisors:
  - id: ana-silva
    from: 2020-09-01
supervision_training: 2021-03-10
---
Sam leads safeguarding for the team.
`;

export const STAFF_ANA = `---
kind: staff
id: ana-silva
name: Ana Silva
role: Head of Service
tier: general
started: 2018-01-08
supervisors:
  - id: sam-lee
    from: 2018-01-08
supervision_training: 2019-05-02
---
`;

export function staffJo(name = 'Jo Bloggs'): string {
  return `---
kind: staff
id: jo-bloggs
name: ${JSON.stringify(name)}
role: Family Support Worker
tier: case-holder
started: 2024-09-02
supervisors:
  - id: sam-lee
    from: 2024-09-02
---
`;
}

export function sessionText(body = DEFAULT_SESSION_BODY, id = '2025-02-03-jo-bloggs'): string {
  return `---
kind: session
id: ${id}
date: 2025-02-03
type: one-to-one
supervisor: sam-lee
supervisee: jo-bloggs
duration_minutes: 60
functions: [accountability, development, support]
cases_coverage: all
cases:
  - ref: FAM-0042
    status: CP
    status_changed: 2025-01-20
    decision: dec-2025-02-03-fam-0042
    note: Core group met; attendance at school has improved but the home visit was refused twice.
  - ref: FAM-0107
    status: CIN
    note: Stable; plan reviewed.
actions:
  - id: A1
    text: Book a core group meeting and invite the school nurse, the family's health visitor and the housing officer so that the plan can be reviewed together before the next conference
    owner: jo-bloggs
    due: 2025-02-17
  - id: A2
    text: Read the updated thresholds guidance
    owner: jo-bloggs
    due: 2025-03-03
actions_reviewed:
  - ref: 2025-01-06-jo-bloggs#A2
    status: done
    note: Referral made on 8 January
next_meeting: 2025-03-03
---
${body}
`;
}

export const DEFAULT_SESSION_BODY = `## Summary of events

Jo described a difficult month with two new allocations.

## Risks and protective factors

- Risk: parental substance misuse.
- Protective: grandmother visits daily.

## Wellbeing

Jo feels supported; workload discussed.
`;

export function decisionText(): string {
  return `---
kind: decision
id: dec-2025-02-03-fam-0042
case: FAM-0042
child: { name: A. Child, dob: 2016-04-01 }
session: 2025-02-03-jo-bloggs
date: 2025-02-03
supervisor: sam-lee
supervisee: jo-bloggs
actions:
  - { id: D1, text: Request strategy discussion, owner: jo-bloggs, due: 2025-02-05 }
---
Brief history: known to children's services since 2022.

Decision: request a strategy discussion.
`;
}

export function contractText(): string {
  return `---
kind: contract
id: contract-jo-bloggs-2024
supervisee: jo-bloggs
supervisor: sam-lee
agreed: 2024-09-09
frequency: P4W
duration_minutes: 60
review_due: 2025-09-09
dispute_resolution: Head of Service
---
Supervision is for accountability, development and support.
`;
}

/** A repository with one record of each kind; the session signed by both, the others as asked. */
export function makeRecordsRepo(options: { files?: Record<string, string>; config?: string } = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'supv-render-'));
  const files: Record<string, string> = {
    'supv.config.yaml': options.config ?? 'organisation: Riverside Family Centre\nmarking: OFFICIAL-SENSITIVE\ntimezone: Europe/London\n',
    'records/staff/sam-lee.md': STAFF_SAM,
    'records/staff/ana-silva.md': STAFF_ANA,
    'records/staff/jo-bloggs.md': staffJo(),
    'records/sessions/2025/2025-02-03-jo-bloggs.md': signText(sessionText(), [
      { by: 'sam-lee', role: 'supervisor' },
      { by: 'jo-bloggs', role: 'supervisee', at: '2025-02-05T09:30:00+00:00' },
    ]),
    'records/decisions/dec-2025-02-03-fam-0042.md': decisionText(),
    'records/contracts/contract-jo-bloggs-2024.md': signText(contractText(), [
      { by: 'sam-lee', role: 'supervisor' },
      { by: 'jo-bloggs', role: 'supervisee' },
    ]),
    ...options.files,
  };
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** The text of a PDF as poppler reads it. */
export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * PDF text, or a phrase to look for in it, put so that where the font
 * wrapped a line cannot matter (SPEC §11.8): NFC, every run of white space one
 * space, and no hyphens. pdftotext breaks a phrase wherever a line ended, and
 * joins a word broken after a hyphen at the end of a line without the hyphen
 * (`FAM-` / `0042` reads `FAM0042`), so a hyphen may or may not come back.
 * Put both sides through it: `expect(unwrapped(text)).toContain(unwrapped('Page 1 of 2'))`.
 */
export function unwrapped(text: string): string {
  return text.normalize('NFC').replace(/-\s+/g, '-').replace(/-/g, '').replace(/\s+/g, ' ');
}

/** Write bytes to a temporary file (for poppler). */
export function tempPdf(bytes: Uint8Array, name = 'doc.pdf'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-pdf-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** One page's text (from 1), as pdftotext reads it; `layout` keeps the columns where they stand. */
export function pageText(file: string, page: number, layout = false): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** How many pages a PDF has, as pdfinfo says. */
export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1]);
}

/** A session body several pages long (70 paragraphs). */
export const LONG_BODY = `## Summary of events

${Array.from({ length: 70 }, (_, i) => `Paragraph ${i + 1}: the worker described the week's visits, the school's report and what the family said about the plan, at length.`).join('\n\n')}
`;

/**
 * Jo's sessions, one a month from March 2025, as repository files: `body(i)`
 * gives the i-th one's body (default: the short one of {@link sessionText}),
 * `signers(i)` who signed it (default: Sam Lee and Jo Bloggs).
 */
export function monthlySessions(count: number, options: { body?: (i: number) => string | undefined; signers?: (i: number) => Array<{ by: string; role: string }> } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const month = String(i + 3).padStart(2, '0');
    const id = `2025-${month}-03-jo-bloggs`;
    const text = sessionText(options.body?.(i), id).replace('date: 2025-02-03', `date: 2025-${month}-03`).replace('next_meeting: 2025-03-03', `next_meeting: 2025-${String(i + 4).padStart(2, '0')}-03`);
    files[`records/sessions/2025/${id}.md`] = signText(text, options.signers?.(i) ?? [{ by: 'sam-lee', role: 'supervisor' }, { by: 'jo-bloggs', role: 'supervisee' }]);
  }
  return files;
}
