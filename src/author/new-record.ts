/** Authoring: `supv new` makes a record from its template (this file), `supv init` a records repository (scaffold.ts). */
import { suggestion } from '../util/suggest.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Config } from '../types/config.js';
import { actionFates, carriedIn } from '../policy/actions.js';
import { addDuration, duration, durationInWords, everyInWords } from '../policy/dates.js';
import { intervalOn, policyInterval, tierInterval } from '../policy/interval.js';
import { staffAttendees } from '../policy/attendees.js';
import { ONE_SUPERVISEE_TYPES } from '../policy/signers.js';
import { currentContract, currentSpell, isActive, supervisionIndex } from '../policy/supervisees.js';
import { spellSupervisor, staffIdOf, supervisorLabel, type SupervisorRef } from '../policy/supervisor.js';
import type { RecordSet, SessionRecord } from '../model.js';
import { recordFromText } from '../parse/read-record.js';
import type { Session, Staff } from '../types/records.generated.js';
import { isCalendarDate } from '../util/dates.js';
import { UserError } from '../util/errors.js';
import { commonPattern, isRecordId } from '../validate/schemas.js';

/**
 * Records made from their templates by `supv new` (SPEC §6). Each function
 * checks what it is given against the records that exist, fills in what the
 * policy already knows (the supervisor, the interval, the actions to review),
 * and hands back the text and the path; the CLI writes it. The text is built
 * by hand rather than by a YAML serialiser so the template can carry comments
 * that tell the supervisor what to fill in.
 */

/** A record ready to be written. */
export interface NewRecord {
  kind: 'staff' | 'contract' | 'session' | 'decision' | 'case-audit';
  id: string;
  /** Repository-relative path with `/` separators. */
  file: string;
  text: string;
  /** Things the user should know, one line each (a case not listed in the session, ...). */
  notes: string[];
}

/** What was asked for cannot be made (an unknown supervisee, a bad date): a usage error, exit 2. */
export class AuthoringError extends UserError {}

/** Everything a template needs to know about the repository. */
export interface AuthoringContext {
  root: string;
  config: Config;
  records: RecordSet;
  /** Today in the organisation's time zone (or the run's --as-of date). */
  today: string;
}

/** Session types one supervisee attends. */
export const NEW_SESSION_TYPES = ['one-to-one', 'peer', 'ad-hoc', 'three-way'] as const;
/** Session types with several attendees instead of one supervisee (schema: `attendees` and `confidentiality_agreed`). */
export const NEW_GROUP_SESSION_TYPES = ['group', 'joint-agency'] as const;

export interface NewSessionOptions {
  /** One-to-one, peer and ad-hoc sessions: the person supervised. */
  supervisee?: string;
  /** Group and joint-agency sessions: everyone supervised, in the order given. */
  attendees?: string[];
  /** Who leads the session; by default the supervisee's supervisor, or the attendees' shared one. */
  supervisor?: string;
  date?: string;
  type?: string;
}

/**
 * A session record. One supervisee's session (`newOneToOne`) or a group's
 * (`newGroupSession`), by `type`; each names the options the other needs
 * as mistakes rather than ignoring them.
 */
export function newSession(context: AuthoringContext, options: NewSessionOptions): NewRecord {
  const type = options.type ?? 'one-to-one';
  if ((NEW_GROUP_SESSION_TYPES as readonly string[]).includes(type)) {
    if (options.supervisee !== undefined) throw new AuthoringError(`a ${type} session lists everyone under --attendees, not --supervisee`);
    if (options.attendees === undefined) throw new AuthoringError(`--attendees is required for a ${type} session (staff ids separated by commas)`);
    return newGroupSession(context, { ...options, type: type as GroupType, attendees: options.attendees });
  }
  if (!(NEW_SESSION_TYPES as readonly string[]).includes(type)) {
    throw new AuthoringError(`--type must be one of ${[...NEW_SESSION_TYPES, ...NEW_GROUP_SESSION_TYPES].join(', ')}, not ${type}`);
  }
  if (options.attendees !== undefined) throw new AuthoringError(`a ${type} session names one --supervisee; --attendees is for group and joint-agency sessions`);
  if (options.supervisee === undefined || options.supervisee === '') throw new AuthoringError('--supervisee is required');
  return newOneToOne(context, { ...options, supervisee: options.supervisee, type });
}

/**
 * A session record for one supervisee. `actions_reviewed` lists every action
 * of their own previous session (and of the decision records made in it), and
 * the open actions of case audits of their files, as `carried`, which the supervisor changes to done or dropped in the meeting;
 * `next_meeting` is the date plus the interval that applies to them.
 */
