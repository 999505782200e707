import type { Rule } from '../rule.js';
import { dateOfTimestamp } from '../../policy/dates.js';
import { docsUrl } from './docs.js';

/**
 * Records are "never destroyed while retention applies": a record file that a
 * commit deleted and that is not there now is reported on its old path, with
 * the command that brings it back. A record moved to another folder keeps its
 * id (file name) and is not reported: history is read without rename
 * detection, so a move shows as a delete and an add.
 */
export const recordDeleted: Rule = {
  meta: {
    id: 'record-deleted',
    description: 'a record that git history shows was deleted (records are never destroyed while retention applies)',
    defaultSeverity: 'error',
    docs: docsUrl('record-deleted'),
    usesGit: 'required',
    scope: 'paths',
    messages: {
      deleted: 'this record was deleted in commit {hash} on {date} by {author}; records must not be destroyed while retention applies. Restore it with `git checkout {hash}^ -- {path}`',
    },
  },
  check(context) {
    // Never undefined here: the engine runs this rule only on complete history.
    const git = context.history();
    if (!git) return;
    const present = new Set(context.records.files.map((record) => fileName(record.file)));
    for (const { file, commit } of git.deleted) {
      if (present.has(fileName(file))) continue;
      context.report({
        file,
        messageId: 'deleted',
        data: { hash: commit.hash.slice(0, 12), date: dateOfTimestamp(commit.date, context.config.timezone), author: commit.author, path: shellWord(file) },
      });
    }
  },
};

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The path as one shell word, quoted only when it needs to be, so the command can be pasted. */
function shellWord(file: string): string {
  return /^[\w./@%+=:,-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}
