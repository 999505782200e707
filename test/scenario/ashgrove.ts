/**
 * A year of supervision at Ashgrove Primary School (a fictional school; every
 * person and child here is invented), from 1 December 2025, when the school
 * moved its supervision records into git, to Monday 23 November 2026, the
 * day of the inspection.
 *
 * `buildAshgrove()` keeps the year as the policy asks. Each lapse, when
 * asked for, changes that year in one place, the way things go wrong in a
 * real school; the scenario test says in a sentence what each one is.
 */
import { School, type Action, type Case, type Person, type Review, type SupervisionFunction } from './school.js';

export const ORGANISATION = 'Ashgrove Primary School';
export const TIMEZONE = 'Europe/London';
export const FIRST_DAY = '2025-12-01';
export const AS_OF = '2026-11-23';

export const LAPSES = [
  'fergusLastSupervised40DaysAgo',
  'wrenLastSupervised70DaysAgo',
  'tamsinSessionBroughtForward',
  'noorNeverSignedHerNovemberRecord',
  'jasperHasNotSignedYet',
  'priyaJuneRecordEditedAfterSigning',
  'oliverSecondActionNotReviewed',
  'harrietActionCarriedPastItsDate',
  'noorCaseChangedWithoutDecision',
  'mayGroupWithoutConfidentiality',
  'newTeacherInWeekThree',
  'wrenHasNoSupervisionTraining',
  'idrisHandoverNotRecorded',
  'maisieSessionCutTo40Minutes',
  'cormacSessionTypedAsNextYear',
  'maisieContractReviewMissed',
  'idrisHasNoContract',
  'fergusMarchRecordWrittenLate',
  'bethanRecordDeleted',
  'childNamedInCommitMessage',
  'cormacNeverCoversSupport',
] as const;
export type Lapse = (typeof LAPSES)[number];

// ---- the people ------------------------------------------------------------

const HARRIET = 'harriet-quennell';
const OLIVER = 'oliver-brandreth';
const PRIYA = 'priya-castellan';
const TAMSIN = 'tamsin-achterberg';
const FERGUS = 'fergus-lindqvist';
const NOOR = 'noor-halloran';
const WREN = 'wren-abernethy';
const JASPER = 'jasper-moorcroft';
const MAISIE = 'maisie-tregothnan';
const CORMAC = 'cormac-delahunt';
const IDRIS = 'idris-farrow';
const BETHAN = 'bethan-ollerenshaw';
const LINNEA = 'linnea-ashcombe';

export const STAFF = { HARRIET, OLIVER, PRIYA, TAMSIN, FERGUS, NOOR, WREN, JASPER, MAISIE, CORMAC, IDRIS, BETHAN, LINNEA } as const;

