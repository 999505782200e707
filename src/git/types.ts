/**
 * What the git rules know of the records' history, read in one walk of the
 * repository (see history.ts). `complete` is false in a shallow clone
 * or outside git, and then the engine says so once instead of the git rules
 * guessing (src/check/engine.ts).
 */
export interface GitHistory {
  complete: boolean;
  /** Why history is incomplete, in plain words, with what to do about it. */
  incompleteReason?: string;
  /**
   * The first commit that added each path (repository-relative, every path
   * git has seen, not only records): the earliest add in topological order.
   */
  firstAdded: Map<string, GitCommitInfo>;
  /** Record files (`records/**\/*.md`) deleted in some commit and absent now, with the commit that deleted them. */
  deleted: Array<{ file: string; commit: GitCommitInfo }>;
  /** Every commit's subject and body, for rules that read messages. */
  commits: GitCommitInfo[];
  /**
   * Every version of every path the walk saw, oldest first: the index of its
   * commit in `commits`, and its blob (undefined where the commit deleted it).
   */
  versions?: Map<string, Array<{ commit: number; blob: string | undefined }>>;
  /** Read blobs of this repository in one `git cat-file --batch` (absent when history was not read from git). */
  readBlobs?(blobs: readonly string[], onBlob: (blob: string, content: Buffer | undefined) => void): Promise<void>;
  /**
   * The file that stands for the repository in findings about the history
   * itself (`supv.config.yaml` when the repository has one).
   */
  reportFile?: string;
}

export interface GitCommitInfo {
  hash: string;
  /**
   * When the commit was made: the author date, RFC 3339 with offset. The
   * author date survives rebases and amends, so a record rebased before it
   * was merged keeps the day it was first committed.
   */
  date: string;
  /** The author's name (never the e-mail address: findings may be shared). */
  author: string;
  message: string;
}