function newOneToOne(context: AuthoringContext, options: NewSessionOptions & { supervisee: string; type: string }): NewRecord {
  const { config, records } = context;
  const date = checkDate('--date', options.date ?? context.today);
  const staff = staffRecord(records, options.supervisee, '--supervisee');
  if (!isActive(staff, date)) {
    throw new AuthoringError(`--supervisee ${staff.id}: ${staff.name} is not in post on ${date} (started ${staff.started}${staff.left ? `, left ${staff.left}` : ''})`);
  }
  let supervisor: SupervisorRef;
  if (options.supervisor !== undefined) {
    supervisor = { staff: staffRecord(records, options.supervisor, '--supervisor').id };
    if (supervisor.staff === staff.id) throw new AuthoringError('--supervisor cannot be the supervisee');
  } else {
    const spell = currentSpell(staff, date);
    const ref = spell && spellSupervisor(spell.spell);
    if (!ref) throw new AuthoringError(`${staff.name} has no current supervisor on ${date}: add an entry without \`to\` under supervisors in records/staff/${staff.id}.md, or name who leads the session with --supervisor`);
    supervisor = ref;
  }

  const id = freeId(context, `${date}-${staff.id}`, (candidate) => `records/sessions/${date.slice(0, 4)}/${candidate}.md`);
  const previous = previousOwnSession(records, staff.id, date);

  const contract = currentContract(supervisionIndex(records, date), staff.id)?.data;
  const { interval } = intervalOn(staff, contract, config.policy, date, date, config.timezone);
  const notes: string[] = [];
  if (!interval) notes.push(`no interval applies to ${staff.name} (tier ${staff.tier} is not in the policy), so next_meeting was left out`);

  const who = [`supervisee: ${staff.id}`];
  // The escalation meeting's third person, when the staff record names a line manager other than the supervisor.
  if (options.type === 'three-way' && staff.line_manager !== undefined && !('staff' in supervisor && supervisor.staff === staff.line_manager)) who.push(`line_manager: ${staff.line_manager}`);
  const lines = sessionLines(records, { id, date, type: options.type, supervisor }, who, previous, openCaseLines(previous), openAuditActions(records, staff.id, date));
  if (interval) lines.push(`next_meeting: ${addDuration(date, interval.every, config.timezone)}   # ${durationInWords(interval.every)} (${interval.source})`);
  lines.push('---', '');
  const cases = previous ? openCases(previous).map((entry) => entry.ref) : [];
  const body = [
    '## Summary of events',
    '',
    '## Case discussion',
    '',
    ...cases.flatMap((ref) => [`### ${ref}`, '']),
    '## Wellbeing, development and team issues',
    '',
    '### Wellbeing',
    '',
    '### Development',
    '',
    '### Team issues',
    '',
    '## Actions',
    '',
    '## Any other business',
    '',
  ];
  return finish(context, 'session', id, `records/sessions/${date.slice(0, 4)}/${id}.md`, [...lines, ...body].join('\n'), notes);
}

type GroupType = (typeof NEW_GROUP_SESSION_TYPES)[number];

/**
 * A group or joint-agency session. Every attendee must be a member of staff
 * in post on the date. The supervisor is `--supervisor`, or the one current
 * supervisor every attendee shares; when they have different supervisors the
 * user must say who leads.
 *
 * `confidentiality_agreed` is written as `false` with a comment: the schema
 * requires a boolean, and `true` would claim, before the meeting, that the
 * boundaries of confidentiality were agreed. `false` is true of the new file
 * (nothing has been agreed yet), keeps the record valid, and the
 * group-confidentiality rule reports it until the supervisor records the
 * agreement, so it cannot be forgotten.
 *
 * `actions_reviewed` lists the actions of the group's previous session (the
 * last earlier session of the same type led by the same supervisor with any
 * of these attendees). Each attendee's one-to-one actions are not copied in:
 * they are reviewed at their next one-to-one (the actions-not-reviewed rule
 * looks there), and a group record, read and signed by everyone present, is
 * no place for one person's supervision actions.
 */
