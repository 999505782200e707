import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputPlace, pathFilter } from '../../src/cli/paths.js';
import { isRecordPath } from '../../src/load/discover.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'supv-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run in the repository's root itself. */
const here = { root, workingDir: root };
const FILES = ['records/sessions/2025/2025-02-03-jo-bloggs.md', 'records/staff/jo-bloggs.md', 'records/staff/sam-lee.md'];

describe('PATH arguments: one filter for lint, build and verify', () => {
  it('no PATH means every file', () => {
    expect(pathFilter(here, [], FILES)).toBeUndefined();
  });

  it('a folder takes the files under it, a file itself, the repository everything', () => {
    const staff = pathFilter(here, ['records/staff'], FILES)!;
    expect(FILES.filter(staff)).toEqual(['records/staff/jo-bloggs.md', 'records/staff/sam-lee.md']);
    // records/staff is not a prefix of records/staffing: whole names only.
    expect(staff('records/staffing/x.md')).toBe(false);
    expect(FILES.filter(pathFilter(here, [path.join(root, FILES[0]!)], FILES)!)).toEqual([FILES[0]]);
    expect(FILES.filter(pathFilter(here, ['.'], FILES)!)).toEqual(FILES);
  });

  it('a PATH with no record under it is a usage error naming it, as a repository path or as typed', () => {
    expect(() => pathFilter(here, ['records/staff', './records/contracts/'], FILES)).toThrow(
      'no records found at records/contracts (records are the *.md files under records/)',
    );
    expect(() => pathFilter(here, ['./records/contracts/'], FILES, { nameAsGiven: true })).toThrow('no records found at ./records/contracts/ (');
    expect(() => pathFilter(here, ['../elsewhere'], FILES)).toThrow(`../elsewhere is outside the records repository ${root}`);
  });
});

describe('a record path: one test for discover, watch, sign, audit and git history', () => {
  it('is a *.md file below records/', () => {
    expect(isRecordPath('records/staff/jo-bloggs.md')).toBe(true);
    expect(isRecordPath('records/sessions/2025/2025-02-03-jo-bloggs.md')).toBe(true);
    expect(isRecordPath('records/staff/notes.txt')).toBe(false);
    expect(isRecordPath('templates/session.md')).toBe(false);
    expect(isRecordPath('recordsx/jo-bloggs.md')).toBe(false);
    expect(isRecordPath('README.md')).toBe(false);
  });
});

describe('--out: one check for build, watch, report and bundle', () => {
  const out = (target: string) => path.join(root, target);

  it('a folder beside the records is fine', () => {
    expect(() => checkOutputPlace(root, { target: out('dist'), kind: 'folder' })).not.toThrow();
    expect(() => checkOutputPlace(root, { target: out('dist/bundle.pdf'), kind: 'file', refuseLink: true })).not.toThrow();
  });

  it('never the repository or a folder holding it', () => {
    expect(() => checkOutputPlace(root, { target: root, kind: 'folder', suggest: 'dist/report' })).toThrow(
      `--out ${root} would hold the records repository itself; choose a folder such as dist/report`,
    );
    expect(() => checkOutputPlace(root, { target: path.dirname(root), kind: 'folder' })).toThrow('choose a folder such as dist');
  });

  it('never inside records/, templates/ or .git, named as the command names it', () => {
    expect(() => checkOutputPlace(root, { target: out('records/x'), kind: 'folder' })).toThrow(`--out ${out('records/x')} is inside records/; supv never writes there`);
    expect(() => checkOutputPlace(root, { target: out('templates'), kind: 'folder' })).toThrow('is inside templates/');
    expect(() => checkOutputPlace(root, { target: out('.git/b.pdf'), kind: 'file', shown: '.git/b.pdf' })).toThrow('--out .git/b.pdf is inside .git/; supv never writes there');
    // `recordsx` is not `records`.
    expect(() => checkOutputPlace(root, { target: out('recordsx'), kind: 'folder' })).not.toThrow();
  });

  it('a symbolic link is refused when asked, in words for a folder or a file', () => {
    mkdirSync(out('real'));
    symlinkSync(out('real'), out('linked'));
    expect(() => checkOutputPlace(root, { target: out('linked'), kind: 'folder' })).not.toThrow();
    expect(() => checkOutputPlace(root, { target: out('linked'), kind: 'folder', refuseLink: true })).toThrow(
      `--out ${out('linked')} is a symbolic link; supv writes only into real folders`,
    );
    expect(() => checkOutputPlace(root, { target: out('linked'), kind: 'file', shown: 'linked', refuseLink: true })).toThrow(
      '--out linked is a symbolic link; supv will not write through it',
    );
  });
});
