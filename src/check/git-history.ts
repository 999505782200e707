/**
 * What the git rules know of the records' history, read in one walk of the
 * repository (see load-git-history.ts). `complete` is false in a shallow clone
 * or outside git, and then the git rules say so once instead of guessing.
 */
export interface GitHistory {
  complete: boolean;
  /** Why history is incomplete, in plain words. */
  incompleteReason?: string;
  /** The first commit that added each path (repository-relative), oldest first. */
  firstAdded: Map<string, GitCommitInfo>;
  /** Record files deleted in some commit and absent now. */
  deleted: Array<{ file: string; commit: GitCommitInfo }>;
  /** Every commit's subject and body, for rules that read messages. */
  commits: GitCommitInfo[];
}

export interface GitCommitInfo {
  hash: string;
  /** Commit date, RFC 3339 with offset. */
  date: string;
  author: string;
  message: string;
}
