import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../src/parse/read-record.js';
import { parseRecordText } from '../../src/parse/frontmatter.js';

const found = { file: 'records/sessions/2025/2025-02-03-jo-bloggs.md', absPath: '/x.md' };

const session = `---
# A comment before the first field
kind: session
id: 2025-02-03-jo-bloggs
date: 2025-02-03
type: one-to-one
supervisor: sam-lee
supervisee: jo-bloggs
duration_minutes: 60
functions: [accountability, development, support]
cases:
  - ref: FAM-0042
    status: CP
    status_changed: 2025-01-20
actions:
  - id: A1
    text: Book a core group meeting
    owner: jo-bloggs
    due: 2025-02-17
---

## Summary of events
`;

describe('reading a record', () => {
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    const record = recordFromText(found, session);
    expect(record.valid).toBe(true);
    expect(record.data?.date).toBe('2025-02-03');
    expect((record.data?.cases as Array<Record<string, unknown>>)[0]?.status_changed).toBe('2025-01-20');
  });

  it('maps every JSON pointer to the line and column in the file, the opening fence counted', () => {
    const record = recordFromText(found, session);
    expect(record.locate({ pointer: '/id' })).toEqual({ line: 4, column: 5 });
    expect(record.locate({ pointer: '/id', target: 'key' })).toEqual({ line: 4, column: 1 });
    expect(record.locate({ pointer: '/functions/2' })).toEqual({ line: 10, column: 42 });
    expect(record.locate({ pointer: '/cases/0/status' })).toEqual({ line: 13, column: 13 });
    expect(record.locate({ pointer: '/actions/0/due', target: 'key' })).toEqual({ line: 19, column: 5 });
    // A missing key is reported on its parent's key.
    expect(record.locate({ pointer: '/actions/0/missing', target: 'key' })).toEqual({ line: 16, column: 5 });
    // A missing top-level key: the record's first field.
    expect(record.locate({ pointer: '', target: 'key' })).toEqual({ line: 3, column: 1 });
    expect(record.bodyLine).toBe(21);
  });

  it('reads CRLF, bare CR and a UTF-8 BOM with the same data and the same lines', () => {
    const crlf = recordFromText(found, session.replace(/\n/g, '\r\n'));
    const cr = recordFromText(found, session.replace(/\n/g, '\r'));
    const plain = recordFromText(found, session);
    for (const record of [crlf, cr]) {
      expect(record.data).toEqual(plain.data);
      expect(record.body).toBe(plain.body);
      expect(record.locate({ pointer: '/cases/0/status' })).toEqual({ line: 13, column: 13 });
    }
    const bom = new TextDecoder('utf-8').decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(session)]));
    expect(recordFromText(found, bom).data).toEqual(plain.data);
  });

  it('gives the body after the closing fence line', () => {
    expect(parseRecordText('---\nkind: staff\n---\nHello\n').body).toBe('Hello\n');
    expect(parseRecordText('---\nkind: staff\n---').body).toBe('');
  });

  it('keeps numbers-as-ids visible to the schema instead of turning them into text', () => {
    const record = recordFromText(found, session.replace('id: 2025-02-03-jo-bloggs', 'id: 0x1F'));
    expect(record.valid).toBe(false);
    expect(record.schemaProblems.map((problem) => problem.pointer)).toContain('/id');
  });

  it('refuses a closing line that only starts with ---', () => {
    const parsed = parseRecordText('---\nkind: staff\n----\n');
    expect(parsed.problem).toMatchObject({ line: 3, column: 1 });
  });

  it('a yes where a boolean is expected stays the string yes and fails the schema', () => {
    const group = session
      .replace('type: one-to-one', 'type: group')
      .replace('supervisee: jo-bloggs', 'attendees: [jo-bloggs]\nconfidentiality_agreed: yes');
    const record = recordFromText(found, group);
    expect(record.data?.confidentiality_agreed).toBe('yes');
    expect(record.schemaProblems).toContainEqual(expect.objectContaining({ pointer: '/confidentiality_agreed' }));
  });
});
