/* eslint-disable */
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs.
 * Do not edit: change the schema and run `npm run types`.
 */

/**
 * A period during which one person was the supervisor: a member of staff (`id`) or someone from outside (`external`).
 */
export type SupervisorSpell = (
  | {
      id?: never;
    }
  | {
      id: unknown;
    }
) & {
  /**
   * The supervisor (a staff id); `external` instead for a supervisor from outside.
   */
  id?: string;
  external?: ExternalSupervisor;
  /**
   * First day of the arrangement.
   */
  from: string;
  /**
   * Last day of the arrangement; absent for the current supervisor.
   */
  to?: string;
  /**
   * The session where the handover to this supervisor was recorded.
   */
  handover?: string;
};
/**
 * A supervision contract, agreed and signed by supervisor and supervisee at the start and reviewed each year. The body sets out the purpose of supervision and both parties' responsibilities.
 */
export type Contract = (
  | {
      supervisor?: never;
    }
  | {
      supervisor: unknown;
    }
) & {
  /**
   * Always `contract`.
   */
  kind: 'contract';
  /**
   * The contract's id; equals the file name without `.md`.
   */
  id: string;
  /**
   * The person supervised (a staff id).
   */
  supervisee: string;
  /**
   * The supervisor (a staff id); `supervisor_external` instead when the supervisor is not on the staff.
   */
  supervisor?: string;
  supervisor_external?: ExternalSupervisor1;
  /**
   * When the contract was agreed.
   */
  agreed: string;
  /**
   * The longest gap allowed between sessions, such as P4W.
   */
  frequency: string;
  /**
   * How often they meet when it changes during the contract (a staged tier, induction), in words: every stage with the date it ends, such as "weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks". `frequency` is the one that applies on `agreed`. The contract PDF prints it as agreed.
   */
  schedule?: string;
  /**
   * The usual length of a session in minutes.
   */
  duration_minutes?: number;
  /**
   * When the contract is next reviewed; defaults to `agreed` plus `policy.contract_review`.
   */
  review_due?: string;
  /**
   * Who resolves a disagreement between supervisor and supervisee, as agreed in the contract (required: the contract PDF prints only what the record says).
   */
  dispute_resolution: string;
  signatures?: Signatures;
};
/**
 * Sign-offs, oldest first. Always the last field of the frontmatter; signing appends to it.
 */
export type Signatures = Signature[];
/**
 * Action points agreed, each with an owner and a due date.
 */
export type Actions = Action[];
/**
 * The session types that count toward the interval: a session of another type is still a record, signed and reviewed, but does not reset the clock.
 *
 * @minItems 1
 *
 * Items: A session type.
 */
export type Counts = ('one-to-one' | 'group' | 'peer' | 'ad-hoc' | 'joint-agency' | 'three-way')[];
/**
 * One duration such as P4W, a list of stages, or `{ every, counts }` (an interval with the session types that count for this tier).
 *
 * @minItems 1
 */
export type Tier =
  | string
  | TierStage[]
  | {
      /**
       * The longest allowed gap between sessions.
       */
      every: string;
      counts?: Counts1;
    };
/**
 * The session types that count toward the interval: a session of another type is still a record, signed and reviewed, but does not reset the clock.
 *
 * @minItems 1
 *
 * Items: A session type.
 */
export type Counts1 = ('one-to-one' | 'group' | 'peer' | 'ad-hoc' | 'joint-agency' | 'three-way')[];

/**
 * A member of staff who receives or gives supervision: their tier, when they started and who has supervised them.
 */
