/**
 * `supv report` per-case figures (issue "Cases and the child's file"): open
 * cases by status, last discussed, last audited and what is overdue, in the
 * HTML, the PDF, the JSON and the CSV, agreeing with what lint finds. The
 * example records (fictional) judged on 2027-01-15, seven weeks after the
 * example year ends, so child protection cases have gone undiscussed.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { pdfText, skipReason, unwrapped } from '../render/fixtures.js';

const reason = skipReason();
const AS_OF = '2027-01-15';

interface CaseFigure { ref: string; status: string; open: boolean; worker?: string; lastDiscussed: string; lastAudited?: string; discussionOverdueDays?: number; auditOverdueDays?: number }

describe.skipIf(reason)('supv report: per-case figures', () => {
  let root: string;
  let out: string;
  let cases: { openByStatus: Record<string, number>; open: number; closed: number; notDiscussedInTime: number; notAuditedInTime: number; cases: CaseFigure[] };
  let summary: Record<string, unknown>;
  let lint: Array<{ rule: string; message: string; file: string }>;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'supv-report-cases-'));
    cpSync(path.join(REPO_ROOT, 'records'), path.join(root, 'records'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(root, 'supv.config.yaml'));
    out = path.join(root, 'dist', 'report');
    const report = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'report', '--out', out], root, new Date('2027-01-15T09:30:00Z'));
    expect(report.stderr).toBe('');
    expect(report.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    cases = json.cases;
    summary = json.summary;
    const linted = await runInProcess(['--cwd', root, '--as-of', AS_OF, 'lint', '--format', 'json', '--rule', 'late-record=off'], root);
    lint = (JSON.parse(linted.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>).flatMap((file) => file.findings.map((finding) => ({ ...finding, file: file.file })));
  }, 120_000);

  it('counts open cases by status, and the closed case as closed', () => {
    const open = cases.cases.filter((figure) => figure.open);
    for (const status of ['CP', 'CIN', 'LAC', 'CAF', 'EH', 'none']) expect(cases.openByStatus[status], status).toBe(open.filter((figure) => figure.status === status).length);
    expect(cases.openByStatus.CP).toBeGreaterThan(0);
    expect(cases.cases.find((figure) => figure.ref === 'FAM-0071')).toMatchObject({ status: 'closed', open: false });
    expect(cases.closed).toBe(1);
    expect(summary.openCases).toEqual(cases.openByStatus);
  });

  it('says what lint says: each case not discussed or audited in time is a finding on its worker\'s record', () => {
    const notDiscussed = lint.filter((finding) => finding.rule === 'case-not-discussed');
    const notAudited = lint.filter((finding) => finding.rule === 'case-audit-overdue');
    expect(notDiscussed.length).toBeGreaterThan(0);
    expect(cases.notDiscussedInTime).toBe(notDiscussed.length);
    expect(cases.notAuditedInTime).toBe(notAudited.length);
    for (const figure of cases.cases.filter((entry) => entry.discussionOverdueDays !== undefined)) {
      expect(notDiscussed.some((finding) => finding.file === `records/staff/${figure.worker}.md` && finding.message.startsWith(`case ${figure.ref} (`)), figure.ref).toBe(true);
    }
  });

  it('gives each case its last discussion and last audit', () => {
    const fam46 = cases.cases.find((figure) => figure.ref === 'FAM-0046')!;
    expect(fam46).toMatchObject({ status: 'CP', open: true, worker: 'imogen-thistlewood' });
    expect(fam46.lastAudited).toMatch(/^2026-(09|10|11)-/);
    expect(fam46.lastDiscussed <= AS_OF).toBe(true);
  });

  it('shows the figures in the HTML and the PDF', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const section = /<section id="cases"[^>]*data-not-discussed="(\d+)"[^>]*>[\s\S]*?<\/section>/.exec(html);
    expect(section).not.toBeNull();
    expect(Number(section![1])).toBe(cases.notDiscussedInTime);
    expect(section![0]).toContain('data-case="FAM-0046"');
    expect(section![0]).not.toContain('data-case="FAM-0071"');
    const pdf = unwrapped(pdfText(path.join(out, 'report.pdf')));
    expect(pdf).toContain(unwrapped("Children's cases"));
    expect(pdf).toContain(unwrapped('FAM-0046'));
    expect(pdf).toContain(unwrapped('Last audited'));
  });

  it('writes one CSV row per case', () => {
    const rows = readFileSync(path.join(out, 'report-cases.csv'), 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe('case_ref,status,open,worker,worker_name,supervisor,discussions,last_discussed,last_session,discussion_due,discussion_overdue_days,last_audited,last_audit,audit_due,audit_overdue_days,as_of');
    expect(rows).toHaveLength(cases.cases.length + 1);
    const fam71 = rows.find((row) => row.startsWith('FAM-0071,'))!;
    expect(fam71.split(',').slice(0, 3)).toEqual(['FAM-0071', 'closed', 'no']);
  });
});
