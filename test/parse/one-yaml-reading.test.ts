/**
 * Frontmatter is read by a fast reader (js-yaml) and, for anything unusual, a
 * strict one (the `yaml` package, YAML 1.2 core schema, with positions). A file
 * must read the same whichever of them reads it: the same data, so the same
 * content hash and the same findings, or a refusal from both. Each case below
 * is one the fast reader once read differently.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/parse/frontmatter.js';
import { parseYamlFast } from '../../src/parse/fast-yaml.js';
import { parseYaml, parseYamlStrict } from '../../src/parse/yaml.js';
import { hashOrNothing } from '../../src/sign/content-hash.js';
import { frontmatter } from './yaml-arbitrary.js';

/** Runs of the property test: a few seconds in CI; `SUPV_YAML_RUNS=20000` for a long local run. */
const RUNS = Number(process.env.SUPV_YAML_RUNS ?? 1000);

/** Frontmatter text as the record reader hands it over: it starts with the newline that ends the fence line. */
const yaml = (...lines: string[]) => '\n' + lines.join('\n') + '\n';

/** Both readers give the same answer, and it is this one. */
function readsAs(source: string, expected: unknown) {
  const strict = parseYamlStrict(source);
  expect(parseYaml(source)).toStrictEqual(strict);
  expect(strict).toStrictEqual({ value: expected });
}

/** Both readers refuse it, with the strict reader's message and place. */
function refused(source: string, message: string | RegExp) {
  const strict = parseYamlStrict(source);
  expect(strict).toMatchObject({ problem: { message: typeof message === 'string' ? message : expect.stringMatching(message) } });
  expect(parseYaml(source)).toStrictEqual(strict);
}

describe('a key longer than the strict reader allows', () => {
  it('is refused by both readers', () => {
    refused(yaml(`${'k'.repeat(1100)}: x`), /1024/);
  });
});

describe('a key must be text, whichever reader reads it', () => {
  it('a list used as a key is refused (`[id]: x` is not the key `id`)', () => {
    refused(yaml('[id]: x'), 'keys must be plain text');
    refused(yaml('kind: staff', '[a, b]: x'), 'keys must be plain text');
    refused(yaml('a: {[id]: x}'), 'keys must be plain text');
  });

  it('a mapping used as a key is refused', () => {
    refused(yaml('{a: b}: c'), 'keys must be plain text');
  });

  it('a list given as an explicit `?` key is refused', () => {
    refused(yaml('? [a, b]', ': c'), 'keys must be plain text');
    refused(yaml('? - a', '  - b', ': c'), 'keys must be plain text');
  });

  it('an empty key is refused, written as `{: x}`, `[: x]` or a bare `?`', () => {
    refused(yaml('{: x}'), 'the key `null` must be text');
    refused(yaml('a: [: x]'), 'the key `null` must be text');
    refused(yaml('? ', ': x'), 'the key `null` must be text');
  });

  it('a number, true, false or null used as a key is refused; quoted, it is text', () => {
    refused(yaml('1: x'), 'the key `1` must be text');
    refused(yaml('-1: x'), 'the key `-1` must be text');
    refused(yaml('.inf: x'), 'the key `Infinity` must be text');
    refused(yaml('true: x'), 'the key `true` must be text');
    refused(yaml('~: x'), 'the key `null` must be text');
    refused(yaml('a:', '  null: x'), 'the key `null` must be text');
    readsAs(yaml('"1": x', "'true': y", '"null": z'), { 1: 'x', true: 'y', null: 'z' });
  });

  it('`__proto__` written with an escape is refused, as written plainly', () => {
    refused(yaml('"\\x5f_proto__": x'), 'the key `__proto__` is not allowed');
    refused(yaml('a:', '  - {"\\u005f_proto__": {b: 1}}'), 'the key `__proto__` is not allowed');
  });

  it('an explicit `?` key holding plain text reads as that text', () => {
    readsAs(yaml('? a', ': b'), { a: 'b' });
  });
});

