/**
 * The dashboard's two charts as inline SVG: no script, no external font or
 * image, readable when printed in black and white (every colour has a label
 * or a pattern of its own beside it).
 */
import { escapeHtml, formatDate } from '../render/text.js';
import type { MonthPoint, PersonTimeline } from './compliance.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bar per month-end and one for now: the share of staff in date, with the percentage written on it. */
export function shareChart(points: MonthPoint[]): string {
  const width = 760;
  const height = 230;
  const left = 40;
  const bottom = 40;
  const top = 16;
  const plotHeight = height - top - bottom;
  const slot = (width - left - 8) / Math.max(points.length, 1);
  const bar = Math.min(40, slot * 0.7);
  const y = (share: number) => top + plotHeight * (1 - share);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${left}" x2="${width - 8}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" class="axis">${tick * 100}%</text>`);
  }
  points.forEach((point, i) => {
    const share = point.active === 0 ? 1 : point.inDate / point.active;
    const x = left + i * slot + (slot - bar) / 2;
    const now = point.label === 'now';
    const label = now ? 'Now' : `${MONTHS[Number(point.date.slice(5, 7)) - 1]} ${point.date.slice(2, 4)}`;
    const title = `${now ? formatDate(point.date) : `End of ${label}`}: ${point.inDate} of ${point.active} staff in date`;
    parts.push(
      `<g><title>${escapeHtml(title)}</title>` +
        `<rect x="${x.toFixed(1)}" y="${y(share).toFixed(1)}" width="${bar.toFixed(1)}" height="${(plotHeight * share).toFixed(1)}" class="${share === 1 ? 'bar full' : 'bar'}${now ? ' now' : ''}"/>` +
        `<text x="${(x + bar / 2).toFixed(1)}" y="${(y(share) - 4).toFixed(1)}" text-anchor="middle" class="value">${Math.round(share * 100)}%</text>` +
        `<text x="${(x + bar / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" class="axis${now ? ' strong' : ''}">${escapeHtml(label)}</text>` +
        `<text x="${(x + bar / 2).toFixed(1)}" y="${height - bottom + 30}" text-anchor="middle" class="axis small">${point.inDate}/${point.active}</text></g>`,
    );
  });
  return (
    `<svg class="chart share-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="share-title" preserveAspectRatio="xMidYMid meet">` +
    `<title id="share-title">Share of staff in date for supervision at the end of each month and now</title>${parts.join('')}</svg>`
  );
}

/** One row per person: sessions as marks, overdue stretches shaded, the point where a three-way meeting became due marked. */
export function timelineChart(timelines: PersonTimeline[], windowStart: string, asOf: string): string {
  const width = 760;
  const nameWidth = 170;
  const row = 24;
  const top = 22;
  const plotWidth = width - nameWidth - 12;
  const height = top + row * timelines.length + 8;
  const start = Date.parse(windowStart);
  const span = Math.max(1, Date.parse(asOf) - start);
  const x = (date: string) => nameWidth + Math.min(1, Math.max(0, (Date.parse(date) - start) / span)) * plotWidth;
  const parts: string[] = [];
  // A gridline and label at each month start.
  const first = new Date(start);
  for (let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); m.getTime() <= Date.parse(asOf); m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const date = m.toISOString().slice(0, 10);
    parts.push(`<line x1="${x(date).toFixed(1)}" x2="${x(date).toFixed(1)}" y1="${top - 4}" y2="${height - 6}" class="grid"/>`);
    parts.push(`<text x="${(x(date) + 2).toFixed(1)}" y="${top - 8}" class="axis small">${MONTHS[m.getUTCMonth()]}</text>`);
  }
  timelines.forEach((timeline, i) => {
    const y = top + i * row;
    const mid = y + row / 2;
    parts.push(`<text x="0" y="${mid + 4}" class="name">${escapeHtml(truncate(timeline.name, 24))}</text>`);
    parts.push(`<line x1="${nameWidth}" x2="${nameWidth + plotWidth}" y1="${mid}" y2="${mid}" class="track"/>`);
    for (const gap of timeline.gaps) {
      if (gap.to < windowStart) continue;
      const from = gap.from < windowStart ? windowStart : gap.from;
      const escalated = gap.escalatedOn && gap.escalatedOn < gap.to ? (gap.escalatedOn < windowStart ? windowStart : gap.escalatedOn) : undefined;
      const overdueEnd = escalated ?? gap.to;
      const title = `Overdue from ${formatDate(gap.from)} to ${formatDate(gap.to)}${gap.escalatedOn ? `; three-way meeting due from ${formatDate(gap.escalatedOn)}` : ''}`;
      parts.push(`<g><title>${escapeHtml(title)}</title><rect x="${x(from).toFixed(1)}" y="${y + 4}" width="${Math.max(1.5, x(overdueEnd) - x(from)).toFixed(1)}" height="${row - 8}" class="gap"/>`);
      if (escalated) parts.push(`<rect x="${x(escalated).toFixed(1)}" y="${y + 4}" width="${Math.max(1.5, x(gap.to) - x(escalated)).toFixed(1)}" height="${row - 8}" class="escalated"/>`);
      parts.push('</g>');
    }
    for (const session of timeline.sessions) {
      const cx = x(session.date).toFixed(1);
      const shape = session.type === 'group' || session.type === 'joint-agency'
        ? `<rect x="${(Number(cx) - 4).toFixed(1)}" y="${mid - 4}" width="8" height="8" class="mark group"/>`
        : `<circle cx="${cx}" cy="${mid}" r="4.5" class="mark"/>`;
      parts.push(`<g><title>${escapeHtml(`${formatDate(session.date)}: ${session.type} session ${session.id}`)}</title>${shape}</g>`);
    }
  });
  return (
    `<svg class="chart timeline-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title" preserveAspectRatio="xMinYMin meet">` +
    `<title id="timeline-title">Supervision sessions per person over the last twelve months, with overdue stretches shaded</title>${parts.join('')}</svg>`
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
