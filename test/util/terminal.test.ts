import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { terminalIo, type Io } from '../../src/cli/io.js';
import { Coloured, controlName, escapeControls, escapeInline, escapeJsonControls, forTerminal, palette } from '../../src/util/terminal.js';
import { formatWatchEvent } from '../../src/watch/format.js';
import type { Finding } from '../../src/model.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONCEAL = '\u001b[8m';
const CLIPBOARD = '\u001b]52;c;aGk=\u0007';

/** An Io that keeps what is written, as main's caller would see it. */
function bufferIo(): Io & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(String(text)), stderr: (text) => void out.push(String(text)), cwd: '/', env: {}, isTTY: false, now: () => new Date(0) };
}

describe('escaping control characters (SPEC §11.8)', () => {
  it('shows C0, DEL and C1 as \\u escapes, keeping tab and newline in text of many lines', () => {
    expect(escapeControls(`a${CONCEAL}b\u007f\u0085\r\n\tc`)).toBe('a\\u001b[8mb\\u007f\\u0085\\u000d\n\tc');
  });
  it('escapes tab and newline too in a value printed on one line', () => {
    expect(escapeInline('a\tb\nc\u0000')).toBe('a\\u0009b\\u000ac\\u0000');
  });
  it('leaves text without control characters as it is, the same string', () => {
    const text = 'Jo Bloggs, Zoë, 李, مرحبا, \u202e';
    expect(escapeControls(text)).toBe(text);
    expect(escapeInline(text)).toBe(text);
  });
  it('escapes DEL and C1 in JSON text, which reads back the same', () => {
    const value = { name: `x\u007f\u009b2J${CONCEAL}` };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('names control characters as terminals do', () => {
    expect([controlName('\u0000'), controlName('\u0007'), controlName('\u001b'), controlName('\u007f'), controlName('\u0085'), controlName('\u009b')]).toEqual([
      'U+0000 NUL', 'U+0007 BEL', 'U+001B ESC', 'U+007F DEL', 'U+0085 NEL', 'U+009B CSI',
    ]);
  });
});

describe('what reaches the terminal', () => {
  it('plain text: every escape code is shown, none acted on', () => {
    expect(forTerminal(`${palette(true).red('error')} ${CLIPBOARD}`)).toBe('\\u001b[31merror\\u001b[39m \\u001b]52;c;aGk=\\u0007');
  });
  it("coloured text: supv's own colours pass, any other code is shown", () => {
    const c = palette(true);
    const text = new Coloured(`${c.red('error')} ${c.bold(`Sam ${CONCEAL}Lee${CLIPBOARD}`)}\u001b[2J\r`);
    expect(forTerminal(text)).toBe('\u001b[31merror\u001b[39m \u001b[1mSam \\u001b[8mLee\\u001b]52;c;aGk=\\u0007\u001b[22m\\u001b[2J\\u000d');
  });
  it('without colour the palette changes nothing', () => {
    const c = palette(false);
    expect(c.red(c.underline('x'))).toBe('x');
  });
  it('the Io commands are given escapes whatever they write', () => {
    const io = bufferIo();
    const safe = terminalIo(io);
    safe.stdout(`name: Sam ${CONCEAL}Lee\n`);
    safe.stderr(new Coloured(`${palette(true).yellow('warning')} ${CLIPBOARD}\n`));
    expect(io.out).toEqual(['name: Sam \\u001b[8mLee\n', '\u001b[33mwarning\u001b[39m \\u001b]52;c;aGk=\\u0007\n']);
  });
  it('main gives every command that Io: commander\'s own errors are escaped', async () => {
    const io = bufferIo();
    expect(await main([`no-such-command${CONCEAL}`], io)).toBe(2);
    expect(io.out.join('')).toContain('no-such-command\\u001b[8m');
    expect(io.out.join('')).not.toMatch(RAW_CONTROL);
  });
});

describe('supv watch events', () => {
  const finding: Finding = { file: `records/staff/kim${CONCEAL}\n.md`, line: 3, column: 5, rule: 'id-mismatch', severity: 'error', message: `named ${CLIPBOARD}` };
  const event = {
    type: 'lint' as const,
    at: new Date('2026-01-05T10:00:00Z'),
    causes: ['records' as const],
    changed: [finding.file],
    appeared: [finding],
    disappeared: [],
    errors: 1,
    warnings: 0,
    sinceChangeMs: 10,
  };
  it('show file names and messages escaped, one line each', () => {
    for (const color of [false, true]) {
      const text = formatWatchEvent(event, { color, timezone: 'Europe/London' });
      const shown = forTerminal(color ? new Coloured(text) : text);
      expect(shown.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
      expect(shown).toContain('records/staff/kim\\u001b[8m\\u000a.md 3:5');
      expect(shown).toContain('named \\u001b]52;c;aGk=\\u0007');
      expect(shown.split('\n')).toHaveLength(4);
    }
  });
  it('show a problem escaped', () => {
    const text = formatWatchEvent({ type: 'error', at: new Date('2026-01-05T10:00:00Z'), message: `cannot read ${CONCEAL}x` }, { color: false, timezone: 'Europe/London' });
    expect(text).toBe('[10:00:00] problem: cannot read \\u001b[8mx\n');
  });
});
