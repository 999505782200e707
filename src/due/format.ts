/** `supv due` as text for a terminal and as JSON. */
import { escapeJsonControls } from '../util/terminal.js';
import type { DueList, SupervisorGroup } from './due.js';

/** The list grouped by supervisor, one line a person or signature; says so when nothing is due. */
export function dueText(list: DueList): string {
  const window = `due by ${list.until} (${list.weeks === 1 ? '1 week' : `${list.weeks} weeks`})`;
  const out: string[] = [`Supervision on ${list.asOf}: overdue, ${window}, or waiting to sign`];
  const busy = list.supervisors.filter((group) => group.overdue.length + group.dueSoon.length + group.toSign.length > 0);
  if (busy.length === 0) {
    out.push('', 'Nobody is overdue, due within the window or waiting to sign.');
    return `${out.join('\n')}\n`;
  }
  for (const group of busy) out.push('', ...groupText(group, list.weeks));
  return `${out.join('\n')}\n`;
}

function groupText(group: SupervisorGroup, weeks: number): string[] {
  const lines = [group.id === null ? `${group.name}` : `${group.name} (${group.id})`];
  if (group.overdue.length > 0) {
    lines.push('  Overdue');
    for (const entry of group.overdue) {
      lines.push(`    ${entry.name} (${entry.person}): was due by ${entry.due}, ${days(entry.daysOverdue)} ago${entry.lastSession ? `; last session ${entry.lastSession}` : '; no session yet'}`);
      lines.push(`      next step: ${entry.stepText}`);
    }
  }
  if (group.dueSoon.length > 0) {
    lines.push(`  Due within ${weeks === 1 ? '1 week' : `${weeks} weeks`}`);
    for (const entry of group.dueSoon) {
      const when = entry.daysLeft === 0 ? 'today' : `in ${days(entry.daysLeft)}`;
      lines.push(`    ${entry.name} (${entry.person}): due by ${entry.due}, ${when}${entry.lastSession ? `; last session ${entry.lastSession}` : '; no session yet'}`);
    }
  }
  if (group.toSign.length > 0) {
    lines.push('  Waiting to sign');
    for (const entry of group.toSign) {
      lines.push(`    ${entry.signerName} (${entry.role}): ${entry.kind} ${entry.record}; ${entry.late ? `signatures were due by ${entry.signBy}` : `due by ${entry.signBy}`}`);
    }
  }
  return lines;
}

/** The list as JSON (the shape of {@link DueList}), two-space indented. */
export function dueJson(list: DueList): string {
  return `${escapeJsonControls(JSON.stringify(list, null, 2))}\n`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}
