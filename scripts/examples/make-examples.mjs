#!/usr/bin/env node
// Writes the example records repository at the repo root: supv.config.yaml and
// records/ for Larkfield Primary School, a FICTIONAL school. Every name here,
// staff and children alike, is invented.
//
//   node scripts/examples/make-examples.mjs [--check] [--no-sign] [--out DIR [--git]]
//
// Deterministic (seeded PRNG). Before writing it checks the records against the
// rules of SPEC §7 as of 2026-11-23 (nothing overdue or due soon, every session
// at least 60 minutes, all three functions in every run of three sessions,
// every action of a supervisee's previous session reviewed, ids equal to file
// names) and refuses to write when one fails. `--check` only checks. `--out DIR`
// writes elsewhere than the repo root; with `--git`, DIR becomes a new git
// repository whose records were each committed the day after their date.
// The records are written without signatures, then signed by their required
// signers with the real `supv sign` through scripts/examples/sign-examples.mjs (fixed
// --at times, so the signed output is deterministic too). `--no-sign` leaves
// them unsigned.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleKeysField } from './example-keys.mjs';
import { DEFAULT_POLICY_YAML, fromDay, prng, recordText, slug, toDay, weekday } from './records.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11-23';
const FIRST_DAY = toDay('2025-12-01');
const rnd = prng(20261123);
const argv = process.argv.slice(2);
const checkOnly = argv.includes('--check');
const withGit = argv.includes('--git');
const noSign = argv.includes('--no-sign');
const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
if (argv.some((a, i) => !['--check', '--git', '--out', '--no-sign'].includes(a) && argv[i - 1] !== '--out') || (argv.includes('--out') && !outArg)) {
  process.stderr.write('usage: node scripts/examples/make-examples.mjs [--check] [--no-sign] [--out DIR [--git]]\n');
  process.exit(2);
}

// England bank holidays in the period, and the school's closure days.
const CLOSED = new Set(['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31']);
const isWorkday = (day) => weekday(day) !== 0 && weekday(day) !== 6 && !CLOSED.has(fromDay(day));
const workdayOnOrAfter = (day) => { while (!isWorkday(day)) day++; return day; };

// ---------------------------------------------------------------------- staff

// The school's own name for its staged tier (config keys are the organisation's own; supv never assumes one).
const EARLY_CAREER = 'early-career';
const HEAD = 'helen-marchbank';
// The head is supervised from outside the school, as heads often are: by the
// county's education safeguarding adviser (a fictional person). Not a staff
// record: she is named in `supervisors[].external` and, on the sessions she
// leads, in `supervisor_external`; she does not sign in supv.
const ADVISER = { name: 'Morwenna Quillfield', organisation: 'Eastmere County Council education safeguarding team' };
const DSL = 'imogen-thistlewood';
const DDSL = 'tobias-fennimore';
const SENCO = 'bronwen-castellane';

const STAFF = [
  {
    id: HEAD, name: 'Helen Marchbank', role: 'Head Teacher', tier: 'general', started: '2019-09-02',
    supervisors: [{ external: ADVISER, from: '2021-09-01' }], supervision_training: '2024-03-14',
    body: 'Head Teacher since September 2019 and a deputy designated safeguarding lead. Line-managed by the governing body; receives safeguarding supervision each half term from Morwenna Quillfield, the county\'s education safeguarding adviser, under the local authority\'s arrangement for head teachers. Supervises the DSL.',
    contract: { frequency: 'P3M', agreed: '2026-09-07', duration: 60, resolution: 'Chair of Governors', external: ADVISER },
  },
  {
    id: DSL, name: 'Imogen Thistlewood', role: 'Deputy Head Teacher and Designated Safeguarding Lead', tier: 'designated-lead', started: '2021-09-01',
    supervisors: [{ id: HEAD, from: '2021-09-01' }], supervision_training: '2024-11-14',
    body: 'Designated Safeguarding Lead (DSL) since September 2021. Holds the school\'s child protection and child in need cases, chairs the safeguarding team and supervises the deputy DSL, the SENCo and the family support worker. Also provides safeguarding supervision to the head teacher.',
    contract: { frequency: 'P4W', agreed: '2026-09-07', duration: 90, resolution: 'Chair of Governors' },
  },
  {
    id: DDSL, name: 'Tobias Fennimore', role: 'Assistant Head Teacher and Deputy Designated Safeguarding Lead', tier: 'designated-lead', started: '2022-01-04',
    supervisors: [{ id: DSL, from: '2022-01-04' }], supervision_training: '2025-06-12',
    body: 'Assistant Head (inclusion) and deputy DSL. Holds a small number of cases, covers the DSL\'s absence, and supervises teaching and support staff, the early career teacher and (since April 2026) the learning mentor.',
    contract: { frequency: 'P4W', agreed: '2026-09-08', duration: 60, resolution: 'Head Teacher' },
  },
  {
    id: 'kezia-ambleforth', name: 'Kezia Ambleforth', role: 'Family Support Worker', tier: 'case-holder', started: '2023-04-17',
    supervisors: [{ id: DSL, from: '2023-04-17' }],
    body: 'Family Support Worker, working with families at early help and child in need level and attending core groups for children on a child protection plan. Works through the school holidays.',
    contract: { frequency: 'P4W', agreed: '2026-09-08', duration: 60, resolution: 'Head Teacher' },
  },
  {
    id: SENCO, name: 'Bronwen Castellane', role: 'Special Educational Needs Co-ordinator (SENCo)', tier: 'case-holder', started: '2020-09-01',
    supervisors: [{ id: DSL, from: '2021-09-01' }], supervision_training: '2024-02-08',
    body: 'SENCo. Holds cases where special educational needs or disability and safeguarding overlap. Supervised the learning mentor until April 2026.',
    contract: { frequency: 'P4W', agreed: '2026-09-09', duration: 60, resolution: 'Head Teacher' },
  },
  {
    id: 'declan-wetherall', name: 'Declan Wetherall', role: 'Learning Mentor', tier: 'case-holder', started: '2024-09-02',
    supervisors: [
      { id: SENCO, from: '2024-09-02', to: '2026-04-19' },
      { id: DDSL, from: '2026-04-20', handover: '2026-04-16-declan-wetherall' },
    ],
    body: 'Learning Mentor working one to one and in small groups with pupils whose attendance, behaviour or wellbeing is a concern. Supervision moved from the SENCo to the deputy DSL on 20 April 2026 when the learning mentor post moved into the inclusion team; the handover was recorded on 16 April 2026.',
    contracts: [
      { supervisor: SENCO, frequency: 'P4W', agreed: '2025-12-04', duration: 60, resolution: 'Deputy Head Teacher' },
      { supervisor: DDSL, frequency: 'P4W', agreed: '2026-04-27', duration: 60, resolution: 'Head Teacher' },
    ],
  },
  {
    id: 'rowan-pettigrew', name: 'Rowan Pettigrew', role: 'Early Career Teacher, Year 2', tier: EARLY_CAREER, started: '2026-09-01', induction_until: '2027-02-26',
    supervisors: [{ id: DDSL, from: '2026-09-01' }],
    body: 'Early career teacher in Year 2, in the first year of the early career framework. Weekly supervision for the first six weeks, then fortnightly until six months, then every four weeks, per the school\'s staged early-career tier; at least fortnightly during induction.',
    safeguarding_training: '2026-09-02',
    contract: {
      frequency: 'P1W', agreed: '2026-09-01', duration: 60, resolution: 'Head Teacher',
      words: 'at least weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks; and at least every 2 weeks during induction (to 2027-02-26),',
      // As `supv new contract` writes a staged tier's stages: the contract PDF's Frequency row prints them.
      schedule: 'weekly for the first 6 weeks (to 2026-10-13), then every 2 weeks until 6 months (to 2027-03-01), then every 4 weeks; and at least every 2 weeks during induction (to 2027-02-26)',
    },
  },
  {
    id: 'nell-haverstock', name: 'Nell Haverstock', role: 'Teaching Assistant', tier: 'general', started: '2018-09-03', line_manager: DSL,
    supervisors: [{ id: DDSL, from: '2022-01-04' }],
    body: 'Teaching Assistant in Key Stage 1; runs the nurture group at lunchtime. No allocated cases; raises concerns with the DSL. Line-managed by the DSL. Her spring supervision was postponed twice during the deputy DSL\'s absence; when it was more than two weeks overdue a three-way meeting with her line manager put it back on track (2 June 2026).',
    contract: { frequency: 'P3M', agreed: '2026-09-10', duration: 60, resolution: 'Head Teacher' },
  },
  {
    id: 'lila-brackenbury', name: 'Lila Brackenbury', role: 'Year 4 Class Teacher', tier: 'general', started: '2022-09-01',
    supervisors: [{ id: DDSL, from: '2022-09-01' }],
    body: 'Year 4 class teacher and computing lead (including online safety). No allocated cases.',
    contract: { frequency: 'P3M', agreed: '2026-09-10', duration: 60, resolution: 'Head Teacher' },
  },
  {
    id: 'sabine-orrick', name: 'Sabine Orrick', role: 'Pastoral Support Assistant', tier: 'general', started: '2021-01-04', left: '2026-07-22',
    supervisors: [{ id: DDSL, from: '2022-01-04' }],
    safeguarding_training: '2025-09-01',
    body: 'Pastoral Support Assistant until the end of the summer term 2026 (left 22 July 2026 to train as a social worker). Records kept for retention.',
    contract: { frequency: 'P3M', agreed: '2025-12-16', duration: 60, resolution: 'Head Teacher' },
  },
];
const byId = new Map(STAFF.map((s) => [s.id, s]));
const TIER_DAYS = { 'case-holder': 28, 'designated-lead': 28, general: 91 };
const firstName = (id) => byId.get(id).name.split(' ')[0];

