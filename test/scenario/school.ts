/**
 * A records repository built the way a school keeps one: a real git
 * repository in a temporary folder, records written on the day they are
 * made, signed with the real `supv sign` command, and committed in date order
 * with backdated author and committer dates, so the git rules see a history
 * that is contemporaneous (or, where a scenario says so, is not).
 *
 * Every name used with this builder is invented.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { indexRecords } from '../../src/load/load.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { signRecordText } from '../../src/sign/sign.js';

export const BIN = path.resolve(import.meta.dirname, '../../bin/supv.js');

type Fields = Record<string, unknown>;
export type SupervisionFunction = 'accountability' | 'development' | 'support';
export const ALL_FUNCTIONS: SupervisionFunction[] = ['accountability', 'development', 'support'];

export interface Person {
  id: string;
  name: string;
  role: string;
  tier: string;
  started: string;
  /** Supervisors, oldest first: `{ id, from, to?, handover? }`. */
  supervisors: Array<{ id: string; from: string; to?: string; handover?: string }>;
  induction_until?: string;
  left?: string;
  line_manager?: string;
  supervision_training?: string;
  /** The date of their last safeguarding training. */
  safeguarding_training?: string;
  /** A sentence or two about them, for the staff record's body. */
  about?: string;
}

export interface Action {
  id: string;
  text: string;
  owner: string;
  due: string;
}

export interface Review {
  ref: string;
  status: 'done' | 'carried' | 'dropped';
  note?: string;
}

export interface Case {
  ref: string;
  status: 'CIN' | 'CP' | 'LAC' | 'CAF' | 'EH' | 'none';
  status_changed?: string;
  decision?: string;
}

interface Meeting {
  date: string;
  supervisor: string;
  /** One-to-one with this person... */
  supervisee?: string;
  /** ...or a group of these people. */
  attendees?: string[];
  type?: 'one-to-one' | 'group' | 'peer' | 'ad-hoc' | 'joint-agency';
  confidentiality_agreed?: boolean;
  minutes?: number;
  functions?: SupervisionFunction[];
  cases?: Case[];
  actions?: Action[];
  reviewed?: Review[];
  next_meeting?: string;
  /** Overrides the id `<date>-<supervisee>` (or `<date>-group`). */
  id?: string;
  /** Overrides `date` in the frontmatter only (a typing mistake), keeping the id. */
  typedDate?: string;
  /** Who signs when the record is committed: everyone required, unless told otherwise. */
  signedBy?: string[];
  body?: string;
}

interface ContractTerms {
  supervisee: string;
  supervisor: string;
  agreed: string;
  frequency?: string;
  review_due?: string;
  signedBy?: string[];
}

interface DecisionTerms {
  session: string;
  date: string;
  case: string;
  child: { name: string; dob: string };
  supervisor: string;
  supervisee: string;
  concerns: string;
  actions?: Action[];
  signedBy?: string[];
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** One signature to add at the next commit: which file, by whom. */
interface PendingSignature {
  file: string;
  by: string;
}

export class School {
  readonly root: string;
  private readonly people = new Map<string, Person>();
  private pendingSignatures: PendingSignature[] = [];
  /** Every sign call made, for the record (and to keep an eye on how many). */
  signCalls = { cli: 0, library: 0 };

  private constructor(
    root: string,
    readonly organisation: string,
    readonly timezone: string,
  ) {
    this.root = root;
  }

  /** A new school: an empty git repository with its own committer settings and the default policy. */
  static open(organisation: string, timezone: string): School {
    const root = mkdtempSync(path.join(tmpdir(), 'supv-school-'));
    const school = new School(root, organisation, timezone);
    school.git(['init', '-q', '-b', 'main']);
    school.git(['config', 'user.name', 'Records Office']);
    school.git(['config', 'user.email', 'records@example.org']);
    school.git(['config', 'commit.gpgsign', 'false']);
    school.write('supv.config.yaml', configText(organisation, timezone));
    return school;
  }

