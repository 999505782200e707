import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { formatters, isFormatName, type FormatInput, type LintResult } from '../src/format/index.js';
import type { Finding, RuleMeta } from '../src/model.js';

const rules: RuleMeta[] = [
  {
    id: 'schema',
    description: 'A field missing, of the wrong type, or unknown',
    defaultSeverity: 'error',
    docs: 'https://example.org/supv/docs/rules/schema.md',
    messages: {},
  },
  {
    id: 'session-overdue',
    description: "An active staff member's gap since their last session exceeds their interval",
    defaultSeverity: 'error',
    docs: 'https://example.org/supv/docs/rules/session-overdue.md',
    messages: {},
  },
  {
    id: 'session-short',
    description: 'A session shorter than min_duration',
    defaultSeverity: 'warning',
    docs: 'https://example.org/supv/docs/rules/session-short.md',
    messages: {},
  },
];

const session = 'records/sessions/2026-03-04-ab.md';
const staff = 'records/staff/jo.md';
const tricky = `unknown field <&"'>`;

const unknownField: Finding = { file: session, line: 4, column: 10, rule: 'schema', severity: 'error', message: tricky };
const shortSession: Finding = {
  file: session,
  line: 12,
  column: 3,
  rule: 'session-short',
  severity: 'warning',
  message: 'the session lasted 20 minutes; the minimum is 45',
};

/** One session record with an error and a warning, and one clean staff record. */
function input(results: LintResult[] = [{ file: session, findings: [unknownField, shortSession] }, { file: staff, findings: [] }]): FormatInput {
  return { results, rules, cwd: '/srv/records', color: false, toolVersion: '1.2.3' };
}
const empty = input([]);

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, '');

describe('format names', () => {
  it('knows the five formats and nothing else', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('html')).toBe(false);
  });
});

