/**
 * The compliance dashboard as one self-contained HTML file: inline CSS and
 * SVG, no script, no external request (the same Content-Security-Policy as
 * the record PDFs), so it opens from an e-mail attachment or a shared drive
 * and prints as it shows.
 */
import { addDuration, subtractDuration } from '../policy/dates.js';
import { escapeHtml, formatDate } from '../render/text.js';
import type { Compliance, ComplianceItem, PersonCompliance } from './compliance.js';
import { htmlDocument } from './print.js';
import { shareChart, timelineChart } from './svg.js';

export interface DashboardOptions {
  /** When the dashboard was made (shown, never used to judge). */
  generatedAt: string;
  commit: string;
  /** True when the as-of date is today: the headline then says "today". */
  asOfIsToday: boolean;
}

const CSS = `
:root { --ink:#16202a; --muted:#5a6570; --rule:#d5dbe1; --ok:#1f7a4d; --warn:#b26b00; --bad:#b42318; --shade:#f3f5f7; --accent:#2b5d8a; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 'Noto Sans','Liberation Sans','DejaVu Sans',Arial,sans-serif; overflow-wrap: anywhere; }
main { max-width: 1080px; margin: 0 auto; padding: 20px 20px 40px; }
.marking { background: var(--ink); color: #fff; text-align: center; font-weight: 700; letter-spacing: .08em; padding: 4px; font-size: 12px; }
header.top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px 24px; align-items: baseline; border-bottom: 2px solid var(--ink); padding-bottom: 8px; }
header.top h1 { margin: 0; font-size: 22px; }
header.top .meta { color: var(--muted); font-size: 13px; }
.headline { margin: 18px 0 6px; font-size: 30px; line-height: 1.2; font-weight: 700; }
.headline.ok { color: var(--ok); } .headline.bad { color: var(--bad); }
.sub { margin: 0 0 14px; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 14px 0 8px; }
.tile { border: 1px solid var(--rule); border-left: 5px solid var(--ok); padding: 8px 10px; background: var(--shade); }
.tile.bad { border-left-color: var(--bad); } .tile.warn { border-left-color: var(--warn); }
.tile .n { font-size: 26px; font-weight: 700; display: block; line-height: 1.1; }
.tile .l { font-size: 13px; color: var(--muted); }
.tile a { color: inherit; text-decoration: none; }
h2 { font-size: 19px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h2 .count { color: var(--muted); font-weight: 400; }
.chart { display: block; width: 100%; height: auto; max-width: 100%; }
.chart .grid { stroke: #e3e7eb; stroke-width: 1; }
.chart .axis { font-size: 11px; fill: var(--muted); } .chart .axis.strong { font-weight: 700; fill: var(--ink); }
.chart .small { font-size: 10px; }
.chart .value { font-size: 11px; font-weight: 700; fill: var(--ink); }
.chart .bar { fill: var(--warn); } .chart .bar.full { fill: var(--ok); } .chart .bar.now { stroke: var(--ink); stroke-width: 1.5; }
.chart .name { font-size: 12px; fill: var(--ink); }
.chart .track { stroke: #c9d0d6; stroke-width: 1; }
.chart .gap { fill: #f6c46b; } .chart .escalated { fill: #e0685e; }
.chart .mark { fill: var(--accent); stroke: #fff; stroke-width: 1; } .chart .mark.group { fill: #6a4c93; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: var(--muted); margin: 6px 0 0; padding: 0; list-style: none; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; overflow-wrap: normal; }
td.date, td.ref { white-space: nowrap; }
td.where { overflow-wrap: anywhere; min-width: 12em; }
th { background: var(--shade); font-weight: 700; }
td.num, th.num { text-align: right; } td.num, .nowrap { white-space: nowrap; }
th { overflow-wrap: normal; hyphens: manual; }
.status { font-weight: 700; white-space: nowrap; } .status.ok { color: var(--ok); } .status.bad { color: var(--bad); } .status.warn { color: var(--warn); }
.none { color: var(--muted); font-style: italic; }
.mono { font-family: 'Liberation Mono','DejaVu Sans Mono',monospace; font-size: 12.5px; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
@media print { main { max-width: none; padding: 0; } .marking { display: none; } h2 { break-after: avoid; } tr, .tile { break-inside: avoid; }
  table { font-size: 10px; } th, td { padding: 3px 4px; } .small, td .small { font-size: 9px; } .mono { font-size: 9.5px; } td.where { min-width: 0; } }
`;

