/**
 * Records built in memory for tests: each builder returns a record file
 * (path and Markdown text) with the defaults a typical record would have, so
 * a test states only what it is about. Fictional people only: Sam Lee
 * supervises Jo Bloggs and Ali Khan, and Kim Park supervises Sam Lee.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { checkRecords } from '../../src/check/engine.js';
import type { GitHistory } from '../../src/git/types.js';
import { DEFAULT_CONFIG, type Config, type Policy } from '../../src/config/config.js';
import { indexRecords } from '../../src/load/load.js';
import type { Finding, RecordSet } from '../../src/model.js';
import type { Rule } from '../../src/check/rule.js';
import { recordFromText } from '../../src/parse/read-record.js';

export interface RecordFile {
  /** Repository-relative path. */
  file: string;
  text: string;
}

type Fields = Record<string, unknown>;

const HASH = '0'.repeat(64);

/** "jo-bloggs" → "Jo Bloggs". */
export function nameFromId(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
}

/** The record text: frontmatter in the order given (fields left undefined are left out), then a short body. */
export function recordText(fields: Fields, body = 'Notes.'): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** `signatures` moved to the end of the frontmatter, where it belongs (SPEC §5). */
function signaturesLast(fields: Fields): Fields {
  const { signatures, ...rest } = fields;
  return { ...rest, signatures };
}

/** A signature by `by` in `role` (the hash is a placeholder: the presence rules do not check it). */
export function signature(by: string, role: string, at = '2026-02-04T10:00:00+00:00'): Fields {
  return { role, by, at, sha256: HASH };
}

export interface StaffFields extends Fields {
  id: string;
  /** Default: from the id ("jo-bloggs" → "Jo Bloggs"). */
  name?: string;
  /** Shorthand for `supervisors: [{ id: supervisor, from: started }]`. */
  supervisor?: string;
}

/** A staff record: a case holder who started on 2024-09-02, supervised by sam-lee, unless told otherwise. */
export function staff({ id, supervisor = 'sam-lee', ...rest }: StaffFields): RecordFile {
  const started = (rest.started as string | undefined) ?? '2024-09-02';
  const fields: Fields = {
    kind: 'staff',
    id,
    name: nameFromId(id),
    role: 'Family Support Worker',
    tier: 'case-holder',
    started,
    supervisors: [{ id: supervisor, from: started }],
    ...rest,
  };
  return { file: `records/staff/${id}.md`, text: recordText(fields) };
}

/** The supervisor most tests use: trained, so only the supervisee's findings matter. */
export const SAM_LEE = staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2023-05-10' });

/** Sam Lee (a trained supervisor, and a case holder), Jo Bloggs and Ali Khan. */
export const TEAM: RecordFile[] = [
  staff({ id: 'sam-lee', role: 'Team Manager', supervisors: [{ id: 'kim-park', from: '2020-01-06' }], supervision_training: '2023-05-10' }),
  staff({ id: 'jo-bloggs' }),
  staff({ id: 'ali-khan' }),
];

/**
 * A one-hour session on `date` led by sam-lee, covering all three functions:
 * a one-to-one with Jo Bloggs (or `supervisee`), or a group when `attendees`
 * are given (confidentiality agreed unless told otherwise). Unsigned unless
 * `signatures` is given.
 */
export function session(date: string, fields: Fields = {}): RecordFile {
  const group = fields.attendees !== undefined;
  const supervisee = group ? undefined : ((fields.supervisee as string | undefined) ?? 'jo-bloggs');
  const id = (fields.id as string | undefined) ?? `${date}-${group ? 'group' : supervisee}`;
  return {
    file: `records/sessions/${date.slice(0, 4)}/${id}.md`,
    text: recordText(signaturesLast({
      kind: 'session',
      id,
      date,
      type: group ? 'group' : 'one-to-one',
      supervisor: 'sam-lee',
      supervisee,
      ...(group ? { confidentiality_agreed: true } : {}),
      duration_minutes: 60,
      functions: ['accountability', 'development', 'support'],
      ...fields,
    })),
  };
}

export interface ContractFields extends Fields {
  supervisee: string;
  agreed: string;
  /** Who has signed (ignored when `signatures` is given): both parties unless told otherwise. */
  signedBy?: Array<'supervisor' | 'supervisee'>;
}