function newGroupSession(context: AuthoringContext, options: NewSessionOptions & { attendees: string[]; type: GroupType }): NewRecord {
  const { records } = context;
  const date = checkDate('--date', options.date ?? context.today);
  const attendees = options.attendees.map((id) => id.trim()).filter((id) => id !== '');
  if (attendees.length === 0) throw new AuthoringError('--attendees must name at least one staff id');
  const twice = attendees.find((id, index) => attendees.indexOf(id) !== index);
  if (twice) throw new AuthoringError(`--attendees names ${twice} twice`);
  const people = attendees.map((id) => staffRecord(records, id, '--attendees'));
  const away = people.filter((person) => !isActive(person, date));
  if (away.length > 0) {
    throw new AuthoringError(`--attendees: ${away.map((person) => `${person.id} (${person.name}) is not in post on ${date}`).join('; ')}`);
  }

  let supervisor: string;
  if (options.supervisor !== undefined) {
    supervisor = staffRecord(records, options.supervisor, '--supervisor').id;
  } else {
    const supervisorOf = people.map((person) => ({ person, id: currentSpell(person, date)?.spell.id }));
    const shared = new Set(supervisorOf.map((entry) => entry.id));
    const only = shared.size === 1 ? supervisorOf[0]!.id : undefined;
    if (only === undefined) {
      const who = supervisorOf.map((entry) => `${entry.person.id}: ${entry.id ?? 'no current supervisor'}`).join(', ');
      throw new AuthoringError(`the attendees do not share one supervisor on ${date} (${who}); name who leads the session with --supervisor`);
    }
    supervisor = only;
  }

  const year = date.slice(0, 4);
  const id = freeId(context, `${date}-${options.type}`, (candidate) => `records/sessions/${year}/${candidate}.md`);
  const previous = previousGroupSession(records, options.type, supervisor, attendees, date);
  const lines = [
    ...sessionLines(records, { id, date, type: options.type, supervisor }, [
      `attendees: [${attendees.join(', ')}]`,
      'confidentiality_agreed: false   # not yet: set to true once the boundaries of confidentiality are agreed at the start of the session',
    ], previous),
    '# next_meeting: YYYY-MM-DD   # when the group meets next',
    '---',
    '',
  ];
  const body = [
    '## Summary of events',
    '',
    '## Boundaries of confidentiality',
    '',
    '## Case discussion',
    '',
    '## Learning, development and team issues',
    '',
    '## Actions',
    '',
    '## Any other business',
    '',
  ];
  return finish(context, 'session', id, `records/sessions/${year}/${id}.md`, [...lines, ...body].join('\n'), []);
}

/**
 * The frontmatter of a new session up to `actions_reviewed`: `who` is the
 * `supervisee` line, or the `attendees` and `confidentiality_agreed` lines.
 */
function sessionLines(
  records: RecordSet,
  session: { id: string; date: string; type: string; supervisor: SupervisorRef | string },
  who: string[],
  previous: SessionRecord | undefined,
  cases: string[] = [],
  audits: AuditAction[] = [],
): string[] {
  const leader = typeof session.supervisor === 'string' ? { staff: session.supervisor } : session.supervisor;
  return [
    '---',
    'kind: session',
    `id: ${session.id}`,
    `date: ${session.date}`,
    `type: ${session.type}`,
    // An external supervisor (SPEC §11.2) is named, not referred to by a staff id.
    supervisorLine(leader),
    ...who,
    // The escalation meeting records what it agreed; the schema requires it, so lint asks until it is written.
    ...(session.type === 'three-way' ? ['outcome: "(what the three-way meeting agreed)"   # required: replace with the outcome'] : []),
    'duration_minutes: 60',
    'functions: [accountability, development, support]   # the functions this session covered',
    ...cases,
    'actions: []   # - { id: A1, text: ..., owner: <staff id>, due: YYYY-MM-DD }',
    ...reviewLines(records, previous, audits),
  ];
}

/** `supervisor: <staff id>`, or an external supervisor (SPEC §11.2) named in `supervisor_external`. */
function supervisorLine(leader: SupervisorRef): string {
  if ('staff' in leader) return `supervisor: ${leader.staff}`;
  const { name, organisation } = leader.external;
  // JSON strings are YAML double-quoted scalars: safe inside a flow mapping, whatever commas the name holds.
  return `supervisor_external: { name: ${JSON.stringify(name)}${organisation ? `, organisation: ${JSON.stringify(organisation)}` : ''} }`;
}

/**
 * The `actions_reviewed` lines for the actions agreed in `previous` and the
 * actions it carried (none when there is no previous session). A carried
 * action comes back pre-filled as it was left: carried, with its new due date.
 */
function reviewLines(records: RecordSet, previous: SessionRecord | undefined, audits: AuditAction[] = []): string[] {
  const agreed = previous ? actionsAgreedIn(records, previous) : [];
  const carried = previous ? carriedIn(previous).filter((entry) => !agreed.some((action) => action.ref === entry.ref)) : [];
  const fromAudits = audits.filter((action) => !agreed.some((entry) => entry.ref === action.ref) && !carried.some((entry) => entry.ref === action.ref));
  const audited = fromAudits.flatMap((action) => [
    `  - ref: ${quote(action.ref)}   # agreed in the audit of case ${action.case} on ${action.date}: ${oneLine(action.text)} (due ${action.due})`,
    '    status: carried   # review: done | carried | dropped',
    ...(action.newDue ? [`    due: ${action.newDue}   # the new due date it was carried to; change it if it is carried again`] : []),
  ]);
  if (!previous) return audited.length > 0 ? ['actions_reviewed:   # the open actions of case audits of this worker\'s files', ...audited] : [];
  if (agreed.length === 0 && carried.length === 0 && audited.length === 0) return [`actions_reviewed: []   # ${previous.id} agreed and carried no actions`];
  if (agreed.length === 0 && carried.length === 0) return [`actions_reviewed:   # ${previous.id} agreed and carried no actions; the open actions of case audits of this worker's files`, ...audited];
  return [
    `actions_reviewed:   # every action of ${previous.id}${carried.length > 0 ? ', and those it carried' : ''}${audited.length > 0 ? '; the open actions of case audits of this worker\'s files' : ''}`,
    ...agreed.flatMap((action) => [
      `  - ref: ${quote(action.ref)}   # ${oneLine(action.text)}${action.due ? ` (due ${action.due})` : ''}`,
      '    status: carried   # review: done | carried | dropped',
    ]),
    ...carried.flatMap((entry) => {
      const text = actionText(records, entry.ref);
      return [
        `  - ref: ${quote(entry.ref)}   # carried in ${previous.id}${text ? `: ${oneLine(text)}` : ''}`,
        '    status: carried   # review: done | carried | dropped',
        ...(entry.due ? [`    due: ${entry.due}   # the new due date it was carried to; change it if it is carried again`] : []),
      ];
    }),
    ...audited,
  ];
}