export interface Staff {
  /**
   * Always `staff`.
   */
  kind: 'staff';
  /**
   * The person's id; equals the file name without `.md`.
   */
  id: string;
  /**
   * Full name.
   */
  name: string;
  /**
   * Job title, such as Family Support Worker.
   */
  role: string;
  /**
   * Which supervision interval applies: a key of `policy.tiers` in the configuration.
   */
  tier: string;
  /**
   * First day in post.
   */
  started: string;
  /**
   * Last day of induction; the induction interval applies until then.
   */
  induction_until?: string;
  /**
   * Last day in post; no sessions are due after it.
   */
  left?: string;
  /**
   * When supv's records of this person begin (their records were kept elsewhere before): nothing is due, overdue or charted before it. Overrides `policy.records_from`.
   */
  records_from?: string;
  /**
   * Who has supervised this person, oldest first; the entry without `to` is the current supervisor.
   *
   * @minItems 1
   */
  supervisors: SupervisorSpell[];
  /**
   * When they were trained in supervision skills; needed for anyone who supervises.
   */
  supervision_training?: string;
  /**
   * When they last completed safeguarding training; it lapses after `policy.safeguarding_training_refresh`.
   */
  safeguarding_training?: string;
  /**
   * The first release's single ed25519 public key (SPKI PEM or an `ssh-ed25519 AAAA...` line); read as one key whose `from` is the day of the commit that added it. New keys go in `keys`.
   */
  public_key?: string;
  /**
   * Their personal ed25519 keys, oldest first. Append-only: once committed, an entry is never edited or removed; only `until` may be added.
   *
   * @minItems 1
   */
  keys?: StaffKey[];
  /**
   * Work email address.
   */
  email?: string;
  /**
   * Their line manager (a staff id), when not their supervisor.
   */
  line_manager?: string;
}
/**
 * The supervisor, when they are not on the staff (instead of `id`).
 */
export interface ExternalSupervisor {
  /**
   * Their name, as records should show it.
   */
  name: string;
  /**
   * Who they work for, such as the local authority's safeguarding team.
   */
  organisation?: string;
}
/**
 * One personal key and the days it counts for signatures.
 */
export interface StaffKey {
  /**
   * The public key: SPKI PEM (what `supv keygen` prints) or an OpenSSH line `ssh-ed25519 AAAA... comment`.
   */
  public_key: string;
  /**
   * The first day the key counts for signatures; not earlier than the day of the commit that adds it.
   */
  from: string;
  /**
   * The last day the key counts: set when the key is replaced or lost.
   */
  until?: string;
}
/**
 * The supervisor, when they are not on the staff (a local authority adviser, a commissioned supervisor), instead of `supervisor`; their signature is optional.
 */
export interface ExternalSupervisor1 {
  /**
   * Their name, as records should show it.
   */
  name: string;
  /**
   * Who they work for, such as the local authority's safeguarding team.
   */
  organisation?: string;
}
/**
 * One person's sign-off of the record as it stood when they signed.
 */
export interface Signature {
  /**
   * The capacity in which they signed.
   */
  role: 'supervisor' | 'supervisee' | 'attendee' | 'manager' | 'auditor';
  /**
   * Who signed (a staff id).
   */
  by: string;
  /**
   * When they signed.
   */
  at: string;
  /**
   * SHA-256 of the record's content when signed, as 64 lower-case hex digits.
   */
  sha256: string;
  /**
   * The fingerprint of the personal key used for `sig`, as `ssh-keygen -l` prints it (SHA256:...).
   */
  key?: string;
  /**
   * Optional ed25519 signature by the signer's personal key, in base64.
   */
  sig?: string;
}
/**
 * The record of one supervision session, written by the supervisor and signed by the supervisor and the supervisee or every attendee. The body is the record itself: events, risks, protective factors, strengths, case discussion, team and wellbeing issues.
 */
