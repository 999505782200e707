/**
 * A record as an HTML document ready to print: the Handlebars template of its
 * kind fed with a view built here, and the Markdown body rendered safely.
 *
 * Only the templates are ever compiled, once per run; record data is only
 * ever *data* to them, so `{{...}}` typed into a record prints literally, and
 * every value is HTML-escaped by Handlebars. The document skeleton (charset,
 * Content-Security-Policy, stylesheet) is written by this module, not by a
 * template, so a repository's template override cannot drop the CSP.
 */
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import type { Config } from '../types/config.js';
import { externalAttendees, staffAttendees } from '../policy/attendees.js';
import { requiredSigners, signaturesOf } from '../policy/signers.js';
import { externalName } from '../policy/supervisor.js';
import { everyInWords } from '../policy/dates.js';
import { isValidRecord, type Kind, type LoadedRecord, type RecordSet, type ValidRecord } from '../model.js';
import { recordContentHash } from '../sign/content-hash.js';
import { signatureStatuses, type SignatureStatusEntry, type SignatureStatusesOf } from './signature-status.js';
import type { Action, ActionReviewed, CaseDiscussed, Contract, Decision, ExternalSupervisor, Session, Staff } from '../types/records.generated.js';
import { CONTENT_SECURITY_POLICY } from './isolate.js';
import { escapeHtml, formatDate, formatTimestamp, shortCommit } from './text.js';
import { BUILT_IN_TEMPLATES, KIND_TEMPLATES, readTemplateSources, STYLESHEET, TemplateError, type TemplateSources } from './templates.js';

/** The text of the mark on every page of a record that lacks a required signature. */
export const DRAFT_MARK = 'DRAFT - NOT SIGNED';
/** The mark on a record whose required signatures are all there but one is not valid. */
export const DRAFT_NOT_VALID_MARK = 'DRAFT - NOT VALID';

export { BUILT_IN_TEMPLATES, TemplateError } from './templates.js';

type TemplateFn = (context: unknown) => string;

/** The templates of one run, compiled once, and a hash of everything they were compiled from. */
export interface Templates {
  render(kind: Kind, view: DocumentView): string;
  css: string;
  /** SHA-256 over every template, partial and the stylesheet actually used. */
  hash: string;
  /** Which files came from the repository's own `templates/` folder. */
  overridden: string[];
}

/**
 * Compile the templates for a run: the built-in ones, each replaced by a
 * file of the same name in `<repository>/templates/` when there is one
 * (`session.hbs`, `partials/signature-block.hbs`, `print.css`, ...).
 */
export function loadTemplates(repositoryRoot?: string, builtIn: string = BUILT_IN_TEMPLATES): Templates {
  return compileTemplates(readTemplateSources(repositoryRoot, builtIn));
}

/** Compile sources read by {@link readTemplateSources}. Throws {@link TemplateError} naming the file at fault. */
export function compileTemplates({ sources, overridden, hash }: TemplateSources): Templates {
  const hb = Handlebars.create();
  // strict: a template naming a field the view lacks is an error, not a blank on an inspector's copy.
  const compileOptions = { strict: true, noEscape: false } as const;
  const compile = (name: string): TemplateFn => {
    const source = sources.get(name)!;
    try {
      hb.parse(source); // Syntax errors now, with the file's name, not mid-build.
    } catch (error) {
      throw new TemplateError(`templates/${name}: ${(error as Error).message.split('\n')[0]}`);
    }
    return hb.compile(source, compileOptions) as TemplateFn;
  };
  for (const name of sources.keys()) {
    if (name.startsWith('partials/') && name.endsWith('.hbs')) {
      hb.registerPartial(name.slice('partials/'.length, -'.hbs'.length), compile(name));
    }
  }
  const kinds = new Map<Kind, TemplateFn>();
  for (const [kind, name] of Object.entries(KIND_TEMPLATES) as Array<[Kind, string]>) {
    if (!sources.has(name)) throw new TemplateError(`the template ${name} is missing`);
    kinds.set(kind, compile(name));
  }
  const css = sources.get(STYLESHEET) ?? '';
  return {
    render: (kind, view) => {
      try {
        return kinds.get(kind)!(view);
      } catch (error) {
        throw new TemplateError(`templates/${KIND_TEMPLATES[kind]}: ${(error as Error).message.split('\n')[0]}`);
      }
    },
    css,
    hash,
    overridden,
  };
}