/** An action agreed in a case audit, still open (not reviewed as done or dropped). */
interface AuditAction {
  ref: string;
  case: string;
  /** The audit's date. */
  date: string;
  text: string;
  due: string;
  /** The latest due date a carried review gave it. */
  newDue?: string;
}

/**
 * The actions agreed in case audits of `worker`'s files on or before `date`
 * that no session has reviewed as done or dropped: a case audit has no
 * reviews of its own, so they are followed up in the worker's supervision
 * (action-overdue reports them when they are past due). Only for a session
 * with that one supervisee: a group hears no one's case files.
 */
function openAuditActions(records: RecordSet, worker: string, date: string): AuditAction[] {
  const fates = actionFates(records, date);
  return records.ofKind['case-audit']
    .filter((record) => record.data.worker === worker && record.data.date <= date)
    .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : 1))
    .flatMap((record) =>
      (record.data.actions ?? []).flatMap((action) => {
        const ref = `${record.id}#${action.id}`;
        const fate = fates.get(ref);
        if (fate?.closed) return [];
        return [{ ref, case: record.data.case, date: record.data.date, text: action.text, due: action.due, newDue: fate?.newDue?.due }];
      }),
    );
}

/** The text of the action a ref (`<record id>#<action id>`) names, when the record and action exist. */
function actionText(records: RecordSet, ref: string): string | undefined {
  const [id, actionId] = ref.split('#');
  const record = records.byId.get(id!);
  if (!record || (record.kind !== 'session' && record.kind !== 'decision' && record.kind !== 'case-audit')) return undefined;
  return (record.data.actions ?? []).find((action) => action.id === actionId)?.text;
}

export interface NewContractOptions {
  supervisee: string;
  agreed?: string;
  /** Who resolves a disagreement; by default the supervisee's `line_manager`, when their record names one. */
  disputeResolution?: string;
}

/**
 * A supervision contract. The frequency is the one the policy asks on the
 * `agreed` date (the tier's interval, the stage of a staged tier they are in,
 * or induction when that is shorter); for a staged tier the arrangements say
 * every stage in words, with the dates each ends, so both people sign what
 * will apply all year. A contract written so follows the policy's stages
 * (src/policy/interval.ts), rather than holding the first stage all year.
 * `dispute_resolution` is a term both agree: `--dispute-resolution`, or the
 * supervisee's line manager when their record names one; never invented.
 */
