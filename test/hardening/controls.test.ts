/**
 * SPEC §11.8: control characters from records or commits never reach a
 * terminal. A staff name that writes to the clipboard (OSC 52) and hides the
 * rest of the screen (SGR 8) is refused by the schema, and shown escaped in
 * the finding; file names, commit messages and authors are shown escaped in
 * every output. Real repositories, the real CLI, in-process and spawned.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeRepo, onlyEngineRules, runInProcess, runners } from '../helpers/cli.js';
import { gitRepo, removeTempFolders } from '../helpers/git-repo.js';
import { SAM_LEE, staff } from '../helpers/records.js';

afterAll(removeTempFolders);

const engineOnly = await onlyEngineRules();

/** Sam Lee and her own supervisor, so only the record under test has findings. */
const BASE = { [SAM_LEE.file]: SAM_LEE.text, 'records/staff/kim-park.md': staff({ id: 'kim-park', supervisor: 'kim-park' }).text };

/** Any control character a terminal would act on: C0 but tab and newline, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** OSC 52 (set the clipboard to "hello", ended by BEL), then SGR 8 (conceal what follows). */
const CLIPBOARD = '\u001b]52;c;aGVsbG8=\u0007';
const CONCEAL = '\u001b[8m';
const SHOWN = '`Sam \\u001b]52;c;aGVsbG8=\\u0007\\u001b[8mLee`';

type Report = Array<{ file: string; findings: Array<{ file: string; line: number; column: number; rule: string; message: string }> }>;

/** A staff record whose name is written with YAML's double-quoted escapes, as anyone can type them. */
const escapedName = staff({ id: 'jo-bloggs', supervisor: 'sam-lee' }).text.replace('name: Jo Bloggs', 'name: "Sam \\e]52;c;aGVsbG8=\\a\\e[8mLee"');