// ------------------------------------------------------------------ Markdown

/**
 * Markdown with raw HTML off (it shows as text), no linkify, links shown as
 * their text and images as their description: nothing in a body can make the
 * renderer fetch anything, whatever else fails.
 */
function markdownRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.renderer.rules.link_open = () => '<span class="link">';
  md.renderer.rules.link_close = () => '</span>';
  md.renderer.rules.image = (tokens, index) => {
    const alt = tokens[index]!.content;
    return `<span class="image">[image${alt ? `: ${md.utils.escapeHtml(alt)}` : ''}]</span>`;
  };
  return md;
}

const markdown = markdownRenderer();

/**
 * The body as HTML, safe to place in the document unescaped. Headings with
 * nothing under them (a template's "Wellbeing" or "Any other business" left
 * empty) are left out, and "Part A:" / "Part B:" before a heading is dropped:
 * the printed form has its own Part A and Part B.
 */
export function bodyHtml(body: string): string {
  const tokens = markdown.parse(body, {});
  return markdown.renderer.render(withoutEmptyHeadings(tokens), markdown.options, {});
}

type MarkdownToken = ReturnType<MarkdownIt['parse']>[number];

function withoutEmptyHeadings(tokens: MarkdownToken[]): MarkdownToken[] {
  const level = (token: MarkdownToken) => Number(token.tag.slice(1));
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    if (inline?.type === 'inline') {
      const stripped = inline.content.replace(/^\s*Part [AB]\s*[:.\u2013\u2014-]\s*/i, '');
      if (stripped !== inline.content && stripped !== '') {
        inline.content = stripped.charAt(0).toUpperCase() + stripped.slice(1);
        inline.children = markdown.parseInline(inline.content, {})[0]?.children ?? inline.children;
      }
    }
    // Empty: nothing but deeper headings before the next heading of its level or higher, or the end.
    let empty = true;
    for (let j = i + 3; j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.type === 'heading_open' && level(next) <= level(token)) break;
      if (next.type === 'heading_open' || next.type === 'heading_close' || (next.type === 'inline' && tokens[j - 1]?.type === 'heading_open')) continue;
      empty = false;
      break;
    }
    if (empty) for (const index of [i, i + 1, i + 2]) drop.add(index);
  }
  return tokens.filter((_, index) => !drop.has(index));
}

// ------------------------------------------------------------------ the view

/** One row of the header facts table. */
export interface Fact {
  label: string;
  value: string;
}

/** One line of the signature block. */
export interface SignerView {
  by: string;
  name: string;
  unknown: boolean;
  role: string;
  roleLabel: string;
  required: boolean;
  /** When they signed, in the organisation's time zone; empty when not signed. */
  at: string;
  /** The status in a word or two: Verified, Recorded, Superseded, NOT VALID, NOT SIGNED. */
  status: string;
  /** What the status means for this signature, in a sentence (the key's fingerprint, the reason, the date signed again). */
  detail: string;
  /** For a verified signature: the fingerprint of the key (`SHA256:...`); else empty. */
  fingerprint: string;
  statusClass: 'verified' | 'recorded' | 'superseded' | 'not-valid' | 'missing';
}

/** Why a record is a draft: a required signature missing, or one that is not valid. */
export type DraftReason = 'unsigned' | 'not-valid';