// ---------------------------------------------------------------------- cases
// Each case: its holder, status over time (events), and the words used about it.
// Events with `decision` produce a decision record at the first session on or
// after the event; `status: 'closed'` closes the case after that session.

const CASES = [
  { ref: 'FAM-0019', holder: DSL, status: 'CP', child: { name: 'Marigold Stannard', dob: '2017-03-14' },
    about: 'Year 4 pupil on a child protection plan (neglect) since spring 2025.',
    risks: 'Home conditions have been poor in the past; mother\'s depression affects routines.',
    strengths: 'Attendance now 96%; mother engaging with the perinatal mental health team; maternal aunt visits daily.',
    events: [{ date: '2026-03-09', status: 'CIN', about: 'Year 4 pupil; child protection plan (neglect) from spring 2025, stepped down to child in need in March 2026.', decision: 'Review conference stepped the plan down to child in need. School agrees and will continue weekly check-ins and attend CIN meetings.' }] },
  { ref: 'FAM-0023', holder: DSL, status: 'LAC', child: { name: 'Reginald Fothergill', dob: '2018-07-02' },
    about: 'Year 3 pupil looked after by the local authority, in long-term foster care.',
    risks: 'Contact with birth father unsettles him; emotional dysregulation on Mondays.',
    strengths: 'Strong attachment to foster carers; personal education plan up to date; virtual school engaged.' },
  { ref: 'FAM-0035', holder: DSL, status: 'CIN', opened: '2026-01-12', child: { name: 'Clementine Birtwhistle', dob: '2019-11-20' },
    about: 'Year 2 pupil; child in need since January after domestic abuse incidents were notified through Operation Encompass.',
    risks: 'Further police call-outs; father breaching the non-molestation order.',
    strengths: 'Mother engaging with the domestic abuse advocate; child talks openly to her class teacher.',
    events: [{ date: '2026-11-09', status: 'CP', about: 'Year 2 pupil; domestic abuse notified through Operation Encompass; child in need from January 2026, child protection plan from November 2026.', decision: 'Initial child protection conference made a plan under the category of emotional abuse. School to attend core groups and share attendance weekly.' }] },
  { ref: 'FAM-0046', holder: DSL, status: 'CP', child: { name: 'Otis Kettlewell', dob: '2016-05-27' },
    about: 'Year 6 pupil on a child protection plan (physical abuse).',
    risks: 'Unexplained bruising in the past; stepfather minimises concerns.',
    strengths: 'Child has a trusted adult in school; grandmother is a protective factor and attends core groups.' },
  { ref: 'FAM-0051', holder: DDSL, status: 'CIN', child: { name: 'Tilly Cranleigh', dob: '2020-01-09' },
    about: 'Year 1 pupil with a child in need plan; parent with a learning disability.',
    risks: 'Missed medical appointments; hygiene and late collection.',
    strengths: 'Parent is warm and wants help; family support from the community learning disability team.' },
  { ref: 'FAM-0066', holder: DDSL, status: 'EH', child: { name: 'Monty Gossamer', dob: '2017-09-30' },
    about: 'Year 4 pupil at early help level for attendance and behaviour.',
    risks: 'Persistent absence (78%); older sibling linked to exploitation concerns.',
    strengths: 'Engages well with the learning mentor; likes football club.',
    events: [{ date: '2026-01-19', status: 'CIN', about: 'Year 4 pupil; attendance and behaviour; child in need since January 2026 (sibling exploited).', decision: 'Early help not enough given the sibling\'s exploitation and the absence rate: referral to children\'s social care accepted as child in need. School to provide attendance data and attend the CIN meetings.' }] },
  { ref: 'FAM-0079', holder: DDSL, status: 'CP', child: { name: 'Primrose Dowland', dob: '2021-02-16' },
    about: 'Reception pupil on a child protection plan (neglect); sibling in Year 3.',
    risks: 'Parental alcohol misuse; children arriving hungry.',
    strengths: 'Breakfast club place taken up; health visitor involved; father now attending alcohol service.' },
  { ref: 'FAM-0042', holder: 'kezia-ambleforth', status: 'EH', child: { name: 'Arlo Jellicoe', dob: '2018-12-04' },
    about: 'Family with three children at the school, open to early help for housing and routines.',
    risks: 'Overcrowded temporary accommodation; mother isolated; eldest child young carer.',
    strengths: 'Mother asks for help and keeps appointments; children\'s attendance is good.',
    events: [{ date: '2026-02-16', status: 'CIN', about: 'Family with three children at the school; child in need since February 2026 (housing crisis, young carer).', decision: 'Housing crisis and the eldest child\'s caring role meet the threshold for a child and family assessment: consent obtained and referral made; case now child in need.' }] },
  { ref: 'FAM-0057', holder: 'kezia-ambleforth', status: 'CAF', child: { name: 'Hazel Loxley', dob: '2019-06-21' },
    about: 'Year 2 pupil; common assessment (CAF) for sleep, toileting and parenting support.',
    risks: 'Low-level neglect indicators; father works nights and mother struggles with three under-fives.',
    strengths: 'Parents attend the parenting course together; child is happy and making progress.' },
  { ref: 'FAM-0063', holder: 'kezia-ambleforth', status: 'CIN', child: { name: 'Ezra Hollinrake', dob: '2016-10-11' },
    about: 'Year 5 pupil, child in need (parental substance misuse).',
    risks: 'Mother\'s partner uses cocaine in the home; child caring for younger sibling in the evenings.',
    strengths: 'Maternal grandparents nearby and willing to help; child is articulate about his worries.',
    events: [
      { date: '2026-06-09', adhoc: true, decision: 'Disclosure on 8 June that the mother\'s partner hit the child. Same-day referral to the front door and request for a strategy discussion; child not to go home with the partner; mother informed by social care, not school.' },
      { date: '2026-06-23', status: 'CP', about: 'Year 5 pupil; parental substance misuse; child protection plan (physical abuse) since June 2026.', decision: 'Initial child protection conference on 23 June made a plan under physical abuse. School is a core group member: FSW to attend core groups, class teacher to share weekly observations.' },
    ] },
  { ref: 'FAM-0071', holder: 'kezia-ambleforth', status: 'EH', child: { name: 'Nancy Eastgate', dob: '2020-04-08' },
    about: 'Year 1 pupil; early help for attendance after a family bereavement.',
    risks: 'Attendance 82% in the autumn; grief affecting mother\'s routines.',
    strengths: 'Bereavement support in place; attendance improving term on term.',
    events: [{ date: '2026-09-14', status: 'closed', about: 'Year 1 pupil; early help for attendance after a family bereavement, now closed.', decision: 'Early help plan outcomes met (attendance 97% over two terms, bereavement counselling completed): case closed with the family\'s agreement; class teacher to monitor and re-refer if needed.' }] },
  { ref: 'FAM-0088', holder: 'kezia-ambleforth', status: 'EH', opened: '2026-10-05', child: { name: 'Rufus Quennell', dob: '2021-08-19' },
    about: 'Reception pupil new in September; early help opened in October for speech and language and housing.',
    risks: 'Family in a hostel after eviction; child not registered with a GP.',
    strengths: 'Father keen to engage; child settling well in Reception.' },
  { ref: 'FAM-0038', holder: SENCO, status: 'EH', child: { name: 'Willow Mottram', dob: '2017-01-25' },
    about: 'Year 5 pupil with an education, health and care plan (autism); early help for family stress.',
    risks: 'Violent outbursts at home towards siblings; parents exhausted.',
    strengths: 'Short breaks agreed; parents attend the autism support group.' },
  { ref: 'FAM-0090', holder: SENCO, status: 'CIN', child: { name: 'Bertie Illingworth', dob: '2019-03-03' },
    about: 'Year 2 pupil with complex medical needs; child in need as a disabled child.',
    risks: 'Missed hospital appointments; medication not always sent to school.',
    strengths: 'Community nursing team involved; mother is a strong advocate for him.' },
  { ref: 'FAM-0073', holder: 'declan-wetherall', status: 'EH', child: { name: 'Jasmine Wrenfield', dob: '2016-08-07' },
    about: 'Year 6 pupil; early help for anxiety and school refusal.',
    risks: 'Self-harm disclosed to a friend in the autumn (superficial, now healed); transition to secondary school.',
    strengths: 'School counsellor weekly; mother and pupil both engaged; attendance back above 90%.' },
  { ref: 'FAM-0081', holder: 'declan-wetherall', status: 'CAF', child: { name: 'Theodore Gossington', dob: '2018-02-12' },
    about: 'Year 4 pupil; common assessment for behaviour and a parent in prison.',
    risks: 'Anger in the playground; missed prison visits upset him.',
    strengths: 'Mentoring sessions valued; mother works closely with school.' },
  { ref: 'FAM-0085', holder: 'declan-wetherall', status: 'EH', child: { name: 'Maisie Coldharbour', dob: '2017-06-30' },
    about: 'Year 5 pupil; early help for attendance and online safety concerns.',
    risks: 'Contact from an unknown adult on a gaming platform; late nights online.',
    strengths: 'Parents acted quickly and reported to police; child understands the risks.',
    events: [{ date: '2026-09-28', status: 'CIN', about: 'Year 5 pupil; online contact from an unknown adult; child in need since September 2026.', decision: 'Police investigation into the online contact and a second incident over the summer: referral to children\'s social care accepted for a child and family assessment; learning mentor to continue weekly sessions and deliver the online safety programme.' }] },
];