export function newContract(context: AuthoringContext, options: NewContractOptions): NewRecord {
  const { config, records } = context;
  const zone = config.timezone;
  const agreed = checkDate('--agreed', options.agreed ?? context.today);
  const staff = staffRecord(records, options.supervisee, '--supervisee');
  const spell = currentSpell(staff, agreed);
  if (!spell) throw new AuthoringError(`${staff.name} has no current supervisor on ${agreed}: add an entry without \`to\` under supervisors in records/staff/${staff.id}.md`);
  const leader = spellSupervisor(spell.spell);
  const supervisorName = supervisorLabel(leader, (id) => {
    const record = records.byId.get(id);
    return record?.kind === 'staff' ? record.data.name : id;
  });
  if (!Object.hasOwn(config.policy.tiers, staff.tier)) throw new AuthoringError(`${staff.name}'s tier ${staff.tier} is not in the policy (policy.tiers in supv.config.yaml)`);
  const applies = policyInterval(staff, config.policy, agreed, zone)!;
  const frequency = applies.every;
  const schedule = scheduleInWords(staff, config.policy, zone, agreed);
  const dispute = disputeResolution(records, staff, supervisorName, options.disputeResolution);
  const minutes = minutesOf(config.policy.min_duration);
  const id = freeId(context, `contract-${staff.id}-${agreed.slice(0, 4)}`, (candidate) => `records/contracts/${candidate}.md`);
  const text = [
    '---',
    'kind: contract',
    `id: ${id}`,
    `supervisee: ${staff.id}`,
    supervisorLine(leader!),
    `agreed: ${agreed}`,
    `frequency: ${frequency}   # longest gap between sessions on ${agreed} (${durationInWords(frequency)}, ${applies.source})`,
    // The stages both sign, in the record itself: the contract PDF prints its terms from the record, not from today's policy.
    ...(schedule === everyInWords(frequency) ? [] : [`schedule: ${quote(schedule)}`]),
    `duration_minutes: ${minutes}`,
    `review_due: ${addDuration(agreed, config.policy.contract_review, zone)}`,
    `dispute_resolution: ${quote(dispute.text)}${dispute.comment ? `   # ${dispute.comment}` : ''}`,
    '---',
    '',
    '## Purpose of supervision',
    '',
    `Supervision at ${config.organisation} keeps children safe by making sure that the people who work with them are accountable for their practice, are supported, and keep developing. It covers three functions: accountability, professional development and personal support.`,
    '',
    '## Arrangements',
    '',
    `- ${staff.name} (supervisee) and ${supervisorName} (supervisor) meet at least ${schedule}, for about ${minutes} minutes, in a private place, without interruptions.`,
    '- Sessions cancelled by either party are rearranged within a week.',
    '',
    '## Responsibilities',
    '',
    '**Supervisor:** books sessions, keeps the record clear, accurate and contemporaneous, signs and dates it promptly, follows up agreed actions, and records any discussion or decision about a named child on that child\'s file.',
    '',
    '**Supervisee:** prepares the cases and issues to discuss, completes agreed actions, reads and signs the record promptly, and says when supervision is not meeting their needs.',
    '',
    '## Confidentiality',
    '',
    'Supervision is confidential except where a child or adult is at risk of harm, or where there are concerns about conduct; then the supervisor will say what will be shared and with whom.',
    '',
    '## Records',
    '',
    'Records are kept securely and are subject to inspection and audit. The contract is reviewed each year, whenever the supervisor changes, or sooner if either party asks.',
    '',
    '## Disagreements',
    '',
    `Disagreements about supervision that the two cannot resolve are referred to ${dispute.text}.`,
    '',
  ].join('\n');
  return finish(context, 'contract', id, `records/contracts/${id}.md`, text, []);
}

/**
 * How often they meet, in words: one interval ("every 4 weeks"), or for a
 * staged tier every stage with the date it ends ("weekly for the first 6
 * weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01),
 * then every 4 weeks"), and induction when it asks for more.
 */
export function scheduleInWords(staff: Staff, policy: Config['policy'], zone: string, agreed: string): string {
  const tier = policy.tiers[staff.tier]!;
  let words: string;
  if (Array.isArray(tier)) {
    words = tier.map((stage, index) => {
      const every = everyInWords(stage.every);
      if (stage.until === undefined) return index === 0 ? every : `then ${every}`;
      const until = `${durationInWords(stage.until)} (to ${addDuration(staff.started, stage.until, zone)})`;
      return index === 0 ? `${every} for the first ${until}` : `then ${every} until ${until}`;
    }).join(', ');
  } else {
    words = everyInWords(tierInterval(staff, policy, staff.started, zone)!.every);
  }
  if (staff.induction_until !== undefined && staff.induction_until >= agreed) words += `; and at least ${everyInWords(policy.induction)} during induction (to ${staff.induction_until})`;
  return words;
}

/** The contract's `dispute_resolution`: as given, or the supervisee's line manager; else the user must say. */
function disputeResolution(records: RecordSet, staff: Staff, supervisorName: string, given: string | undefined): { text: string; comment?: string } {
  if (given !== undefined) {
    if (given.trim() === '') throw new AuthoringError('--dispute-resolution must say who resolves a disagreement, such as "the head teacher"');
    return { text: given.trim() };
  }
  const manager = staff.line_manager === undefined ? undefined : records.byId.get(staff.line_manager);
  if (manager?.kind === 'staff') {
    return { text: `${manager.data.name}, ${manager.data.role}`, comment: `${staff.name}'s line manager; change it if you agree otherwise` };
  }
  throw new AuthoringError(
    `--dispute-resolution is required: who resolves a disagreement about supervision between ${staff.name} and ${supervisorName} (such as "the head teacher"); ${staff.name}'s record names no line_manager to suggest`,
  );
}

export interface NewDecisionOptions {
  session: string;
  case: string;
}

