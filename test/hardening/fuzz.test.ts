/**
 * Hardening, fuzzing (issue part 3). Valid records are mutated (byte flips,
 * YAML syntax characters, truncations, duplicated and dropped lines, Unicode)
 * and pushed through decode, parse, validate and every lint rule in-process:
 * nothing may throw, every case must finish quickly, every finding must point
 * inside the file, and Object.prototype must stay clean. Then records with
 * hostile field values go through HTML generation, and a few through real
 * Chromium to PDF. Counts are fixed for CI; `SUPV_FUZZ_RUNS` raises the first.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { checkRecords } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { indexRecords } from '../../src/load/load.js';
import type { LoadedRecord } from '../../src/model.js';
import { decodeRecord } from '../../src/parse/decode.js';
import { parseYamlFast } from '../../src/parse/fast-yaml.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { parseYamlStrict } from '../../src/parse/yaml.js';
import { BrowserPool } from '../../src/render/chromium.js';
import { loadTemplates, recordDocument } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { CHROMIUM, SAM, expectNothingRan, staffText } from './helpers.js';

const RUNS = Number(process.env.SUPV_FUZZ_RUNS ?? 10_000);
const HASH = 'a'.repeat(64);

const SESSION = `---
kind: session
id: 2025-02-03-robin-ash
date: 2025-02-03
type: one-to-one
supervisor: sam-lee
supervisee: robin-ash
duration_minutes: 60
functions: [accountability, development, support]
cases_coverage: all
cases:
  - ref: FAM-0042
    status: CP
    status_changed: 2025-01-20
    decision: dec-2025-02-03-fam-0042
    note: "Core group met; attendance improved"
actions:
  - id: A1
    text: Book a core group meeting
    owner: robin-ash
    due: 2025-02-17
actions_reviewed:
  - ref: 2025-01-06-robin-ash#A2
    status: done
next_meeting: 2025-03-03
signatures:
  - role: supervisor
    by: sam-lee
    at: 2025-02-04T10:12:00+00:00
    sha256: ${HASH}
---
## Summary

Robin described a busy month. | a | table |
`;

const DECISION = `---
kind: decision
id: dec-2025-02-03-fam-0042
case: FAM-0042
child: { name: A. Child, dob: 2016-04-01 }
session: 2025-02-03-robin-ash
date: 2025-02-03
supervisor: sam-lee
supervisee: robin-ash
actions:
  - { id: D1, text: Request strategy discussion, owner: robin-ash, due: 2025-02-05 }
---
Decision: request a strategy discussion.
`;

const CONTRACT = `---
kind: contract
id: contract-robin-ash-2024
supervisee: robin-ash
supervisor: sam-lee
agreed: 2024-09-09
frequency: P4W
duration_minutes: 60
dispute_resolution: Head of Service
---
Supervision is for accountability, development and support.
`;

const SEEDS: Array<{ file: string; text: string }> = [
  { file: 'records/sessions/2025/2025-02-03-robin-ash.md', text: SESSION },
  { file: 'records/decisions/dec-2025-02-03-fam-0042.md', text: DECISION },
  { file: 'records/contracts/contract-robin-ash-2024.md', text: CONTRACT },
  { file: 'records/staff/robin-ash.md', text: staffText('robin-ash') },
];

const TOKENS = [
  ':', ': ', '-', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!js/function ', '!!binary ', '<<: ', '---', '---\n', '...\n', '\t', '"', "'", '#', '|', '>',
  '%YAML 1.1\n', '? ', '\n', '\r', '\r\n', '\0', '\\', '__proto__: ', 'constructor: ', 'prototype: ', '{{lookup this "x"}}', '<script>', '\u202E', '\u200B', '\uFEFF',
  '\uFFFD', 'é', 'e\u0301', 'ليلى', '😀', '0x1F', '1e3', 'yes', '~', 'null', '2023-02-30', '9'.repeat(40), ' '.repeat(70), '[['.repeat(40),
];

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; token: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; line: number }
  | { op: 'drop-line'; line: number }
  | { op: 'swap-lines'; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('drop-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), line: fc.nat() }),
);

function mutate(seed: string, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(seed, 'utf8');
  for (const m of mutations) {
    if (m.op === 'flip') {
      if (bytes.length > 0) bytes[m.at % bytes.length] = m.byte;
    } else if (m.op === 'insert') {
      const at = m.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.token, 'utf8'), bytes.subarray(at)]);
    } else if (m.op === 'truncate') {
      bytes = bytes.subarray(0, m.at % (bytes.length + 1));
    } else {
      const lines = bytes.toString('latin1').split('\n');
      const i = m.line % lines.length;
      if (m.op === 'duplicate-line') lines.splice(i, 0, lines[i]!);
      else if (m.op === 'drop-line') lines.splice(i, 1);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      bytes = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return bytes;
}

const FIXED = ['records/staff/sam-lee.md', SAM] as const;

/** What `supv lint` does to one file in memory: decode, parse, validate, and every rule over it and its neighbours. */
async function lintBytes(file: string, bytes: Buffer): Promise<{ record: LoadedRecord; lines: number; findings: Array<{ line: number; column: number; file: string }> }> {
  const decoded = decodeRecord(bytes);
  const text = 'text' in decoded ? decoded.text : '';
  const record =
    'text' in decoded
      ? recordFromText({ file, absPath: `/repo/${file}` }, decoded.text)
      : ({ file, absPath: `/repo/${file}`, text: '', data: undefined, body: '', fenceLine: 1, bodyLine: 1, parseProblem: decoded.problem, schemaProblems: [], valid: false, locate: () => ({ line: decoded.problem.line, column: decoded.problem.column }) } satisfies LoadedRecord);
  const others = SEEDS.filter((seed) => seed.file !== file).map((seed) => recordFromText({ file: seed.file, absPath: `/repo/${seed.file}` }, seed.text));
  const sam = recordFromText({ file: FIXED[0], absPath: `/repo/${FIXED[0]}` }, FIXED[1]);
  const set = indexRecords([record, sam, ...others].sort((a, b) => (a.file < b.file ? -1 : 1)));
  const results = await checkRecords(set, rules, { config: DEFAULT_CONFIG, asOf: '2025-03-01' });
  const findings = results.flatMap((result) => result.findings.map((finding) => ({ ...finding, file: result.file })));
  const lines = 'text' in decoded ? text.split(/\r\n|\r|\n/).length : bytes.toString('latin1').split('\n').length;
  return { record, lines, findings };
}