describe('numbers are read by YAML 1.2 core rules, whichever reader reads them', () => {
  it('binary `0b111100` stays text (YAML 1.2 has no binary numbers)', () => {
    readsAs(yaml('a: 0b111100'), { a: '0b111100' });
  });

  it('hex and octal with a sign stay text (`-0x3C`, `+0x3C`, `-0o17`); unsigned they are numbers', () => {
    readsAs(yaml('a: -0x3C', 'b: +0x3C', 'c: -0o17'), { a: '-0x3C', b: '+0x3C', c: '-0o17' });
    readsAs(yaml('a: 0x3C', 'b: 0o17'), { a: 60, b: 15 });
  });

  it('`+.5` is the number one half and `1e400` is infinity, not text', () => {
    readsAs(yaml('a: +.5', 'b: 1e400', 'c: -1e400'), { a: 0.5, b: Infinity, c: -Infinity });
  });

  it('dates and times stay text', () => {
    readsAs(yaml('a: 2025-02-03', 'b: 2025-02-04T10:12:00+00:00', 'c: 1:20'), { a: '2025-02-03', b: '2025-02-04T10:12:00+00:00', c: '1:20' });
  });
});

describe('a comment must be set apart by a space, whichever reader reads it', () => {
  it('a comment glued to a closing quote is refused', () => {
    refused(yaml("a: 'x'# c"), /Comments must be separated from other tokens by white space/);
    refused(yaml('a: "x"# c'), /Comments must be separated from other tokens by white space/);
    refused(yaml('a: "x', '  y"# c'), /Comments must be separated from other tokens by white space/);
  });

  it('a comment glued to a closing `]` or `}` is refused', () => {
    refused(yaml('a: [b]# c'), /Comments must be separated from other tokens by white space/);
    refused(yaml('a: {b: c}# c'), /Comments must be separated from other tokens by white space/);
    refused(yaml('a: ["x"# c', '  ]'), /Comments must be separated from other tokens by white space/);
  });

  it('a `#` inside text, or after a space, is still fine', () => {
    readsAs(yaml('ref: "2025-01-06-robin-ash#A2"', 'b: x#y', "c: 'x' # c"), { ref: '2025-01-06-robin-ash#A2', b: 'x#y', c: 'x' });
  });
});

describe('block scalars (`|` and `>`) are read by the strict rules', () => {
  it('a blank line indented further than the text that follows is refused without an indentation indicator', () => {
    refused(yaml('a: |', '   ', '  # c'), /more-indented leading empty lines/);
  });

  it('space-only lines after text with an indentation indicator read as the strict reader reads them', () => {
    readsAs(yaml('a: |2', '    x', '   '), { a: '  x\n' });
    readsAs(yaml('a: |2', '   ', 'b: c'), { a: '', b: 'c' });
  });
});

describe('shapes the property test found read differently, pinned', () => {
  it('an empty list item does not pull the next item of the outer list into its own list', () => {
    readsAs(yaml('k:', '- - a', '  -', '- b'), { k: [['a', null], 'b'] });
    readsAs(yaml('k:', '-', '- b'), { k: [null, 'b'] });
  });

  it('list items after an empty one must start at its column', () => {
    refused(yaml('k:', '  -', ' - b'), /A block sequence may not be used as an implicit map key/);
  });

  it('a list or mapping with no value inside `{ }` is a key, and refused (`{b, [c]}` is not `{b, c}`)', () => {
    refused(yaml('a: {b, [c]}'), 'keys must be plain text');
    refused(yaml('a: {[c]}'), 'keys must be plain text');
    refused(yaml('a: {b, # c', '  {c: d}}'), 'keys must be plain text');
  });

  it('a comment glued to an opening bracket or a comma is refused', () => {
    refused(yaml('a: [#c', ' b]'), /Comments must be separated from other tokens by white space/);
    refused(yaml('a: [b,#c', ' c]'), /Comments must be separated from other tokens by white space/);
  });

  it('a value on the line after its key, past a `#comment` line at the margin, is refused as the strict reader refuses it', () => {
    // Valid YAML 1.2, which the `yaml` package refuses; the fast reader must not accept what the strict one refuses.
    refused(yaml('a:', '#c', '  x', 'z: 1'), /Implicit keys need to be on a single line/);
    readsAs(yaml('a:', '# c', '  x', 'z: 1'), { a: 'x', z: 1 });
  });

  it('an escaped line break followed by a blank line folds as the strict reader folds it', () => {
    readsAs(yaml('a: "x\\', '', '  y"'), { a: 'x y' });
  });

  it('a byte order mark inside the frontmatter reads as the strict reader reads it, not as part of a key', () => {
    // The fuzzing test found it: js-yaml kept U+FEFF at the start of the first key, the strict reader drops it there.
    readsAs(yaml('\uFEFFkind: contract', 'id: x'), { kind: 'contract', id: 'x' });
    readsAs(yaml('a: x\uFEFFy'), { a: 'x\uFEFFy' });
  });

  it('a single null, or a line starting `---` or `...`, is not a mapping of fields', () => {
    refused(yaml('~'), 'the frontmatter must be `key: value` fields, not a list or a single value');
    refused(yaml('---{}'), 'the frontmatter must be `key: value` fields, not a list or a single value');
    readsAs(yaml('# nothing but a comment'), null);
  });
});

