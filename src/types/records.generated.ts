/* eslint-disable */
/**
 * Generated from schemas/*.schema.json by scripts/generate-types.mjs.
 * Do not edit: change the schema and run `npm run types`.
 */

/**
 * Sign-offs, oldest first. Always the last field of the frontmatter; signing appends to it.
 */
export type Signatures = Signature[];
/**
 * Action points agreed, each with an owner and a due date.
 */
export type Actions = Action[];
/**
 * One duration such as P4W, or a list of stages.
 *
 * @minItems 1
 */
export type Tier = string | TierStage[];

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
   * Optional ed25519 public key in PEM form, used to check their personal signatures.
   */
  public_key?: string;
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
 * A period during which one person was the supervisor.
 */
export interface SupervisorSpell {
  /**
   * The supervisor (a staff id).
   */
  id: string;
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
}
/**
 * A supervision contract, agreed and signed by supervisor and supervisee at the start and reviewed each year. The body sets out the purpose of supervision and both parties' responsibilities.
 */
export interface Contract {
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
   * The supervisor (a staff id).
   */
  supervisor: string;
  /**
   * When the contract was agreed.
   */
  agreed: string;
  /**
   * The longest gap allowed between sessions, such as P4W.
   */
  frequency: string;
  /**
   * The usual length of a session in minutes.
   */
  duration_minutes?: number;
  /**
   * When the contract is next reviewed; defaults to `agreed` plus `policy.contract_review`.
   */
  review_due?: string;
  /**
   * Who resolves a disagreement between supervisor and supervisee.
   */
  dispute_resolution?: string;
  signatures?: Signatures;
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
   * What kind of session: one supervisee (one-to-one, peer, ad-hoc) or several attendees (group, joint-agency).
   */
  type: 'one-to-one' | 'group' | 'peer' | 'ad-hoc' | 'joint-agency';
  /**
   * Who led the session (a staff id).
   */
  supervisor: string;
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
  seal?: SealPin;
  policy?: Policy;
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