/** A decision record for the child's file, from the session where the decision was made. */
export function newDecision(context: AuthoringContext, options: NewDecisionOptions): NewRecord {
  const { records } = context;
  if (!isRecordId(options.session)) throw new AuthoringError(`--session ${options.session} is not a record id`);
  if (!commonPattern('caseRef').test(options.case)) throw new AuthoringError(`--case ${options.case} is not a case reference (capital letters, digits and hyphens, such as FAM-0042)`);
  const record = records.byId.get(options.session);
  if (!record || record.kind !== 'session') throw new AuthoringError(`--session ${options.session}: there is no valid session record with that id`);
  const session = record.data;
  if (!ONE_SUPERVISEE_TYPES.has(session.type) || !session.supervisee) {
    throw new AuthoringError(`--session ${session.id} is a ${session.type} session; a decision record names one supervisee, so write this one by hand`);
  }
  const notes: string[] = [];
  if (!(session.cases ?? []).some((entry) => entry.ref === options.case)) {
    notes.push(`${options.case} is not among the cases of ${session.id}; add it there with \`decision: <this id>\``);
  }
  const id = freeId(context, `dec-${session.date}-${options.case.toLowerCase()}`, (candidate) => `records/decisions/${candidate}.md`);
  const text = [
    '---',
    'kind: decision',
    `id: ${id}`,
    `case: ${options.case}`,
    `session: ${session.id}`,
    `date: ${session.date}`,
    `supervisor: ${session.supervisor}`,
    `supervisee: ${session.supervisee}`,
    'actions: []   # - { id: D1, text: ..., owner: <staff id>, due: YYYY-MM-DD }',
    '---',
    '',
    '## Brief safeguarding history',
    '',
    '## Concerns',
    '',
    '## Decision and actions agreed',
    '',
  ].join('\n');
  return finish(context, 'decision', id, `records/decisions/${id}.md`, text, notes);
}

export interface NewCaseAuditOptions {
  case: string;
  /** The worker whose file it is; by default the one whose session last discussed the case. */
  worker?: string;
  /** Who audits; by default the worker's current supervisor. */
  auditor?: string;
  date?: string;
}

/** A case-file audit (SPEC §11.3), signed by the auditor. */
export function newCaseAudit(context: AuthoringContext, options: NewCaseAuditOptions): NewRecord {
  const { records } = context;
  if (!commonPattern('caseRef').test(options.case)) throw new AuthoringError(`--case ${options.case} is not a case reference (capital letters, digits and hyphens, such as FAM-0042)`);
  const date = checkDate('--date', options.date ?? context.today);
  const last = lastDiscussion(records, options.case, date);
  let worker: string;
  if (options.worker !== undefined) worker = staffRecord(records, options.worker, '--worker').id;
  else if (last?.worker) worker = last.worker;
  else throw new AuthoringError(`no session before ${date} discusses case ${options.case} with one supervisee; name whose file it is with --worker`);
  let auditor: string;
  if (options.auditor !== undefined) auditor = staffRecord(records, options.auditor, '--auditor').id;
  else {
    const spell = currentSpell(staffRecord(records, worker, '--worker'), date);
    // An external supervisor has no staff id to audit as: someone on the staff is named instead.
    const staffSupervisor = spell && staffIdOf(spellSupervisor(spell.spell));
    if (!staffSupervisor) throw new AuthoringError(`${worker} has no current supervisor on the staff on ${date}; name who audits with --auditor`);
    auditor = staffSupervisor;
  }
  if (auditor === worker) throw new AuthoringError('--auditor cannot be the worker whose file it is');
  const notes = last ? [] : [`no session before ${date} discusses case ${options.case}; check the reference`];
  const id = freeId(context, `audit-${date}-${options.case.toLowerCase()}`, (candidate) => `records/audits/${candidate}.md`);
  const text = [
    '---',
    'kind: case-audit',
    `id: ${id}`,
    `case: ${options.case}`,
    `date: ${date}`,
    `auditor: ${auditor}`,
    `worker: ${worker}`,
    ...(last ? [`# last discussed in supervision: ${last.session} (${last.date})`] : []),
    'findings: >-   # what the audit found: replace this line',
    '  Audit in progress.',
    'actions: []   # - { id: C1, text: ..., owner: <staff id>, due: YYYY-MM-DD, case: ' + options.case + ' }',
    '---',
    '',
    '## Chronology and records checked',
    '',
    '## Quality of the work',
    '',
    '## Actions agreed',
    '',
  ].join('\n');
  return finish(context, 'case-audit', id, `records/audits/${id}.md`, text, notes);
}

/** The last session before `date` that discussed the case, and the worker it supervised (one supervisee only). */
function lastDiscussion(records: RecordSet, ref: string, date: string): { session: string; date: string; worker?: string } | undefined {
  let best: Session | undefined;
  for (const record of records.ofKind.session) {
    const session = record.data;
    if (session.date > date || !(session.cases ?? []).some((entry) => entry.ref === ref)) continue;
    if (!best || session.date > best.date || (session.date === best.date && session.id > best.id)) best = session;
  }
  if (!best) return undefined;
  return { session: best.id, date: best.date, worker: ONE_SUPERVISEE_TYPES.has(best.type) ? best.supervisee : undefined };
}