/** Everything a kind's template can use. Every field is always present (templates run in strict mode). */
export interface DocumentView {
  organisation: string;
  marking: string;
  kind: Kind;
  id: string;
  title: string;
  commit: string;
  commitShort: string;
  contentHash: string;
  contentHashShort: string;
  draft: boolean;
  /** The draft mark's words (empty when not a draft). */
  watermark: string;
  banners: Array<{ text: string; tone: 'draft' | 'changed' }>;
  facts: Fact[];
  signers: SignerView[];
  hasBody: boolean;
  bodyHtml: Handlebars.SafeString;
  session: SessionView | null;
  contract: ContractView | null;
  decision: DecisionView | null;
  caseAudit: CaseAuditView | null;
  staff: StaffView | null;
}

interface ActionView {
  id: string;
  text: string;
  owner: string;
  due: string;
}

interface SessionView {
  coverage: string;
  cases: CaseView[];
  /** People from other agencies who attended: name, agency and role. */
  external: Array<{ name: string; agency: string; role: string }>;
  functions: Array<{ label: string; covered: boolean }>;
  actions: ActionView[];
  reviewed: Array<{ ref: string; status: string; note: string }>;
}

/** One case as the record form lays it out: the case (part A), then the work with the family and what was decided (part B). */
interface CaseView {
  ref: string;
  status: string;
  statusChanged: string;
  closed: boolean;
  partA: Array<{ label: string; text: string }>;
  partB: Array<{ label: string; text: string }>;
  note: string;
  decision: string;
  childFile: string;
  actions: ActionView[];
}

interface ContractView {
  supervisor: string;
  supervisee: string;
  frequency: string;
  duration: string;
  disputeResolution: string;
  reviewDue: string;
}

interface DecisionView {
  case: string;
  actions: ActionView[];
}

interface CaseAuditView {
  case: string;
  findings: string;
  actions: ActionView[];
}

interface StaffView {
  supervisors: Array<{ name: string; from: string; to: string; handover: string }>;
}

/** What a rendered record needs besides itself. */
export interface RenderContext {
  config: Pick<Config, 'organisation' | 'marking' | 'timezone'>;
  /** All records of the run: signers' and supervisors' names come from staff records. */
  records: RecordSet;
  /** The git commit the build ran at, or `uncommitted`. */
  commit: string;
  /** What each signature is worth, worked out once per run; from today's staff records when absent. */
  signatureStatuses?: SignatureStatusesOf;
}

/** A record ready for Chromium: the document, and what the PDF's header, footer and metadata say. */
export interface RecordDocument {
  id: string;
  kind: Kind;
  html: string;
  title: string;
  organisation: string;
  marking: string;
  commit: string;
  contentHash: string;
  draft: boolean;
  /** Why it is a draft (absent when it is not): a required signature missing comes first. */
  draftReason?: DraftReason;
  /** The words of the draft mark (empty when not a draft). */
  draftMark: string;
  signers: SignerView[];
  /** A fixed date for the PDF's creation and modification dates, so the same inputs give the same bytes. */
  date: Date;
}

const KIND_TITLES: Record<Kind, string> = {
  session: 'Supervision record',
  contract: 'Supervision contract',
  decision: 'Decision record',
  'case-audit': 'Case file audit',
  staff: 'Staff supervision profile',
};

const STATUS_LABELS: Record<CaseDiscussed['status'], string> = {
  CIN: 'Child in need (CIN)',
  CP: 'Child protection (CP)',
  LAC: 'Looked after child (LAC)',
  CAF: 'Common assessment (CAF)',
  EH: 'Early help (EH)',
  none: 'No statutory status',
  closed: 'Closed',
};

const ROLE_LABELS: Record<string, string> = {
  supervisor: 'Supervisor',
  supervisee: 'Supervisee',
  attendee: 'Attendee',
  manager: 'Manager',
  auditor: 'Auditor',
};

const SESSION_TYPES: Record<Session['type'], string> = {
  'one-to-one': 'One-to-one',
  group: 'Group supervision',
  peer: 'Peer supervision',
  'ad-hoc': 'Ad hoc (unplanned) supervision',
  'joint-agency': 'Joint-agency supervision',
  'three-way': 'Three-way meeting (escalation)',
};