// ------------------------------------------------------------------- schedules
// One-to-one dates, generated backwards from the last session with gaps of 3
// to 4 weeks (case holders, DSLs) or fixed by hand (general staff, the ECT).

function backwards(lastIso, minGap, maxGap, anchors = []) {
  const anchorDays = anchors.map(toDay).sort((a, b) => b - a);
  const days = [];
  let day = toDay(lastIso);
  while (day >= FIRST_DAY) {
    days.push(day);
    // Forward onto a working day, so a gap never grows past maxGap.
    let next = workdayOnOrAfter(day - rnd.int(minGap, maxGap));
    const anchor = anchorDays.find((a) => a < day && a >= next);
    if (anchor !== undefined) next = anchor;
    day = next;
  }
  return days.reverse().map(fromDay);
}

const ONE_TO_ONE = {
  [DSL]: { supervisor: HEAD, dates: backwards('2026-11-18', 21, 28) },
  [DDSL]: { supervisor: DSL, dates: backwards('2026-11-12', 21, 28) },
  'kezia-ambleforth': { supervisor: DSL, dates: backwards('2026-11-16', 21, 27) },
  [SENCO]: { supervisor: DSL, dates: backwards('2026-11-10', 21, 28) },
  'declan-wetherall': { supervisor: (date) => (date < '2026-04-20' ? SENCO : DDSL), dates: backwards('2026-11-19', 21, 27, ['2026-04-16']) },
  'rowan-pettigrew': { supervisor: DDSL, dates: ['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08', '2026-10-22', '2026-11-05', '2026-11-19'] },
  [HEAD]: { supervisor: ADVISER, dates: ['2025-12-10', '2026-02-25', '2026-05-13', '2026-07-15', '2026-09-23', '2026-11-11'] },
  // The April session did not happen; the escalation meeting (a three-way with the line manager, the DSL) did, on 2 June.
  'nell-haverstock': { supervisor: DDSL, dates: ['2025-12-04', '2026-02-12', '2026-06-02', '2026-07-09', '2026-09-17', '2026-11-05'], types: { '2026-06-02': 'three-way' } },
  'lila-brackenbury': { supervisor: DDSL, dates: ['2025-12-11', '2026-02-26', '2026-05-07', '2026-07-16', '2026-09-24', '2026-11-17'] },
  'sabine-orrick': { supervisor: DDSL, dates: ['2025-12-16', '2026-03-03', '2026-05-19', '2026-07-20'] },
};
const EXTRA = [
  { type: 'ad-hoc', date: '2026-06-09', supervisee: 'kezia-ambleforth', supervisor: DSL, duration: 60 },
  { type: 'peer', date: '2026-04-22', supervisee: DSL, supervisor: DDSL, duration: 60 },
];
const GROUPS = [
  { date: '2026-01-21', supervisor: DSL, attendees: [DDSL, 'kezia-ambleforth', SENCO, 'declan-wetherall'], theme: 'safeguarding' },
  { date: '2026-03-11', supervisor: DDSL, attendees: ['nell-haverstock', 'lila-brackenbury', 'sabine-orrick'], theme: 'support-staff' },
  { date: '2026-05-20', supervisor: DSL, attendees: [DDSL, 'kezia-ambleforth', SENCO, 'declan-wetherall'], theme: 'safeguarding' },
  { date: '2026-10-14', supervisor: DSL, attendees: [DDSL, 'kezia-ambleforth', SENCO, 'declan-wetherall', 'rowan-pettigrew'], theme: 'safeguarding' },
];