describe('a record reads and hashes the same whether or not something else in it needs the strict reader', () => {
  // A `&` anywhere, even in a comment, sends the whole frontmatter to the strict reader.
  const record = (extra: string) => `---
kind: contract
id: contract-robin-ash-2024
supervisee: robin-ash
supervisor: sam-lee
agreed: 2024-09-09
frequency: P4W
room: -0x3C
code: 0b111100
${extra}signatures:
  - role: supervisor
    by: sam-lee
    at: 2024-09-10T10:12:00+00:00
    sha256: ${'a'.repeat(64)}
---
Supervision is for accountability, development and support.
`;

  it('`-0x3C` and `0b111100` stay text, and the content hash is the same, either way', () => {
    const fast = parseRecordText(record(''));
    const strict = parseRecordText(record('# agreed by Robin & Sam\n'));
    expect(fast.data).toMatchObject({ room: '-0x3C', code: '0b111100' });
    expect(fast.data).toStrictEqual(strict.data);
    expect(hashOrNothing(fast.data!, fast.body)).toBe(hashOrNothing(strict.data!, strict.body));
  });
});

describe('generated frontmatter reads the same on both paths', () => {
  it('the fast reader gives the data the strict reader gives, or leaves the text to it', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(frontmatter, (source) => {
        const strict = parseYamlStrict(source);
        const quick = parseYamlFast(source);
        if ('value' in strict) valid += 1;
        if (quick) fast += 1;
        // isDeepStrictEqual tells -0 from 0 and checks prototypes; NaN equals NaN.
        const same = quick === undefined || ('value' in strict && isDeepStrictEqual(quick.value, strict.value));
        const whole = parseYaml(source);
        return same && ('problem' in strict ? 'problem' in whole : 'value' in whole && isDeepStrictEqual(whole.value, strict.value));
      }),
      { numRuns: RUNS },
    );
    // The property says nothing if the fast reader hands everything over: most valid frontmatter must take it.
    expect(fast).toBeGreaterThan(valid / 2);
    expect(valid).toBeGreaterThan(RUNS / 5);
  });

  it('anything written with digits, signs, dots, exponents and number prefixes is the same number, or the same text, on both paths', () => {
    const numberish = fc.string({ unit: fc.constantFrom(...'0123456789+-._eExXoObBinfaINFA'.split('')), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(numberish, fc.constantFrom('a: %', '- [%]', 'a: {b: %}', '%: a'), (text, shape) => {
        const source = yaml(shape.startsWith('-') ? 'a:' : '', shape.replace('%', text));
        const strict = parseYamlStrict(source);
        const whole = parseYaml(source);
        return 'problem' in strict ? 'problem' in whole : 'value' in whole && isDeepStrictEqual(whole.value, strict.value);
      }),
      { numRuns: RUNS },
    );
  });
});