/** Build the HTML document of one valid record. */
export function recordDocument(record: LoadedRecord, templates: Templates, context: RenderContext): RecordDocument {
  if (!isValidRecord(record)) {
    throw new Error(`${record.file} is not a valid record and cannot be rendered`);
  }
  const kind = record.kind;
  const hash = recordContentHash(record)!;
  const signers = signerViews(record, context);
  const missing = signers.some((signer) => signer.required && signer.statusClass === 'missing');
  const notValid = signers.some((signer) => signer.required && signer.statusClass === 'not-valid');
  const changed = signers.some((signer) => signer.statusClass === 'not-valid');
  const draftReason: DraftReason | undefined = missing ? 'unsigned' : notValid ? 'not-valid' : undefined;
  const draftMark = draftReason === 'unsigned' ? DRAFT_MARK : draftReason === 'not-valid' ? DRAFT_NOT_VALID_MARK : '';
  const banners: DocumentView['banners'] = [];
  if (missing) banners.push({ text: `${DRAFT_MARK}: a required signature is missing.`, tone: 'draft' });
  if (changed) banners.push({ text: 'SIGNATURE NOT VALID: a signature no longer holds (the record was edited after it, or the personal signature does not match the key); the record must be signed again.', tone: notValid && !missing ? 'draft' : 'changed' });

  const title = `${KIND_TITLES[kind]}: ${titleOf(record, context.records)}`;
  const view: DocumentView = {
    organisation: context.config.organisation,
    marking: context.config.marking,
    kind,
    id: record.id,
    title,
    commit: context.commit,
    commitShort: shortCommit(context.commit),
    contentHash: hash,
    contentHashShort: hash.slice(0, 12),
    draft: draftReason !== undefined,
    watermark: draftMark,
    banners,
    facts: factsOf(record, context),
    signers,
    hasBody: bodyHtml(record.body).trim() !== '',
    bodyHtml: new Handlebars.SafeString(bodyHtml(record.body)),
    session: record.kind === 'session' ? sessionView(record.data, context) : null,
    contract: record.kind === 'contract' ? contractView(record.data, context) : null,
    decision: record.kind === 'decision' ? decisionView(record.data, context) : null,
    caseAudit: record.kind === 'case-audit' ? { case: record.data.case, findings: record.data.findings, actions: actionViews(record.data.actions, context) } : null,
    staff: record.kind === 'staff' ? staffView(record.data, context) : null,
  };

  const content = templates.render(kind, view);
  const html =
    '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style>\n${templates.css.replace(/<\/style/gi, '<\\/style')}\n</style>\n` +
    `</head>\n<body class="kind-${kind}${draftReason ? ' draft' : ''}">\n${content}\n</body>\n</html>\n`;

  return {
    id: record.id,
    kind,
    html,
    title,
    organisation: context.config.organisation,
    marking: context.config.marking,
    commit: context.commit,
    contentHash: hash,
    draft: draftReason !== undefined,
    draftReason,
    draftMark,
    signers,
    date: documentDate(record),
  };
}