// ---------------------------------------------------------------- vocabulary

const SUMMARY = {
  'designated-lead': [
    'A heavy half term: {n} new concerns logged on the safeguarding system, two referrals to the front door and one strategy discussion. Attendance at core groups and CIN meetings has been 100%.',
    'Quieter month. Time spent on the annual safeguarding audit for the local safeguarding partnership and on the single central record check with the business manager.',
    'One of the two DSLs was away for a week and the other covered alone. Two Operation Encompass notifications handled the next morning; both children seen by a trusted adult.',
    'Delivered the termly safeguarding update to all staff (online safety and child-on-child abuse). Monitoring of low-level concerns shows no patterns.',
    'Busy period with conferences and core groups clashing with teaching commitments; cover arranged. {n} new concerns logged, all triaged within a day.',
  ],
  'case-holder': [
    'Caseload of {cases} open cases. Home visits completed for all open cases this month; two missed appointments followed up the same week.',
    'A demanding month with a crisis for one family and a child and family assessment in progress for another. Chronologies are up to date.',
    'Settled month. Attended the early help panel and two team around the family meetings. Caseload weighting discussed and manageable.',
    'Holiday period: contact kept up with the families most at risk by phone and one home visit each. Summer activity places secured through the holiday food programme.',
    'Caseload of {cases}. Completed the annual refresher in child protection and the neglect toolkit training.',
  ],
  general: [
    'Term going well. No new safeguarding concerns raised since the last session; reminded of how to log a concern and who the DSLs are.',
    'Raised two concerns on the safeguarding system this term (a comment by a pupil and an unexplained mark); both logged the same day and followed up by the DSL.',
    'Completed the annual safeguarding training and read Part 1 of the statutory guidance; quiz completed.',
    'Busy term with assessments. Discussed the wellbeing of the class after a parent\'s death in the school community.',
  ],
  [EARLY_CAREER]: [
    'First weeks in Year 2. Settling in well; routines established. Reviewed the safeguarding induction: who the DSLs are, how to log a concern, the staff code of conduct.',
    'Logged a first concern (a pupil\'s comment about being left at home alone); discussed what happened next and why feedback to the teacher is limited.',
    'Parents\' evening preparation. Discussed professional boundaries with parents and the use of school email only.',
    'Workload is heavy but manageable with planning support from the year group partner. Observation feedback positive.',
  ],
};
const NO_CASES = {
  general: [
    'No allocated cases. Discussed the pupils on the vulnerable children list in the class or group and what to watch for; any concern goes to a DSL the same day.',
    'No allocated cases. Reflected on a pupil who has become withdrawn; agreed that the concern was logged correctly and that the DSL has spoken with the family.',
  ],
  [EARLY_CAREER]: [
    'No allocated cases. Talked through the three pupils in the class known to the DSL, what the teacher needs to know and what stays confidential.',
    'No allocated cases. Reflected on the first concern logged: the quality of the recording (facts, child\'s own words, time) was good.',
  ],
};
const ANALYSIS = [
  'The plan is proportionate and the child\'s voice is recorded. Next step agreed.',
  'Progress is slow; agreed to raise drift at the next multi-agency meeting if nothing changes.',
  'Risks reducing; protective factors stronger than a term ago.',
  'Worker feels confident about this family; challenge from the supervisor about whether the father\'s view has been sought.',
  'Reflected on the impact of this work on the worker; agreed the approach is right.',
];
const WELLBEING = [
  'Reports feeling well supported. Workload manageable.',
  'Tired after a demanding few weeks; agreed to protect planning time and to leave on time on Fridays.',
  'Discussed the emotional impact of a distressing disclosure; reminded of the employee assistance programme and offered a debrief.',
  'Good team spirit; lunchtime cover rota working better.',
  'Annual leave planned; cover arrangements agreed.',
  'Some anxiety about an upcoming Ofsted inspection; reassured about the quality of safeguarding records.',
];
const AOB = [
  'None.',
  'Safeguarding training renewal due next year; date to be booked.',
  'Staff wellbeing survey results shared.',
  'Reminder: update the emergency contacts check in the spring term.',
  'None raised.',
];
const ACTIONS = {
  'designated-lead': ['Update the safeguarding action plan after the audit', 'Review the low-level concerns log with the head', 'Book the DSL refresher training', 'Check the vulnerable children list against attendance data', 'Brief the new midday supervisors on how to report a concern', 'Send the termly safeguarding report to governors'],
  'case-holder': ['Update the chronologies for all open cases', 'Book a home visit with the family', 'Complete the early help assessment review', 'Chase the health visitor for an update', 'Send the school report for the CIN meeting', 'Arrange a team around the family meeting', 'Complete the neglect toolkit with the family'],
  general: ['Read the updated child protection policy', 'Complete the online safety training module', 'Log the pupil comment discussed on the safeguarding system', 'Observe the nurture group with the learning mentor', 'Share the class vulnerable pupils list with the new TA'],
  [EARLY_CAREER]: ['Read the staff code of conduct again and note questions', 'Shadow the DSL for one triage session', 'Set up the class vulnerable pupils list', 'Observe a colleague\'s PSHE lesson on keeping safe', 'Agree a planning routine with the year group partner'],
};
const tierOf = (id) => byId.get(id).tier;
const THREE_WAY_OUTCOME = 'Supervision resumes every half term on fixed dates in the diary, protected from cover; the DSL covers the session if the deputy DSL cannot. The line manager checks at the next three-way review that the dates held.';
/** Each case holder's role with the families whose child is on a child protection plan. */
const CASE_ROLES = {
  [DSL]: 'Designated safeguarding lead: school representative on the core group',
  [DDSL]: 'Deputy DSL: school representative on the core group',
  'kezia-ambleforth': 'Family support worker: core group member, weekly home visits',
  [SENCO]: 'SENCo: core group member for the school',
  'declan-wetherall': 'Learning mentor: weekly sessions with the child',
};

// ------------------------------------------------------------------ sessions

const sessions = []; // { data, body, day }
const decisions = [];
const sessionsBySupervisee = new Map();

function casesFor(holder, date) {
  return CASES.filter((c) => c.holder === holder && (!c.opened || c.opened <= date));
}
function statusOn(c, date) {
  let status = c.status;
  for (const e of c.events ?? []) if (e.status && e.date <= date) status = e.status;
  return status;
}
function aboutOn(c, date) {
  let about = c.about;
  for (const e of c.events ?? []) if (e.about && e.date <= date) about = e.about;
  return about;
}
function closedBefore(c, date, previousDate) {
  // Closed at an earlier session: not listed any more.
  for (const e of c.events ?? []) if (e.status === 'closed' && previousDate && e.date <= previousDate) return true;
  return false;
}

