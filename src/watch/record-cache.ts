/** The records as the watch last read them: re-reading only what changed, and their git history, walked again only when it can differ. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { loadGitHistory } from '../git/history.js';
import type { GitHistory } from '../git/types.js';
import { gitIn } from '../git/run.js';
import { discoverRecords, type FoundFile } from '../load/discover.js';
import { indexRecords } from '../load/load.js';
import type { LoadedRecord, RecordSet } from '../model.js';
import { readRecord } from '../parse/read-record.js';

/** What a refresh found. */
export interface Refresh {
  /** Every record now. */
  set: RecordSet;
  /** Repository-relative record files whose text or parse problem changed, or that were added or removed, sorted. */
  touched: string[];
  /** Every record file by repository-relative path, before this refresh. */
  before: ReadonlyMap<string, LoadedRecord>;
  /** The same, after it. */
  after: ReadonlyMap<string, LoadedRecord>;
}

/**
 * The record files of one repository as last read. The file watcher is only
 * a trigger: a refresh walks `records/` again with discover's rules (symbolic
 * links out of the repository are refused, never followed) and re-reads the
 * files named plus any it did not know, so a missed event, a folder renamed,
 * or an editor's save by rename all end in the same, correct state.
 */
export class RecordCache {
  /** Every record file by repository-relative path, as last read. */
  private byFile = new Map<string, LoadedRecord>();
  /** Record files that are symbolic links: their target may change without an event for the link. */
  private links = new Set<string>();
  private git: GitHistory | undefined;
  private gitKey = '';

  constructor(private readonly root: string) {}

  /**
   * Read again the files named (`all`: every file), and find what changed.
   * Without `walk`, when only known plain files changed, they are re-read in
   * place with no walk of the whole tree.
   */
  refresh(changed: Set<string> | 'all', walk = true): Refresh {
    const root = this.root;
    const before = this.byFile;
    if (!walk && changed !== 'all' && [...changed].every((file) => before.has(file) && !this.links.has(file) && isPlainFile(path.join(root, ...file.split('/'))))) {
      // Only known, plain files changed: re-read them in place, keeping path order, with no walk of the whole tree.
      const next = new Map(before);
      const touched: string[] = [];
      for (const file of changed) {
        const record = this.read({ file, absPath: path.join(root, ...file.split('/')) });
        const known = before.get(file)!;
        next.set(file, record);
        if (known.text !== record.text || known.parseProblem?.message !== record.parseProblem?.message) touched.push(file);
      }
      this.byFile = next;
      return { set: indexRecords([...next.values()]), touched: touched.sort(), before, after: next };
    }
    const next = new Map<string, LoadedRecord>();
    const touched: string[] = [];
    const oldLinks = this.links;
    this.links = new Set();
    for (const found of discoverRecords(root)) {
      const known = before.get(found.file);
      const reread = changed === 'all' || changed.has(found.file) || !known || oldLinks.has(found.file) || found.refused !== undefined;
      if (!reread) {
        next.set(found.file, known);
        continue;
      }
      const record = this.read(found);
      next.set(found.file, record);
      if (!known || known.text !== record.text || known.parseProblem?.message !== record.parseProblem?.message) touched.push(found.file);
    }
    for (const file of before.keys()) if (!next.has(file)) touched.push(file);
    this.byFile = next;
    return { set: indexRecords([...next.values()]), touched: touched.sort(), before, after: next };
  }

  /** Start from records read elsewhere (`lint --cache`'s loader), in path order, as if read here. */
  seed(set: RecordSet): RecordSet {
    this.byFile = new Map(set.files.map((record) => [record.file, record]));
    this.links = new Set();
    for (const record of set.files) {
      try {
        if (lstatSync(record.absPath).isSymbolicLink()) this.links.add(record.file);
      } catch {
        // Gone meanwhile: the next refresh finds out.
      }
    }
    return set;
  }

  /** Git history, walked again only when HEAD moved or the set of record files changed. */
  async history(): Promise<GitHistory> {
    const head = (await gitIn(this.root).headCommit()) ?? '';
    const key = `${head}\0${[...this.byFile.keys()].join('\0')}`;
    if (!this.git || key !== this.gitKey) {
      this.git = await loadGitHistory(this.root);
      this.gitKey = key;
    }
    return this.git;
  }

  private read(found: FoundFile): LoadedRecord {
    let isLink = false;
    try {
      isLink = lstatSync(found.absPath).isSymbolicLink();
    } catch {
      // Gone meanwhile: readRecord says so as a parse finding.
    }
    if (isLink) this.links.add(found.file);
    else this.links.delete(found.file);
    return readRecord(found);
  }
}

/** A regular file, not a link (a link, even one renamed over a record, goes through discover's checks). */
function isPlainFile(absPath: string): boolean {
  try {
    return lstatSync(absPath).isFile();
  } catch {
    return false;
  }
}