function signerViews(record: ValidRecord, context: RenderContext): SignerView[] {
  const statuses = (context.signatureStatuses ? context.signatureStatuses(record) : signatureStatuses(record, context.records)).signatures;
  const timezone = context.config.timezone;
  const view = (by: string, role: string, check: SignatureStatusEntry | undefined, required: boolean): SignerView => {
    const person = staffName(by, context.records);
    const words = statusWords(check, timezone);
    return {
      by,
      name: person ?? by,
      unknown: person === undefined,
      role,
      roleLabel: ROLE_LABELS[role] ?? role,
      required,
      at: check ? formatTimestamp(check.entry.at, timezone) : '',
      ...words,
    };
  };
  const rows: SignerView[] = [];
  const used = new Set<SignatureStatusEntry>();
  // Every entry by one person in one role, oldest first: the superseded ones, then the one that counts.
  const entriesOf = (by: string, role: string) => statuses.filter((check) => check.entry.by === by && check.entry.role === role);
  for (const signer of requiredSigners(record)) {
    const entries = entriesOf(signer.by, signer.role);
    for (const entry of entries) {
      used.add(entry);
      rows.push(view(signer.by, signer.role, entry, true));
    }
    if (!entries.some((entry) => entry.status !== 'superseded')) rows.push(view(signer.by, signer.role, undefined, true));
  }
  for (const check of statuses) {
    if (used.has(check)) continue;
    for (const entry of entriesOf(check.entry.by, check.entry.role)) {
      used.add(entry);
      rows.push(view(entry.entry.by, entry.entry.role, entry, false));
    }
  }
  return rows;
}

/** A signature's status as an inspector reads it: the word, and a sentence saying what it means here. */
function statusWords(check: SignatureStatusEntry | undefined, timezone: string): Pick<SignerView, 'status' | 'detail' | 'fingerprint' | 'statusClass'> {
  if (!check) return { status: 'NOT SIGNED', detail: 'This signature is required and has not been given.', fingerprint: '', statusClass: 'missing' };
  switch (check.status) {
    case 'verified':
      return {
        status: 'Verified',
        detail: 'Signed with their personal key, which only they hold; the record is unchanged since.',
        fingerprint: check.fingerprint ?? '',
        statusClass: 'verified',
      };
    case 'recorded':
      return { status: 'Recorded', detail: 'Signed without a personal key; the record is unchanged since.', fingerprint: '', statusClass: 'recorded' };
    case 'superseded':
      return {
        status: 'Superseded',
        detail: `Signed again on ${check.supersededBy ? formatTimestamp(check.supersededBy.at, timezone) : 'a later date'}; the later signature is the one that counts.`,
        fingerprint: '',
        statusClass: 'superseded',
      };
    default:
      return { status: 'NOT VALID', detail: `Not valid: ${check.reason ?? 'the signature does not hold'}.`, fingerprint: '', statusClass: 'not-valid' };
  }
}

function staffName(id: string, records: RecordSet): string | undefined {
  const staff = records.byId.get(id);
  return staff?.kind === 'staff' ? staff.data.name : undefined;
}

/** Who led a session or holds a contract: a member of staff by name and id, or an external supervisor by name and organisation. */
function leader(data: { supervisor?: string; supervisor_external?: ExternalSupervisor }, context: Pick<RenderContext, 'records'>): string {
  if (data.supervisor_external) return externalName(data.supervisor_external);
  return person(data.supervisor, context);
}

/** The part of a render context `person` and `leader` read. */
function context0(records: RecordSet): Pick<RenderContext, 'records'> {
  return { records };
}

/** A person's name with their id, or the id alone when there is no staff record. */
function person(id: string | undefined, context: Pick<RenderContext, 'records'>): string {
  if (!id) return '';
  const name = staffName(id, context.records);
  return name ? `${name} (${id})` : id;
}

function titleOf(record: ValidRecord, records: RecordSet): string {
  const name = (id: string) => staffName(id, records) ?? id;
  switch (record.kind) {
    case 'session': {
      const session = record.data;
      const who = session.supervisee ? name(session.supervisee) : `${session.attendees?.length ?? 0} attendees`;
      return `${who}, ${formatDate(session.date)}`;
    }
    case 'contract':
      return `${name(record.data.supervisee)} with ${leader(record.data, context0(records))}`;
    case 'decision':
    case 'case-audit':
      return `case ${record.data.case}, ${formatDate(record.data.date)}`;
    default:
      return record.data.name;
  }
}