function plannedIndividual() {
  const all = [];
  for (const [supervisee, plan] of Object.entries(ONE_TO_ONE)) {
    for (const date of plan.dates) {
      const supervisor = typeof plan.supervisor === 'function' ? plan.supervisor(date) : plan.supervisor;
      all.push({ type: plan.types?.[date] ?? 'one-to-one', date, supervisee, supervisor });
    }
  }
  for (const e of EXTRA) all.push({ ...e });
  all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.supervisee < b.supervisee ? -1 : 1));
  return all;
}

const FUNCTIONS = ['accountability', 'development', 'support'];
const sessionCounter = new Map();

for (const plan of plannedIndividual()) {
  const { supervisee, supervisor, date, type } = plan;
  const tier = tierOf(supervisee);
  const own = sessionsBySupervisee.get(supervisee) ?? [];
  sessionsBySupervisee.set(supervisee, own);
  const previous = own.at(-1);
  const k = sessionCounter.get(supervisee) ?? 0;
  sessionCounter.set(supervisee, k + 1);
  const day = toDay(date);
  const isLast = ONE_TO_ONE[supervisee].dates.at(-1) === date;
  const isHandover = supervisee === 'declan-wetherall' && date === '2026-04-16';
  const isExit = supervisee === 'sabine-orrick' && isLast;

  // Cases: all the holder's open cases; the ad-hoc session only the one it was called about.
  let caseList = casesFor(supervisee, date).filter((c) => !closedBefore(c, date, previous?.data.date));
  if (type === 'ad-hoc') caseList = caseList.filter((c) => c.events?.some((e) => e.adhoc && e.date === date));
  const eventDue = (c) => c.events?.some((e) => e.date <= date && (!previous || e.date > previous.data.date));
  if (type === 'peer') caseList = caseList.filter((c) => statusOn(c, date) === 'CP' || eventDue(c));
  const cases = [];
  const decisionsHere = [];
  for (const c of caseList) {
    const entry = { ref: c.ref, status: statusOn(c, date) };
    for (const e of c.events ?? []) {
      const inWindow = e.date <= date && (!previous || e.date > previous.data.date);
      if (!inWindow) continue;
      if (e.adhoc && type !== 'ad-hoc') continue;
      if (!e.adhoc && type === 'ad-hoc') continue;
      if (e.status) {
        entry.status = e.status;
        entry.status_changed = e.date;
      }
      entry.decision = `dec-${date}-${slug(c.ref)}`;
      decisionsHere.push({ c, e, id: entry.decision });
    }
    // Child protection cases carry the record form's questions as fields (SPEC §11.3).
    if (entry.status === 'CP') {
      entry.risks = c.risks;
      entry.protective_factors = c.strengths;
      entry.role = CASE_ROLES[c.holder];
      entry.delivery_plan = 'Core group plan: weekly check-in with a trusted adult in school, attendance and observations shared with the social worker every Friday.';
    }
    cases.push(entry);
  }

  // Functions: all three as a rule; a session now and then leans on two.
  let functions = FUNCTIONS.slice();
  if (type === 'peer') functions = ['development', 'support'];
  else if (k % 5 === 3 && type === 'one-to-one' && tier !== 'general') functions = ['accountability', 'support'];

  // Actions of the previous session, every one reviewed; carried ones come back done.
  const actionsReviewed = [];
  if (previous) {
    for (const a of previous.data.actions ?? []) {
      const roll = rnd.next();
      const status = isLast || isExit ? (roll < 0.9 ? 'done' : 'dropped') : roll < 0.78 ? 'done' : roll < 0.94 ? 'carried' : 'dropped';
      const entry = { ref: `${previous.data.id}#${a.id}`, status };
      if (status === 'carried') {
        entry.note = rnd.pick(['Started; carried to the next session', 'Waiting on another agency; carried', 'Not yet done because of absence; carried']);
        // A new due date, agreed when it was carried: two weeks on (no draw from the PRNG, so the rest of the year stays as it was).
        entry.due = fromDay(workdayOnOrAfter(day + 14));
      }
      else if (status === 'dropped') entry.note = rnd.pick(['No longer needed: the situation has changed', 'Superseded by the core group plan']);
      else if (rnd.chance(0.3)) entry.note = rnd.pick(['Done', 'Completed and recorded on the system', 'Done the following week']);
      actionsReviewed.push(entry);
    }
    for (const r of previous.data.actions_reviewed ?? []) {
      if (r.status === 'carried') actionsReviewed.push({ ref: r.ref, status: 'done', note: 'Completed since the last session' });
    }
  }

  // New actions (none at the exit session).
  const actions = [];
  if (!isExit) {
    const count = isHandover ? 2 : rnd.pick([1, 2, 2, 3]);
    const pool = ACTIONS[tier].slice();
    for (const d of decisionsHere) pool.unshift(`Record the outcome for ${d.c.ref} on the child's file and share it with the network`);
    if (isHandover) pool.unshift('Share the case files and chronologies with the new supervisor', 'Book the first supervision with the deputy DSL');
    for (let i = 0; i < count; i++) {
      const text = i < decisionsHere.length || (isHandover && i < 2) ? pool.shift() : pool.splice(rnd.int(0, pool.length - 1), 1)[0];
      let due = workdayOnOrAfter(day + rnd.int(7, 20));
      if (isLast) due = workdayOnOrAfter(Math.max(due, toDay(AS_OF) + rnd.int(3, 14)));
      // An external supervisor owns no actions in the school's records (an owner is a staff id).
      const bySupervisee = rnd.chance(0.85) || typeof supervisor !== 'string';
      actions.push({ id: `A${i + 1}`, text, owner: bySupervisee ? supervisee : supervisor, due: fromDay(due) });
    }
  }

  const interval = tier === EARLY_CAREER ? (date < '2026-10-13' ? 7 : 14) : TIER_DAYS[tier];
  const data = {
    kind: 'session',
    id: `${date}-${supervisee}`,
    date,
    type,
    supervisor: typeof supervisor === 'string' ? supervisor : undefined,
    supervisor_external: typeof supervisor === 'string' ? undefined : supervisor,
    supervisee,
    line_manager: type === 'three-way' ? byId.get(supervisee).line_manager : undefined,
    outcome: type === 'three-way' ? THREE_WAY_OUTCOME : undefined,
    duration_minutes: type === 'ad-hoc' ? 60 : tier === 'general' ? 60 : rnd.pick([60, 60, 75, 90]),
    functions,
    cases_coverage: cases.length ? (type === 'one-to-one' ? 'all' : 'sample') : undefined,
    cases: cases.length ? cases : undefined,
    actions: actions.length ? actions : undefined,
    actions_reviewed: actionsReviewed.length ? actionsReviewed : undefined,
    next_meeting: isExit ? undefined : fromDay(workdayOnOrAfter(day + (type === 'one-to-one' || type === 'three-way' ? interval - (interval > 20 ? 3 : 0) : 14))),
  };

  // ---- body
  const who = firstName(supervisee);
  let body = '\n';
  if (isHandover) {
    body += `Handover session: ${firstName(SENCO)} (outgoing supervisor) and ${firstName(DDSL)} (incoming supervisor, from 20 April) met with ${who}. Every open case was handed over with its chronology and current plan; the supervision contract will be renewed with the new supervisor.\n\n`;
  } else if (type === 'ad-hoc') {
    body += `Ad hoc supervision requested by ${who} after a disclosure the previous afternoon.\n\n`;
  } else if (type === 'peer') {
    body += `Peer supervision between the DSL and the deputy DSL, focused on the child protection cases and on the DSL's own wellbeing. ${firstName(DDSL)} facilitated.\n\n`;
  } else if (type === 'three-way') {
    body += `Three-way meeting: ${firstName(supervisor)} (supervisor), ${who} and ${firstName(data.line_manager)} (line manager, the DSL). ${who}'s supervision, due by 12 May, had been postponed twice while ${firstName(supervisor)} was covering the DSL's absence; by the end of May it was more than two weeks overdue, which under the policy calls for a three-way meeting with the line manager. This meeting also served as the missed supervision session.\n\n`;
  } else if (supervisor === ADVISER) {
    body += `Supervision with ${ADVISER.name}, ${ADVISER.organisation}, under the county's arrangement for head teachers.\n\n`;
  } else if (isExit) {
    body += `Final supervision before ${who} leaves Larkfield on 22 July.\n\n`;
  }
  body += '## Summary of events\n\n';
  const holiday = (text) => text.startsWith('Holiday period');
  const summaryPool = SUMMARY[tier].filter((t) => holiday(t) === (date.slice(5, 7) === '08'));
  let summary;
  if (type === 'ad-hoc') summary = 'A pupil disclosed to the FSW that an adult at home hit him. The disclosure was recorded in the child\'s own words and passed to the DSL within the hour.';
  else if (tier === EARLY_CAREER) summary = k === 0 ? summaryPool[0] : rnd.pick(summaryPool.slice(1));
  else summary = rnd.pick(summaryPool.length ? summaryPool : SUMMARY[tier]);
  body += summary.replace('{n}', String(rnd.int(3, 9))).replace('{cases}', String(casesFor(supervisee, date).filter((c) => statusOn(c, date) !== 'closed').length)) + '\n\n';
  body += '## Case discussion\n\n';
  if (cases.length) {
    for (const entry of cases) {
      const c = CASES.find((x) => x.ref === entry.ref);
      body += `### ${entry.ref} (${entry.status})\n\n`;
      body += `**Part A.** ${aboutOn(c, date)} Risks: ${c.risks} Strengths and protective factors: ${c.strengths}\n\n`;
      const d = decisionsHere.find((x) => x.c === c);
      if (d) body += `**Part B.** ${d.e.decision} Decision recorded for the child's file in ${d.id}.\n\n`;
      else if (entry.status === 'closed') body += '**Part B.** Case closed.\n\n';
      else body += `**Part B.** ${rnd.pick(ANALYSIS)}\n\n`;
    }
  } else {
    const pool = NO_CASES[tier] ?? NO_CASES.general;
    body += (type === 'peer' ? 'Cases discussed under the deputy DSL\'s own supervision.' : rnd.pick(pool)) + '\n\n';
  }
  body += '## Team and wellbeing\n\n';
  body += (isExit ? 'Thanked for her work with the pastoral team. Reflected on what she takes into social work training.' : rnd.pick(WELLBEING)) + '\n\n';
  body += '## Any other business\n\n';
  body += (isHandover ? 'Contract with the new supervisor to be agreed in the first session.' : isExit ? 'Records of supervision to be kept under the retention schedule.' : rnd.pick(AOB)) + '\n';

  const session = { data, body, day, supervisee };
  sessions.push(session);
  own.push(session);

  for (const d of decisionsHere) {
    const dec = {
      kind: 'decision',
      id: d.id,
      case: d.c.ref,
      child: d.c.child,
      session: data.id,
      date,
      supervisor,
      supervisee,
    };
    const decBody = `\n## Brief safeguarding history\n\n${aboutOn(d.c, fromDay(toDay(d.e.date) - 1))} Status before this: ${statusOn(d.c, fromDay(toDay(d.e.date) - 1))}.\n\n## Concerns\n\n${d.c.risks}\n\n## Strengths and protective factors\n\n${d.c.strengths}\n\n## Decision and actions agreed\n\n${d.e.decision}\n\n| Action | Owner | By |\n|---|---|---|\n${actions.filter((a) => a.text.includes(d.c.ref)).map((a) => `| ${a.text} | ${byId.get(a.owner).name} | ${a.due} |`).join('\n')}\n\nDiscussed in supervision ${data.id} between ${byId.get(supervisor).name} (supervisor) and ${byId.get(supervisee).name}.\n`;
    decisions.push({ data: dec, body: decBody });
  }
}

