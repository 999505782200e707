/**
 * An inspection of Ashgrove Primary School (fictional) on Monday 23 November
 * 2026. The school's supervision records for the year are a real git
 * repository, built here in a temporary folder: a dozen staff, contracts,
 * sessions and decisions written, signed with `supv sign` and committed in
 * date order, each commit backdated to the day it was made.
 *
 * Kept as the policy asks, the year draws no finding at all. With the lapses
 * below (each one a thing that goes wrong in a real school), `supv lint` finds
 * exactly what an inspector would, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AS_OF, buildAshgrove, LAPSES, STAFF, type Lapse } from './ashgrove.js';
import type { School } from './school.js';

const { HARRIET, OLIVER, PRIYA, TAMSIN, FERGUS, NOOR, WREN, JASPER, MAISIE, CORMAC, IDRIS, BETHAN, LINNEA } = STAFF;

interface Found {
  file: string;
  line: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

interface JsonFile {
  file: string;
  findings: Array<Found & { column: number }>;
  errorCount: number;
  warningCount: number;
}

const staffFile = (id: string) => `records/staff/${id}.md`;
const sessionFile = (id: string) => `records/sessions/${id.slice(0, 4)}/${id}.md`;

/**
 * The line of a record's file an inspector is pointed to: the `nth` line
 * (1-based) that starts, after its indentation, with `start`, counting only
 * from the first line that starts with `after` when given.
 */
function lineIn(school: School, file: string, start: string, { nth = 1, after }: { nth?: number; after?: string } = {}): number {
  const lines = school.read(file).split('\n');
  let from = 0;
  if (after !== undefined) {
    from = lines.findIndex((line) => line.trimStart().startsWith(after));
    if (from < 0) throw new Error(`${file} has no line starting with ${after}`);
  }
  let seen = 0;
  for (let index = from; index < lines.length; index++) {
    if (lines[index]!.trimStart().startsWith(start) && ++seen === nth) return index + 1;
  }
  throw new Error(`${file} has no line ${nth} starting with ${start}`);
}