export interface NewStaffOptions {
  id: string;
  name: string;
  role: string;
  tier: string;
  supervisor: string;
  started?: string;
  /** `supervision_training`: the date they completed supervision training (anyone who supervises needs it). */
  training?: string;
  email?: string;
  /** `line_manager`: a staff id; the three-way meeting of an escalation names them. */
  lineManager?: string;
  /** `induction_until`: the last day of their induction, when supervision is more frequent. */
  inductionUntil?: string;
}

/** A staff record, supervised from the day they start. */
export function newStaff(context: AuthoringContext, options: NewStaffOptions): NewRecord {
  const { config, records } = context;
  if (!isRecordId(options.id)) throw new AuthoringError(`--id ${options.id} is not a valid id: lower-case letters, digits and hyphens, such as jo-bloggs`);
  if (!commonPattern('tierName').test(options.tier) || !Object.hasOwn(config.policy.tiers, options.tier)) {
    throw new AuthoringError(`--tier ${options.tier} is not in the policy; the tiers are ${Object.keys(config.policy.tiers).join(', ')}`);
  }
  if (options.supervisor === options.id) throw new AuthoringError('--supervisor cannot be the person themselves');
  const notes: string[] = [];
  // The first person of a new repository names a supervisor not recorded yet: allowed, and said.
  const firstPerson = !records.files.some((record) => record.kind === 'staff');
  if (firstPerson && !records.byId.has(options.supervisor)) {
    if (!isRecordId(options.supervisor)) throw new AuthoringError(`--supervisor ${options.supervisor} is not a staff id (lower-case letters, digits and hyphens, such as jo-bloggs)`);
    notes.push(`${options.supervisor} has no staff record yet: add it next (supv new staff --id ${options.supervisor} ...); until then supv lint reports unknown-ref`);
  } else {
    staffRecord(records, options.supervisor, '--supervisor');
  }
  if (options.lineManager !== undefined) {
    if (options.lineManager === options.id) throw new AuthoringError('--line-manager cannot be the person themselves');
    staffRecord(records, options.lineManager, '--line-manager');
  }
  const training = options.training === undefined ? undefined : checkDate('--training', options.training);
  const inductionUntil = options.inductionUntil === undefined ? undefined : checkDate('--induction-until', options.inductionUntil);
  if (options.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email)) throw new AuthoringError(`--email ${options.email} is not an email address`);
  const started = checkDate('--started', options.started ?? context.today);
  const file = `records/staff/${options.id}.md`;
  if (records.byId.has(options.id) || existsSync(path.join(context.root, file))) {
    throw new AuthoringError(`--id ${options.id} is taken (${records.byId.get(options.id)?.file ?? file})`);
  }
  const text = [
    '---',
    'kind: staff',
    `id: ${options.id}`,
    `name: ${quote(options.name)}`,
    `role: ${quote(options.role)}`,
    `tier: ${options.tier}`,
    `started: ${started}`,
    ...(inductionUntil ? [`induction_until: ${inductionUntil}   # the last day of induction`] : []),
    'supervisors:   # oldest first; the entry without `to` is the current supervisor',
    `  - id: ${options.supervisor}`,
    `    from: ${started}`,
    ...(training ? [`supervision_training: ${training}`] : []),
    ...(options.email ? [`email: ${quote(options.email)}`] : []),
    ...(options.lineManager ? [`line_manager: ${options.lineManager}`] : []),
    '# safeguarding_training: YYYY-MM-DD   # the date of their last safeguarding training (the safeguarding-training rule asks for it)',
    '---',
    '',
  ].join('\n');
  return finish(context, 'staff', options.id, file, text, notes);
}

/** "; did you mean sam-lee?" when a staff id is a slip away from one given. */
function nearestStaff(records: RecordSet, id: string): string {
  const near = suggestion(id, records.files.flatMap((record) => (record.kind === 'staff' && record.id ? [record.id] : [])));
  return near ? `; did you mean ${near}?` : '';
}

/** A valid staff record, or a usage error naming the option. */
function staffRecord(records: RecordSet, id: string, option: string): Staff {
  if (!isRecordId(id)) throw new AuthoringError(`${option} ${id} is not a staff id (lower-case letters, digits and hyphens, such as jo-bloggs)`);
  const record = records.byId.get(id);
  if (!record || record.kind !== 'staff') {
    const invalid = records.files.find((file) => file.file === `records/staff/${id}.md`);
    throw new AuthoringError(invalid
      ? `${option} ${id}: records/staff/${id}.md does not pass its schema; run supv lint ${invalid.file}`
      : `${option} ${id}: unknown staff member (there is no records/staff/${id}.md)${nearestStaff(records, id)}`);
  }
  return record.data;
}

