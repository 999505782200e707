/**
 * The pages in front of the records: a cover, the compliance summary, and the
 * contents with the page each record starts on. Plain HTML for the isolated
 * printer; every value escaped.
 */
import { escapeHtml, formatDate } from '../render/text.js';
import type { Compliance } from '../report/compliance.js';
import { htmlDocument } from '../report/print.js';
import type { ChronologyLine } from './select.js';

const CSS = `
@page { size: A4; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 10pt/1.4 'Noto Sans','Liberation Sans','DejaVu Sans',Arial,sans-serif; overflow-wrap: anywhere; }
h1 { font-family: 'Noto Serif','Liberation Serif','DejaVu Serif',serif; font-size: 20pt; margin: 0 0 4mm; }
h2 { font-family: 'Noto Serif','Liberation Serif','DejaVu Serif',serif; font-size: 14pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #888; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
.cover { padding-top: 40mm; }
.cover .org { font-size: 13pt; color: #444; margin-bottom: 2mm; }
.cover .marking { display: inline-block; border: 1.5pt solid #111; padding: 2mm 5mm; font-weight: bold; letter-spacing: 0.08em; margin: 8mm 0; }
.cover dl { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; margin: 6mm 0; }
.cover dt { font-weight: bold; } .cover dd { margin: 0; }
.note { color: #444; font-size: 9pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: normal; }
th { background: #eef1f4; } thead { display: table-header-group; } tr { break-inside: avoid; }
td.num, th.num { text-align: right; } td.num, .nowrap { white-space: nowrap; }
.bad { color: #a00000; font-weight: bold; } .ok { color: #1f6a3f; }
.toc { font-size: 9pt; }
.toc td.id { font-family: 'Liberation Mono','DejaVu Sans Mono',monospace; font-size: 8pt; white-space: nowrap; color: #333; }
.toc .person td { font-weight: bold; padding-top: 3mm; border-bottom: 0.8pt solid #666; }
.cover .volume { font-size: 16pt; font-weight: bold; margin: 0 0 2mm; }
.volumes { margin-top: 2mm; font-size: 8pt; }
.volumes th, .volumes td { padding: 0.8mm 1.5mm; }
.cover.volume-cover { padding-top: 12mm; }
.cover.volume-cover dl { margin: 4mm 0; }
.cover.volume-cover .marking { margin: 4mm 0; }
.volumes td.file { font-family: 'Liberation Mono','DejaVu Sans Mono',monospace; font-size: 7.5pt; white-space: nowrap; }
.volumes tr.this td { font-weight: bold; background: #f4f4f4; }
.toc td.entry { padding-left: 6mm; }
.toc td.page { text-align: right; width: 18mm; font-variant-numeric: tabular-nums; }
`;

export interface CoverFacts {
  organisation: string;
  marking: string;
  from: string;
  to: string;
  asOf: string;
  generatedAt: string;
  commit: string;
  scope: string;
  redacted: boolean;
  records: number;
  /** When the bundle is in several files: which one this is and what each holds. */
  volume?: VolumeFacts;
}

/** One volume of a bundle split into several files (src/bundle/volumes.ts). */
export interface VolumeFacts {
  number: number;
  of: number;
  /** The largest file each volume may be, in bytes. */
  limit: number;
  volumes: Array<{
    number: number;
    /** The volume's file name (no folder). */
    file: string;
    /** How many records it holds. */
    records: number;
    /** The people (or cases) its first and last records belong to. */
    firstPerson: string;
    lastPerson: string;
    /** The earliest and latest record dates in it. */
    from?: string;
    to?: string;
  }>;
}

/** "14 MB", "500 KB": a size in the units the --volume-size option takes. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

function dates(from: string | undefined, to: string | undefined): string {
  if (!from || !to) return '';
  return from === to ? formatDate(from) : `${formatDate(from)} to ${formatDate(to)}`;
}

/** "Ada Okafor to Elowen Nakagawa": whose records a volume runs from and to (the bundle is ordered by person). */
function people(entry: { firstPerson: string; lastPerson: string }): string {
  return entry.firstPerson === entry.lastPerson ? entry.firstPerson : `${entry.firstPerson} to ${entry.lastPerson}`;
}

/** A count as the cover prints it: 10,000. */
const count = (n: number): string => n.toLocaleString('en-GB');

function volumeRows(facts: CoverFacts): { rows: string; table: string; note: string } {
  const volume = facts.volume;
  if (!volume) return { rows: '', table: '', note: '' };
  const self = volume.volumes.find((entry) => entry.number === volume.number)!;
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  const rows =
    row('In this volume', `${count(self.records)} ${self.records === 1 ? 'record' : 'records'}: ${people(self)}`) +
    (self.from ? row('Dates in this volume', dates(self.from, self.to)) : '');
  const table = `<h3>The ${volume.of} volumes of this bundle</h3>
<table class="volumes"><thead><tr><th>Volume</th><th>File</th><th class="num">Records</th><th>People, in order</th><th>Dates</th></tr></thead><tbody>
${volume.volumes.map((entry) => `<tr${entry.number === volume.number ? ' class="this"' : ''}><td class="nowrap">${entry.number}${entry.number === volume.number ? ' (this one)' : ''}</td><td class="file">${escapeHtml(entry.file)}</td><td class="num">${count(entry.records)}</td><td>${escapeHtml(people(entry))}</td><td class="nowrap">${escapeHtml(entry.from && entry.to ? (entry.from === entry.to ? entry.from : `${entry.from} to ${entry.to}`) : '')}</td></tr>`).join('\n')}
</tbody></table>`;
  const note = `<p class="note">The bundle is in ${volume.of} files, split between records (never inside one) so that each file is at most ${escapeHtml(sizeWords(volume.limit))} and can be sent by e-mail. Each volume is complete on its own: its cover, the compliance summary for the whole bundle, contents and bookmarks for the records it holds, and its own page numbers (the foot of each page says which volume it belongs to).</p>`;
  return { rows, table, note };
}