function factsOf(record: ValidRecord, context: RenderContext): Fact[] {
  const facts: Fact[] = [];
  const add = (label: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    facts.push({ label, value: String(value) });
  };
  switch (record.kind) {
    case 'session': {
      const session = record.data;
      add('Date', formatDate(session.date));
      add('Type', SESSION_TYPES[session.type] ?? session.type);
      add(session.supervisor_external ? 'Supervisor (external)' : 'Supervisor', leader(session, context));
      add('Supervisee', person(session.supervisee, context));
      add('Line manager', person(session.line_manager, context));
      add('Governor', session.governor);
      add('Outcome', session.outcome);
      if (session.attendees) {
        add('Attendees', staffAttendees(session).map((id) => person(id, context)).join('; '));
        add('From other agencies', externalAttendees(session).map((who) => `${who.name}${who.role ? `, ${who.role}` : ''} (${who.agency})`).join('; '));
      }
      if (session.confidentiality_agreed !== undefined) add('Boundaries of confidentiality agreed', session.confidentiality_agreed ? 'Yes' : 'No');
      add('Duration', `${session.duration_minutes} minutes`);
      add('Functions covered', session.functions.map(functionLabel).join(', '));
      add('Location', session.location);
      add('Next meeting', session.next_meeting ? formatDate(session.next_meeting) : undefined);
      break;
    }
    case 'contract': {
      const contract = record.data;
      add('Supervisee', person(contract.supervisee, context));
      add(contract.supervisor_external ? 'Supervisor (external)' : 'Supervisor', leader(contract, context));
      add('Agreed', formatDate(contract.agreed));
      add('Frequency', `at least ${frequencyWords(contract)}`);
      add('Usual length', contract.duration_minutes ? `${contract.duration_minutes} minutes` : undefined);
      add('Review due', contract.review_due ? formatDate(contract.review_due) : undefined);
      add('Disagreements resolved by', contract.dispute_resolution);
      break;
    }
    case 'decision': {
      const decision = record.data;
      add('Case reference', decision.case);
      add('Child', decision.child?.name);
      add('Date of birth', decision.child?.dob ? formatDate(decision.child.dob) : undefined);
      add('Date of decision', formatDate(decision.date));
      add('Made in supervision session', decision.session);
      add('Supervisor', person(decision.supervisor, context));
      add('Supervisee', person(decision.supervisee, context));
      break;
    }
    case 'case-audit': {
      const audit = record.data;
      add('Case reference', audit.case);
      add('Date of audit', formatDate(audit.date));
      add('Auditor', person(audit.auditor, context));
      add('Worker', person(audit.worker, context));
      break;
    }
    case 'staff': {
      const staff = record.data;
      add('Name', staff.name);
      add('Role', staff.role);
      add('Supervision tier', staff.tier);
      add('Started', formatDate(staff.started));
      add('Induction until', staff.induction_until ? formatDate(staff.induction_until) : undefined);
      add('Left', staff.left ? formatDate(staff.left) : undefined);
      add('Line manager', person(staff.line_manager, context));
      add('Records in supv from', staff.records_from ? formatDate(staff.records_from) : undefined);
      add('Trained in supervision', staff.supervision_training ? formatDate(staff.supervision_training) : undefined);
      add('Line manager', person(staff.line_manager, context));
      add('Email', staff.email);
      break;
    }
    default:
      break;
  }
  return facts;
}

function functionLabel(name: string): string {
  return name === 'accountability' ? 'Accountability (performance)' : name === 'development' ? 'Professional development' : name === 'support' ? 'Personal support (wellbeing)' : name;
}

function sessionView(session: Session, context: RenderContext): SessionView {
  const functions = new Set<string>(session.functions);
  return {
    coverage: session.cases_coverage === 'sample' ? 'a sample of cases' : session.cases_coverage === 'all' ? 'all cases' : 'not stated',
    cases: (session.cases ?? []).map((entry) => caseView(entry, session, context)),
    external: externalAttendees(session).map((who) => ({ name: who.name, agency: who.agency, role: who.role ?? '' })),
    functions: [
      { label: 'Personal support and wellbeing', covered: functions.has('support') },
      { label: 'Professional development', covered: functions.has('development') },
      { label: 'Accountability (performance and practice)', covered: functions.has('accountability') },
    ],
    actions: actionViews(session.actions, context),
    reviewed: (session.actions_reviewed ?? []).map((entry: ActionReviewed) => ({
      ref: entry.ref,
      status: entry.status === 'done' ? 'Done' : entry.status === 'carried' ? 'Carried forward' : 'Dropped',
      note: entry.note ?? '',
    })),
  };
}