export interface Session {
  /**
   * Always `session`.
   */
  kind: 'session';
  /**
   * The session's id, such as 2025-02-03-jo-bloggs; equals the file name without `.md`.
   */
  id: string;
  /**
   * When the session took place.
   */
  date: string;
  /**
   * What kind of session: one supervisee (one-to-one, peer, ad-hoc, or a three-way meeting, the escalation meeting with the line manager or a governor) or several attendees (group, joint-agency).
   */
  type: 'one-to-one' | 'group' | 'peer' | 'ad-hoc' | 'joint-agency' | 'three-way';
  /**
   * Who led the session (a staff id); `supervisor_external` instead when the supervisor is not on the staff.
   */
  supervisor?: string;
  supervisor_external?: ExternalSupervisor2;
  /**
   * The person supervised (a staff id); for one-to-one, peer and ad-hoc sessions.
   */
  supervisee?: string;
  /**
   * Everyone supervised (staff ids); for group and joint-agency sessions. Someone from another agency who attended is listed as `{ name, agency, role }`: they sign nothing and the session does not count toward anyone's interval for them.
   *
   * @minItems 1
   */
  attendees?: (string | ExternalAttendee)[];
  /**
   * Whether the boundaries of confidentiality were agreed; for group and joint-agency sessions.
   */
  confidentiality_agreed?: boolean;
  /**
   * What the three-way meeting agreed, to put the supervision back on track; required for a three-way meeting.
   */
  outcome?: string;
  /**
   * The line manager at a three-way meeting (a staff id).
   */
  line_manager?: string;
  /**
   * The governor at a three-way meeting, when the head is the supervisor or line manager (a name).
   */
  governor?: string;
  /**
   * How long the session lasted, in minutes.
   */
  duration_minutes: number;
  /**
   * Which functions of supervision the session covered.
   *
   * @minItems 1
   */
  functions: ('accountability' | 'development' | 'support')[];
  /**
   * Whether every case was discussed (`all`) or a sample.
   */
  cases_coverage?: 'all' | 'sample';
  /**
   * The cases discussed.
   */
  cases?: CaseDiscussed[];
  actions?: Actions;
  /**
   * Every action of the previous session, and what became of it.
   */
  actions_reviewed?: ActionReviewed[];
  /**
   * When the next session is planned.
   */
  next_meeting?: string;
  /**
   * Where the session took place.
   */
  location?: string;
  signatures?: Signatures;
}
/**
 * Who led the session, when they are not on the staff (a local authority adviser, a commissioned supervisor), instead of `supervisor`.
 */
export interface ExternalSupervisor2 {
  /**
   * Their name, as records should show it.
   */
  name: string;
  /**
   * Who they work for, such as the local authority's safeguarding team.
   */
  organisation?: string;
}
/**
 * Someone from another agency (a social worker, a health visitor) who attended; not staff.
 */
export interface ExternalAttendee {
  /**
   * Their name.
   */
  name: string;
  /**
   * The agency they work for, such as Children's Social Care.
   */
  agency: string;
  /**
   * Their role, such as Social Worker.
   */
  role?: string;
}
/**
 * One case discussed in the session.
 */
export interface CaseDiscussed {
  /**
   * A case reference: capital letters, digits and hyphens, such as FAM-0042.
   */
  ref: string;
  /**
   * The case's status: child in need, child protection, looked after, CAF, early help, none, or closed (the case closes with this session).
   */
  status: 'CIN' | 'CP' | 'LAC' | 'CAF' | 'EH' | 'none' | 'closed';
  /**
   * When the status last changed.
   */
  status_changed?: string;
  /**
   * The decision record, when a decision was made (a decision id).
   */
  decision?: string;
  /**
   * When this discussion was recorded on the child's file.
   */
  child_file?: string;
  /**
   * What the worker has done since the last discussion.
   */
  worker_actions?: string;
  /**
   * The risks to the child.
   */
  risks?: string;
  /**
   * The protective factors around the child.
   */
  protective_factors?: string;
  /**
   * The family's strengths.
   */
  strengths?: string;
  /**
   * The worker's role with the family.
   */
  role?: string;
  /**
   * The plan for delivering the work with the family.
   */
  delivery_plan?: string;
  /**
   * A short note.
   */
  note?: string;
}
/**
 * An action point agreed in supervision.
 */
