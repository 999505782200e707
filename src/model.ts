/**
 * The shapes every stage shares: a record as read from disk, typed by its
 * kind once valid, a finding as every formatter receives it, and a rule's
 * metadata. Kept in one small file so a newcomer can read the data's way
 * through supv from here; the rule contract is src/check/rule.ts.
 */

import type { CaseAudit, Contract, Decision, Session, Staff } from './types/records.generated.js';

/** The five kinds of record. */
export type Kind = 'staff' | 'contract' | 'session' | 'decision' | 'case-audit';
export const KINDS: readonly Kind[] = ['staff', 'contract', 'session', 'decision', 'case-audit'];

export type Severity = 'error' | 'warning';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  /** Counted in UTF-16 code units (JavaScript string indices), as the SARIF log declares. */
  column: number;
}

/**
 * Where in a record a problem lies: a JSON pointer into the frontmatter
 * (`/supervisors/1/id`), and whether the finding belongs on the key or on its
 * value. A missing key is reported on its parent's key.
 */
export interface Locator {
  pointer: string;
  target?: 'key' | 'value';
}

/** A problem found while reading a file: it could not be split or parsed. */
export interface ReadProblem extends Position {
  message: string;
}

/**
 * One record file, read and parsed. `data` is the frontmatter as plain JSON
 * values (dates stay strings); it is only trusted as a typed record when
 * `valid` is true.
 */
export interface LoadedRecord {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** Absolute path on disk. */
  absPath: string;
  /** The decoded text (UTF-8, BOM removed, line endings as in the file). */
  text: string;
  /** Frontmatter values; `undefined` when the file could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** The Markdown after the closing fence, as written. */
  body: string;
  /** 1-based line of the opening `---` fence. */
  fenceLine: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** The problem that stopped this file being read, if any (rule `parse`). */
  parseProblem?: ReadProblem;
  /** Schema problems (rule `schema`), empty when valid. */
  schemaProblems: SchemaProblem[];
  /** True when the frontmatter parsed and passed its kind's schema. */
  valid: boolean;
  kind?: Kind;
  id?: string;
  /** The content hash (SPEC §5), worked out as the record is read when it carries signatures; see recordContentHash. */
  contentHash?: string;
  /** Resolve a locator to a 1-based line and column in the file. */
  locate(locator: Locator): Position;
}

/**
 * Each kind's frontmatter as its schema's generated type. Each is copied by a
 * mapped type rather than named directly: the generated types are interfaces,
 * and an interface is never a `Record<string, unknown>` (it has no implicit
 * index signature), so a typed record would not be a {@link LoadedRecord}. The
 * copy has the same fields, and is assignable to and from the generated type.
 */
export type RecordData = { [K in Kind]: Fields<FrontmatterOf[K]> };

interface FrontmatterOf {
  staff: Staff;
  contract: Contract;
  session: Session;
  decision: Decision;
  'case-audit': CaseAudit;
}

type Fields<T> = { [P in keyof T]: T[P] };

/**
 * A record of one kind that passed its kind's schema: its `id` and `kind` are
 * known and `data` is typed. Only {@link isValidRecord} makes one, and a
 * {@link RecordSet} indexes nothing else.
 */
export interface ValidRecordOf<K extends Kind> extends LoadedRecord {
  valid: true;
  kind: K;
  id: string;
  data: RecordData[K];
}

/** A valid record of any kind; narrow it by `kind` to reach its typed frontmatter. */
export type ValidRecord = { [K in Kind]: ValidRecordOf<K> }[Kind];

/** A valid staff record: a person, their tier and who has supervised them. */
export type StaffRecord = ValidRecordOf<'staff'>;
/** A valid supervision contract. */
export type ContractRecord = ValidRecordOf<'contract'>;
/** A valid supervision session record. */
export type SessionRecord = ValidRecordOf<'session'>;
/** A valid decision record, for a child's file. */
export type DecisionRecord = ValidRecordOf<'decision'>;
/** A valid case-file audit. */
export type CaseAuditRecord = ValidRecordOf<'case-audit'>;

/**
 * True when the record passed its kind's schema, which then vouches for the
 * shape of `data`: the one place a loaded record becomes a typed one.
 */
export function isValidRecord(record: LoadedRecord): record is ValidRecord {
  return record.valid && !!record.id && !!record.kind;
}

/** A schema violation, in plain words, at a place in the frontmatter. */
export interface SchemaProblem extends Locator {
  message: string;
}