// Group sessions: no actions (actions belong to individual supervision).
for (const g of GROUPS) {
  const isSafeguarding = g.theme === 'safeguarding';
  const data = {
    kind: 'session',
    id: `${g.date}-group-${g.theme}`,
    date: g.date,
    type: 'group',
    supervisor: g.supervisor,
    attendees: g.attendees,
    confidentiality_agreed: true,
    duration_minutes: 90,
    functions: isSafeguarding ? ['development', 'support'] : FUNCTIONS.slice(),
  };
  const body = `\nGroup supervision. Present: ${[g.supervisor, ...g.attendees].map((id) => byId.get(id).name).join(', ')}. The group agreed its boundaries of confidentiality at the start: what is said about children and families stays in the group and in the records; personal matters shared stay in the room; anything suggesting a risk to a child is acted on.\n\n## Summary of events\n\n${isSafeguarding ? 'Themes from the term: neglect referrals, Operation Encompass notifications and attendance as a safeguarding signal.' : 'Support staff group: what a concern looks like in the classroom and at lunchtime, and how to record it.'}\n\n## Case discussion\n\n${isSafeguarding ? 'Anonymised case presented by a member of the group using the reflective model (what happened, what we know, what we worry about, what is working, what next). No identifying details recorded here; any case actions are taken forward in individual supervision.' : 'No individual cases discussed. Worked through two anonymised scenarios on recording a child\'s words accurately.'}\n\n## Team and wellbeing\n\n${rnd.pick(WELLBEING)}\n\n## Any other business\n\n${rnd.pick(AOB)}\n`;
  sessions.push({ data, body, day: toDay(g.date), attendees: g.attendees });
}
// A joint-agency session with the child's social worker from outside the school
// (SPEC §11.3: listed with their agency, not staff, signs nothing). Fixed text:
// no draws from the PRNG, so the records before it stay as they were.
{
  const date = '2026-07-08';
  const data = {
    kind: 'session',
    id: `${date}-joint-agency-fam-0063`,
    date,
    type: 'joint-agency',
    supervisor: DSL,
    attendees: ['kezia-ambleforth', { name: 'Priya Hallworth', agency: 'Larkfield Borough Children\'s Social Care', role: 'Social Worker' }],
    confidentiality_agreed: true,
    duration_minutes: 90,
    functions: FUNCTIONS.slice(),
    cases_coverage: 'sample',
    cases: [{
      ref: 'FAM-0063', status: 'CP',
      worker_actions: 'Weekly home visits since the conference; attended the first core group on 1 July.',
      risks: CASES.find((c) => c.ref === 'FAM-0063').risks,
      protective_factors: CASES.find((c) => c.ref === 'FAM-0063').strengths,
      strengths: 'Mother has started at the substance misuse service and keeps the safety plan.',
      role: CASE_ROLES['kezia-ambleforth'],
      delivery_plan: 'Social worker leads the plan; school shares attendance and observations every Friday; FSW covers the summer holiday visits.',
      child_file: '2026-07-09',
    }],
  };
  const body = `\nJoint-agency supervision. Present: ${byId.get(DSL).name} (DSL, leading), ${byId.get('kezia-ambleforth').name} (family support worker) and Priya Hallworth, the child's social worker from Larkfield Borough Children's Social Care. The boundaries of confidentiality were agreed at the start: what is said about the family is shared only as the plan allows.\n\n## Summary of events\n\nFirst joint session since the initial child protection conference: how school and social care share the work over the summer holiday.\n\n## Case discussion\n\n### FAM-0063 (CP)\n\nThe plan is working in school; the social worker will visit weekly over the holiday and the FSW fortnightly. Recorded on the child's file on 9 July.\n\n## Team and wellbeing\n\nThe FSW's workload over the holiday was agreed with the social worker.\n`;
  sessions.push({ data, body, day: toDay(date), attendees: ['kezia-ambleforth'] });
}