/** The dashboard HTML for a compliance picture. */
export function dashboardHtml(data: Compliance, options: DashboardOptions): string {
  const now = data.months.at(-1);
  const active = data.people.length;
  const inDate = data.people.filter((person) => person.inDate).length;
  const when = options.asOfIsToday ? 'today' : `on ${formatDate(data.asOf)}`;
  const headline = `${inDate} of ${active} staff in date for supervision ${when}`;
  const allGood = inDate === active;
  const tile = (count: number, label: string, anchor: string, tone: 'bad' | 'warn') =>
    `<div class="tile${count > 0 ? ` ${tone}` : ''}"><a href="#${anchor}"><span class="n" data-count="${anchor}">${count}</span><span class="l">${escapeHtml(label)}</span></a></div>`;

  const body = `
<div class="marking">${escapeHtml(data.marking)}</div>
<main>
<header class="top"><h1>${escapeHtml(data.organisation)}: supervision dashboard</h1>
<div class="meta">Judged on ${escapeHtml(formatDate(data.asOf))} &middot; made ${escapeHtml(options.generatedAt)} &middot; commit <span class="mono">${escapeHtml(options.commit.slice(0, 10))}</span></div></header>
<p class="headline ${allGood ? 'ok' : 'bad'}" id="headline" data-in-date="${inDate}" data-active="${active}">${escapeHtml(headline)}</p>
<p class="sub" id="explained">${escapeHtml(explanation(data))}</p>
<div class="tiles">
${tile(data.overdueSessions.length, 'overdue sessions', 'overdue-sessions', 'bad')}
${tile(data.unsignedRecords.length, 'signatures overdue', 'unsigned-records', 'bad')}
${tile(data.overdueContractReviews.length + data.noSignedContract.length, 'contract reviews overdue or no signed contract', 'contracts', 'bad')}
${tile(data.overdueActions.length, 'overdue actions', 'overdue-actions', 'warn')}
</div>

<h2 id="trend">Staff in date for supervision, month by month</h2>
${shareChart(data.months)}
<p class="sub">At the end of each of the last ${data.months.length - 1} months and ${escapeHtml(when)}${now ? ` (${now.inDate} of ${now.active})` : ''}. In date: no session overdue under the interval that applied that day.</p>

<h2 id="timelines">Each person's ${data.timelineFrom > oneYearBefore(data.asOf) ? `records since ${escapeHtml(data.timelineFrom)}` : 'last twelve months'}</h2>
${timelineChart(data.timelines, data.timelineFrom, data.asOf)}
<ul class="legend"><li><i style="background:#2b5d8a;border-radius:6px"></i>one-to-one, peer or ad-hoc session</li><li><i style="background:#6a4c93"></i>group or joint-agency session</li><li><i style="background:#f6c46b"></i>overdue: a one-to-one with the supervisor is due</li><li><i style="background:#e0685e"></i>overdue for longer: a three-way meeting is due</li></ul>

<h2 id="people">Per person <span class="count">(${active})</span></h2>
<div class="scroll"><table id="people-table"><thead><tr><th>Person</th><th>Supervisor</th><th>Last session</th><th>Next due</th><th>Status</th><th class="num">Held / due (${data.from > twelveMonthsFrom(data.asOf) ? `since <span class="nowrap">${escapeHtml(data.from)}</span>` : '12 months'})</th><th class="num">Longest gap</th><th class="num">Unsigned</th><th class="num">Overdue actions</th><th>Contract (review by)</th></tr></thead><tbody>
${data.people.map(personRow).join('\n')}
</tbody></table></div>

${casesSection(data)}

${listSection('overdue-sessions', 'Overdue sessions', data.overdueSessions, false)}
${listSection('unsigned-records', 'Unsigned records (signatures overdue)', data.unsignedRecords, true)}
${listSection('contracts', 'Overdue contract reviews and missing contracts', [...data.overdueContractReviews, ...data.noSignedContract], true)}
${listSection('overdue-actions', 'Overdue actions', data.overdueActions, true)}

<footer>${escapeHtml(data.organisation)} &middot; ${escapeHtml(data.marking)} &middot; supv report, judged on ${escapeHtml(data.asOf)}; period counted ${escapeHtml(data.from)} to ${escapeHtml(data.to)}. Fix a finding in the record it names, commit, and run the report again.</footer>
</main>`;
  return htmlDocument(`${data.organisation}: supervision dashboard, ${data.asOf}`, CSS, body);
}