function people(lapses: ReadonlySet<Lapse>): Person[] {
  return [
    { id: HARRIET, name: 'Harriet Quennell', role: 'Head Teacher', tier: 'general', started: '2018-09-03', supervisors: [{ id: OLIVER, from: '2021-09-01' }], supervision_training: '2024-03-14', about: 'Head teacher. Receives safeguarding supervision from the DSL; supervises the DSL.' },
    { id: OLIVER, name: 'Oliver Brandreth', role: 'Deputy Head Teacher and Designated Safeguarding Lead', tier: 'designated-lead', started: '2021-09-01', supervisors: [{ id: HARRIET, from: '2021-09-01' }], supervision_training: '2024-11-14' },
    { id: PRIYA, name: 'Priya Castellan', role: 'Assistant Head Teacher and Deputy Designated Safeguarding Lead', tier: 'designated-lead', started: '2022-01-04', supervisors: [{ id: OLIVER, from: '2022-01-04' }], supervision_training: '2025-06-12' },
    { id: TAMSIN, name: 'Tamsin Achterberg', role: 'Family Support Worker', tier: 'case-holder', started: '2023-04-17', supervisors: [{ id: OLIVER, from: '2023-04-17' }] },
    { id: FERGUS, name: 'Fergus Lindqvist', role: 'Learning Mentor', tier: 'case-holder', started: '2024-09-02', supervisors: [{ id: PRIYA, from: '2024-09-02' }] },
    {
      id: NOOR, name: 'Noor Halloran', role: 'Pastoral Lead', tier: 'case-holder', started: '2022-09-01', supervision_training: '2024-02-08',
      supervisors: [{ id: OLIVER, from: '2022-09-01' }],
      about: 'Pastoral lead. Holds cases; supervises the pastoral support assistant.',
    },
    {
      id: WREN, name: 'Wren Abernethy', role: 'Special Educational Needs Co-ordinator (SENCo)', tier: 'case-holder', started: '2020-09-01', line_manager: HARRIET,
      supervisors: [{ id: PRIYA, from: '2022-01-04' }],
      supervision_training: lapses.has('wrenHasNoSupervisionTraining') ? undefined : '2024-01-25',
      about: 'SENCo. Holds cases where special educational needs and safeguarding overlap; supervises a teaching assistant.',
    },
    { id: MAISIE, name: 'Maisie Tregothnan', role: 'Year 3 Class Teacher', tier: 'general', started: '2019-09-02', supervisors: [{ id: PRIYA, from: '2022-01-04' }] },
    { id: CORMAC, name: 'Cormac Delahunt', role: 'Teaching Assistant', tier: 'general', started: '2021-01-04', supervisors: [{ id: WREN, from: '2021-01-04' }] },
    { id: IDRIS, name: 'Idris Farrow', role: 'Attendance Officer', tier: 'general', started: '2019-04-01', supervisors: [{ id: HARRIET, from: '2019-04-01' }] },
    { id: BETHAN, name: 'Bethan Ollerenshaw', role: 'Pastoral Support Assistant', tier: 'general', started: '2021-01-04', supervisors: [{ id: NOOR, from: '2023-01-09' }] },
    // Whole-school safeguarding training on the September INSET day.
  ].map((person) => ({ ...person, safeguarding_training: '2026-09-01' }));
}

const JASPER_PERSON: Person = {
  id: JASPER, name: 'Jasper Moorcroft', role: 'Early Career Teacher, Year 2', tier: 'newly-qualified', started: '2026-09-01', induction_until: '2028-07-21',
  supervisors: [{ id: PRIYA, from: '2026-09-01' }],
  safeguarding_training: '2026-09-01',
  about: 'Early career teacher in his first year; induction mentor is the deputy DSL.',
};

const LINNEA_PERSON: Person = {
  id: LINNEA, name: 'Linnea Ashcombe', role: 'Early Career Teacher, Year 5', tier: 'newly-qualified', started: '2026-11-09', induction_until: '2028-11-08',
  supervisors: [{ id: PRIYA, from: '2026-11-09' }],
  safeguarding_training: '2026-11-09',
  about: 'Early career teacher who joined in November to cover a long-term absence.',
};

// ---- dates -------------------------------------------------------------------

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every `days` days from `first` while on or before `last`. */
function every(days: number, first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = addDays(date, days)) dates.push(date);
  return dates;
}

/** The Friday on or after a date: the week's records are committed then. */
function fridayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (5 - weekday + 7) % 7);
}

// ---- the diary: what is written when, and when it is committed ------------------

interface Entry {
  /** When the record is written (or the change made). */
  date: string;
  /** When it is committed: the Friday of that week unless told otherwise. */
  commitOn: string;
  message?: string;
  author?: string;
  act: (school: School) => void;
}

class Diary {
  private readonly entries: Entry[] = [];

  on(date: string, act: (school: School) => void, options: { commitOn?: string; message?: string; author?: string } = {}): void {
    this.entries.push({ date, commitOn: options.commitOn ?? fridayOf(date), message: options.message, author: options.author, act });
  }