// Case-file audits (SPEC §11.3): every open CP, CIN or LAC case audited by the
// holder's supervisor within six months of 23 November 2026; the child
// protection case FAM-0046, discussed every month, audited twice.
const audits = [];
{
  const FINDINGS = [
    'Chronology up to date; plan and minutes on file; voice of the child recorded at every contact.',
    'File in good order; the latest meeting minutes were missing and have been requested.',
    'Actions from supervision are reflected on the file; the case summary needs updating after the last review.',
  ];
  const watched = CASES.filter((c) => ['CP', 'CIN', 'LAC'].includes(statusOn(c, AS_OF)));
  const plan = watched.map((c, i) => ({ c, date: fromDay(workdayOnOrAfter(toDay('2026-09-07') + i * 5)) }));
  plan.unshift({ c: CASES.find((c) => c.ref === 'FAM-0046'), date: '2026-04-15' });
  plan.forEach(({ c, date }, i) => {
    const holderPlan = ONE_TO_ONE[c.holder];
    const auditor = typeof holderPlan.supervisor === 'function' ? holderPlan.supervisor(date) : holderPlan.supervisor;
    const data = {
      kind: 'case-audit',
      id: `audit-${date}-${slug(c.ref)}`,
      case: c.ref,
      date,
      auditor,
      worker: c.holder,
      findings: FINDINGS[i % FINDINGS.length],
    };
    if (c.ref === 'FAM-0046' && date > '2026-06-01') data.actions = [{ id: 'C1', text: 'Update the case summary after the review conference', owner: c.holder, due: '2026-12-04', case: c.ref }];
    const body = `\n## Records checked\n\nChronology, the current plan, minutes of the last two meetings and the supervision records that discussed ${c.ref}.\n\n## Quality of the work\n\n${data.findings}\n`;
    audits.push({ data, body });
  });
}

sessions.sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.data.id < b.data.id ? -1 : 1));
// next_meeting: the session that was in fact booked next (the last one looks ahead).
for (const own of sessionsBySupervisee.values()) {
  for (let i = 0; i + 1 < own.length; i++) own[i].data.next_meeting = own[i + 1].data.date;
}

// ----------------------------------------------------------------- contracts

const contracts = [];
for (const s of STAFF) {
  const list = s.contracts ?? [{ ...s.contract, supervisor: s.supervisors.at(-1).id }];
  for (const c of list) {
    const data = {
      kind: 'contract',
      id: `contract-${s.id}-${c.agreed.slice(0, 4)}`,
      supervisee: s.id,
      supervisor: c.external ? undefined : c.supervisor,
      supervisor_external: c.external,
      agreed: c.agreed,
      frequency: c.frequency,
      schedule: c.schedule,
      duration_minutes: c.duration,
      review_due: `${Number(c.agreed.slice(0, 4)) + 1}${c.agreed.slice(4)}`,
      dispute_resolution: c.resolution,
    };
    const sup = c.external ? { name: `${c.external.name} (${c.external.organisation})` } : byId.get(c.supervisor);
    const words = c.words ?? { P2W: 'every two weeks', P4W: 'at least every four weeks', P3M: 'at least every three months' }[c.frequency];
    const body = `\n## Purpose of supervision\n\nSupervision at Larkfield Primary School keeps children safe by making sure that the people who work with them are accountable for their practice, are supported, and keep developing. It covers three functions: accountability (the quality of work and the school's procedures), professional development, and personal support.\n\n## Arrangements\n\n- ${s.name} (supervisee) and ${sup.name} (supervisor) meet ${words} for about ${c.duration} minutes, in a private room, without interruptions.\n- Group supervision each term supplements, and does not replace, individual supervision.\n- Sessions cancelled by either party are rearranged within a week.\n\n## Responsibilities\n\n**Supervisor:** books sessions, keeps the record clear, accurate and contemporaneous, signs and dates it within a week, follows up agreed actions, and records any discussion or decision about a named child on that child's file.\n\n**Supervisee:** prepares the cases and issues to discuss, completes agreed actions, reads the record and signs it within a week, and says when supervision is not meeting their needs.\n\n## Confidentiality\n\nSupervision is confidential except where a child or adult is at risk of harm, or where there are concerns about conduct; then the supervisor will say what will be shared and with whom.\n\n## Records\n\nRecords are kept securely in the school's supervision records repository and are subject to inspection and audit. The contract is reviewed each year, whenever the supervisor changes, or sooner if either party asks. Disagreements that cannot be resolved between the two are referred to the ${c.resolution}.\n`;
    contracts.push({ data, body });
  }
}

// --------------------------------------------------------------------- staff

const staffRecords = STAFF.map((s) => {
  const data = {
    kind: 'staff', id: s.id, name: s.name, role: s.role, tier: s.tier, started: s.started,
    induction_until: s.induction_until, left: s.left, line_manager: s.line_manager,
    supervisors: s.supervisors,
    supervision_training: s.supervision_training,
    keys: exampleKeysField(s.id),
    // Whole-school safeguarding training on the September INSET day (or as noted).
    safeguarding_training: s.safeguarding_training ?? '2026-09-01',
  };
  return { data, body: `\n${s.body}\n` };
});

// --------------------------------------------------------------------- check

