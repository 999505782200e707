import type { Finding } from '../model.js';
import type { WatchEvent } from './events.js';
import { escapeInline as safe, palette } from '../util/terminal.js';
import { plural } from '../util/text.js';

export interface WatchFormatOptions {
  color: boolean;
  /** Event times are shown in the organisation's time zone. */
  timezone: string;
}

function clock(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * One watch event as text for the terminal, ending in a newline (empty for
 * events with nothing to say). Pure: the command writes it. File names,
 * messages and reasons are printed with their control characters escaped, so
 * each stays on its line and none can add an escape code of its own.
 *
 *     [14:02:11] records/sessions/2025/2025-02-03-jo-bloggs.md changed
 *     + records/sessions/2025/2025-02-03-jo-bloggs.md 7:13 error the staff id sam-le does not exist (unknown-ref)
 *     - records/staff/jo-bloggs.md 3:5 fixed: no session for 40 days (session-overdue)
 *       now 1 error, 0 warnings
 *       pdf/session/2025-02-03-jo-bloggs.pdf written 0.61 s after the save
 */
export function formatWatchEvent(event: WatchEvent, options: WatchFormatOptions): string {
  const c = palette(options.color);
  const time = c.dim(`[${clock(event.at, options.timezone)}]`);
  const finding = (f: Finding) => `${safe(f.file)} ${f.line}:${f.column}`;
  switch (event.type) {
    case 'ready': {
      const pdfs = event.render ? 'PDFs of changed records are rendered' : 'PDFs are off';
      return `${time} ${plural(event.records, 'record')}: ${plural(event.errors, 'error')}, ${plural(event.warnings, 'warning')}. Watching for changes; ${pdfs}. Ctrl-C stops.\n`;
    }
    case 'lint': {
      const what =
        event.changed.length === 0
          ? `${event.causes.filter((cause) => cause !== 'records').join(' and ') || 'records'} changed: everything checked again`
          : event.changed.length <= 3
            ? `${event.changed.map(safe).join(', ')} changed`
            : `${plural(event.changed.length, 'file')} changed`;
      const lines = [`${time} ${what}`];
      for (const f of event.appeared) {
        const mark = f.severity === 'error' ? c.red('+') : c.yellow('+');
        lines.push(`${mark} ${finding(f)} ${f.severity === 'error' ? c.red('error') : c.yellow('warning')} ${safe(f.message)} ${c.dim(`(${safe(f.rule)})`)}`);
      }
      for (const f of event.disappeared) lines.push(`${c.green('-')} ${finding(f)} ${c.green('fixed:')} ${safe(f.message)} ${c.dim(`(${safe(f.rule)})`)}`);
      const totals = `${plural(event.errors, 'error')}, ${plural(event.warnings, 'warning')}`;
      lines.push(event.appeared.length + event.disappeared.length === 0 ? `  no new or fixed findings (${totals})` : `  now ${totals}`);
      return `${lines.join('\n')}\n`;
    }
    case 'render': {
      const lines: string[] = [];
      for (const pdf of event.built) lines.push(`  ${safe(pdf)} written ${seconds(event.sinceChangeMs)} after the save`);
      for (const failed of event.failed) lines.push(`  ${c.red('not rendered:')} ${safe(failed.file)}: ${safe(failed.reason)}`);
      for (const file of event.skipped) lines.push(`  not rendered: ${safe(file)} is not a valid record yet`);
      return lines.length > 0 ? `${lines.join('\n')}\n` : '';
    }
    case 'render-off':
      return `${time} ${c.yellow('PDFs are off (linting goes on):')} ${safe(event.reason)}\n`;
    case 'notice':
      return `${time} ${safe(event.message)}\n`;
    case 'error':
      return `${time} ${c.red('problem:')} ${safe(event.message)}\n`;
  }
}
