/**
 * Record texts for the compliance rules' tests: each builder returns a record
 * file (path and Markdown text) with valid defaults, so a test only spells out
 * what the policy case is about. Fictional people only: Sam Lee supervises
 * Jo Bloggs and Ali Khan.
 */
import { stringify } from 'yaml';
import { DEFAULT_CONFIG, type Config } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import type { GitHistory } from '../../src/check/git-history.js';
import { indexRecords } from '../../src/load.js';
import type { Finding, RecordSet, Rule } from '../../src/model.js';
import { recordFromText } from '../../src/parse/read-record.js';

export interface RecordText {
  file: string;
  text: string;
}

type Fields = Record<string, unknown>;

const HASH = 'a'.repeat(64);

/** Record text: frontmatter in key order, then a short body. */
export function recordText(fields: Fields, body = 'Notes.\n'): string {
  const frontmatter = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(frontmatter)}---\n${body}`;
}

/** A signature by `by` in `role` (the hash is not checked by these rules). */
export function signature(by: string, role: string, at = '2026-02-04T10:00:00+00:00'): Fields {
  return { role, by, at, sha256: HASH };
}

export function staff(id: string, name: string, fields: Fields = {}): RecordText {
  return {
    file: `records/staff/${id}.md`,
    text: recordText({ kind: 'staff', id, name, role: 'Family Support Worker', tier: 'case-holder', started: '2024-09-02', supervisors: [{ id: 'sam-lee', from: '2024-09-02' }], ...fields }),
  };
}

/** The people of every test: Sam Lee (supervisor), Jo Bloggs and Ali Khan. */
export const TEAM: RecordText[] = [
  staff('sam-lee', 'Sam Lee', { role: 'Team Manager', supervisors: [{ id: 'kim-park', from: '2020-01-06' }], supervision_training: '2023-05-10' }),
  staff('jo-bloggs', 'Jo Bloggs'),
  staff('ali-khan', 'Ali Khan'),
];

/** A one-to-one session of Jo Bloggs with Sam Lee on `date`, unsigned unless `signatures` is given. */
export function session(date: string, fields: Fields = {}): RecordText {
  const supervisee = (fields.supervisee as string | undefined) ?? 'jo-bloggs';
  const id = (fields.id as string | undefined) ?? `${date}-${fields.attendees ? 'group' : supervisee}`;
  const group = fields.attendees !== undefined;
  const { signatures, ...rest } = fields;
  return {
    file: `records/sessions/${date.slice(0, 4)}/${id}.md`,
    text: recordText({
      kind: 'session',
      id,
      date,
      type: group ? 'group' : 'one-to-one',
      supervisor: 'sam-lee',
      supervisee: group ? undefined : supervisee,
      duration_minutes: 60,
      functions: ['accountability', 'development', 'support'],
      ...rest,
      // `signatures` is the last key of the frontmatter (SPEC §5).
      signatures,
    }),
  };
}

export function contract(agreed: string, fields: Fields = {}): RecordText {
  const id = `contract-jo-bloggs-${agreed.slice(0, 4)}`;
  const { signatures, ...rest } = fields;
  return {
    file: `records/contracts/${id}.md`,
    text: recordText({ kind: 'contract', id, supervisee: 'jo-bloggs', supervisor: 'sam-lee', agreed, frequency: 'P4W', ...rest, signatures }),
  };
}

export function decision(id: string, fields: Fields = {}): RecordText {
  const { signatures, ...rest } = fields;
  return {
    file: `records/decisions/${id}.md`,
    text: recordText({ kind: 'decision', id, case: 'FAM-0042', session: '2026-02-03-jo-bloggs', date: '2026-02-03', supervisor: 'sam-lee', supervisee: 'jo-bloggs', ...rest, signatures }),
  };
}

/** Index record texts as a run would; every one of them must be valid, or the test is wrong. */
export function recordSet(texts: RecordText[]): RecordSet {
  const files = texts.map(({ file, text }) => recordFromText({ file, absPath: `/repo/${file}` }, text));
  for (const record of files) {
    if (!record.valid) throw new Error(`test record ${record.file} is not valid: ${JSON.stringify(record.parseProblem ?? record.schemaProblems)}`);
  }
  return indexRecords(files.sort((a, b) => (a.file < b.file ? -1 : 1)));
}

export interface RunOptions {
  asOf: string;
  policy?: Partial<Config['policy']>;
  git?: GitHistory;
}

/** Run one rule through the engine, as `supv lint` would, and return its findings. */
export async function runRule(rule: Rule, records: RecordSet, options: RunOptions): Promise<Finding[]> {
  const config: Config = { ...structuredClone(DEFAULT_CONFIG), policy: { ...structuredClone(DEFAULT_CONFIG.policy), ...options.policy } };
  const results = await checkRecords(records, [rule], { config, asOf: options.asOf, git: options.git });
  return results.flatMap((result) => result.findings);
}

/** The 1-based line of the first line of `text` that starts with `start`. */
export function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.trimStart().startsWith(start)) + 1;
}
