/**
 * `bundle --case REF` shows one child's chronology and nothing about other
 * children (SPEC §11.3). A session discusses several cases; what goes into
 * the bundle is an extract of it made before it is rendered: the case entry
 * of REF only, the actions tied to REF, the reviews of those actions, and of
 * the narrative only the sections whose heading names REF. Other cases'
 * entries and sections are left out, not blacked out, and any other case
 * reference left in the text kept is replaced. The extract keeps the record's
 * content hash, so its signatures still show whether the real record is
 * intact; the PDF says it is an extract.
 */
import type { RecordSet, SessionRecord, ValidRecord } from '../model.js';
import { recordContentHash } from '../sign/content-hash.js';

/** Every case reference the records name: in sessions, decisions, audits and actions. */
export function knownCaseRefs(records: RecordSet): Set<string> {
  const refs = new Set<string>();
  for (const record of records.ofKind.session) {
    for (const entry of record.data.cases ?? []) refs.add(entry.ref);
    for (const action of record.data.actions ?? []) if (action.case) refs.add(action.case);
  }
  for (const record of records.ofKind.decision) refs.add(record.data.case);
  for (const record of records.ofKind['case-audit']) refs.add(record.data.case);
  return refs;
}

/** The actions about case `ref`, as `<record id>#<action id>`: those tied to it by `case`, and every action of its decision records and audits. */
export function actionsOfCase(records: RecordSet, ref: string): Set<string> {
  const refs = new Set<string>();
  for (const record of records.ofKind.session) for (const action of record.data.actions ?? []) if (action.case === ref) refs.add(`${record.id}#${action.id}`);
  for (const record of [...records.ofKind.decision, ...records.ofKind['case-audit']]) {
    if (record.data.case === ref) for (const action of record.data.actions ?? []) refs.add(`${record.id}#${action.id}`);
  }
  return refs;
}

/** The part of a session about case `ref`, ready to render in its place; `caseActions` from {@link actionsOfCase}. */
export function sessionExtract(record: SessionRecord, ref: string, otherRefs: ReadonlySet<string>, caseActions: ReadonlySet<string>): SessionRecord {
  const session = record.data;
  const actions = (session.actions ?? []).filter((action) => action.case === ref);
  const data = { ...session, cases: (session.cases ?? []).filter((entry) => entry.ref === ref) };
  if (actions.length > 0) data.actions = actions;
  else delete data.actions;
  // A review names an earlier action; only reviews of actions about this case are kept (their id alone cannot say, so an unknown one goes).
  const reviewed = (session.actions_reviewed ?? []).filter((entry) => caseActions.has(entry.ref));
  if (reviewed.length > 0) data.actions_reviewed = reviewed;
  else delete data.actions_reviewed;
  const others = [...otherRefs].filter((other) => other !== ref);
  const scrub = <T>(value: T): T => scrubRefs(value, others);
  const body = `*Extract for case ${ref}: what this session recorded about other children is left out of this bundle.*\n\n${scrub(sectionsAbout(record.body, ref)) || `*The narrative of the session has no section about case ${ref}.*`}\n`;
  const extract: SessionRecord = { ...record, data: scrub(data), body, contentHash: recordContentHash(record), locate: record.locate };
  return extract;
}

/** Keep a decision or audit as it is, but with other case references replaced. */
export function caseRecordExtract<R extends ValidRecord>(record: R, ref: string, otherRefs: ReadonlySet<string>): R {
  const others = [...otherRefs].filter((other) => other !== ref);
  return { ...record, data: scrubRefs(record.data, others), body: scrubRefs(record.body, others), contentHash: recordContentHash(record), locate: record.locate };
}

/** The Markdown sections whose heading names `ref`, with their headings' parents, in file order. */
export function sectionsAbout(body: string, ref: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const names = refPattern([ref], '');
  interface Section { level: number; start: number; end: number; heading: string }
  const sections: Section[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0];
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (heading) sections.push({ level: heading[1]!.length, start: index, end: lines.length, heading: heading[2]! });
  });
  for (let i = 0; i < sections.length; i++) {
    const next = sections.slice(i + 1).find((section) => section.level <= sections[i]!.level);
    sections[i]!.end = next ? next.start : lines.length;
  }
  const keep = new Set<number>();
  sections.forEach((section, i) => {
    if (!names.test(section.heading)) return;
    for (let line = section.start; line < section.end; line++) keep.add(line);
    // Its parents' headings (not their text), so the extract keeps its place in the record.
    for (let j = i - 1, level = section.level; j >= 0; j--) {
      if (sections[j]!.level < level) {
        keep.add(sections[j]!.start);
        level = sections[j]!.level;
      }
    }
  });
  return lines.filter((_, index) => keep.has(index)).join('\n').trim();
}

function refPattern(refs: string[], flags = 'g'): RegExp {
  const escaped = refs.map((ref) => ref.replace(/[-]/g, '\\-')).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9-])(?:${escaped.join('|')})(?![A-Za-z0-9-])`, flags);
}

/** Every string inside `value` with the references `others` replaced by "another case". */
function scrubRefs<T>(value: T, others: string[]): T {
  if (others.length === 0) return value;
  const pattern = refPattern(others);
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return item.replace(pattern, '[another case]');
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value) as T;
}