/**
 * A diagnostic as every formatter receives it: a rule's report, worded and
 * placed by the engine. Besides the place and the text it keeps what the rule
 * knew (message id, data, pointer), so a later stage reads those instead of
 * working them out again from the line; the fields follow vfile-message's
 * (https://github.com/vfile/vfile-message#fields). Formatters print only the
 * fields they name, so a field added here changes no output.
 */
export interface Finding {
  /** The file the finding is about, relative to the repository root, with `/` separators. */
  file: string;
  /** 1-based line (1 for a finding about the whole file). */
  line: number;
  /** 1-based column (1 for a finding about the whole file), in UTF-16 code units like {@link Position.column}. */
  column: number;
  /** The id of the rule that reported it (vfile-message's `ruleId`). */
  rule: string;
  /** As the user configured it (`--rule ID=warn`), else as the rule reported it, else the rule's default. */
  severity: Severity;
  /** The rule's message template filled with `data` (vfile-message's `reason`). */
  message: string;
  /** The key in the rule's `meta.messages` of the template `message` was filled from. */
  messageId: string;
  /** The values the rule filled into the template, as it gave them; absent when it gave none. */
  data?: Record<string, string | number>;
  /**
   * The JSON pointer into the record's frontmatter the rule reported
   * (`/actions/0/due`), which the engine turned into `line` and `column`;
   * absent when the rule reported none (a finding about the whole file, or
   * one placed by an exact position, such as a parse problem).
   */
  pointer?: string;
  /** The rule's documentation page, its `meta.docs` (vfile-message's `url`). */
  docs: string;
}

export interface RuleMeta {
  /** The rule id users write in `--rule ID=off`. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  defaultSeverity: Severity;
  /** The rule's page, `docs/rules/<id>.md` in the installed package, as a file URL (`supv explain ID` prints it). */
  docs: string;
  /** Message templates by id; `{name}` is replaced with `data.name`. */
  messages: Record<string, string>;
  /**
   * Set for a rule that reads git history (with `context.history()`), saying
   * how much it needs it. A `'required'` rule is only run when the history is
   * complete. An `'optional'` rule is run either way and checks what it can
   * without history (name-in-path: the current paths). An incomplete history
   * is the engine's to report, once per run, never the rule's.
   */
  usesGit?: 'required' | 'optional';
  /**
   * For an `'optional'` git rule that does its whole check without history,
   * from today's files, what it then does (for its docs); such a rule is not
   * named among the skipped ones when history is incomplete.
   */
  withoutHistory?: string;
  /**
   * What this rule's findings are, in the plural, for the one finding that
   * says how many more a file has past the first hundred ("and 149,900 more
   * {more} in this file"); by default "findings of ID".
   */
  more?: string;
  /**
   * `'record'` for a rule that looks at each record alone: what it finds in a
   * record depends on nothing but that record's file and the configuration
   * (not the date, other records, the facts or git). Its findings are kept
   * with the record by `lint --cache` and worked out again only when the
   * file changes. The engine gives such a rule no way to reach further
   * (src/check/engine.ts, checkEachRecord). Left out: the rule is run over
   * every record on every run.
   *
   * `'linked'` for a rule about several records whose findings in a record
   * depend only on the records tied to it (src/cache/links.ts: the same
   * person, case or record id), every staff record, the configuration, the
   * date and git, and, for a rule that says so ({@link readsSessionsLed}),
   * the last session each member of staff led: after a change, `lint
   * --cache` runs it over the changed records and those tied to them, and
   * keeps its last findings elsewhere.
   *
   * `'paths'` for a rule about the whole repository whose findings depend
   * only on which record files there are (their paths), the decision
   * records, git history and the configuration (not the date, nor what any
   * other record says): after a change to records that are not decisions,
   * with no file added, removed or renamed and no new commit, `lint --cache`
   * keeps its last findings without running it. test/cache/paths-rules.test.ts
   * holds such a rule to it.
   */
  scope?: 'record' | 'linked' | 'paths';
  /**
   * For a `'linked'` rule: what it finds in a staff record may also depend
   * on the last session that member of staff led as supervisor
   * (supervisor-untrained). After a change to a session, `lint --cache`
   * then works out this rule's findings again in its supervisor's staff
   * record too (before and after the change), and only this rule's: a
   * supervisor's other records are not tied to the sessions they lead.
   */
  readsSessionsLed?: true;
}

/** All records of a run, indexed the ways rules look them up. */
export interface RecordSet {
  /** Every file found, in path order, including those that failed to parse. */
  files: LoadedRecord[];
  /** Valid records by id (the first file wins when two share an id). */
  byId: Map<string, ValidRecord>;
  /** Valid records of each kind, in path order. */
  ofKind: { [K in Kind]: Array<ValidRecordOf<K>> };
}