export interface Action {
  /**
   * An action's id within its record: a capital letter then up to nine capitals or digits, such as A1 or D1.
   */
  id: string;
  /**
   * What is to be done.
   */
  text: string;
  /**
   * Who will do it (a staff id).
   */
  owner: string;
  /**
   * When it is due.
   */
  due: string;
  /**
   * A case reference: capital letters, digits and hyphens, such as FAM-0042.
   */
  case?: string;
}
/**
 * An earlier action reviewed in this session.
 */
export interface ActionReviewed {
  /**
   * The action, as `<session id>#<action id>`, such as 2025-01-06-jo-bloggs#A2.
   */
  ref: string;
  /**
   * What became of it.
   */
  status: 'done' | 'carried' | 'dropped';
  /**
   * A short note.
   */
  note?: string;
  /**
   * A carried action's new due date; only with `status: carried`. The action stays open until a later session reviews it as done or dropped.
   */
  due?: string;
}
/**
 * A decision about a named child made in supervision, recorded for the child's file and signed by the supervisor. The body gives a brief safeguarding history, the concerns and the actions agreed.
 */
export interface Decision {
  /**
   * Always `decision`.
   */
  kind: 'decision';
  /**
   * The decision's id; equals the file name without `.md`.
   */
  id: string;
  /**
   * A case reference: capital letters, digits and hyphens, such as FAM-0042.
   */
  case: string;
  child?: Child;
  /**
   * The session where the decision was made (a session id).
   */
  session: string;
  /**
   * When the decision was made.
   */
  date: string;
  /**
   * The supervisor (a staff id).
   */
  supervisor: string;
  /**
   * The person supervised (a staff id).
   */
  supervisee: string;
  actions?: Actions;
  signatures?: Signatures;
}
/**
 * The child the decision is about.
 */
export interface Child {
  /**
   * The child's name.
   */
  name: string;
  /**
   * The child's date of birth.
   */
  dob?: string;
}
/**
 * An audit of one case file by the line manager or another auditor, signed by the auditor. The body gives the audit's detail.
 */
export interface CaseAudit {
  /**
   * Always `case-audit`.
   */
  kind: 'case-audit';
  /**
   * The audit's id; equals the file name without `.md`.
   */
  id: string;
  /**
   * A case reference: capital letters, digits and hyphens, such as FAM-0042.
   */
  case: string;
  /**
   * When the audit was done.
   */
  date: string;
  /**
   * Who audited the file (a staff id).
   */
  auditor: string;
  /**
   * The worker whose case file it is (a staff id).
   */
  worker: string;
  /**
   * What the audit found.
   */
  findings: string;
  actions?: Actions;
  signatures?: Signatures;
}
/**
 * The organisation and its supervision policy, from supv.config.yaml. Every key is optional; a key left out takes its default.
 */
export interface Config {
  /**
   * The organisation's name, shown on every PDF.
   */
  organisation?: string;
  /**
   * The IANA time zone in which dates are read, such as Europe/London.
   */
  timezone?: string;
  /**
   * The protective marking printed on every page, such as OFFICIAL-SENSITIVE.
   */
  marking?: string;
  /**
   * Where built PDFs go, relative to the repository.
   */
  output?: string;
  /**
   * A trusted-keys list kept outside the repository (lines `<staff-id> <fingerprint or ssh-ed25519 line>`): `supv verify` accepts a personal signature only with a key listed for that person. Relative to the repository's root; refused inside it.
   */
  trusted_keys?: string;
  bundle?: BundleSettings;
  seal?: SealPin;
  policy?: Policy;
}
/**
 * How `supv bundle` writes the inspection bundle.
 */
export interface BundleSettings {
  /**
   * The largest file `supv bundle` writes, such as 14MB or 500KB (decimal units), or none: a bigger bundle is written as several complete PDFs (volumes), split between records, each small enough to e-mail. The default, 14MB, is about 19 MB once e-mail has encoded it, under the common 20 MB limit. `--volume-size` overrides it.
   */
  volume_size?: string;
}
/**
 * Whose digital seal `supv verify` accepts on PDFs and bundles: a seal made with any other certificate fails.
 */