function checkDate(option: string, value: string): string {
  if (!isCalendarDate(value)) throw new AuthoringError(`${option} must be a real date written YYYY-MM-DD, not ${value}`);
  return value;
}

/** `base`, or `base-2`, `base-3`, ...: the first id no record has and no file is at. */
function freeId(context: AuthoringContext, base: string, fileOf: (id: string) => string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!isRecordId(candidate)) throw new AuthoringError(`the id ${candidate} would be longer than 80 characters`);
    if (!context.records.byId.has(candidate) && !existsSync(path.join(context.root, fileOf(candidate)))) return candidate;
  }
}

/** The supervisee's own previous session (one-to-one, peer or ad-hoc) dated before `date`: the one whose actions this one reviews. */
function previousOwnSession(records: RecordSet, supervisee: string, date: string): SessionRecord | undefined {
  let best: { record: SessionRecord; session: Session } | undefined;
  for (const record of records.ofKind.session) {
    const session = record.data;
    if (!ONE_SUPERVISEE_TYPES.has(session.type) || session.supervisee !== supervisee || session.date >= date) continue;
    if (!best || session.date > best.session.date || (session.date === best.session.date && session.id > best.session.id)) best = { record, session };
  }
  return best?.record;
}

/** The group's previous session: the last one before `date` of the same type, led by `supervisor`, with any of `attendees`. */
function previousGroupSession(records: RecordSet, type: GroupType, supervisor: string, attendees: string[], date: string): SessionRecord | undefined {
  let best: { record: SessionRecord; session: Session } | undefined;
  for (const record of records.ofKind.session) {
    const session = record.data;
    if (session.type !== type || session.supervisor !== supervisor || session.date >= date) continue;
    if (!staffAttendees(session).some((id) => attendees.includes(id))) continue;
    if (!best || session.date > best.session.date || (session.date === best.session.date && session.id > best.session.id)) best = { record, session };
  }
  return best?.record;
}

/** Actions agreed in a session: its own, then those of the decision records made in it. */
function actionsAgreedIn(records: RecordSet, session: SessionRecord): Array<{ ref: string; text: string; due?: string }> {
  const own = (session.data.actions ?? []).map((action) => ({ ref: `${session.id}#${action.id}`, text: action.text, due: action.due }));
  const fromDecisions = records.ofKind.decision
    .filter((record) => record.data.session === session.id)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((record) => (record.data.actions ?? []).map((action) => ({ ref: `${record.id}#${action.id}`, text: action.text, due: action.due })));
  return [...own, ...fromDecisions];
}

/** The cases a session left open: every case it discussed but those it closed. */
function openCases(session: SessionRecord): NonNullable<Session['cases']> {
  return (session.data.cases ?? []).filter((entry) => entry.status !== 'closed');
}

/**
 * The `cases` lines of a new session: the open cases of the previous one,
 * each with its status as it stood and the questions of the record form as
 * comments (an empty answer would not pass the schema; a comment is an
 * answer still to write, not a false one).
 */
function openCaseLines(previous: SessionRecord | undefined): string[] {
  const cases = previous ? openCases(previous) : [];
  if (!previous || cases.length === 0) return [];
  return [
    'cases_coverage: all   # all | sample',
    `cases:   # the open cases of ${previous.id}; take out any not discussed, add new ones`,
    ...cases.flatMap((entry) => [
      `  - ref: ${entry.ref}`,
      `    status: ${entry.status}   # on ${previous.data.date}; CIN | CP | LAC | CAF | EH | none | closed`,
      '    # worker_actions: what you have done since the last discussion',
      '    # risks: ...',
      '    # protective_factors: ...',
      '    # strengths: ...',
      '    # role: your role with the family',
      '    # delivery_plan: ...',
      '    # child_file: YYYY-MM-DD   # when this discussion was recorded on the child\'s file',
    ]),
  ];
}

/** Check the new record against its schema before it is written: a template that does not validate is a bug here, not the user's. */
function finish(context: AuthoringContext, kind: NewRecord['kind'], id: string, file: string, text: string, notes: string[]): NewRecord {
  const loaded = recordFromText({ file, absPath: path.join(context.root, file) }, text);
  if (!loaded.valid) {
    const problem = loaded.parseProblem?.message ?? loaded.schemaProblems.map((entry) => `${entry.pointer}: ${entry.message}`).join('; ');
    throw new AuthoringError(`the new ${kind} record would not pass its schema (${problem}); check the values given`);
  }
  return { kind, id, file, text, notes };
}

/** A YAML scalar for a string: plain when that reads back as the same string, quoted otherwise. */
function quote(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function minutesOf(iso: string): number {
  const minutes = duration(iso).as('minutes');
  return Number.isInteger(minutes) && minutes > 0 ? minutes : 60;
}