export function coverHtml(facts: CoverFacts): string {
  const row = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
  const volume = volumeRows(facts);
  return htmlDocument(`${facts.organisation}: inspection bundle${facts.volume ? `, volume ${facts.volume.number} of ${facts.volume.of}` : ''}`, CSS, `<section class="cover${facts.volume ? ' volume-cover' : ''}">
<div class="org">${escapeHtml(facts.organisation)}</div>
<h1>Supervision records: inspection bundle</h1>
${facts.volume ? `<div class="volume">Volume ${facts.volume.number} of ${facts.volume.of}</div>\n` : ''}<div class="marking">${escapeHtml(facts.marking)}</div>
<dl>
${row('Period', `${formatDate(facts.from)} to ${formatDate(facts.to)}`)}
${row('Compliance judged on', formatDate(facts.asOf))}
${row('Contents', facts.scope)}
${row('Records', facts.volume ? `${count(facts.records)} in the whole bundle` : count(facts.records))}
${volume.rows}
${row('Generated', facts.generatedAt)}
${row('From commit', facts.commit)}
${facts.redacted ? row('Redaction', "Children's names and dates of birth are replaced by the case reference.") : ''}
</dl>
<p class="note">Each record is printed as it stands at the commit above, with its signatures and whether each still matches the record. Every page carries the protective marking; the bundle's own page numbers are at the foot of each page.</p>
${volume.note}
${volume.table}
</section>`);
}

export function summaryHtml(data: Compliance, chronologyLines?: { caseRef: string; lines: ChronologyLine[] }): string {
  const people = data.people
    .map((person) => {
      const status = person.inDate ? '<span class="ok">In date</span>' : `<span class="bad nowrap">Overdue${person.overdueDays !== undefined ? `&nbsp;${days(person.overdueDays)}` : ''}</span>`;
      const contract = person.contract.status === 'in date' ? `<span class="ok">In date</span>${person.contract.reviewDue ? `<br><span class="note nowrap">review by ${escapeHtml(person.contract.reviewDue)}</span>` : ''}` : `<span class="bad">${escapeHtml(capital(person.contract.status))}</span>`;
      return `<tr><td>${escapeHtml(person.name)}<br><span class="note">${escapeHtml(person.role)}</span></td><td class="num">${person.sessionsHeld} / ${person.sessionsDue}</td><td class="num">${days(person.longestGapDays)}</td><td>${status}</td><td class="num">${person.unsignedRecords}</td><td class="num">${person.overdueActions}</td><td>${contract}</td></tr>`;
    })
    .join('\n');
  const inDate = data.people.filter((person) => person.inDate).length;
  const chronologyPart = chronologyLines
    ? `<h3>Chronology of case ${escapeHtml(chronologyLines.caseRef)}</h3>
<table><thead><tr><th>Date</th><th>Record</th><th>What was recorded</th></tr></thead><tbody>
${chronologyLines.lines.map((line) => `<tr><td class="nowrap">${escapeHtml(line.date)}</td><td>${escapeHtml(line.record)}</td><td>${escapeHtml(line.what)}</td></tr>`).join('\n') || '<tr><td colspan="3">Nothing recorded in the period.</td></tr>'}
</tbody></table>`
    : '';
  return htmlDocument('Compliance summary', CSS, `<section>
<h2>Compliance summary</h2>
<p>${inDate} of ${data.people.length} staff in date for supervision on <span class="nowrap">${escapeHtml(formatDate(data.asOf))}</span>.</p>
<p class="note" id="how-to-read">How to read this table: a person is in date when their last supervision session was held within the interval the supervision policy sets for them. <i>Held / due</i> compares the sessions held from <span class="nowrap">${escapeHtml(formatDate(data.from))}</span> to <span class="nowrap">${escapeHtml(formatDate(data.to))}</span> with the number the policy asked for in that time. <i>Longest gap</i> is the longest time without a session. <i>Unsigned records</i> counts their records still missing a signature (theirs, or their supervisor's) after the time allowed for signing. All figures come from the records in this bundle, judged on <span class="nowrap">${escapeHtml(formatDate(data.asOf))}</span>.</p>
<table><thead><tr><th>Person</th><th class="num">Held / due</th><th class="num">Longest gap</th><th>Supervision</th><th class="num">Unsigned records</th><th class="num">Overdue actions</th><th>Contract review</th></tr></thead><tbody>
${people || '<tr><td colspan="7">No one in post in the selection.</td></tr>'}
</tbody></table>
${chronologyPart}
</section>`);
}

/** A count of days that never breaks between the number and its unit. */
function days(count: number): string {
  return `${count}&nbsp;${count === 1 ? 'day' : 'days'}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ContentsLine {
  title: string;
  /** The record id, in a column of its own (level 1). */
  id?: string;
  page: number;
  level: 0 | 1;
}

export function contentsHtml(lines: ContentsLine[]): string {
  const rows = lines
    .map((line) => line.level === 0
      ? `<tr class="person"><td colspan="2">${escapeHtml(line.title)}</td><td class="page">${line.page}</td></tr>`
      : `<tr><td class="entry">${escapeHtml(line.title)}</td><td class="id">${escapeHtml(line.id ?? '')}</td><td class="page">${line.page}</td></tr>`)
    .join('\n');
  return htmlDocument('Contents', CSS, `<section><h2>Contents</h2><table class="toc"><tbody>\n${rows}\n</tbody></table></section>`);
}