describe.each(runners)('a staff name with OSC 52 and SGR 8, %s', (_mode, run) => {
  const root = makeRepo({ ...BASE, 'records/staff/jo-bloggs.md': escapedName });

  it('is a schema finding at the name, with the characters shown escaped', async () => {
    const result = await run(['lint', ...engineOnly, '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const findings = (JSON.parse(result.stdout) as Report).flatMap((entry) => entry.findings);
    expect(findings).toEqual([
      {
        file: 'records/staff/jo-bloggs.md',
        line: 4,
        column: 7,
        rule: 'schema',
        severity: 'error',
        message: `\`name\` contains a control character (U+001B ESC) at character 5: ${SHOWN}`,
      },
    ]);
  });

  it.each(['stylish', 'github', 'junit', 'json', 'sarif'])('lint --format %s prints none of them raw', async (format) => {
    const result = await run(['lint', ...engineOnly, '--format', format], root);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    if (format === 'stylish' || format === 'github') expect(result.stdout).toContain(SHOWN);
  });
});

it("in colour, supv's own colour codes reach the terminal and the record's do not", async () => {
  const root = makeRepo({ ...BASE, 'records/staff/jo-bloggs.md': escapedName });
  let stdout = '';
  const io = { stdout: (text: unknown) => void (stdout += String(text)), stderr: () => undefined, cwd: root, env: {}, isTTY: true, now: () => new Date('2026-11-23T12:00:00Z') };
  expect(await main(['lint', ...engineOnly], io)).toBe(1);
  expect(stdout).toContain('\u001b[4mrecords/staff/jo-bloggs.md\u001b[24m');
  expect(stdout).toContain(SHOWN);
  expect(stdout.replace(/\u001b\[(1|2|4|22|24|31|33|39)m/g, '')).not.toMatch(RAW_CONTROL);
});

describe('control characters written into a record as they are', () => {
  it('in a name (a plain YAML value): refused, and shown escaped', async () => {
    const text = staff({ id: 'jo-bloggs' }).text.replace('name: Jo Bloggs', `name: Jo ${CONCEAL}Bloggs`);
    const root = makeRepo({ ...BASE, 'records/staff/jo-bloggs.md': text });
    const result = await runInProcess(['lint', ...engineOnly], root);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('4:7  error  `name` contains a control character (U+001B ESC) at character 4: `Jo \\u001b[8mBloggs`  schema');
    expect(result.stdout).not.toMatch(RAW_CONTROL);
  });

  it('in the body: a parse finding at the line and column of the character', async () => {
    const text = staff({ id: 'jo-bloggs' }).text.replace('Notes.', `Notes.\n\nThe plan ${CONCEAL}is hidden${CLIPBOARD}.`);
    const root = makeRepo({ ...BASE, 'records/staff/jo-bloggs.md': text });
    const result = await runInProcess(['lint', ...engineOnly, '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const findings = (JSON.parse(result.stdout) as Report).flatMap((entry) => entry.findings);
    const line = text.split('\n').findIndex((row) => row.startsWith('The plan')) + 1;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'parse',
        line,
        column: 10,
        message: 'the text contains a control character (U+001B ESC): `The plan \\u001b[8mis hidden\\u001b]52;c;aGVsbG8=\\u0007.`; a reader cannot see it and a terminal would act on it, so delete it',
      }),
    ]);
  });

  it('a CRLF record with a multi-line text field is still valid', async () => {
    const text = staff({ id: 'jo-bloggs', role: 'Family Support Worker' }).text
      .replace('role: Family Support Worker', 'role: |\n  Family Support Worker\n  and Play Lead')
      .replace(/\n/g, '\r\n');
    const root = makeRepo({ ...BASE, 'records/staff/jo-bloggs.md': text });
    const result = await runInProcess(['lint', ...engineOnly, '--format', 'json'], root);
    expect((JSON.parse(result.stdout) as Report).flatMap((entry) => entry.findings)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

describe.each(runners)('a file named with a control character, %s', (_mode, run) => {
  const file = `records/staff/kim${CONCEAL}.md`;
  // `signatures: []` so that verify checks it too.
  const root = makeRepo({ ...BASE, [file]: staff({ id: 'kim', signatures: [] }).text });

  it.each(['stylish', 'github', 'junit', 'json', 'sarif'])('lint --format %s shows the name escaped', async (format) => {
    const result = await run(['lint', ...engineOnly, '--format', format], root);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain(format === 'sarif' ? 'kim%1B%5B8m.md' : 'kim\\u001b[8m.md');
  });

  it('verify shows the name escaped', async () => {
    const result = await run(['verify'], root);
    expect(result.stdout).toContain('records/staff/kim\\u001b[8m.md  not signed');
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('sign shows the name escaped', async () => {
    const result = await run(['sign', file, '--as', 'sam-lee', '--at', '2026-02-04T10:00:00+00:00'], root);
    expect(result.stdout + result.stderr).toContain('kim\\u001b[8m.md');
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('a file named with a newline', () => {
  it('stays on its own line in stylish and github output', async () => {
    const root = makeRepo({ ...BASE, 'records/staff/kim\n  1:1  error  all clear.md': staff({ id: 'kim' }).text });
    const stylish = await runInProcess(['lint', ...engineOnly], root);
    expect(stylish.stdout).toContain('records/staff/kim\\u000a  1:1  error  all clear.md\n');
    const github = await runInProcess(['lint', ...engineOnly, '--format', 'github'], root);
    // The runner's own escape: the annotation names the file as it is, and the command stays one line.
    expect(github.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(github.stdout).toContain('file=records/staff/kim%0A  1%3A1  error  all clear.md,');
  });
});

describe.each(runners)('supv audit of commits with control characters, %s', (_mode, run) => {
  const repo = gitRepo();
  const author = `Ada ${CLIPBOARD}Quill${CONCEAL}feather`;
  const subject = `Fix ${CONCEAL}hidden record`;
  const body = `The reason ${CLIPBOARD}is here.\n\nA second paragraph\u0085with a C1 NEL.`;
  repo.write(SAM_LEE, staff({ id: 'jo-bloggs' }));
  repo.git(['add', '-A']);
  repo.git(['-c', `user.name=${author}`, 'commit', '-q', '-m', subject, '-m', body], '2026-01-05T10:00:00+00:00');
  repo.git(['rm', '-q', 'records/staff/jo-bloggs.md']);
  repo.git(['-c', `user.name=${author}`, 'commit', '-q', '-m', `Remove ${CONCEAL}Jo`], '2026-01-06T10:00:00+00:00');
  repo.write(staff({ id: 'ali-khan' }));
  repo.commit('Ali Khan joins', '2026-01-07T10:00:00+00:00');

  it('the history of one record shows the author and the message escaped', async () => {
    const result = await run(['audit', SAM_LEE.file], repo.root);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('Ada \\u001b]52;c;aGVsbG8=\\u0007Quill\\u001b[8mfeather');
    expect(result.stdout).toContain('    Fix \\u001b[8mhidden record');
    expect(result.stdout).toContain('    The reason \\u001b]52;c;aGVsbG8=\\u0007is here.');
    expect(result.stdout).toContain('A second paragraph\\u0085with a C1 NEL.');
  });

  it('--deleted shows the author and the subject escaped', async () => {
    const result = await run(['audit', '--deleted'], repo.root);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('by Ada \\u001b]52;c;aGVsbG8=\\u0007Quill\\u001b[8mfeather: Remove \\u001b[8mJo');
  });

  it('the summary and the JSON print none raw', async () => {
    for (const args of [['audit'], ['audit', '--format', 'json', SAM_LEE.file], ['audit', '--deleted', '--format', 'json']]) {
      const result = await run(args, repo.root);
      expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const json = await run(['audit', '--format', 'json', SAM_LEE.file], repo.root);
    // Still JSON, meaning the same characters.
    expect((JSON.parse(json.stdout) as { commits: Array<{ author: string }> }).commits[0]?.author).toBe(author);
  });
});

describe.each(runners)('messages printed by supv itself, %s', (_mode, run) => {
  const root = makeRepo(BASE);

  it('a usage error that quotes an argument', async () => {
    const result = await run(['lint', '--format', `x${CONCEAL}`], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('x\\u001b[8m');
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('an unknown option, reported by the command-line parser', async () => {
    const result = await run(['lint', `--${CLIPBOARD}`], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('\\u001b]52;c;aGVsbG8=\\u0007');
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a folder that is not there', async () => {
    const result = await run(['--cwd', path.join(root, `missing${CONCEAL}`), 'lint'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('missing\\u001b[8m');
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('new refuses an id, quoting it', async () => {
    const result = await run(['new', 'staff', '--id', `x${CONCEAL}`, '--name', 'X', '--role', 'Teacher', '--tier', 'general', '--supervisor', 'sam-lee'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });
});