  /**
   * Play the year: each commit in date order (the week's records on Friday,
   * anything with its own message as a commit of its own after them). The
   * first and the last commits are signed with the `supv sign` command line.
   */
  async play(school: School): Promise<void> {
    const commits = new Map<string, Entry[]>();
    for (const entry of this.entries) {
      const key = `${entry.commitOn}\u0000${entry.message === undefined ? 0 : 1}\u0000${entry.message ?? ''}`;
      commits.set(key, [...(commits.get(key) ?? []), entry]);
    }
    const keys = [...commits.keys()].sort();
    for (const [position, key] of keys.entries()) {
      const entries = commits.get(key)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      for (const entry of entries) entry.act(school);
      const { commitOn, message, author } = entries[0]!;
      const via = position === 0 || position === keys.length - 1 ? 'cli' : 'library';
      await school.commit(commitOn, message ?? `Supervision records, week ending ${commitOn}`, { author, via });
    }
  }
}

// ---- supervision: sessions that review what the last one agreed ---------------

const ACTION_TEXTS = [
  'Update the chronology on the child protection system',
  'Chase the school nurse for the health update',
  'Book the team around the family meeting',
  'Share the attendance plan with the family',
  'Complete the early help assessment review',
  'Read the updated Keeping Children Safe in Education guidance',
];

interface Plan {
  date: string;
  supervisor: string;
  supervisee: string;
  /** Actions agreed; by default one, due by the next session. */
  actions?: Action[];
  /** How the previous session's actions are reviewed; by default each one as done. */
  review?: (open: string[]) => Review[];
  functions?: SupervisionFunction[];
  minutes?: number;
  cases?: Case[];
  typedDate?: string;
  signedBy?: string[];
  commitOn?: string;
  message?: string;
  next?: string;
  /** A decision for a child's file made in this session, and the message of its own commit if it has one. */
  decision?: { terms: Omit<DecisionTerms, 'session' | 'date' | 'supervisor' | 'supervisee'>; message?: string };
}

type DecisionTerms = Parameters<School['decide']>[0];

class Supervision {
  /** Per supervisee: the `<record>#<action>` refs their next session must review. */
  private readonly open = new Map<string, string[]>();

  constructor(private readonly diary: Diary) {}

  /** A one-to-one session; its record reviews the actions of the supervisee's previous one. */
  session(plan: Plan): string {
    const id = `${plan.date}-${plan.supervisee}`;
    const open = this.open.get(plan.supervisee) ?? [];
    const reviewed = plan.review ? plan.review(open) : open.map((ref) => ({ ref, status: 'done' as const, note: 'Done.' }));
    const actions = plan.actions ?? [];
    this.open.set(plan.supervisee, actions.map((action) => `${id}#${action.id}`));
    this.diary.on(
      plan.date,
      (school) =>
        void school.meet({
          date: plan.date, typedDate: plan.typedDate, supervisor: plan.supervisor, supervisee: plan.supervisee,
          minutes: plan.minutes, functions: plan.functions, cases: plan.cases, actions, reviewed, next_meeting: plan.next, signedBy: plan.signedBy,
        }),
      { commitOn: plan.commitOn, message: plan.message },
    );
    if (plan.decision) {
      const terms: DecisionTerms = { ...plan.decision.terms, session: id, date: plan.date, supervisor: plan.supervisor, supervisee: plan.supervisee };
      const decision = `dec-${terms.date}-${terms.case.toLowerCase()}`;
      // Its actions are reviewed at the supervisee's next session, with the session's own.
      for (const action of terms.actions ?? []) this.open.get(plan.supervisee)!.push(`${decision}#${action.id}`);
      this.diary.on(plan.date, (school) => void school.decide(terms), { message: plan.decision.message });
    }
    return id;
  }

  /**
   * Regular supervision of a case holder, a lead or an early career teacher:
   * a session on each of `dates`, each agreeing one action due by the next.
   * `tweak` adjusts a session (or drops it, returning undefined).
   */
  monthly(
    supervisee: string,
    supervisorOn: (date: string) => string,
    dates: string[],
    tweak: (plan: Plan, index: number) => Plan | undefined = (plan) => plan,
  ): void {
    dates.forEach((date, index) => {
      const next = dates[index + 1] ?? addDays(date, 28);
      const base: Plan = {
        date,
        supervisor: supervisorOn(date),
        supervisee,
        next,
        actions: [{ id: 'A1', text: ACTION_TEXTS[(index + supervisee.length) % ACTION_TEXTS.length]!, owner: supervisee, due: next }],
      };
      const plan = tweak(base, index);
      if (plan) this.session(plan);
    });
  }
}

