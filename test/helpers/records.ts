import { stringify } from 'yaml';
import { DEFAULT_CONFIG, type Config, type Policy } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import { indexRecords } from '../../src/load.js';
import type { Finding, RecordSet, Rule } from '../../src/model.js';
import { recordFromText } from '../../src/parse/read-record.js';

/**
 * Records built in memory for rule tests: each function returns the record's
 * file path and text, with the defaults a typical record would have, so a test
 * states only what it is about. Names are fictional.
 */
export interface RecordFile {
  file: string;
  text: string;
}

type Fields = Record<string, unknown>;

/** "jo-bloggs" → "Jo Bloggs". */
export function nameFromId(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
}

/** The record text: frontmatter in the order given, then a short body. */
export function recordText(fields: Fields, body = 'Notes.'): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n\n${body}\n`;
}

export interface StaffFields extends Fields {
  id: string;
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

export interface SessionFields extends Fields {
  date: string;
}

/** A one-hour one-to-one covering all three functions, led by sam-lee; a group when `attendees` are given. */
export function session({ date, ...rest }: SessionFields): RecordFile {
  const group = rest.attendees !== undefined;
  const id = (rest.id as string | undefined) ?? `${date}-${group ? 'group' : rest.supervisee}`;
  const fields: Fields = {
    kind: 'session',
    id,
    date,
    type: group ? 'group' : 'one-to-one',
    supervisor: 'sam-lee',
    ...(group ? {} : { supervisee: rest.supervisee }),
    ...(group ? { attendees: rest.attendees, confidentiality_agreed: true } : {}),
    duration_minutes: 60,
    functions: ['accountability', 'development', 'support'],
    ...rest,
  };
  return { file: `records/sessions/${date.slice(0, 4)}/${id}.md`, text: recordText(fields) };
}

export interface ContractFields extends Fields {
  supervisee: string;
  agreed: string;
  /** Who has signed: both parties unless told otherwise. */
  signedBy?: Array<'supervisor' | 'supervisee'>;
}

/** A P4W contract with sam-lee, signed by both parties. */
export function contract({ supervisee, agreed, signedBy = ['supervisor', 'supervisee'], ...rest }: ContractFields): RecordFile {
  const id = (rest.id as string | undefined) ?? `contract-${supervisee}-${agreed.slice(0, 4)}`;
  const supervisor = (rest.supervisor as string | undefined) ?? 'sam-lee';
  const fields: Fields = { kind: 'contract', id, supervisee, supervisor, agreed, frequency: 'P4W', ...rest };
  const who = { supervisor, supervisee };
  if (signedBy.length > 0) {
    // Presence is what these rules read; the hash is a placeholder, never checked here.
    fields.signatures = signedBy.map((role) => ({ role, by: who[role], at: `${agreed}T10:00:00+00:00`, sha256: '0'.repeat(64) }));
  }
  return { file: `records/contracts/${id}.md`, text: recordText(fields) };
}

/** Parse and index the files as `supv lint` would; a record the schema refuses is a mistake in the test. */
export function recordSet(...files: RecordFile[]): RecordSet {
  const loaded = files.map((entry) => recordFromText({ file: entry.file, absPath: `/repo/${entry.file}` }, entry.text));
  for (const record of loaded) {
    if (!record.valid) {
      const problems = [record.parseProblem?.message, ...record.schemaProblems.map((problem) => `${problem.pointer}: ${problem.message}`)];
      throw new Error(`test record ${record.file} is not valid: ${problems.filter(Boolean).join('; ')}`);
    }
  }
  return indexRecords(loaded);
}

/** The default config with some policy keys changed. */
export function withPolicy(policy: Partial<Policy>): Config {
  return { ...structuredClone(DEFAULT_CONFIG), policy: { ...structuredClone(DEFAULT_CONFIG.policy), ...policy } };
}

/** Run one rule over the records on an as-of date; its findings in file and line order. */
export async function runRule(rule: Rule, records: RecordSet, { asOf, config = DEFAULT_CONFIG }: { asOf: string; config?: Config }): Promise<Finding[]> {
  const results = await checkRecords(records, [rule], { asOf, config });
  return results.flatMap((result) => result.findings);
}

/** Just the messages, for tables that care about what is said. */
export async function messages(rule: Rule, records: RecordSet, options: { asOf: string; config?: Config }): Promise<string[]> {
  return (await runRule(rule, records, options)).map((finding) => finding.message);
}

/** The findings on one person's staff record. */
export function about(findings: Finding[], staffId: string): Finding[] {
  return findings.filter((finding) => finding.file === `records/staff/${staffId}.md`);
}

/** The supervisor most tests use: trained, so only the supervisee's findings matter. */
export const SAM_LEE = staff({ id: 'sam-lee', role: 'Team Manager', tier: 'general', supervisor: 'kim-park', supervision_training: '2023-05-10' });
