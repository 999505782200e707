/** The first line of a message, trimmed: enough of a git or library error to show a user in one line. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? text;
}