// ---- the year ------------------------------------------------------------------

/** Ashgrove's year, kept as the policy asks, except for the lapses given. */
export async function buildAshgrove(lapses: ReadonlySet<Lapse> = new Set()): Promise<School> {
  const has = (lapse: Lapse) => lapses.has(lapse);
  const school = School.open(ORGANISATION, TIMEZONE);
  const diary = new Diary();
  const supervision = new Supervision(diary);
  const setUp = { commitOn: FIRST_DAY, message: `Set up supervision records for ${ORGANISATION}` };

  // 1 December 2025: the staff list, and a new supervision contract for everyone, signed by both.
  const staff = people(lapses);
  diary.on(FIRST_DAY, (s) => staff.forEach((person) => s.hire(person)), setUp);
  const contracts: Array<[string, string]> = [
    [HARRIET, OLIVER], [OLIVER, HARRIET], [PRIYA, OLIVER], [TAMSIN, OLIVER], [FERGUS, PRIYA], [NOOR, OLIVER],
    [WREN, PRIYA], [MAISIE, PRIYA], [CORMAC, WREN], [IDRIS, HARRIET], [BETHAN, NOOR],
  ];
  for (const [supervisee, supervisor] of contracts) {
    if (supervisee === IDRIS && has('idrisHasNoContract')) continue;
    const general = staff.find((person) => person.id === supervisee)!.tier === 'general';
    const review_due = supervisee === MAISIE && has('maisieContractReviewMissed') ? '2026-09-01' : undefined;
    diary.on(FIRST_DAY, (s) => void s.contract({ supervisee, supervisor, agreed: FIRST_DAY, frequency: general ? 'P3M' : 'P4W', review_due }), setUp);
  }

  // Termly group supervision for the case holders, led by the DSL.
  for (const date of ['2026-01-21', '2026-05-06', '2026-09-10']) {
    const confidentiality_agreed = !(date === '2026-05-06' && has('mayGroupWithoutConfidentiality'));
    diary.on(date, (s) => void s.meet({ date, supervisor: OLIVER, attendees: [TAMSIN, FERGUS, NOOR, WREN], confidentiality_agreed, minutes: 90 }));
  }

  // The DSL, supervised by the head every four weeks.
  supervision.monthly(OLIVER, () => HARRIET, every(28, '2025-12-03', AS_OF), (plan) => {
    if (plan.date === '2026-10-07') {
      plan.actions!.push({ id: 'A2', text: 'Complete the DSL refresher course', owner: OLIVER, due: '2026-12-15' });
    }
    if (plan.date === '2026-11-04') {
      plan.review = (open) =>
        open
          .filter((ref) => !(ref.endsWith('#A2') && has('oliverSecondActionNotReviewed')))
          .map((ref) => (ref.endsWith('#A2') ? { ref, status: 'carried', note: 'Booked for December.' } : { ref, status: 'done', note: 'Done.' }));
    }
    return plan;
  });

  // The deputy DSL, supervised by the DSL.
  supervision.monthly(PRIYA, () => OLIVER, every(28, '2025-12-04', AS_OF));
  if (has('priyaJuneRecordEditedAfterSigning')) {
    diary.on(
      '2026-06-30',
      (s) => s.edit(s.fileOf(`2026-06-18-${PRIYA}`), (text) => text.replace('Training and professional development discussed.', 'Training discussed; the NPQ application is on hold.')),
      { commitOn: '2026-06-30', message: 'Tidy the wording of a June supervision record', author: 'Priya Castellan' },
    );
  }

  // Tamsin, family support worker, supervised by the DSL; a child moves onto a child protection plan in January.
  const tamsinDates = every(28, '2025-12-08', AS_OF).map((date) => (date === '2026-11-09' && has('tamsinSessionBroughtForward') ? '2026-10-29' : date));
  supervision.monthly(TAMSIN, () => OLIVER, tamsinDates, (plan) => {
    if (plan.date === '2026-02-02') {
      plan.cases = [{ ref: 'FAM-0107', status: 'CP', status_changed: '2026-01-26', decision: 'dec-2026-02-02-fam-0107' }, { ref: 'FAM-0112', status: 'EH' }];
      plan.decision = {
        terms: {
          case: 'FAM-0107', child: { name: 'Marnie Coldwell', dob: '2017-05-14' },
          concerns: 'The initial child protection conference on 26 January made a plan under the category of neglect.',
          actions: [{ id: 'D1', text: 'Attend the first core group and share the school attendance record', owner: TAMSIN, due: '2026-02-09' }],
        },
        message: has('childNamedInCommitMessage') ? 'Decision for Marnie Coldwell after the child protection conference' : undefined,
      };
    }
    return plan;
  });

  // Fergus, learning mentor, supervised by the deputy DSL.
  supervision.monthly(FERGUS, () => PRIYA, every(28, '2025-12-10', AS_OF), (plan) => {
    if (plan.date === '2026-03-04' && has('fergusMarchRecordWrittenLate')) {
      Object.assign(plan, { commitOn: '2026-03-24', message: `Write up the supervision of ${plan.date}` });
    }
    if (plan.date === '2026-10-14') plan.actions = [];
    if (plan.date === '2026-11-11' && has('fergusLastSupervised40DaysAgo')) return undefined;
    return plan;
  });

  // Noor, pastoral lead: supervised by the DSL, then by the deputy DSL from the summer term, with a handover.
  const handover = `2026-04-01-${NOOR}`;
  diary.on('2026-04-13', (s) => {
    s.update(NOOR, { supervisors: [{ id: OLIVER, from: '2022-09-01', to: '2026-04-12' }, { id: PRIYA, from: '2026-04-13', handover }] });
    s.contract({ supervisee: NOOR, supervisor: PRIYA, agreed: '2026-04-13' });
  });
  supervision.monthly(NOOR, (date) => (date < '2026-04-13' ? OLIVER : PRIYA), every(28, '2025-12-10', AS_OF), (plan) => {
    if (plan.date === '2026-06-24') {
      const decided = !has('noorCaseChangedWithoutDecision');
      plan.cases = [{ ref: 'FAM-0031', status: 'CIN', status_changed: '2026-06-08', decision: decided ? 'dec-2026-06-24-fam-0031' : undefined }];
      if (decided) {
        plan.decision = {
          terms: {
            case: 'FAM-0031', child: { name: 'Solomon Pettifer', dob: '2019-02-11' },
            concerns: 'Referral accepted by children\u2019s social care; assessed as a child in need.',
            actions: [{ id: 'D1', text: 'Invite the social worker to the next pastoral review', owner: NOOR, due: '2026-07-01' }],
          },
        };
      }
    }
    if (plan.date === '2026-11-11' && has('noorNeverSignedHerNovemberRecord')) plan.signedBy = [PRIYA];
    return plan;
  });

  // Wren, SENCo, supervised by the deputy DSL.
  supervision.monthly(WREN, () => PRIYA, every(28, '2025-12-08', AS_OF), (plan) => {
    if (plan.date === '2026-09-14') plan.actions = [];
    if (plan.date > '2026-09-14' && has('wrenLastSupervised70DaysAgo')) return undefined;
    return plan;
  });

  // Jasper, early career teacher from September: weekly for six weeks, then fortnightly.
  diary.on('2026-09-01', (s) => {
    s.hire(JASPER_PERSON);
    s.contract({ supervisee: JASPER, supervisor: PRIYA, agreed: '2026-09-01', frequency: 'P2W' });
  });
  const jasperDates = [...every(7, '2026-09-04', '2026-10-09'), ...every(14, '2026-10-23', AS_OF)];
  supervision.monthly(JASPER, () => PRIYA, jasperDates, (plan) => {
    if (plan.date === '2026-11-20' && has('jasperHasNotSignedYet')) plan.signedBy = [PRIYA];
    return plan;
  });

  // Linnea, a second early career teacher, joins on 9 November.
  if (has('newTeacherInWeekThree')) {
    diary.on('2026-11-09', (s) => {
      s.hire(LINNEA_PERSON);
      s.contract({ supervisee: LINNEA, supervisor: PRIYA, agreed: '2026-11-09', frequency: 'P1W' });
    });
    for (const date of ['2026-11-09', '2026-11-14']) supervision.session({ date, supervisor: PRIYA, supervisee: LINNEA });
  }

  // Staff without cases: about twice a term (the general tier allows three months).
  const termly = (supervisee: string, supervisorOn: (date: string) => string, dates: string[], tweak: (plan: Plan) => Plan = (plan) => plan) => {
    for (const date of dates) supervision.session(tweak({ date, supervisor: supervisorOn(date), supervisee }));
  };
  termly(HARRIET, () => OLIVER, ['2025-12-15', '2026-03-02', '2026-05-18', '2026-07-13', '2026-09-21', '2026-11-16'], (plan) => {
    if (plan.date === '2026-09-21') plan.actions = [{ id: 'A1', text: 'Present the annual safeguarding report to the governing body', owner: HARRIET, due: '2026-10-31' }];
    if (plan.date === '2026-11-16' && has('harrietActionCarriedPastItsDate')) {
      plan.review = (open) => open.map((ref) => ({ ref, status: 'carried', note: 'The governors\u2019 meeting moved; to be rearranged.' }));
    }
    return plan;
  });
  termly(MAISIE, () => PRIYA, ['2025-12-12', '2026-02-06', '2026-03-27', '2026-05-22', '2026-07-17', '2026-09-18', '2026-11-13'], (plan) => {
    if (plan.date === '2026-03-27' && has('maisieSessionCutTo40Minutes')) plan.minutes = 40;
    return plan;
  });
  termly(CORMAC, () => WREN, ['2025-12-16', '2026-01-20', '2026-03-17', '2026-05-19', '2026-07-14', '2026-09-15', '2026-11-10'], (plan) => {
    if (plan.date === '2026-01-20' && has('cormacSessionTypedAsNextYear')) plan.typedDate = '2027-01-20';
    if (plan.date >= '2026-07-14' && has('cormacNeverCoversSupport')) plan.functions = ['accountability', 'development'];
    return plan;
  });
  termly(IDRIS, (date) => (date < '2026-09-01' ? HARRIET : OLIVER), ['2025-12-05', '2026-02-27', '2026-05-15', '2026-07-10', '2026-09-04', '2026-11-06']);
  // The contract is reviewed whenever the supervisor changes: a new one with the new supervisor at the handover.
  if (!has('idrisHasNoContract')) diary.on('2026-09-04', (s) => void s.contract({ supervisee: IDRIS, supervisor: OLIVER, agreed: '2026-09-04', frequency: 'P3M' }));
  diary.on('2026-09-04', (s) =>
    s.update(IDRIS, {
      supervisors: [
        { id: HARRIET, from: '2019-04-01', to: '2026-08-31' },
        { id: OLIVER, from: '2026-09-01', handover: has('idrisHandoverNotRecorded') ? undefined : `2026-09-04-${IDRIS}` },
      ],
    }),
  );
  termly(BETHAN, () => NOOR, ['2025-12-11', '2026-02-12', '2026-04-23', '2026-06-25']);
  diary.on('2026-07-22', (s) => s.update(BETHAN, { left: '2026-07-22' }));
  if (has('bethanRecordDeleted')) {
    diary.on('2026-09-07', (s) => s.remove(s.fileOf(`2026-06-25-${BETHAN}`)), {
      commitOn: '2026-09-07',
      message: 'Clear out supervision records of staff who have left',
      author: 'Noor Halloran',
    });
  }

  await diary.play(school);
  return school;
}