/** The form's questions per case, in its order; a question left unanswered is left out. */
function caseView(entry: CaseDiscussed, session: Session, context: RenderContext): CaseView {
  const rows = (pairs: Array<[string, string | undefined]>) => pairs.flatMap(([label, text]) => (text ? [{ label, text }] : []));
  return {
    ref: entry.ref,
    status: STATUS_LABELS[entry.status] ?? entry.status,
    statusChanged: entry.status_changed ? formatDate(entry.status_changed) : '',
    closed: entry.status === 'closed',
    partA: rows([
      ['Worker\u2019s actions', entry.worker_actions],
      ['Risks', entry.risks],
      ['Protective factors', entry.protective_factors],
      ['Strengths', entry.strengths],
    ]),
    partB: rows([
      ['Worker\u2019s role with the family', entry.role],
      ['Delivery plan', entry.delivery_plan],
    ]),
    note: entry.note ?? '',
    decision: entry.decision ?? '',
    childFile: entry.child_file ? formatDate(entry.child_file) : '',
    actions: actionViews((session.actions ?? []).filter((action) => action.case === entry.ref), context),
  };
}

function actionViews(actions: Action[] | undefined, context: RenderContext): ActionView[] {
  return (actions ?? []).map((action) => ({ id: action.id, text: action.text, owner: person(action.owner, context), due: formatDate(action.due) }));
}

function contractView(contract: Contract, context: RenderContext): ContractView {
  return {
    supervisor: contract.supervisor_external ? externalName(contract.supervisor_external) : (staffName(contract.supervisor!, context.records) ?? contract.supervisor!),
    supervisee: staffName(contract.supervisee, context.records) ?? contract.supervisee,
    frequency: frequencyWords(contract),
    // Only the terms the record holds: a term left out is not printed, never filled in with a default nobody agreed.
    duration: contract.duration_minutes ? `${contract.duration_minutes} minutes` : '',
    disputeResolution: contract.dispute_resolution ?? '',
    reviewDue: contract.review_due ? formatDate(contract.review_due) : '',
  };
}

function decisionView(decision: Decision, context: RenderContext): DecisionView {
  return { case: decision.case, actions: actionViews(decision.actions, context) };
}

function staffView(staff: Staff, context: RenderContext): StaffView {
  return {
    supervisors: staff.supervisors.map((spell) => ({
      name: spell.external ? `${externalName(spell.external)}, external` : person(spell.id, context),
      from: formatDate(spell.from),
      to: spell.to ? formatDate(spell.to) : 'current',
      handover: spell.handover ?? '',
    })),
  };
}

/**
 * How often they agreed to meet, in words, as the record says it: every
 * stage of a staged schedule (`schedule`, as `new contract` writes it), else
 * the one `frequency` ("weekly", "every 2 weeks"); never an ISO code.
 */
function frequencyWords(contract: Contract): string {
  return contract.schedule ?? everyInWords(contract.frequency);
}

/**
 * The record's own date: the latest signature, else the session or decision
 * date, the contract's agreement or the person's start. Never the clock.
 */
function documentDate(record: ValidRecord): Date {
  const times = signaturesOf(record).map((entry) => Date.parse(entry.at)).filter((time) => !Number.isNaN(time));
  if (times.length > 0) return new Date(Math.max(...times));
  const day = record.kind === 'staff' ? record.data.started : record.kind === 'contract' ? record.data.agreed : record.data.date;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(0);
}