describe('stylish', () => {
  it('lists each file with findings under its path, aligned, then a summary', () => {
    expect(formatters.stylish(input())).toBe(
      [
        '',
        'records/sessions/2026-03-04-ab.md',
        `   4:10  error    unknown field <&"'>                               schema`,
        '  12:3   warning  the session lasted 20 minutes; the minimum is 45  session-short',
        '',
        'What a rule checks and how to fix its findings: supv explain RULE (such as supv explain schema)',
        '\u2716 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('puts a blank line between files and counts in the singular and plural', () => {
    const overdue: Finding = { file: staff, line: 2, column: 5, rule: 'session-overdue', severity: 'error', message: 'overdue' };
    const out = formatters.stylish(input([{ file: session, findings: [unknownField] }, { file: staff, findings: [overdue] }]));
    expect(out).toBe(
      [
        '',
        'records/sessions/2026-03-04-ab.md',
        `  4:10  error  unknown field <&"'>  schema`,
        '',
        'records/staff/jo.md',
        '  2:5  error  overdue  session-overdue',
        '',
        'What a rule checks and how to fix its findings: supv explain RULE (such as supv explain schema)',
        '\u2716 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(formatters.stylish(input([{ file: session, findings: [shortSession] }]))).toContain(
      '\u2716 1 problem (0 errors, 1 warning)\n',
    );
  });

  it('prints nothing at all for a clean run or no files', () => {
    expect(formatters.stylish(input([{ file: staff, findings: [] }]))).toBe('');
    expect(formatters.stylish(empty)).toBe('');
  });

  it('colours only when asked, without changing the text', () => {
    const plain = formatters.stylish(input());
    const coloured = formatters.stylish({ ...input(), color: true });
    expect(plain).not.toContain('\u001b[');
    expect(stripAnsi(coloured)).toBe(plain);
    expect(coloured).toContain(`\u001b[4m${session}\u001b[24m`);
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2msession-short\u001b[22m');
    expect(coloured).toContain('\u001b[31m\u001b[1m\u2716 2 problems (1 error, 1 warning)\u001b[22m\u001b[39m');
    const warningsOnly = formatters.stylish({ ...input([{ file: session, findings: [shortSession] }]), color: true });
    expect(warningsOnly).toContain('\u001b[33m\u001b[1m\u2716 1 problem');
  });
});

describe('json', () => {
  it('writes every file with its findings and counts, two-space indented', () => {
    const finding = (f: Finding) =>
      `      {\n        "file": "${f.file}",\n        "line": ${f.line},\n        "column": ${f.column},\n` +
      `        "rule": "${f.rule}",\n        "severity": "${f.severity}",\n        "message": ${JSON.stringify(f.message)}\n      }`;
    expect(formatters.json(input())).toBe(
      `[
  {
    "file": "${session}",
    "findings": [
${finding(unknownField)},
${finding(shortSession)}
    ],
    "errorCount": 1,
    "warningCount": 1
  },
  {
    "file": "${staff}",
    "findings": [],
    "errorCount": 0,
    "warningCount": 0
  }
]
`,
    );
    expect(JSON.parse(formatters.json(input()))[0].findings[0]).toEqual(unknownField);
  });

  it('is an empty array for no files', () => {
    expect(formatters.json(empty)).toBe('[]\n');
  });
});

describe('github', () => {
  it('writes one workflow command per finding', () => {
    expect(formatters.github(input())).toBe(
      `::error file=${session},line=4,col=10,title=supv schema::${tricky}\n` +
        `::warning file=${session},line=12,col=3,title=supv session-short::the session lasted 20 minutes; the minimum is 45\n`,
    );
  });

  it('escapes properties and data as the runner expects', () => {
    const odd: Finding = { file: 'records/a,b:c%.md', line: 1, column: 1, rule: 'parse', severity: 'error', message: '100% late\r\nsee: x, y' };
    expect(formatters.github(input([{ file: odd.file, findings: [odd] }]))).toBe(
      '::error file=records/a%2Cb%3Ac%25.md,line=1,col=1,title=supv parse::100%25 late%0D%0Asee: x, y\n',
    );
  });

  it('prints nothing without findings', () => {
    expect(formatters.github(empty)).toBe('');
    expect(formatters.github(input([{ file: staff, findings: [] }]))).toBe('');
  });
});

describe('sarif', () => {
  // The SARIF 2.1.0 schema as schemastore publishes it (2.1.0-rtm.5, the last
  // release candidate, whose definitions are those of 2.1.0), vendored from the
  // npm package @microsoft/jest-sarif (MIT) with its header moved from draft-04
  // to draft-07 (`id` → `$id`); it uses no other draft-04 keyword.
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // The schema's `language` pattern is not a valid `u`-flag regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format);
  const validate = ajv.compile(schema);
  const valid = (text: string) => {
    const ok = validate(JSON.parse(text));
    return ok ? true : ajv.errorsText(validate.errors);
  };

  it('is valid SARIF 2.1.0, with or without findings', () => {
    expect(valid(formatters.sarif(input()))).toBe(true);
    expect(valid(formatters.sarif(empty))).toBe(true);
    expect(formatters.sarif(input()).endsWith('}\n')).toBe(true);
  });

  it('rejects what is not SARIF (the schema is really checking)', () => {
    const log = JSON.parse(formatters.sarif(input()));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes supv and every rule passed in', () => {
    const log = JSON.parse(formatters.sarif(input()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'supv', semanticVersion: '1.2.3' });
    // supv has no public web page: no address is made up (informationUri is optional).
    expect(driver).not.toHaveProperty('informationUri');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['schema', 'session-overdue', 'session-short']);
    expect(driver.rules[2]).toEqual({
      id: 'session-short',
      name: 'SessionShort',
      shortDescription: { text: 'A session shorter than min_duration' },
      help: {
        text: 'Run supv explain session-short for what the policy asks, what this rule checks and how to fix a finding.',
        markdown: 'Run `supv explain session-short` for what the policy asks, what this rule checks and how to fix a finding.',
      },
      defaultConfiguration: { level: 'warning' },
    });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/records/' } });
  });

  it('says its columns are UTF-16 code units (SARIF has no default; test/lint/columns.test.ts checks they are)', () => {
    expect(JSON.parse(formatters.sarif(input())).runs[0].columnKind).toBe('utf16CodeUnits');
    expect(JSON.parse(formatters.sarif(empty)).runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('places each finding on its file, line and column', () => {
    const [first, second] = JSON.parse(formatters.sarif(input())).runs[0].results;
    expect(first).toEqual({
      ruleId: 'schema',
      ruleIndex: 0,
      level: 'error',
      message: { text: tricky },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: session, uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 10 },
          },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'session-short', ruleIndex: 2, level: 'warning' });
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 3 });
  });

  it('writes paths as relative URIs with / separators, encoded', () => {
    const f: Finding = { ...unknownField, file: 'records\\sessions\\my session#1.md' };
    const log = JSON.parse(formatters.sarif(input([{ file: f.file, findings: [f] }])));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('records/sessions/my%20session%231.md');
    expect(valid(formatters.sarif(input([{ file: f.file, findings: [f] }])))).toBe(true);
  });
});

describe('junit', () => {
  const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;
  const attr = (tag: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1]);

  it('has a suite per file, a failing case per finding and one passing case for a clean file', () => {
    const xml = formatters.junit(input());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    const suites = [...xml.matchAll(/<testsuite [^>]*>[\s\S]*?<\/testsuite>/g)].map((m) => m[0]);
    expect(suites).toHaveLength(2);
    const [sessionSuite, staffSuite] = suites as [string, string];
    expect(sessionSuite).toContain(`<testsuite name="${session}" tests="2" failures="2" errors="0">`);
    expect(count(sessionSuite, /<testcase /g)).toBe(2);
    expect(count(sessionSuite, /<failure /g)).toBe(2);
    expect(sessionSuite).toContain(`<testcase classname="${session}" name="schema 4:10">`);
    expect(sessionSuite).toContain('type="session-short">warning: the session lasted');
    expect(staffSuite).toContain(`<testsuite name="${staff}" tests="1" failures="0" errors="0">`);
    expect(count(staffSuite, /<testcase /g)).toBe(1);
    expect(count(staffSuite, /<failure /g)).toBe(0);
    const top = /<testsuites [^>]*>/.exec(xml)![0];
    expect([attr(top, 'tests'), attr(top, 'failures'), attr(top, 'errors')]).toEqual([
      count(xml, /<testcase /g),
      count(xml, /<failure /g),
      0,
    ]);
  });

  it('escapes markup, and shows characters XML 1.0 forbids as escapes', () => {
    const nasty: Finding = { ...unknownField, message: `${tricky}\u0001\uD800\u001b[8m\u0085 end` };
    const xml = formatters.junit(input([{ file: session, findings: [nasty] }]));
    expect(xml).toContain('message="unknown field &lt;&amp;&quot;&apos;&gt;\\u0001\\ud800\\u001b[8m\\u0085 end"');
    expect(xml).not.toContain(tricky);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\uD800]/);
    // Every & starts an entity or character reference, so the document stays well formed.
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  });

  it('is an empty but valid document for no files', () => {
    expect(formatters.junit(empty)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="supv" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });
});

