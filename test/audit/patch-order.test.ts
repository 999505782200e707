/** `supv audit --patch` prints a changed line as diff and git do: the old line (-) before the new (+). */
import { describe, expect, it } from 'vitest';
import { diffBody } from '../../src/audit/diff.js';

describe('audit --patch: a changed line', () => {
  it('shows - before +', () => {
    const change = diffBody('## Summary\n\nJo is well.\nWe agreed a plan.\n', '## Summary\n\nJo is tired.\nWe agreed a plan.\n');
    const lines = change.diff.filter((line) => line.startsWith('-') || line.startsWith('+'));
    expect(lines).toEqual(['-Jo is well.', '+Jo is tired.']);
    expect(change.diff[0]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
  });

  it('a block of changed lines: every - then every +, as git prints them', () => {
    const change = diffBody('a\nold one\nold two\nz\n', 'a\nnew one\nnew two\nz\n');
    expect(change.diff.filter((line) => !line.startsWith('@@'))).toEqual([' a', '-old one', '-old two', '+new one', '+new two', ' z']);
  });
});
