import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/parse/frontmatter.js';

/** The problem reported for a record whose frontmatter is these lines. */
function problem(...lines: string[]) {
  return parseRecordText(['---', ...lines, '---', 'Notes.', ''].join('\n')).problem;
}

describe('an unclosed bracket, brace or quote is reported where it was opened, in plain words', () => {
  it('a list whose `]` is missing, at the end of the frontmatter or before the next field', () => {
    expect(problem('kind: staff', 'id: jo-bloggs', 'supervisors: [a, b')).toEqual({
      line: 4, column: 14,
      message: 'this `[` is never closed: add the `]` that ends the list (a list that goes on to the next lines must be indented further than its key)',
    });
    expect(problem('kind: staff', 'supervisors: [a, b', 'name: Jo Bloggs', 'role: Family Support Worker')).toMatchObject({ line: 3, column: 14, message: expect.stringMatching(/^this `\[` is never closed/) });
  });

  it('a list carried on to a line indented no further than its key', () => {
    expect(problem('kind: staff', 'functions: [accountability,', 'support]')).toMatchObject({ line: 3, column: 12, message: expect.stringContaining('must be indented further than its key') });
  });

  it('a `{` inside a list is the one named, not the list around it', () => {
    expect(problem('kind: decision', 'actions: [{ id: D1, text: Call the school]')).toMatchObject({
      line: 3, column: 11,
      message: 'this `{` is never closed: add the `}` that ends it (a `{ ... }` that goes on to the next lines must be indented further than its key)',
    });
  });

  it('a double or single quote never closed', () => {
    expect(problem('kind: staff', 'name: "Jo Bloggs', 'id: jo-bloggs')).toMatchObject({
      line: 3, column: 7,
      message: 'this `"` is never closed: add the `"` that ends the text (text that goes on to the next lines must be indented further than its key)',
    });
    expect(problem('kind: staff', "role: 'Family Support Worker")).toMatchObject({
      line: 3, column: 7,
      message: "this `'` is never closed: add the `'` that ends the text (text that goes on to the next lines must be indented further than its key); inside single quotes, write an apostrophe as `''`",
    });
    expect(problem('kind: staff', 'supervisors: [a, "b]')).toMatchObject({ line: 3, column: 18, message: expect.stringMatching(/^this `"` is never closed/) });
  });

  it('other YAML mistakes keep their own messages', () => {
    expect(problem('kind: staff', 'kind: staff')?.message).toBe('this key appears twice; each field may be given only once');
    expect(problem('kind: staff', 'supervisors: a]')).toBeUndefined();
  });
});