describe('hardening: fuzzing', () => {
  afterAll(() => expectNothingRan());

  it('the seeds are valid records, so mutations start from something real', async () => {
    for (const seed of SEEDS) {
      const { record } = await lintBytes(seed.file, Buffer.from(seed.text));
      expect(record.valid, `${seed.file}: ${JSON.stringify(record.parseProblem ?? record.schemaProblems)}`).toBe(true);
    }
  });

  it(`${RUNS} mutated records through decode, parse, validate and every rule: no exception, no hang, findings inside the file`, async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (seed, mutations) => {
        const bytes = mutate(seed.text, mutations);
        const started = performance.now();
        const { findings, lines } = await lintBytes(seed.file, bytes);
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(1_000);
        for (const finding of findings.filter((f) => f.file === seed.file)) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.line, JSON.stringify(finding)).toBeLessThanOrEqual(lines + 1);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(slowest).toBeLessThan(1_000);
  }, 180_000);

  // The fast YAML reader must read a record exactly as the strict one does, or leave it to the strict one:
  // otherwise its data and content hash would depend on which of them read it (test/parse/one-yaml-reading.test.ts).
  const READINGS = Math.ceil(RUNS / 5);
  it(`${READINGS} mutated records read the same on the fast and the strict YAML path`, () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, mutations) => {
        const decoded = decodeRecord(mutate(seed.text, mutations));
        if (!('text' in decoded)) return true;
        const text = decoded.text.replace(/\r\n?/g, '\n');
        // The frontmatter as parseRecordText cuts it: from the line break after the fence to the next `---` line.
        const start = text.indexOf('\n');
        const end = text.indexOf('\n---', start);
        if (!text.startsWith('---') || start === -1 || end === -1) return true;
        const source = text.slice(start, end);
        const quick = parseYamlFast(source);
        if (quick === undefined) return true;
        fast += 1;
        const strict = parseYamlStrict(source);
        return 'value' in strict && isDeepStrictEqual(quick.value, strict.value);
      }),
      { numRuns: READINGS },
    );
    // Most mutations break the YAML; enough must still take the fast path for this to say something.
    expect(fast).toBeGreaterThan(READINGS / 10);
  });

  /** Field values and bodies made of pieces that break HTML, CSS, Markdown and templates. */
  const HOSTILE = [
    '<script>alert(1)</script>', '<img src=http://127.0.0.1:9/x onerror=alert(1)>', '<iframe src=file:///etc/passwd>', '<link rel=stylesheet href=http://127.0.0.1:9/>',
    '<style>@import url(http://127.0.0.1:9/a.css)</style>', 'url(http://127.0.0.1:9/)', '{{lookup this "constructor"}}', '{{{raw}}}', '{{> body}}', '&amp;', '&', '"', "'", '`',
    '</td></tr></table>', ']]>', '<!--', '-->', 'ليلى حداد', 'Zoe\u0308', '😀', '| a | b |', '\n|---|---|\n', '![x](http://127.0.0.1:9/i.png)', '[l](javascript:alert(1))', '# ', '\n\n', '    ',
    'Robin', 'Ash', 'x'.repeat(300),
  ];
  const hostile = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
  const hostileRecord = fc.record({ name: hostile, note: hostile, action: hostile, body: hostile }).map(({ name, note, action, body }) => ({
    staff: staffText('robin-ash', JSON.stringify(name.replace(/\n/g, ' ').trim() || 'Robin')),
    session: SESSION.replace('"Core group met; attendance improved"', JSON.stringify(note)).replace('text: Book a core group meeting', `text: ${JSON.stringify(action)}`).replace('Robin described a busy month. | a | table |', body),
    strings: [name, note, action, body],
  }));

  function documentFor(staff: string, session: string) {
    const files = [
      recordFromText({ file: FIXED[0], absPath: `/repo/${FIXED[0]}` }, FIXED[1]),
      recordFromText({ file: 'records/staff/robin-ash.md', absPath: '/repo/records/staff/robin-ash.md' }, staff),
      recordFromText({ file: SEEDS[0]!.file, absPath: `/repo/${SEEDS[0]!.file}` }, session),
    ];
    for (const file of files) expect(file.valid, `${file.file}: ${JSON.stringify(file.parseProblem ?? file.schemaProblems)}`).toBe(true);
    const records = indexRecords(files);
    return recordDocument(records.byId.get('2025-02-03-robin-ash')!, loadTemplates(), { config: DEFAULT_CONFIG, records, commit: 'uncommitted' });
  }

  it('50 records with hostile names, notes, actions and bodies become HTML with none of it live', () => {
    fc.assert(
      fc.property(hostileRecord, ({ staff, session }) => {
        const { html } = documentFor(staff, session);
        // Record text may print `onerror=` or `javascript:` as text; what must never happen is a tag or a style that acts on it.
        const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((match) => match[0]);
        expect(tags.filter((tag) => tag.startsWith('<meta') && !/^<meta (charset="utf-8"|http-equiv="Content-Security-Policy" content="default-src 'none';)/.test(tag))).toEqual([]);
        expect(tags.filter((tag) => /^<(script|iframe|link|img|object|embed|base|svg|video|audio|source)\b/i.test(tag))).toEqual([]);
        expect(tags.filter((tag) => /\son\w+\s*=|(href|src|action|poster)\s*=\s*["']?\s*(javascript:|https?:|file:)|url\(/i.test(tag))).toEqual([]);
        const styles = [...html.matchAll(/<style[^>]*>([^]*?)<\/style>/gi)].map((match) => match[1]!);
        expect(styles.filter((css) => /@import|url\(\s*['"]?\s*(https?:|file:|\/\/)/i.test(css))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  const chromium = CHROMIUM;
  it.skipIf(!chromium)('10 of them through real Chromium: a PDF each, no request attempted', async () => {
    const pool = await BrowserPool.start({ concurrency: 1, executablePath: chromium });
    try {
      const samples = fc.sample(hostileRecord, { numRuns: 10, seed: 42 });
      for (const { staff, session } of samples) {
        const { pdf, blockedRequests } = await renderPdf(pool, documentFor(staff, session), '0.0.0-fuzz');
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        expect(blockedRequests).toBe(0);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);
});