function sorted(findings: Found[]): Found[] {
  const key = (f: Found) => `${f.file}\u0000${String(f.line).padStart(6, '0')}\u0000${f.rule}\u0000${f.message}`;
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function findingsOf(stdout: string): Found[] {
  const files = JSON.parse(stdout) as JsonFile[];
  return files.flatMap((entry) => entry.findings.map(({ file, line, rule, severity, message }) => ({ file, line, rule, severity, message })));
}

const lint = ['lint', '--as-of', AS_OF];

describe(`Ashgrove Primary School, inspected on ${AS_OF}`, () => {
  describe('a year kept as the policy asks', () => {
    let school: School;
    beforeAll(async () => {
      school = await buildAshgrove();
    });
    afterAll(() => school?.close());

    test('the records are a real year: twelve staff, signed contracts, sessions committed week by week and backdated', () => {
      const files = school.git(['ls-files', 'records']).trim().split('\n');
      expect(files.filter((file) => file.startsWith('records/staff/'))).toHaveLength(12);
      // Thirteen, and a new one with Idris Farrow's new supervisor after the change in September.
      expect(files.filter((file) => file.startsWith('records/contracts/'))).toHaveLength(14);
      expect(files.filter((file) => file.startsWith('records/decisions/'))).toHaveLength(2);
      expect(files.filter((file) => file.startsWith('records/sessions/')).length).toBeGreaterThan(100);

      const dates = school.git(['log', '--reverse', '--format=%aI %cI']).trim().split('\n');
      const days = dates.map((line) => line.slice(0, 10));
      expect(days[0]).toBe('2025-12-01');
      expect(days.at(-1)).toBe('2026-11-20');
      expect([...days].sort()).toEqual(days);
      // Author and committer dates agree: nothing was rebased or rewritten.
      for (const line of dates) expect(line.split(' ')[0]).toBe(line.split(' ')[1]);

      // Someone has left, someone changed supervisor with a handover, an early career teacher is on the staged tier.
      expect(school.read(staffFile(BETHAN))).toContain('left: 2026-07-22');
      expect(school.read(staffFile(NOOR))).toContain(`handover: 2026-04-01-${NOOR}`);
      expect(school.read(staffFile(JASPER))).toContain('tier: newly-qualified');
      // Both the command line and the signing function it runs were used.
      expect(school.signCalls.cli).toBeGreaterThan(0);
      expect(school.signCalls.library).toBeGreaterThan(200);
    });

    test('every signature is a real content hash that still holds', async () => {
      const result = await school.supv(['verify']);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^\d+ files checked: (\d+) ok, 0 failed, 0 not signed; all signatures hold$/m);
      expect(result.exitCode).toBe(0);
    });

    test('supv lint --format json: exit 0 and no findings at all', async () => {
      const result = await school.supv([...lint, '--format', 'json']);
      expect(result.stderr).toBe('');
      expect(findingsOf(result.stdout)).toEqual([]);
      expect(result.exitCode).toBe(0);
    });
  });

  describe('the same year with lapses', () => {
    let school: School;
    beforeAll(async () => {
      school = await buildAshgrove(new Set(LAPSES));
    });
    afterAll(() => school?.close());

    /** Each lapse in a sentence, and what the inspection finds because of it. */
    function expectedFindings(): Array<{ lapse: Lapse; story: string; findings: Found[] }> {
      const priya = 'Priya Castellan';
      const dslRefresher = `2026-10-07-${OLIVER}`;
      const deletion = school.commitWith('Clear out supervision records');
      const named = school.commitWith('Decision for Marnie Coldwell');
      const changedAfterSigning = sessionFile(`2026-06-18-${PRIYA}`);
      return [
        {
          lapse: 'fergusLastSupervised40DaysAgo',
          story: 'Fergus, a case holder, was last supervised on 14 October, 40 days ago: his November session never happened.',
          findings: [{
            file: staffFile(FERGUS), line: 3, rule: 'session-overdue', severity: 'error',
            message: `overdue by 12 days: last supervised on 2026-10-14 (session 2026-10-14-${FERGUS}) by ${priya}; interval 4 weeks (tier case-holder); the step now due is a one-to-one with ${priya}`,
          }],
        },
        {
          lapse: 'wrenLastSupervised70DaysAgo',
          story: 'Wren, the SENCo, was last supervised on 14 September, 70 days ago: October and November were cancelled for the SEND review.',
          findings: [{
            file: staffFile(WREN), line: 3, rule: 'session-overdue', severity: 'error',
            message: `overdue by 42 days: last supervised on 2026-09-14 (session 2026-09-14-${WREN}) by ${priya}; interval 4 weeks (tier case-holder); the step now due is a three-way meeting with ${priya} and the line manager, Harriet Quennell`,
          }],
        },
        {
          lapse: 'tamsinSessionBroughtForward',
          story: 'Tamsin\u2019s November session was brought forward to 29 October, so her next one falls due this week.',
          findings: [{ file: staffFile(TAMSIN), line: 3, rule: 'session-due-soon', severity: 'warning', message: 'next supervision due by 2026-11-26 (in 3 days) with Oliver Brandreth' }],
        },
        {
          lapse: 'noorNeverSignedHerNovemberRecord',
          story: 'Noor\u2019s session of 11 November, 12 days ago, was signed by her supervisor but never by Noor.',
          findings: [{
            file: sessionFile(`2026-11-11-${NOOR}`), line: lineIn(school, sessionFile(`2026-11-11-${NOOR}`), 'signatures:'), rule: 'unsigned', severity: 'error',
            message: 'not signed by Noor Halloran (supervisee); signatures were due by 2026-11-18',
          }],
        },
        {
          lapse: 'jasperHasNotSignedYet',
          story: 'Jasper has not yet signed the record of his session three days ago; he still has four days.',
          findings: [{
            file: sessionFile(`2026-11-20-${JASPER}`), line: lineIn(school, sessionFile(`2026-11-20-${JASPER}`), 'signatures:'), rule: 'unsigned', severity: 'warning',
            message: 'not yet signed by Jasper Moorcroft (supervisee); signatures are due by 2026-11-27',
          }],
        },
        {
          lapse: 'priyaJuneRecordEditedAfterSigning',
          story: 'Priya\u2019s June record was reworded on 30 June, after both she and Oliver had signed it.',
          findings: (['supervisor', 'supervisee'] as const).map((role) => {
            const by = role === 'supervisor' ? OLIVER : PRIYA;
            const nth = lineIn(school, changedAfterSigning, `by: ${by}`, { after: 'signatures:' }) - 1;
            return {
              file: changedAfterSigning, line: nth, rule: 'signature-mismatch', severity: 'error' as const,
              message: `the record changed after ${role === 'supervisor' ? 'Oliver Brandreth' : 'Priya Castellan'} signed it as ${role} on 2026-06-19T16:00:00+01:00; review the changes and sign again`,
            };
          }),
        },
        {
          lapse: 'oliverSecondActionNotReviewed',
          story: 'Oliver\u2019s November session reviewed the first action agreed in October but not the second, the DSL refresher course.',
          findings: [{
            file: sessionFile(`2026-11-04-${OLIVER}`), line: lineIn(school, sessionFile(`2026-11-04-${OLIVER}`), 'actions_reviewed:'), rule: 'actions-not-reviewed', severity: 'error',
            message: `action A2 of the previous session ${dslRefresher} is not reviewed; add \`ref: ${dslRefresher}#A2\` to actions_reviewed with status done, carried or dropped`,
          }],
        },
        {
          lapse: 'harrietActionCarriedPastItsDate',
          story: 'The head\u2019s action to report to governors by 31 October was carried in November and is now past due.',
          findings: [{
            file: sessionFile(`2026-09-21-${HARRIET}`), line: lineIn(school, sessionFile(`2026-09-21-${HARRIET}`), 'due:', { after: 'actions:' }), rule: 'action-overdue', severity: 'warning',
            message: 'action A1 was due on 2026-10-31 and has not been reviewed as done or dropped',
          }],
        },
        {
          lapse: 'noorCaseChangedWithoutDecision',
          story: 'A child Noor works with became a child in need on 8 June; her June session discussed it but no decision was recorded on the child\u2019s file.',
          findings: [{
            file: sessionFile(`2026-06-24-${NOOR}`), line: lineIn(school, sessionFile(`2026-06-24-${NOOR}`), '- ref: FAM-0031'), rule: 'decision-missing', severity: 'warning',
            message: `case FAM-0031 changed status on 2026-06-08, since the previous session on 2026-05-27, but has no decision record; record the decision for the child's file (kind: decision, case: FAM-0031, session: 2026-06-24-${NOOR})`,
          }],
        },
        {
          lapse: 'mayGroupWithoutConfidentiality',
          story: 'The May group supervision records that confidentiality was not agreed.',
          findings: [{
            file: sessionFile('2026-05-06-group'), line: lineIn(school, sessionFile('2026-05-06-group'), 'confidentiality_agreed: false'), rule: 'group-confidentiality', severity: 'error',
            message: 'a group session must record that the boundaries of confidentiality were agreed: `confidentiality_agreed: true`',
          }],
        },
        {
          lapse: 'newTeacherInWeekThree',
          story: 'Linnea, an early career teacher in her third week, should be supervised weekly; her last session was 9 days ago.',
          findings: [{
            file: staffFile(LINNEA), line: 3, rule: 'session-overdue', severity: 'error',
            message: `overdue by 2 days: last supervised on 2026-11-14 (session 2026-11-14-${LINNEA}) by ${priya}; interval 1 week (tier newly-qualified, first 6 weeks); the step now due is a one-to-one with ${priya}`,
          }],
        },
        {
          lapse: 'wrenHasNoSupervisionTraining',
          story: 'Wren supervises Cormac but her supervision training was never recorded.',
          findings: [{
            file: staffFile(WREN), line: 3, rule: 'supervisor-untrained', severity: 'warning',
            message: 'Wren Abernethy supervises Cormac Delahunt but has no `supervision_training` date; supervisors are trained in supervision skills',
          }],
        },
        {
          lapse: 'idrisHandoverNotRecorded',
          story: 'Idris moved from the head to the DSL for supervision on 1 September with no handover recorded.',
          findings: [{
            file: staffFile(IDRIS), line: lineIn(school, staffFile(IDRIS), '- id:', { nth: 2, after: 'supervisors:' }), rule: 'handover-missing', severity: 'warning',
            message: 'supervision passed from Harriet Quennell to Oliver Brandreth on 2026-09-01 with no `handover` session; record the handover and name its session here',
          }],
        },
        {
          lapse: 'maisieSessionCutTo40Minutes',
          story: 'Maisie\u2019s March session was cut to 40 minutes by a fire drill.',
          findings: [{
            file: sessionFile(`2026-03-27-${MAISIE}`), line: lineIn(school, sessionFile(`2026-03-27-${MAISIE}`), 'duration_minutes:'), rule: 'session-short', severity: 'warning',
            message: 'the session lasted 40 minutes; sessions should last at least 60 minutes (policy.min_duration)',
          }],
        },
        {
          lapse: 'cormacSessionTypedAsNextYear',
          story: 'Cormac\u2019s January session was typed as 2027.',
          findings: [{
            file: sessionFile(`2026-01-20-${CORMAC}`), line: lineIn(school, sessionFile(`2026-01-20-${CORMAC}`), 'date:'), rule: 'future-date', severity: 'error',
            message: `the session is dated 2027-01-20, after ${AS_OF}; a record can only be written for a session that has taken place`,
          }],
        },
        {
          lapse: 'maisieContractReviewMissed',
          story: 'Maisie\u2019s contract was due for review on 1 September and has not been reviewed.',
          findings: [{
            file: 'records/contracts/contract-maisie-tregothnan-2025.md', line: lineIn(school, 'records/contracts/contract-maisie-tregothnan-2025.md', 'review_due:'), rule: 'contract-review-overdue', severity: 'error',
            message: 'review of the contract was due on 2026-09-01, 83 days ago; review it with Maisie Tregothnan and agree a new contract or a new `review_due`',
          }],
        },
        {
          lapse: 'idrisHasNoContract',
          story: 'Idris never had a supervision contract.',
          findings: [{ file: staffFile(IDRIS), line: 3, rule: 'no-contract', severity: 'error', message: 'no supervision contract for Idris Farrow: agree one with Oliver Brandreth and have both sign it' }],
        },
        {
          lapse: 'fergusMarchRecordWrittenLate',
          story: 'Fergus\u2019s session of 4 March was written up and committed on 24 March, 20 days later.',
          findings: [{
            file: sessionFile(`2026-03-04-${FERGUS}`), line: lineIn(school, sessionFile(`2026-03-04-${FERGUS}`), 'date:'), rule: 'late-record', severity: 'warning',
            message: 'first committed on 2026-03-24, 20 days after the session on 2026-03-04; records should be written within 7 days',
          }],
        },
        {
          lapse: 'bethanRecordDeleted',
          story: 'After Bethan left, Noor deleted Bethan\u2019s June session record on 7 September.',
          findings: [{
            file: sessionFile(`2026-06-25-${BETHAN}`), line: 1, rule: 'record-deleted', severity: 'error',
            message: `this record was deleted in commit ${deletion.hash.slice(0, 12)} on 2026-09-07 by Noor Halloran; records must not be destroyed while retention applies. Restore it with \`git checkout ${deletion.hash.slice(0, 12)}^ -- ${sessionFile(`2026-06-25-${BETHAN}`)}\``,
          }],
        },
        {
          lapse: 'childNamedInCommitMessage',
          story: 'The decision for a child on a child protection plan was committed with the child\u2019s name in the commit message.',
          findings: [{
            file: 'records/decisions/dec-2026-02-02-fam-0107.md', line: lineIn(school, 'records/decisions/dec-2026-02-02-fam-0107.md', 'name: Marnie Coldwell'), rule: 'name-in-path', severity: 'error',
            message: `the child's name in \`child.name\` appears in the message of commit ${named.hash.slice(0, 12)} (${named.date.slice(0, 10)}); commit messages are read by everyone with access to the repository: ask whoever administers it to rewrite that message`,
          }],
        },
        {
          lapse: 'cormacNeverCoversSupport',
          story: 'Cormac\u2019s last three sessions covered accountability and development but never support.',
          findings: [{
            file: staffFile(CORMAC), line: 3, rule: 'functions-unbalanced', severity: 'warning',
            message: 'support not covered in the last 3 sessions (since 2026-07-14); supervision should balance accountability, development and support over time',
          }],
        },
      ];
    }

    test('every lapse is told, once', () => {
      const told = expectedFindings().map((entry) => entry.lapse);
      expect([...told].sort()).toEqual([...LAPSES].sort());
      for (const { story, findings } of expectedFindings()) {
        expect(story).toMatch(/^[A-Z].*\.$/);
        expect(findings.length).toBeGreaterThan(0);
      }
    });

    test('supv lint --format json finds exactly what the lapses explain, and nothing else', async () => {
      const result = await school.supv([...lint, '--format', 'json']);
      expect(result.stderr).toBe('');
      const expected = sorted(expectedFindings().flatMap((entry) => entry.findings));
      expect(sorted(findingsOf(result.stdout))).toEqual(expected);
      expect(expected).toHaveLength(22);
      expect(result.exitCode).toBe(1);
    });

    test('the built binary\u2019s stylish report reads well: file by file, aligned, a summary, no stack trace; exit 1', () => {
      const result = school.spawn([...lint, '--no-color']);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe('');
      const out = result.stdout;
      expect(out).not.toMatch(/\bat .+\.(js|ts):\d+|Error:|\u001b\[/);

      const block = (file: string) => {
        const lines = out.split('\n');
        const start = lines.indexOf(file);
        expect(start, `${file} is reported`).toBeGreaterThanOrEqual(0);
        const end = lines.indexOf('', start);
        return lines.slice(start, end).join('\n');
      };
      expect(block(staffFile(FERGUS))).toMatchInlineSnapshot(`
        "records/staff/fergus-lindqvist.md
          3:5  error  overdue by 12 days: last supervised on 2026-10-14 (session 2026-10-14-fergus-lindqvist) by Priya Castellan; interval 4 weeks (tier case-holder); the step now due is a one-to-one with Priya Castellan  session-overdue"
      `);
      expect(block(staffFile(IDRIS))).toMatchInlineSnapshot(`
        "records/staff/idris-farrow.md
           3:5  error    no supervision contract for Idris Farrow: agree one with Oliver Brandreth and have both sign it                                                       no-contract
          12:5  warning  supervision passed from Harriet Quennell to Oliver Brandreth on 2026-09-01 with no \`handover\` session; record the handover and name its session here  handover-missing"
      `);
      expect(block(sessionFile(`2026-11-20-${JASPER}`))).toMatchInlineSnapshot(`
        "records/sessions/2026/2026-11-20-jasper-moorcroft.md
          23:1  warning  not yet signed by Jasper Moorcroft (supervisee); signatures are due by 2026-11-27  unsigned"
      `);
      expect(out.trimEnd().split('\n').at(-1)).toBe('\u2716 22 problems (13 errors, 9 warnings)');
      // Every file with findings is listed once, in order.
      const headers = out.split('\n').filter((line) => line.startsWith('records/'));
      const files = [...new Set(expectedFindings().flatMap((entry) => entry.findings.map((finding) => finding.file)))].sort();
      expect(headers).toEqual(files);
    });
  });
});
