/**
 * The shapes every stage shares: a record as read from disk, a finding as a
 * rule reports it, and the rule contract. Kept in one small file so a newcomer
 * can read the data's way through supv from here.
 */

/** The four kinds of record. */
export type Kind = 'staff' | 'contract' | 'session' | 'decision';
export const KINDS: readonly Kind[] = ['staff', 'contract', 'session', 'decision'];

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

/** A schema violation, in plain words, at a place in the frontmatter. */
export interface SchemaProblem extends Locator {
  message: string;
}

/** What a rule reports: a message id and data, and where. */
export interface Report {
  /** The record the finding is about; omit for a finding about the repository. */
  record?: LoadedRecord;
  /** A file path (repository-relative) when there is no loaded record, e.g. a deleted one. */
  file?: string;
  /** Where in the record; defaults to 1:1 (a file-level finding). */
  at?: Locator;
  /** An exact position, when the rule already knows it (parse problems). */
  position?: Position;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this one finding (e.g. `unsigned` inside `sign_within`). */
  severity?: Severity;
}

/** A diagnostic as every formatter receives it. Positions are 1-based. */
export interface Finding {
  file: string;
  line: number;
  /** In UTF-16 code units, like {@link Position.column}. */
  column: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface RuleMeta {
  /** The rule id users write in `--rule ID=off`. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  defaultSeverity: Severity;
  /** Link to the rule's page in `docs/rules/`. */
  docs: string;
  /** Message templates by id; `{name}` is replaced with `data.name`. */
  messages: Record<string, string>;
  /** True for rules that read git history (they warn once when history is incomplete). */
  usesGit?: boolean;
}

/** All records of a run, indexed the ways rules look them up. */
export interface RecordSet {
  /** Every file found, in path order, including those that failed to parse. */
  files: LoadedRecord[];
  /** Valid records by id (the first file wins when two share an id). */
  byId: Map<string, LoadedRecord>;
  /** Valid records of each kind, in path order. */
  ofKind: Record<Kind, LoadedRecord[]>;
}

/** What a rule's check is given. Nothing else: no clock, no file system. */
export interface RuleContext {
  records: RecordSet;
  config: import('./types/config.js').Config;
  /** The date rules are judged on, `YYYY-MM-DD` in the organisation's time zone. */
  asOf: string;
  /** Git history of the records, when the rules that need it are on. */
  git?: import('./git/types.js').GitHistory;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void | Promise<void>;
}
