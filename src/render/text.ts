/**
 * The words and escapes every printed page shares (records, bundles, the
 * compliance report): dates as people read them, a short commit, text made
 * safe for HTML. No dependencies, so a module that only needs to escape a
 * string does not load Handlebars and markdown-it with html.ts.
 */

/** The short form of a commit shown on every page. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit.slice(0, 10) : commit;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date `YYYY-MM-DD` as "3 February 2025" (calendar arithmetic only: no time zone moves it). */
export function formatDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : DATE_FORMAT.format(parsed);
}

/** An RFC 3339 timestamp in the organisation's time zone, as "4 February 2025, 10:12 GMT". */
export function formatTimestamp(timestamp: string, timeZone: string): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(parsed);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char]!);
}