/** A P4W contract with sam-lee, signed by both parties unless `signedBy` or `signatures` says otherwise. */
export function contract({ supervisee, agreed, signedBy = ['supervisor', 'supervisee'], ...rest }: ContractFields): RecordFile {
  const id = (rest.id as string | undefined) ?? `contract-${supervisee}-${agreed.slice(0, 4)}`;
  const supervisor = (rest.supervisor as string | undefined) ?? 'sam-lee';
  const who = { supervisor, supervisee };
  const signatures = signedBy.length > 0 ? signedBy.map((role) => signature(who[role], role, `${agreed}T10:00:00+00:00`)) : undefined;
  const fields: Fields = { kind: 'contract', id, supervisee, supervisor, agreed, frequency: 'P4W', signatures, ...rest };
  // Required (SPEC §11.2); after the fields a test gives, so their lines stay where they were.
  if (!('dispute_resolution' in rest)) fields.dispute_resolution = 'Kim Park, head of service';
  return { file: `records/contracts/${id}.md`, text: recordText(signaturesLast(fields)) };
}

/** A decision record about FAM-0042 from Jo Bloggs's session of 2026-02-03, unsigned unless `signatures` is given. */
export function decision(id: string, fields: Fields = {}): RecordFile {
  return {
    file: `records/decisions/${id}.md`,
    text: recordText(signaturesLast({ kind: 'decision', id, case: 'FAM-0042', session: '2026-02-03-jo-bloggs', date: '2026-02-03', supervisor: 'sam-lee', supervisee: 'jo-bloggs', ...fields })),
  };
}

/** A case-file audit of FAM-0042 (Jo Bloggs's case) by sam-lee on `date`, unsigned unless `signatures` is given. */
export function caseAudit(id: string, date: string, fields: Fields = {}): RecordFile {
  return {
    file: `records/audits/${id}.md`,
    text: recordText(signaturesLast({ kind: 'case-audit', id, case: 'FAM-0042', date, auditor: 'sam-lee', worker: 'jo-bloggs', findings: 'Chronology up to date; plan reviewed.', ...fields })),
  };
}

/** Parse and index the files as `supv lint` would (in path order); a record the schema refuses is a mistake in the test. */
export function recordSet(...files: RecordFile[]): RecordSet {
  const loaded = files.map((entry) => recordFromText({ file: entry.file, absPath: `/repo/${entry.file}` }, entry.text));
  for (const record of loaded) {
    if (!record.valid) {
      const problems = [record.parseProblem?.message, ...record.schemaProblems.map((problem) => `${problem.pointer}: ${problem.message}`)];
      throw new Error(`test record ${record.file} is not valid: ${problems.filter(Boolean).join('; ')}`);
    }
  }
  return indexRecords(loaded.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
}

/** The default config with some policy keys changed. */
export function withPolicy(policy: Partial<Policy>): Config {
  return { ...structuredClone(DEFAULT_CONFIG), policy: { ...structuredClone(DEFAULT_CONFIG.policy), ...policy } };
}

export interface RunOptions {
  asOf: string;
  /** Default: the default config, with `policy` applied. */
  config?: Config;
  policy?: Partial<Policy>;
  git?: GitHistory;
}

/** Run one rule through the engine, as `supv lint` would; its findings in file and line order. */
export async function runRule(rule: Rule, records: RecordSet, { asOf, config, policy, git }: RunOptions): Promise<Finding[]> {
  const base = config ?? DEFAULT_CONFIG;
  const results = await checkRecords(records, [rule], { asOf, config: policy ? { ...base, policy: { ...base.policy, ...policy } } : base, git });
  return results.flatMap((result) => result.findings);
}

/** Just the messages, for tables that care about what is said. */
export async function messages(rule: Rule, records: RecordSet, options: RunOptions): Promise<string[]> {
  return (await runRule(rule, records, options)).map((finding) => finding.message);
}

/** The findings on one person's staff record. */
export function about(findings: Finding[], staffId: string): Finding[] {
  return findings.filter((finding) => finding.file === `records/staff/${staffId}.md`);
}

/** The 1-based line of the first line of `text` that starts with `start` (after indentation). */
export function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.trimStart().startsWith(start)) + 1;
}

/** The record files of a repository, repository-relative, in path order (as supv finds them). */
export function recordFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.md')) found.push(file);
    }
  };
  walk('records');
  return found;
}
