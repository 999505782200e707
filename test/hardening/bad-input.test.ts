/**
 * Hardening, bad input (cases 1-13, 19 and 21 of the issue): each hostile or
 * broken record gives a finding that names its file and line, exit 1, no
 * stack trace, no file written anywhere in the repository, no code run (the
 * marker file never appears) and Object.prototype untouched. Every case runs
 * in-process; the ones marked `spawn` also run as the real binary.
 *
 * Some cases repeat test/lint/bad-input.test.ts on purpose: the issue wants
 * every hostile input in one place.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../src/parse/read-record.js';
import { MARKER, SAM, STACK, expectNothingRan, findingsByFile, makeRepo, onlyEngineRules, runInProcess, runSpawned, snapshotTree, staffText } from './helpers.js';

const engineOnly = await onlyEngineRules();
/** The engine's rules plus future-date, for the dates that cannot fit each other. */
const withDates = engineOnly.filter((arg, i, all) => arg !== 'future-date=off' && !(arg === '--rule' && all[i + 1] === 'future-date=off'));

const m = JSON.stringify(MARKER);
const writeMarker = `require('fs').writeFileSync(${m}, 'ran')`;

const session = (id: string, fields: string) =>
  `---\nkind: session\nid: ${id}\ndate: 2025-02-03\ntype: one-to-one\nsupervisor: sam-lee\nsupervisee: robin-ash\nduration_minutes: 60\nfunctions: [support]\n${fields}---\nNotes.\n`;
const group = (id: string, agreed: string) =>
  `---\nkind: session\nid: ${id}\ndate: 2025-02-03\ntype: group\nsupervisor: sam-lee\nattendees: [robin-ash]\nconfidentiality_agreed: ${agreed}\nduration_minutes: 60\nfunctions: [support]\n---\n`;

const aliasBomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
  .concat('---', '')
  .join('\n');

interface Case {
  name: string;
  /** The record's id: the file is records/staff/<id>.md unless `file` says otherwise. */
  id: string;
  file?: string;
  content: string | Uint8Array;
  line: number;
  rule: string;
  message: RegExp;
  spawn?: boolean;
  args?: string[];
}