const problems = [];
const asOfDay = toDay(AS_OF);
const allRecords = [
  ...staffRecords.map((r) => ['staff', r]),
  ...contracts.map((r) => ['contracts', r]),
  ...sessions.map((r) => [`sessions/${r.data.date.slice(0, 4)}`, r]),
  ...decisions.map((r) => ['decisions', r]),
  ...audits.map((r) => ['audits', r]),
];
// Ids as the schema defines them, read from it rather than written here a second time.
const ID = new RegExp(JSON.parse(readFileSync(path.join(root, 'schemas', 'common.schema.json'), 'utf8')).$defs.id.pattern, 'u');
const ids = new Set();
for (const [, r] of allRecords) {
  if (!ID.test(r.data.id)) problems.push(`bad id ${r.data.id}`);
  if (ids.has(r.data.id)) problems.push(`duplicate id ${r.data.id}`);
  ids.add(r.data.id);
  for (const [k, v] of Object.entries(r.data)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && fromDay(toDay(v)) !== v) problems.push(`${r.data.id}: ${k} ${v} is not a date`);
  }
}
for (const s of sessions) {
  if (s.data.date > AS_OF) problems.push(`${s.data.id}: future date`);
  if (s.data.duration_minutes < 60) problems.push(`${s.data.id}: short`);
  if (!isWorkday(s.day)) problems.push(`${s.data.id}: not a working day`);
  if (/decision/i.test(s.body) && !s.data.cases?.some((c) => c.decision)) problems.push(`${s.data.id}: body mentions a decision without a decision record`);
  for (const a of s.data.actions ?? []) if (a.due < AS_OF && !sessions.some((x) => x.data.actions_reviewed?.some((r) => r.ref === `${s.data.id}#${a.id}` && r.status !== 'carried'))) problems.push(`${s.data.id}#${a.id}: overdue and not reviewed`);
}
// The session types that count toward the interval in the example policy (config below): group supervision
// supplements, and does not replace, individual supervision, as the contracts say.
const COUNTS = ['one-to-one', 'peer', 'three-way'];
for (const person of STAFF) {
  const all = sessions.filter((s) => s.data.supervisee === person.id || s.data.attendees?.includes(person.id));
  const own = all.filter((s) => COUNTS.includes(s.data.type));
  // A case of theirs left undiscussed longer than the policy allows (case-not-discussed).
  for (const c of CASES.filter((x) => x.holder === person.id && ['CP', 'CIN', 'LAC'].includes(statusOn(x, AS_OF)))) {
    const last = all.filter((s) => s.data.cases?.some((e) => e.ref === c.ref)).at(-1);
    const limit = statusOn(c, AS_OF) === 'CP' ? 28 : 42;
    if (!last || asOfDay > last.day + limit) problems.push(`${c.ref}: not discussed in time (last ${last?.data.id ?? 'never'})`);
  }
  const interval = person.tier === EARLY_CAREER ? 14 : TIER_DAYS[person.tier];
  if (!person.left) {
    const last = own.at(-1).day;
    const due = person.tier === 'general' ? toDay(addMonths(own.at(-1).data.date, 3)) : last + interval;
    if (due < asOfDay) problems.push(`${person.id}: overdue`);
    if (due <= asOfDay + 7) problems.push(`${person.id}: due soon (${fromDay(due)})`);
  }
  for (let i = 1; i < own.length; i++) {
    const gap = own[i].day - own[i - 1].day;
    const limit = person.tier === EARLY_CAREER ? (own[i].data.date <= '2026-10-13' ? 7 : 14) : person.tier === 'general' ? 92 : 28;
    // The one overdue stretch in the year is on purpose: it ends in the three-way meeting that shows escalation.
    if (gap > limit && own[i].data.type !== 'three-way') problems.push(`${person.id}: gap of ${gap} days before ${own[i].data.id}`);
  }
  for (let i = 0; i + 3 <= all.length; i++) {
    const covered = new Set(all.slice(i, i + 3).flatMap((s) => s.data.functions));
    if (covered.size < 3) problems.push(`${person.id}: functions unbalanced at ${all[i + 2].data.id}`);
  }
  const mine = all.filter((s) => s.data.supervisee === person.id);
  for (let i = 1; i < mine.length; i++) {
    const reviewed = new Set((mine[i].data.actions_reviewed ?? []).map((r) => r.ref));
    for (const a of mine[i - 1].data.actions ?? []) if (!reviewed.has(`${mine[i - 1].data.id}#${a.id}`)) problems.push(`${mine[i].data.id}: ${a.id} of the previous session not reviewed`);
  }
}
const eventCount = CASES.reduce((n, c) => n + (c.events?.length ?? 0), 0);
if (decisions.length !== eventCount) problems.push(`${eventCount} case events but ${decisions.length} decision records`);
for (const c of contracts) if (c.data.review_due <= AS_OF) problems.push(`${c.data.id}: review overdue`);

function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

if (problems.length) {
  process.stderr.write(`make-examples: ${problems.length} problems:\n${problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}

// --------------------------------------------------------------------- write

const config = `# Supervision records for Larkfield Primary School, a fictional school.
# Every name in these records (staff and children) is invented.
organisation: Larkfield Primary School
timezone: Europe/London
marking: OFFICIAL-SENSITIVE
${DEFAULT_POLICY_YAML.replace(/^ {4}newly-qualified: {5}#[^\n]*/m, `    ${EARLY_CAREER}:        # a staged tier for early-career teachers: the interval by time since \`started\``)}  records_from: 2025-12-01 # the day the school began keeping its supervision records in supv:
                         # nothing is due, overdue or charted before it
  counts: [${COUNTS.join(', ')}]   # what resets the clock: group supervision supplements, and
                         # does not replace, individual supervision; nor does an ad-hoc conversation
  escalation:            # by how long a session is overdue
    - { after: P0D, step: one-to-one }
    - { after: P2W, step: three-way }
  head: ${HEAD}
  governor: the chair of governors   # a three-way meeting goes to them when the head is the supervisor or line manager
`;

const counts = { staff: staffRecords.length, contracts: contracts.length, sessions: sessions.length, decisions: decisions.length, audits: audits.length };
if (checkOnly) {
  process.stderr.write(`make-examples: ok (${JSON.stringify(counts)})\n`);
  process.exit(0);
}
const outDir = outArg ? path.resolve(outArg) : root;
if (withGit && (!outArg || existsSync(path.join(outDir, '.git')))) {
  process.stderr.write('make-examples: --git needs --out DIR naming a directory that is not yet a git repository\n');
  process.exit(2);
}
const recordsDir = path.join(outDir, 'records');
for (const sub of ['staff', 'contracts', 'sessions', 'decisions', 'audits']) rmSync(path.join(recordsDir, sub), { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'supv.config.yaml'), config);
for (const [dir, r] of allRecords) {
  mkdirSync(path.join(recordsDir, dir), { recursive: true });
  writeFileSync(path.join(recordsDir, dir, `${r.data.id}.md`), recordText(r.data, r.body));
}
process.stderr.write(`make-examples: wrote ${allRecords.length} records ${JSON.stringify(counts)} to ${outDir}\n`);

// Sign every record as its signers would have, 1 to 3 days after its date.
if (!noSign) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'examples', 'sign-examples.mjs'), '--dir', outDir, '--force'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

// --git: a demonstration repository whose history is contemporaneous, each
// record committed the working day after its date (config and staff first), so
// that late-record and `supv audit` have a realistic history to show. Never
// used on the project's own repository.
if (withGit) {
  const git = (args, date) => execFileSync('git', args, {
    cwd: outDir, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, GIT_AUTHOR_NAME: 'Larkfield DSL', GIT_AUTHOR_EMAIL: 'dsl@larkfield.example', GIT_COMMITTER_NAME: 'Larkfield DSL', GIT_COMMITTER_EMAIL: 'dsl@larkfield.example', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
  git(['init', '-q', '-b', 'main']);
  const batches = new Map();
  const add = (day, file) => { if (!batches.has(day)) batches.set(day, []); batches.get(day).push(file); };
  const rel = (dir, r) => `records/${dir}/${r.data.id}.md`;
  for (const [dir, r] of allRecords) {
    const dated = r.data.kind === 'staff' ? '2025-11-28' : r.data.kind === 'contract' ? r.data.agreed : r.data.date;
    add(r.data.kind === 'staff' ? toDay(dated) : workdayOnOrAfter(toDay(dated) + 1), rel(dir, r));
  }
  batches.get(toDay('2025-11-28')).unshift('supv.config.yaml');
  for (const day of [...batches.keys()].sort((a, b) => a - b)) {
    const list = batches.get(day);
    git(['add', '--', ...list]);
    const ids = list.map((f) => path.basename(f, '.md'));
    git(['commit', '-q', '-m', ids.length > 3 ? `Add ${ids.length} records` : `Add ${ids.join(', ')}`], `${fromDay(day)}T16:30:00+00:00`);
  }
  process.stderr.write(`make-examples: committed the records in ${batches.size} contemporaneous commits\n`);
}
