/**
 * The bad input of issue "Records engine": each file must give a finding that
 * names the file at the right line. Shared by the lint tests and the test of
 * reading in worker threads.
 */
import os from 'node:os';
import path from 'node:path';

export const staff = (id: string, extra = '') =>
  `---\nkind: staff\nid: ${id}\nname: Robin Ash\nrole: Teacher\ntier: general\nstarted: 2024-09-02\nsupervisors:\n  - id: ${id}\n    from: 2024-09-02\n${extra}---\n`;

export const MARKER = path.join(os.tmpdir(), `supv-pwned-${process.pid}`);

export interface BadInput {
  name: string;
  file: string;
  content: string | Uint8Array;
  line: number;
  rule: string;
  message: RegExp;
}

const aliasBomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
  .concat('---', '')
  .join('\n');

export const BAD_INPUTS: BadInput[] = [
  { name: 'a ---js fence with code', file: 'records/staff/js.md', content: `---js\n{ kind: require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x') }\n---\n`, line: 1, rule: 'parse', message: /never runs code/ },
  { name: 'a ---javascript fence', file: 'records/staff/js2.md', content: `---javascript\nrequire('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x')\n---\n`, line: 1, rule: 'parse', message: /never runs code/ },
  { name: 'a missing closing fence', file: 'records/staff/open.md', content: '---\nkind: staff\nid: open\n', line: 1, rule: 'parse', message: /never closed/ },
  { name: 'an unclosed bracket', file: 'records/staff/bracket.md', content: '---\nkind: staff\nid: bracket\nsupervisors: [a, b\n---\n', line: 4, rule: 'parse', message: /this `\[` is never closed/ },
  { name: 'tab indentation', file: 'records/staff/tab.md', content: '---\nkind: staff\nsupervisors:\n\t- id: a\n---\n', line: 4, rule: 'parse', message: /tabs/ },
  { name: 'duplicate keys', file: 'records/staff/dup.md', content: '---\nkind: staff\nname: A\n\'name\': B\n---\n', line: 4, rule: 'parse', message: /appears twice/ },
  { name: 'a __proto__ key', file: 'records/staff/proto.md', content: '---\nkind: staff\n__proto__:\n  polluted: true\n---\n', line: 3, rule: 'parse', message: /__proto__/ },
  { name: 'an alias bomb', file: 'records/staff/bomb.md', content: aliasBomb, line: 2, rule: 'parse', message: /anchors/ },
  { name: 'a merge key', file: 'records/staff/merge.md', content: '---\nkind: staff\n<<: {id: x}\n---\n', line: 3, rule: 'parse', message: /merge keys/ },
  { name: '100,000-deep nesting', file: 'records/staff/deep.md', content: `---\nkind: staff\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`, line: 3, rule: 'parse', message: /nested/ },
  { name: '100,000-deep nesting again, in the same process', file: 'records/staff/deep2.md', content: `---\nkind: staff\nx: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n---\n`, line: 3, rule: 'parse', message: /nested/ },
  { name: 'a 50 MB file', file: 'records/staff/huge.md', content: `---\nkind: staff\n---\n${'x'.repeat(50 * 1024 * 1024)}`, line: 1, rule: 'parse', message: /MB/ },
  { name: 'an unknown tag', file: 'records/staff/tag.md', content: '---\nkind: staff\nid: !!js/function "function () { return 1 }"\n---\n', line: 3, rule: 'parse', message: /tag/ },
  { name: 'a top-level list', file: 'records/staff/list.md', content: '---\n- kind: staff\n- id: list\n---\n', line: 2, rule: 'parse', message: /not a list/ },
  { name: 'id: 012345', file: 'records/staff/012345.md', content: staff('012345').replace('id: 012345\nname', 'id: 012345\nname'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'an impossible date', file: 'records/staff/feb.md', content: staff('feb').replace('started: 2024-09-02', 'started: 2023-02-30'), line: 7, rule: 'schema', message: /real date.*2023-02-30/ },
  { name: 'a date written 30/01/2023', file: 'records/staff/slash.md', content: staff('slash').replace('started: 2024-09-02', 'started: 30/01/2023'), line: 7, rule: 'schema', message: /YYYY-MM-DD/ },
  {
    name: 'a timestamp without offset',
    file: 'records/contracts/stamp.md',
    content: `---\nkind: contract\nid: stamp\nsupervisee: robin-ash\nsupervisor: robin-ash\nagreed: 2024-09-09\nfrequency: P4W\ndispute_resolution: Head of Service\nsignatures:\n  - role: supervisor\n    by: robin-ash\n    at: 2025-02-04T10:12:00\n    sha256: ${'0'.repeat(64)}\n---\n`,
    line: 12,
    rule: 'schema',
    message: /offset/,
  },
  {
    // JSON, and so the content hash, has no NaN: reading must not fail while hashing the signed record.
    name: 'a signed record holding .nan',
    file: 'records/contracts/nan.md',
    content: `---\nkind: contract\nid: nan\nsupervisee: robin-ash\nsupervisor: robin-ash\nagreed: 2024-09-09\nfrequency: .nan\ndispute_resolution: Head of Service\nsignatures:\n  - role: supervisor\n    by: robin-ash\n    at: 2025-02-04T10:12:00+00:00\n    sha256: ${'0'.repeat(64)}\n---\n`,
    line: 7,
    rule: 'schema',
    message: /`frequency`/,
  },
  { name: 'invalid UTF-8', file: 'records/staff/bytes.md', content: Buffer.concat([Buffer.from('---\nkind: staff\nname: Ro'), Buffer.from([0xc3, 0x28]), Buffer.from('\n---\n')]), line: 3, rule: 'parse', message: /not valid UTF-8/ },
  { name: 'a UTF-16 file', file: 'records/staff/utf16.md', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(staff('utf16'), 'utf16le')]), line: 1, rule: 'parse', message: /UTF-16/ },
  { name: 'a bidi control character in a name', file: 'records/staff/bidi.md', content: staff('bidi').replace('Robin Ash', 'Robin \u202EhsA'), line: 4, rule: 'schema', message: /`name`/ },
  { name: 'a bidi control character in an id', file: 'records/staff/bidi-id.md', content: staff('bidi-id').replace('id: bidi-id\nname', 'id: "bidi\u202E-id"\nname'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'an id with ../', file: 'records/staff/dots.md', content: staff('dots').replace('id: dots\nname', 'id: ../etc/passwd\nname'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'an id with a NUL', file: 'records/staff/nul.md', content: staff('nul').replace('id: nul\nname', 'id: "nu\\0l"\nname'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'an id in upper case', file: 'records/staff/Upper.md', content: staff('Upper'), line: 3, rule: 'schema', message: /`id`/ },
  { name: 'an empty file', file: 'records/staff/empty.md', content: '', line: 1, rule: 'parse', message: /empty/ },
  { name: 'no frontmatter at all', file: 'records/staff/prose.md', content: '# Notes\n\nJust prose.\n', line: 1, rule: 'parse', message: /no frontmatter/ },
];