const cases: Case[] = [
  // 1. Frontmatter engines that run code.
  { name: '---js with code that writes a file', id: 'js', content: `---js\n{ kind: ${writeMarker} }\n---\n`, line: 1, rule: 'parse', message: /never runs code/, spawn: true },
  { name: '---javascript with code that writes a file', id: 'javascript', content: `---javascript\nmodule.exports = ${writeMarker}\n---\n`, line: 1, rule: 'parse', message: /never runs code/ },
  { name: '---coffee', id: 'coffee', content: `---coffee\n${writeMarker}\n---\n`, line: 1, rule: 'parse', message: /never runs code/ },
  // 2. Fences.
  { name: 'an opening fence never closed', id: 'open', content: '---\nkind: staff\nid: open\n', line: 1, rule: 'parse', message: /never closed/ },
  { name: 'a ---- opening fence', id: 'four', content: '----\nkind: staff\nid: four\n---\n', line: 1, rule: 'parse', message: /exactly `---`/ },
  { name: 'a ---- closing fence', id: 'four-close', content: '---\nkind: staff\nid: four-close\n----\n', line: 4, rule: 'parse', message: /closing fence/ },
  { name: 'an indented " ---" fence', id: 'indented', content: ' ---\nkind: staff\n---\n', line: 1, rule: 'parse', message: /first line must be `---`/ },
  { name: 'no frontmatter at all', id: 'prose', content: '# Notes\n\nJust prose about Robin.\n', line: 1, rule: 'parse', message: /no frontmatter/ },
  { name: 'an empty file', id: 'empty', content: '', line: 1, rule: 'parse', message: /empty/ },
  // 3. Line endings and BOM: positions stay those of the file.
  { name: 'a UTF-8 BOM keeps line numbers', id: 'bom', content: `\uFEFF${staffText('bom').replace('tier: general', 'tier: Bogus')}`, line: 6, rule: 'schema', message: /`tier`/ },
  { name: 'CRLF keeps line numbers', id: 'crlf', content: staffText('crlf').replace('tier: general', 'tier: Bogus').replace(/\n/g, '\r\n'), line: 6, rule: 'schema', message: /`tier`/ },
  { name: 'bare CR keeps line numbers', id: 'cr', content: staffText('cr').replace('tier: general', 'tier: Bogus').replace(/\n/g, '\r'), line: 6, rule: 'schema', message: /`tier`/, spawn: true },
  // 4. Encodings.
  { name: 'invalid UTF-8', id: 'bytes', content: Buffer.concat([Buffer.from('---\nkind: staff\nid: bytes\nname: Ro'), Buffer.from([0xc3, 0x28]), Buffer.from('bin\n---\n')]), line: 4, rule: 'parse', message: /not valid UTF-8/ },
  { name: 'a UTF-16 file', id: 'utf16', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(staffText('utf16'), 'utf16le')]), line: 1, rule: 'parse', message: /UTF-16/, spawn: true },
  { name: 'a UTF-16 big-endian file', id: 'utf16be', content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(staffText('utf16be'), 'utf16le').swap16()]), line: 1, rule: 'parse', message: /UTF-16/ },
  // 5. Malformed YAML.
  { name: 'an unclosed bracket', id: 'bracket', content: staffText('bracket').replace('supervisors:\n  - id: sam-lee\n    from: 2024-09-02\n', 'supervisors: [a, b\n'), line: 8, rule: 'parse', message: /this `\[` is never closed/ },
  { name: 'tab indentation', id: 'tab', content: staffText('tab').replace('  - id: sam-lee', '\t- id: sam-lee'), line: 9, rule: 'parse', message: /tabs/ },
  {
    // Decided: the first `---` line closes the frontmatter (SECURITY.md); what follows is body, so the fields after it are missing.
    name: 'a second document: the first --- closes the frontmatter and the fields after it are reported missing',
    id: 'second-doc',
    content: '---\nkind: staff\nid: second-doc\n---\nname: Robin Ash\nrole: Teacher\n---\nBody.\n',
    line: 2,
    rule: 'schema',
    message: /missing `name`/,
    spawn: true,
  },
  {
    name: 'a second document whose fields are all optional: the early close itself is the finding',
    id: 'second-doc-optional',
    content: session('second-doc-optional', '').replace('---\nNotes.', '---\nactions:\n  - id: A1\n    text: Book a meeting\n    owner: robin-ash\n    due: 2025-02-17\n---\nNotes.'),
    line: 11,
    rule: 'parse',
    message: /the frontmatter ended at the `---` on line 10, so `actions` and the lines after it are body text/,
  },
  // 6. Duplicate keys.
  { name: 'name twice', id: 'dup', content: staffText('dup').replace('role:', 'name: Robin Two\nrole:'), line: 5, rule: 'parse', message: /appears twice/ },
  { name: "name and 'name'", id: 'dup-quoted', content: staffText('dup-quoted').replace('role:', "'name': Robin Two\nrole:"), line: 5, rule: 'parse', message: /appears twice/ },
  { name: 'name and "name"', id: 'dup-dq', content: staffText('dup-dq').replace('role:', '"name": Robin Two\nrole:'), line: 5, rule: 'parse', message: /appears twice/ },
  // 7. Keys that reach prototypes.
  { name: 'a __proto__ key', id: 'proto', content: staffText('proto', 'Robin Ash', '__proto__:\n  polluted: true\n'), line: 11, rule: 'parse', message: /__proto__/ },
  // Escaped, it is still `__proto__`: refused by the parser as the plain one is, whichever YAML reader reads the file.
  { name: 'an escaped "\\x5f_proto__" key', id: 'proto-esc', content: staffText('proto-esc', 'Robin Ash', '"\\x5f_proto__":\n  polluted: true\n'), line: 11, rule: 'parse', message: /the key `__proto__` is not allowed/ },
  { name: 'a nested __proto__ in a flow mapping', id: 'proto-flow', content: staffText('proto-flow').replace('    from: 2024-09-02', '    from: 2024-09-02\n  - {"\\u005f_proto__": {polluted: true}, id: sam-lee, from: 2024-09-03}'), line: 11, rule: 'parse', message: /the key `__proto__` is not allowed/ },
  { name: 'a constructor key', id: 'ctor', content: staffText('ctor', 'Robin Ash', 'constructor:\n  prototype:\n    polluted: true\n'), line: 11, rule: 'schema', message: /unknown field `constructor`/ },
  // 8. Anchors, aliases, merge keys.
  { name: 'a merge key', id: 'merge', content: staffText('merge', 'Robin Ash', '<<: {isAdmin: true}\n'), line: 11, rule: 'parse', message: /merge keys/ },
  { name: 'an anchor on its own', id: 'anchor', content: staffText('anchor', '&n Robin Ash'), line: 4, rule: 'parse', message: /anchors/ },
  { name: 'an alias', id: 'alias', content: staffText('alias', 'Robin Ash', 'x: *n\n'), line: 11, rule: 'parse', message: /alias/ },
  { name: 'a nine-level alias bomb', id: 'bomb', content: aliasBomb, line: 2, rule: 'parse', message: /anchors/, spawn: true },
  // 9. Depth (size is its own test below).
  { name: '100,000-deep flow nesting', id: 'deep', content: `---\nkind: staff\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`, line: 3, rule: 'parse', message: /nested/ },
  { name: '100,000-deep nesting again, in the same process', id: 'deep2', content: `---\nkind: staff\nx: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n---\n`, line: 3, rule: 'parse', message: /nested/ },
  { name: '100,000-deep block nesting', id: 'deep3', content: `---\nkind: staff\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n---\n`, line: 260, rule: 'parse', message: /nested more than 64 levels/ },
  // 10. Tags.
  { name: '!!js/function', id: 'js-function', content: staffText('js-function', `!!js/function 'function () { process.mainModule.require(\`fs\`).writeFileSync(\`${MARKER}\`, 1) }'`), line: 4, rule: 'parse', message: /tag/ },
  { name: '!!python/object', id: 'python', content: staffText('python', '!!python/object/apply:os.system ["touch /tmp/x"]'), line: 4, rule: 'parse', message: /tag/ },
  { name: '!foo', id: 'foo', content: staffText('foo', '!foo Robin'), line: 4, rule: 'parse', message: /tag/ },
  { name: '!!binary', id: 'binary', content: staffText('binary', '!!binary Um9iaW4='), line: 4, rule: 'parse', message: /tag/ },
  // 11. Shape.
  { name: 'a top-level scalar', id: 'scalar', content: '---\njust a string\n---\n', line: 2, rule: 'parse', message: /not a list or a single value/ },
  { name: 'a top-level list', id: 'list', content: '---\n- kind: staff\n- id: list\n---\n', line: 2, rule: 'parse', message: /not a list/ },
  { name: 'an unknown kind', id: 'pupil', content: '---\nkind: pupil\nid: pupil\n---\n', line: 2, rule: 'schema', message: /`kind` must be one of/ },
  // 12. Types.
  { name: 'id: 012345', id: '012345', content: staffText('012345'), line: 3, rule: 'schema', message: /`id` must be text/ },
  { name: 'id: 0x1F', id: '0x1f', content: staffText('0x1F'), line: 3, rule: 'schema', message: /`id` must be text; 31 reads as a number/ },
  { name: 'id: 1e3', id: '1e3', content: staffText('1e3'), line: 3, rule: 'schema', message: /`id` must be text; 1000 reads as a number/ },
  { name: 'yes where a boolean is expected', id: 'g-yes', content: group('g-yes', 'yes'), line: 8, rule: 'schema', message: /true or false/ },
  { name: 'no where a boolean is expected', id: 'g-no', content: group('g-no', 'no'), line: 8, rule: 'schema', message: /true or false/ },
  { name: 'on where a boolean is expected', id: 'g-on', content: group('g-on', 'on'), line: 8, rule: 'schema', message: /true or false/ },
  { name: 'null in a required field', id: 'null-name', content: staffText('null-name', 'null'), line: 4, rule: 'schema', message: /`name` must not be empty/ },
  { name: '~ in a required field', id: 'tilde-name', content: staffText('tilde-name', '~'), line: 4, rule: 'schema', message: /`name` must not be empty/ },
  { name: 'an empty required field', id: 'empty-name', content: staffText('empty-name', ''), line: 4, rule: 'schema', message: /`name` must not be empty/ },
  { name: 'a number given as words', id: 'sixty', content: session('sixty', '').replace('duration_minutes: 60', 'duration_minutes: sixty'), line: 8, rule: 'schema', message: /`duration_minutes` must be a whole number/ },
  // 13. Dates.
  { name: '2023-02-30', id: 'feb30', content: staffText('feb30').replace('2024-09-02\nsupervisors', '2023-02-30\nsupervisors'), line: 7, rule: 'schema', message: /real date.*2023-02-30/ },
  { name: '2023-02-29 (not a leap year)', id: 'feb29', content: staffText('feb29').replace('2024-09-02\nsupervisors', '2023-02-29\nsupervisors'), line: 7, rule: 'schema', message: /real date.*2023-02-29/ },
  { name: 'month 13', id: 'month13', content: staffText('month13').replace('2024-09-02\nsupervisors', '2023-13-01\nsupervisors'), line: 7, rule: 'schema', message: /real date.*2023-13-01/ },
  { name: '30/01/2023', id: 'slashes', content: staffText('slashes').replace('2024-09-02\nsupervisors', '30/01/2023\nsupervisors'), line: 7, rule: 'schema', message: /YYYY-MM-DD/ },
  { name: '2023-1-5', id: 'short-date', content: staffText('short-date').replace('2024-09-02\nsupervisors', '2023-1-5\nsupervisors'), line: 7, rule: 'schema', message: /YYYY-MM-DD/ },
  {
    name: 'a timestamp without an offset',
    id: 'no-offset',
    content: session('no-offset', `signatures:\n  - role: supervisor\n    by: sam-lee\n    at: 2025-02-04T10:12:00\n    sha256: ${'a'.repeat(64)}\n`),
    line: 13,
    rule: 'schema',
    message: /offset/,
  },
  {
    name: 'a session before the supervisee started',
    id: 'early',
    content: session('early', '').replace('date: 2025-02-03', 'date: 2024-08-30'),
    line: 4,
    rule: 'future-date',
    message: /dated 2024-08-30, before Robin Ash started on 2024-09-02/,
    args: withDates,
  },
  {
    name: 'a signature dated before the session',
    id: 'backdated',
    content: session('backdated', `signatures:\n  - role: supervisor\n    by: sam-lee\n    at: 2025-02-02T23:30:00+00:00\n    sha256: ${'a'.repeat(64)}\n`),
    line: 13,
    rule: 'future-date',
    message: /signed by Sam Lee on 2025-02-02, before the session on 2025-02-03/,
    args: withDates,
    spawn: true,
  },
  // 17 (refusal half). Trojan Source characters.
  { name: 'a bidi override in a name', id: 'bidi', content: staffText('bidi', 'Robin \u202EhsA'), line: 4, rule: 'schema', message: /`name` contains an invisible or right-to-left control/ },
  { name: 'a right-to-left isolate in a name', id: 'bidi-isolate', content: staffText('bidi-isolate', 'Robin \u2067Ash\u2069'), line: 4, rule: 'schema', message: /`name`/ },
  { name: 'a zero-width space in a name', id: 'zero-width', content: staffText('zero-width', 'Robin\u200BAsh'), line: 4, rule: 'schema', message: /`name` contains an invisible/ },
  { name: 'a bidi override in an id', id: 'bidi-id', file: 'records/staff/bidi-id.md', content: staffText('bidi-id').replace('id: bidi-id', 'id: "bidi\u202E-id"'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'a zero-width joiner in an id', id: 'zwj-id', file: 'records/staff/zwj-id.md', content: staffText('zwj-id').replace('id: zwj-id', 'id: "zwj\u200D-id"'), line: 3, rule: 'schema', message: /`id`/ },
  // 19. Ids that could become paths.
  { name: 'an id with ../', id: 'dots', file: 'records/staff/dots.md', content: staffText('dots').replace('id: dots', 'id: ../../etc/passwd'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id with /', id: 'slash', file: 'records/staff/slash.md', content: staffText('slash').replace('id: slash', 'id: staff/slash'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id with a NUL', id: 'nul', file: 'records/staff/nul.md', content: staffText('nul').replace('id: nul', 'id: "nu\\0l"'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'the id CON', id: 'CON', content: staffText('CON'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id with a trailing dot', id: 'dot', file: 'records/staff/dot.md', content: staffText('dot').replace('id: dot', 'id: "dot."'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id in upper case', id: 'Jo-Bloggs', content: staffText('Jo-Bloggs'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id with a decomposed accent (NFD)', id: 'nfd', file: 'records/staff/nfd.md', content: staffText('nfd').replace('id: nfd', 'id: "rene\u0301"'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
  { name: 'an id with a composed accent (NFC)', id: 'nfc', file: 'records/staff/nfc.md', content: staffText('nfc').replace('id: nfc', 'id: "ren\u00e9"'), line: 3, rule: 'schema', message: /`id` must be lower-case/ },
];

describe('hardening: bad input', () => {
  it.each(cases)('$name', async ({ id, file, content, line, rule, message, spawn, args }) => {
    const name = file ?? `records/staff/${id}.md`;
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM, 'records/staff/robin-ash.md': staffText('robin-ash'), [name]: content });
    const before = snapshotTree(root);
    const runs = [await runInProcess(['lint', ...(args ?? engineOnly), '--format', 'json'], root)];
    if (spawn) runs.push(runSpawned(['lint', ...(args ?? engineOnly), '--format', 'json'], root));
    for (const result of runs) {
      expect(result.exitCode).toBe(1);
      expect(result.stderr).not.toMatch(STACK);
      const findings = findingsByFile(result.stdout);
      const mine = findings.get(name) ?? [];
      expect(
        mine.some((finding) => finding.rule === rule && finding.line === line && finding.severity === 'error' && message.test(finding.message)),
        JSON.stringify(mine),
      ).toBe(true);
      // The good records beside it are untouched by the bad one.
      expect(findings.get('records/staff/robin-ash.md') ?? []).toEqual([]);
      expect(findings.get('records/staff/sam-lee.md') ?? []).toEqual([]);
    }
    expect(snapshotTree(root)).toEqual(before);
    expectNothingRan();
  });

  it('a nine-level alias bomb is refused in well under a second', () => {
    const started = performance.now();
    const record = recordFromText({ file: 'records/staff/bomb.md', absPath: '/bomb.md' }, aliasBomb);
    expect(performance.now() - started).toBeLessThan(250);
    expect(record.parseProblem?.message).toMatch(/anchors/);
  });

  it('100,000-deep nesting is refused quickly, twice in one process', () => {
    for (const text of [`---\nx: ${'['.repeat(100_000)}\n---\n`, `---\nx: ${'{a: '.repeat(100_000)}\n---\n`]) {
      const started = performance.now();
      const record = recordFromText({ file: 'records/staff/deep.md', absPath: '/deep.md' }, text);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(record.parseProblem).toMatchObject({ line: 2, message: expect.stringMatching(/nested/) });
    }
  });

  it('a BOM, CRLF and bare CR give the same data and body as the LF file', () => {
    const lf = staffText('robin-ash');
    const read = (text: string) => recordFromText({ file: 'records/staff/robin-ash.md', absPath: '/robin-ash.md' }, text);
    const plain = read(lf);
    expect(plain.valid).toBe(true);
    for (const variant of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const other = read(variant);
      expect(other.valid).toBe(true);
      expect(other.data).toEqual(plain.data);
      expect(other.body).toBe(plain.body);
      expect(other.bodyLine).toBe(plain.bodyLine);
    }
  });

  it('two files whose names differ only in case, with one id: one is refused by id-mismatch, the other a duplicate', async () => {
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM, 'records/staff/robin-ash.md': staffText('robin-ash'), 'records/staff/Robin-Ash.md': staffText('robin-ash') });
    const result = await runInProcess(['lint', ...engineOnly, '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const findings = findingsByFile(result.stdout);
    expect(findings.get('records/staff/Robin-Ash.md')?.map((f) => f.rule)).toContain('id-mismatch');
  });

  it('two staff ids that look alike after Unicode normalisation cannot both exist: only ASCII ids are accepted', async () => {
    // "rené" written composed and decomposed would be two ids on Linux and one on macOS; both are refused.
    for (const id of ['ren\u00e9', 'rene\u0301', 'ROBIN-ASH', 'robin-ash\u200B']) {
      const record = recordFromText({ file: 'records/staff/x.md', absPath: '/x.md' }, staffText(JSON.stringify(id)));
      expect(record.valid, id).toBe(false);
    }
  });

  it('a 50 MB file is refused before it is read: finding at 1:1, fast, and memory does not grow by the file', async () => {
    const root = makeRepo({ 'records/staff/sam-lee.md': SAM, 'records/staff/robin-ash.md': staffText('robin-ash') });
    const huge = path.join(root, 'records/staff/huge.md');
    // A sparse file: 50 MB on disk as far as stat can tell, without the test holding 50 MB.
    writeFileSync(huge, '---\nkind: staff\n---\n');
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 50 * 1024 * 1024);
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const result = await runInProcess(['lint', ...engineOnly, '--format', 'json'], root);
    expect(performance.now() - started).toBeLessThan(5_000);
    // maxRSS is in kilobytes and only ever grows: reading the file whole would add about 50,000.
    expect(process.resourceUsage().maxRSS - rssBefore).toBeLessThan(20_000);
    expect(result.exitCode).toBe(1);
    expect(findingsByFile(result.stdout).get('records/staff/huge.md')).toMatchObject([{ line: 1, column: 1, rule: 'parse', message: expect.stringMatching(/50\.0 MB; records are limited to 4 MB/) }]);
    const spawned = runSpawned(['lint', ...engineOnly, '--format', 'json'], root);
    expect(spawned.exitCode).toBe(1);
    expect(spawned.stdout).toContain('records are limited to 4 MB');
  });
});