describe('control characters in file names and messages (SPEC §11.8)', () => {
  const file = 'records/staff/kim\u001b[8m\nfake.md';
  const hidden: Finding = { file, line: 3, column: 5, rule: 'id-mismatch', severity: 'error', message: 'named kim\u001b]52;c;aGk=\u0007\u009b2J' };
  const run = input([{ file, findings: [hidden] }]);
  // eslint-disable-next-line no-control-regex
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('stylish shows them escaped, each finding on its own line, and colours only its own text', () => {
    for (const color of [false, true]) {
      const out = formatters.stylish({ ...run, color });
      expect(stripAnsi(out)).not.toMatch(raw);
      expect(stripAnsi(out)).toContain('records/staff/kim\\u001b[8m\\u000afake.md\n');
      expect(stripAnsi(out)).toContain('3:5  error  named kim\\u001b]52;c;aGk=\\u0007\\u009b2J  id-mismatch\n');
    }
    expect(formatters.stylish({ ...run, color: true })).toContain('\u001b[4mrecords/staff/kim\\u001b[8m\\u000afake.md\u001b[24m');
  });

  it('github shows them escaped, and carries the newline as the runner does', () => {
    expect(formatters.github(run)).toBe('::error file=records/staff/kim\\u001b[8m%0Afake.md,line=3,col=5,title=supv id-mismatch::named kim\\u001b]52;c;aGk=\\u0007\\u009b2J\n');
  });

  it('json and sarif escape DEL and C1 as well as C0, and read back the same', () => {
    for (const format of ['json', 'sarif'] as const) {
      const out = formatters[format](run);
      expect(out).not.toMatch(raw);
      expect(out).toContain('\\u009b2J');
      expect(JSON.stringify(JSON.parse(out))).toContain(JSON.stringify(hidden.message).slice(1, -1));
    }
  });
});