function personRow(person: PersonCompliance): string {
  const status = person.inDate
    ? '<span class="status ok">In date</span>'
    : `<span class="status bad">Overdue${person.overdueDays !== undefined ? ` ${person.overdueDays} d` : ''}</span>${person.escalationStep ? `<br><span class="small">due: ${escapeHtml(person.escalationStep)}</span>` : ''}`;
  const contract = person.contract.status === 'in date'
    ? `<span class="status ok">In date</span>${person.contract.reviewDue ? `<br><span class="small nowrap">${escapeHtml(person.contract.reviewDue)}</span>` : ''}`
    : `<span class="status bad">${escapeHtml(capital(person.contract.status))}</span>`;
  const held = person.sessionsHeld < person.sessionsDue ? 'status warn' : '';
  return (
    `<tr data-person="${escapeHtml(person.id)}" data-in-date="${person.inDate}"><td><strong>${escapeHtml(person.name)}</strong><br><span class="small">${escapeHtml(person.role)}</span></td>` +
    `<td>${escapeHtml(person.supervisor ?? '—')}</td><td class="date">${escapeHtml(person.lastSession ?? 'none')}</td><td class="date">${escapeHtml(person.nextDue ?? '—')}</td><td>${status}</td>` +
    `<td class="num"><span class="${held}">${person.sessionsHeld} / ${person.sessionsDue}</span></td><td class="num">${days(person.longestGapDays)}</td>` +
    `<td class="num">${person.unsignedRecords}</td><td class="num">${person.overdueActions}</td><td>${contract}</td></tr>`
  );
}

function listSection(id: string, title: string, items: ComplianceItem[], showRecord: boolean): string {
  const rows = items
    .map((item) => `<tr data-rule="${escapeHtml(item.rule)}"><td>${escapeHtml(item.personName)}</td>${showRecord ? `<td class="mono">${escapeHtml(item.record)}</td><td class="date">${escapeHtml(item.date ?? '')}</td>` : ''}<td>${escapeHtml(item.message)}</td><td class="mono small where">${escapeHtml(item.file)}:${item.line}</td></tr>`)
    .join('\n');
  const head = `<tr><th>Person</th>${showRecord ? '<th>Record</th><th>Date</th>' : ''}<th>Finding</th><th>Where</th></tr>`;
  return (
    `<section id="${id}" data-count="${items.length}"><h2>${escapeHtml(title)} <span class="count">(${items.length})</span></h2>` +
    (items.length === 0 ? '<p class="none">None.</p>' : `<div class="scroll"><table><thead>${head}</thead><tbody>\n${rows}\n</tbody></table></div>`) +
    '</section>'
  );
}