  /** Remove the repository folder. */
  close(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  // ---- people ------------------------------------------------------------

  /** Take someone on: their staff record. */
  hire(person: Person): void {
    this.people.set(person.id, person);
    const { about, ...fields } = person;
    this.write(`records/staff/${person.id}.md`, recordText({ kind: 'staff', ...fields }, about ?? `${person.role} at ${this.organisation}.`));
  }

  /** Change someone's staff record: a new supervisor, a leaving date. */
  update(id: string, changes: Partial<Person>): void {
    const person = this.people.get(id);
    if (!person) throw new Error(`no such person in this school: ${id}`);
    this.hire({ ...person, ...changes });
  }

  nameOf(id: string): string {
    const person = this.people.get(id);
    if (!person) throw new Error(`no such person in this school: ${id}`);
    return person.name;
  }

  // ---- records -----------------------------------------------------------

  /** A supervision contract, signed by both parties when it is committed (unless `signedBy` says otherwise). */
  contract(terms: ContractTerms): string {
    const id = `contract-${terms.supervisee}-${terms.agreed.slice(0, 4)}`;
    const file = `records/contracts/${id}.md`;
    const [supervisee, supervisor] = [this.nameOf(terms.supervisee), this.nameOf(terms.supervisor)];
    const fields: Fields = {
      kind: 'contract',
      id,
      supervisee: terms.supervisee,
      supervisor: terms.supervisor,
      agreed: terms.agreed,
      frequency: terms.frequency ?? 'P4W',
      duration_minutes: 60,
      review_due: terms.review_due,
      dispute_resolution: 'Head Teacher',
    };
    const body = [
      '## Purpose of supervision',
      '',
      `Supervision at ${this.organisation} keeps children safe by making sure that the people who work with them are accountable for their practice, supported, and keep developing.`,
      '',
      '## Responsibilities',
      '',
      `**Supervisor (${supervisor}):** books sessions, keeps a clear, accurate and contemporaneous record, signs it within a week and follows up agreed actions.`,
      '',
      `**Supervisee (${supervisee}):** prepares cases and issues to discuss, completes agreed actions and reads and signs the record within a week.`,
    ].join('\n');
    this.write(file, recordText(fields, body));
    this.toSign(file, terms.signedBy ?? [terms.supervisor, terms.supervisee]);
    return id;
  }

  /** A supervision session and its record; returns the session id. */
  meet(meeting: Meeting): string {
    const group = meeting.attendees !== undefined;
    const id = meeting.id ?? `${meeting.date}-${group ? 'group' : meeting.supervisee}`;
    const file = `records/sessions/${id.slice(0, 4)}/${id}.md`;
    const fields: Fields = {
      kind: 'session',
      id,
      date: meeting.typedDate ?? meeting.date,
      type: meeting.type ?? (group ? 'group' : 'one-to-one'),
      supervisor: meeting.supervisor,
      supervisee: meeting.supervisee,
      attendees: meeting.attendees,
      confidentiality_agreed: group ? (meeting.confidentiality_agreed ?? true) : undefined,
      duration_minutes: meeting.minutes ?? 60,
      functions: meeting.functions ?? ALL_FUNCTIONS,
      cases_coverage: meeting.cases ? 'sample' : undefined,
      cases: meeting.cases,
      actions: meeting.actions?.length ? meeting.actions : undefined,
      actions_reviewed: meeting.reviewed?.length ? meeting.reviewed : undefined,
      next_meeting: meeting.next_meeting,
    };
    const who = group ? meeting.attendees!.map((person) => this.nameOf(person)).join(', ') : this.nameOf(meeting.supervisee!);
    const body = meeting.body ?? sessionBody(this.nameOf(meeting.supervisor), who, meeting);
    this.write(file, recordText(fields, body));
    this.toSign(file, meeting.signedBy ?? [meeting.supervisor, ...(group ? meeting.attendees! : [meeting.supervisee!])]);
    return id;
  }

  /** A decision record for the child's file, signed by the supervisor. */
  decide(terms: DecisionTerms): string {
    const id = `dec-${terms.date}-${terms.case.toLowerCase()}`;
    const file = `records/decisions/${id}.md`;
    const fields: Fields = {
      kind: 'decision',
      id,
      case: terms.case,
      child: terms.child,
      session: terms.session,
      date: terms.date,
      supervisor: terms.supervisor,
      supervisee: terms.supervisee,
      actions: terms.actions,
    };
    const body = [
      '## Concerns',
      '',
      terms.concerns,
      '',
      '## Decision',
      '',
      `Discussed in supervision ${terms.session} between ${this.nameOf(terms.supervisor)} (supervisor) and ${this.nameOf(terms.supervisee)}.`,
    ].join('\n');
    this.write(file, recordText(fields, body));
    this.toSign(file, terms.signedBy ?? [terms.supervisor]);
    return id;
  }

  /** Change a record's text in place (after it was signed, the signatures no longer match). */
  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`editing ${file} changed nothing`);
    this.write(file, after);
  }

