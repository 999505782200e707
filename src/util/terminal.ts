/**
 * What may reach a terminal (SPEC §11.8). A control character from a record,
 * a file name or a commit is never printed as itself: an ESC can hide the
 * rest of the screen (`\u001b[8m`), write to the clipboard (OSC 52), move the
 * cursor or retitle the window, and a CR can print over a line already
 * written. Each is shown as an escape instead, `\u001b`, the spelling JSON,
 * JavaScript and YAML's double-quoted strings all read back, so what a
 * reader sees can be pasted into a record or a search.
 *
 * `src/cli/main.ts` passes everything a command writes through
 * {@link forTerminal}, so no command can forget; the only escape codes that
 * survive are supv's own colours, and only inside {@link Coloured} text.
 */

/** C0 controls but tab and newline, DEL, and C1 controls: what a terminal may act on. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** {@link CONTROL} without the global flag, so that `exec` starts at the beginning every time: lint asks it of every record's body. */
const FIRST_CONTROL = new RegExp(CONTROL.source);
/** The same, tab and newline included: for text that must stay on one line. */
const CONTROL_INLINE = /[\u0000-\u001f\u007f-\u009f]/g;
/** DEL and C1: the control characters `JSON.stringify` leaves as they are. */
const CONTROL_JSON = /[\u007f-\u009f]/g;

/** One character as `\u001b`: four lower-case hex digits, as JSON and YAML write it. */
export function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text of many lines, made safe to print: every control character escaped
 * except tab and newline, which are the text's own layout.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeCharacter);
}

/**
 * A value printed on one line (a file name, a message, an author, a commit
 * subject): every control character escaped, tab and newline too, so the
 * value can neither act on the terminal nor start a line of its own that
 * looks like supv's.
 */
export function escapeInline(text: string): string {
  return text.replace(CONTROL_INLINE, escapeCharacter);
}

/**
 * JSON text with DEL and C1 written as `\u0085`-style escapes too, as
 * `JSON.stringify` does for C0 already, so a report read with `cat` acts on
 * nothing. Only strings can hold such characters, and there the escape means
 * the same character, so the JSON reads back the same.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(CONTROL_JSON, escapeCharacter);
}

/** The first control character in `text` that is not tab or newline, and where it is, or undefined. */
export function firstControl(text: string): { character: string; index: number } | undefined {
  const match = FIRST_CONTROL.exec(text);
  return match ? { character: match[0], index: match.index } : undefined;
}

// The ISO 6429 names terminals and editors show for each control character.
const C0 = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];
const C1 = ['PAD', 'HOP', 'BPH', 'NBH', 'IND', 'NEL', 'SSA', 'ESA', 'HTS', 'HTJ', 'VTS', 'PLD', 'PLU', 'RI', 'SS2', 'SS3', 'DCS', 'PU1', 'PU2', 'STS', 'CCH', 'MW', 'SPA', 'EPA', 'SOS', 'SGC', 'SCI', 'CSI', 'ST', 'OSC', 'PM', 'APC'];

/** `U+001B ESC`: a control character's code point and name, as a message names it. */
export function controlName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name = code < 0x20 ? C0[code] : code === 0x7f ? 'DEL' : code >= 0x80 && code <= 0x9f ? C1[code - 0x80] : undefined;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return name ? `${hex} ${name}` : hex;
}

/** supv's own styles, each closed by its own reset so they nest. */
const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
} as const;

/** The styles text can be given: each wraps its text in one of supv's colour codes, or leaves it as it is. */
export type Palette = Record<keyof typeof SGR, (text: string) => string>;

const PLAIN: Palette = { bold: String, dim: String, underline: String, red: String, green: String, yellow: String };
const COLOURS = Object.fromEntries(
  Object.entries(SGR).map(([name, [open, close]]) => [name, (text: string) => `\u001b[${open}m${text}\u001b[${close}m`]),
) as Palette;

/** The palette to style with: colours when `color`, otherwise each style leaves its text unchanged. */
export function palette(color: boolean): Palette {
  return color ? COLOURS : PLAIN;
}

/** One of the palette's own escape codes, or any other control character. */
const OWN_CODE_OR_CONTROL = new RegExp(
  `\\u001b\\[(?:${[...new Set(Object.values(SGR).flat())].join('|')})m|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]`,
  'g',
);

/**
 * Output that carries supv's own colours (made with {@link palette}). It is
 * the only way an escape code reaches the terminal, and only the palette's
 * own codes do: every other control character in it is escaped when it is
 * made. The values in it should be escaped before they are styled as well
 * ({@link escapeInline}); if one is not, the most it can do is change a
 * colour, never hide text, move the cursor or reach the clipboard.
 */
export class Coloured {
  readonly text: string;
  constructor(text: string) {
    this.text = text.replace(OWN_CODE_OR_CONTROL, (match) => (match.length > 1 ? match : escapeCharacter(match)));
  }
  toString(): string {
    return this.text;
  }
}

/**
 * Text whose lines end in CRLF, as a format asks (an iCalendar feed, RFC
 * 5545): a CR is kept only right before a LF; every other control character
 * but tab is escaped when it is made, as in plain text.
 */
export class CrlfText {
  readonly text: string;
  constructor(text: string) {
    this.text = text.replace(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, escapeCharacter);
  }
  toString(): string {
    return this.text;
  }
}

/** Anything a command may write: plain text, text with supv's colours, or CRLF-ended text. */
export type TerminalText = string | Coloured | CrlfText;

/**
 * The text that reaches the terminal: plain text with every control
 * character but tab and newline escaped, or coloured text as it was made
 * safe when it was made.
 */
export function forTerminal(text: TerminalText): string {
  return text instanceof Coloured || text instanceof CrlfText ? text.text : escapeControls(text);
}