/** What the figures are, in a sentence an inspector reads without knowing supv. */
export function explanation(data: Compliance): string {
  return `Worked out from the supervision records as they stand on ${formatDate(data.asOf)}, against the organisation's supervision policy: ` +
    'a person is in date when their last supervision session was held within the interval the policy sets for them; ' +
    `"held / due" compares the sessions held from ${formatDate(data.from)} with the number the policy asked for in that time; ` +
    'a signature is overdue once the time allowed for signing a record has passed.';
}

/** A count of days that never breaks between the number and its unit. */
function days(count: number): string {
  return `${count}&nbsp;${count === 1 ? 'day' : 'days'}`;
}

/** Open cases by status, then each open CP, CIN or LAC case: last discussed and audited, and what is overdue. */
function casesSection(data: Compliance): string {
  const figures = data.cases;
  const statuses = Object.entries(figures.openByStatus);
  const byStatus = `<div class="scroll"><table id="cases-by-status"><thead><tr>${statuses.map(([status]) => `<th class="num">${escapeHtml(status)}</th>`).join('')}<th class="num">Open</th><th class="num">Closed</th></tr></thead>` +
    `<tbody><tr>${statuses.map(([status, count]) => `<td class="num" data-status="${escapeHtml(status)}">${count}</td>`).join('')}<td class="num">${figures.open}</td><td class="num">${figures.closed}</td></tr></tbody></table></div>`;
  const watched = figures.cases.filter((figure) => figure.open && figure.discussionDue !== undefined);
  const overdue = (days: number | undefined, due: string | undefined) =>
    days !== undefined ? `<span class="status bad">Overdue&nbsp;${days}&nbsp;${days === 1 ? 'day' : 'days'}</span>` : due ? `<span class="status ok">Due ${escapeHtml(due)}</span>` : '—';
  const rows = watched
    .map((figure) => `<tr data-case="${escapeHtml(figure.ref)}"><td class="mono ref">${escapeHtml(figure.ref)}</td><td>${escapeHtml(figure.status)}</td><td>${escapeHtml(figure.workerName ?? '—')}<br><span class="small">supervisor: ${escapeHtml(figure.supervisor ?? '—')}</span></td>` +
      `<td class="date">${escapeHtml(figure.lastDiscussed)}</td><td>${overdue(figure.discussionOverdueDays, figure.discussionDue)}</td>` +
      `<td class="date">${escapeHtml(figure.lastAudited ?? 'never')}</td><td>${overdue(figure.auditOverdueDays, figure.auditDue)}</td></tr>`)
    .join('\n');
  return (
    `<section id="cases" data-open="${figures.open}" data-not-discussed="${figures.notDiscussedInTime}" data-not-audited="${figures.notAuditedInTime}">` +
    `<h2>Children's cases <span class="count">(${figures.open} open)</span></h2>${byStatus}` +
    `<p class="sub">Open child protection (CP), child in need (CIN) and looked-after (LAC) cases must be discussed in supervision, and their files audited, as often as the supervision policy sets. ` +
    `${figures.notDiscussedInTime} ${figures.notDiscussedInTime === 1 ? 'such case was' : 'such cases were'} not discussed that often; ${figures.notAuditedInTime} not audited that often.</p>` +
    (watched.length === 0 ? '<p class="none">No open CP, CIN or LAC cases.</p>' : `<div class="scroll"><table id="cases-table"><thead><tr><th>Case</th><th>Status</th><th>Worker</th><th>Last discussed</th><th>Discussion</th><th>Last audited</th><th>Audit</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`) +
    '</section>'
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The first day of the twelve months up to and including `asOf`, as
 * compliance() counts them (a year back, plus a day): a period starting later
 * was cut short, by the adoption date or --from, and is named by its date.
 */
function twelveMonthsFrom(asOf: string): string {
  return addDuration(subtractDuration(asOf, 'P1Y', 'UTC'), 'P1D', 'UTC');
}

/** The same day a year before `date`: where the timelines start unless the adoption date is later. */
function oneYearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}