  /** Delete a record file from the working folder (the next commit records the deletion). */
  remove(file: string): void {
    rmSync(path.join(this.root, file));
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  /** The file of a record by id, for the kinds this builder writes. */
  fileOf(id: string): string {
    if (this.people.has(id)) return `records/staff/${id}.md`;
    if (id.startsWith('contract-')) return `records/contracts/${id}.md`;
    if (id.startsWith('dec-')) return `records/decisions/${id}.md`;
    return `records/sessions/${id.slice(0, 4)}/${id}.md`;
  }

  // ---- signing and committing ---------------------------------------------

  /**
   * Sign what is waiting to be signed and commit everything, backdated to
   * `onDate` (4 pm in the school's zone, written with its offset), as
   * `author` when given.
   *
   * Signing is the real `supv sign`: with `via: 'cli'`, the command line
   * itself, one call per signer with all of their files; otherwise the
   * function that command runs for each file (`signRecordText`: the same
   * role choice, content hash, splice and re-read), which keeps a year of
   * weekly commits fast.
   */
  async commit(onDate: string, message: string, options: { author?: string; via?: 'cli' | 'library' } = {}): Promise<void> {
    const at = timestampOn(onDate, this.timezone);
    if (options.via === 'cli') await this.signWithCli(at);
    else this.signWithLibrary(at);
    this.git(['add', '-A']);
    const env: Record<string, string> = { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at };
    if (options.author) Object.assign(env, { GIT_AUTHOR_NAME: options.author, GIT_AUTHOR_EMAIL: `${options.author.toLowerCase().replace(/\W+/g, '.')}@example.org` });
    this.git(['commit', '-q', '--allow-empty', '-m', message], env);
  }

  /** The full hash and author date of the last commit whose message contains `text`. */
  commitWith(text: string): { hash: string; date: string } {
    const line = this.git(['log', '--fixed-strings', `--grep=${text}`, '-1', '--format=%H %aI']).trim();
    if (!line) throw new Error(`no commit message contains ${text}`);
    const [hash, date] = line.split(' ');
    return { hash: hash!, date: date! };
  }

  private toSign(file: string, signers: string[]): void {
    this.pendingSignatures = this.pendingSignatures.filter((entry) => entry.file !== file);
    for (const by of signers) this.pendingSignatures.push({ file, by });
  }

  private takePending(): Map<string, string[]> {
    const filesBy = new Map<string, string[]>();
    for (const { file, by } of this.pendingSignatures) filesBy.set(by, [...(filesBy.get(by) ?? []), file]);
    this.pendingSignatures = [];
    return filesBy;
  }

  private async signWithCli(at: string): Promise<void> {
    for (const [by, files] of this.takePending()) {
      const result = await this.supv(['sign', ...files, '--as', by, '--at', at]);
      this.signCalls.cli++;
      if (result.exitCode !== 0) throw new Error(`supv sign --as ${by} failed (${result.exitCode}): ${result.stderr}`);
    }
  }

  private signWithLibrary(at: string): void {
    const pending = this.takePending();
    if (pending.size === 0) return;
    // The signer must be a valid staff record, as `supv sign` checks: index the staff records as they are now.
    const staff = [...this.people.keys()].map((id) => {
      const file = `records/staff/${id}.md`;
      return recordFromText({ file, absPath: path.join(this.root, file) }, this.read(file));
    });
    const records = indexRecords(staff);
    for (const [by, files] of pending) {
      for (const file of files) {
        const { text } = signRecordText(this.read(file), { as: by, at, records, file });
        this.write(file, text);
        this.signCalls.library++;
      }
    }
  }

  // ---- running supv -------------------------------------------------------

  /**
   * Run supv the way the scenario's records office would: the CLI's own
   * entry point with these arguments, in this process (the binary only adds
   * process I/O; `spawn` runs the built binary itself).
   */
  async supv(args: string[]): Promise<RunResult> {
    let stdout = '';
    let stderr = '';
    const exitCode = await main([...args, '--cwd', this.root], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      cwd: this.root,
      env: {},
      isTTY: false,
      now: () => new Date(),
    });
    return { exitCode, stdout, stderr };
  }

  /** The built binary, `node bin/supv.js`, in a child process. */
  spawn(args: string[]): RunResult {
    const result = spawnSync(process.execPath, [BIN, ...args, '--cwd', this.root], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  // ---- files and git ------------------------------------------------------

  private write(file: string, text: string): void {
    const full = path.join(this.root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.root,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
}

// ---- texts ----------------------------------------------------------------

function configText(organisation: string, timezone: string): string {
  return [
    `organisation: ${organisation}`,
    `timezone: ${timezone}`,
    'marking: OFFICIAL-SENSITIVE',
    '# policy: the defaults (SPEC section 4) apply',
    '',
  ].join('\n');
}

/** Frontmatter in the order given (undefined fields left out), then the body. */
export function recordText(fields: Fields, body: string): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n\n${body}\n`;
}

function sessionBody(supervisor: string, who: string, meeting: Meeting): string {
  const functions = meeting.functions ?? ALL_FUNCTIONS;
  const lines = [
    '## Summary of events',
    '',
    meeting.attendees
      ? `Group supervision led by ${supervisor} with ${who}. The boundaries of confidentiality were discussed at the start.`
      : `Supervision of ${who} by ${supervisor}.`,
    '',
    '## Discussion',
    '',
  ];
  if (functions.includes('accountability')) lines.push('- Caseload, recording and the school\'s safeguarding procedures reviewed.');
  if (functions.includes('development')) lines.push('- Training and professional development discussed.');
  if (functions.includes('support')) lines.push('- Workload and wellbeing: how the work is affecting them, and what helps.');
  for (const entry of meeting.cases ?? []) lines.push(`- ${entry.ref} (${entry.status}) discussed.`);
  return lines.join('\n');
}

/** 4 pm on `date` in `zone`, RFC 3339 with that zone's offset on the day. */
export function timestampOn(date: string, zone: string): string {
  const offsetMinutes = zoneOffsetMinutes(date, zone);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${date}T16:00:00${offset}`;
}

function zoneOffsetMinutes(date: string, zone: string): number {
  const noon = new Date(`${date}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(noon);
  const hour = Number(parts.find((part) => part.type === 'hour')!.value);
  const minute = Number(parts.find((part) => part.type === 'minute')!.value);
  return (hour - 12) * 60 + minute;
}