export interface SealPin {
  /**
   * The SHA-256 of the sealing certificate (its DER bytes), in hex: `openssl x509 -in seal.pem -noout -fingerprint -sha256` prints it (colons are allowed).
   */
  certificate_sha256?: string;
}
/**
 * How often supervision is due and how soon records must be written and signed.
 */
export interface Policy {
  /**
   * The adoption date: when the organisation began keeping its supervision records in supv. Nothing is due, overdue, late or charted before it; a staff record's own `records_from` overrides it.
   */
  records_from?: string;
  counts?: Counts;
  /**
   * The longest allowed gap between sessions, by tier: one duration, or stages by time since the person started.
   */
  tiers?: {
    [k: string]: Tier | undefined;
  };
  /**
   * The interval for anyone before their `induction_until`.
   */
  induction?: string;
  /**
   * Sessions shorter than this draw a warning.
   */
  min_duration?: string;
  /**
   * Signatures are due within this time of the session.
   */
  sign_within?: string;
  /**
   * A record must first be committed within this time of the session.
   */
  record_within?: string;
  /**
   * How long before a session falls due to start warning.
   */
  due_soon?: string;
  /**
   * How long a contract runs before its review.
   */
  contract_review?: string;
  /**
   * Each function of supervision must be covered in the last this many sessions.
   */
  functions_window?: number;
  /**
   * Every signature needs a `sig` made with the signer's personal key; a signature without one is not valid.
   */
  require_keys?: boolean;
  /**
   * How long after a change of supervisor a contract signed by both with the new supervisor is due (no-contract).
   */
  contract_after_change?: string;
  /**
   * Supervision training older than this has lapsed (supervisor-untrained).
   */
  training_refresh?: string;
  /**
   * Staff safeguarding training older than this has lapsed (safeguarding-training).
   */
  safeguarding_training_refresh?: string;
  /**
   * What is due when supervision is overdue, by how long it is overdue, in order of `after`. Unset: a one-to-one with the supervisor, then a three-way meeting once overdue by more than the person's interval.
   *
   * @minItems 1
   */
  escalation?: EscalationStage[];
  /**
   * The head of the organisation (a staff id): a three-way meeting goes to them when there is no line manager, and to the governor when they are the supervisor or line manager.
   */
  head?: string;
  /**
   * Who a three-way meeting goes to when the head is the supervisor or line manager, such as the chair of governors.
   */
  governor?: string;
  /**
   * How long an open case of each status may go without being discussed in supervision.
   */
  case_review?: {
    /**
     * Child protection cases.
     */
    CP?: string;
    /**
     * Children in need.
     */
    CIN?: string;
    /**
     * Looked-after children.
     */
    LAC?: string;
  };
  /**
   * What must reach the child's file: a decision record for each decision (`decisions`), or a record of every discussion of a case (`all-discussions`: a decision record or the case entry's `child_file` date).
   */
  child_file?: 'decisions' | 'all-discussions';
  /**
   * How often every open CP, CIN or LAC case file must be audited.
   */
  case_audit?: string;
}
/**
 * The interval that applies until a time since the person started.
 */
export interface TierStage {
  /**
   * How long after `started` this stage ends; absent on the last stage.
   */
  until?: string;
  /**
   * The longest allowed gap between sessions in this stage.
   */
  every: string;
}
/**
 * From how long overdue a step is due.
 */
export interface EscalationStage {
  /**
   * How long overdue before this step is due (P0D: as soon as overdue).
   */
  after: string;
  /**
   * The step: a one-to-one with the supervisor, or a three-way meeting with the supervisor and the line manager (or the head, or a governor when the head is the supervisor or line manager).
   */
  step: 'one-to-one' | 'three-way';
}
