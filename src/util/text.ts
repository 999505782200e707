/** The first line of a message, trimmed: enough of a git or library error to show a user in one line. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? text;
}

/** A count and a noun that takes an s: "1 file", "3 files". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The same with thousands marked, for counts that run into them in a sentence: "10,000 records". */
export function counted(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}
