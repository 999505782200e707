#!/usr/bin/env node
// Deterministic synthetic records repository for tests and benchmarks.
//
//   node scripts/examples/generate-fixtures.mjs N DIR [--seed S] [--as-of YYYY-MM-DD]
//
// Writes DIR/supv.config.yaml and N records under DIR/records/ in realistic
// proportions: about one staff record per 50 records, one contract per
// supervisee, a few percent decision records and sessions for the rest. The
// histories are realistic, including the problems the linter exists to find:
// some people overdue or due soon, some short sessions, missing or late
// signatures, unreviewed and overdue actions, status changes without a decision
// record, an untrained supervisor or two. Same N, seed and as-of: same bytes.
//
// Exports generateFixtures() for the tests and the benchmark; the helpers it
// shares with make-examples.mjs are in records.mjs. The signatures it writes
// carry supv's own content hash, read from the compiled lib/sign/content-hash.js,
// so run `npm run compile` (or `node scripts/setup.mjs`) first when src/
// changed; otherwise plain Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../../lib/sign/content-hash.js';
import { backToWeekday, DEFAULT_POLICY_YAML, fromDay, onToWeekday, prng, recordText, slug, toDay } from './records.mjs';

const hashCache = new WeakMap();
/**
 * A signature entry (no `sig`) over the record as it stands, with supv's
 * content hash (SPEC §5); sign before adding `signatures`.
 */
export function signature(data, body, role, by, at) {
  let cached = hashCache.get(data);
  if (!cached || cached.body !== body) {
    cached = { body, sha256: contentHash(data, body) };
    hashCache.set(data, cached);
  }
  return { role, by, at, sha256: cached.sha256 };
}

// ---------------------------------------------------------------- vocabulary

const FIRST = ['Ada', 'Bilal', 'Ciara', 'Dmitri', 'Esme', 'Farid', 'Greta', 'Hamish', 'Ines', 'Jonah',
  'Keziah', 'Lorcan', 'Marisol', 'Nikhil', 'Orla', 'Pavel', 'Quinn', 'Rosalind', 'Soren', 'Tamsin',
  'Umar', 'Vesna', 'Wilf', 'Xanthe', 'Yusuf', 'Zofia', 'Anouk', 'Bram', 'Cosima', 'Dafydd',
  'Elowen', 'Fenna', 'Gideon', 'Hester', 'Ivo', 'Juniper', 'Kit', 'Linnea', 'Mabon', 'Nerys'];
const LAST = ['Okafor', 'Lindqvist', 'Thornbury', 'Achterberg', 'Mbeki-Hart', 'Fairweather', 'Quillon', 'Ravensdale',
  'Ostrowski', 'Pemberley', 'Nakagawa', 'Delacroix-Finch', 'Aldous', 'Brightwell', 'Carraway', 'Dunsmore',
  'Everdene', 'Farrant', 'Gallacher', 'Haverford', 'Ibbotson', 'Jessop', 'Kavanagh-Lowe', 'Larkspur',
  'Merriweather', 'Nettleford', 'Oyelaran', 'Penhaligon', 'Quartley', 'Rushworth', 'Sallow', 'Tregarthen',
  'Underhill', 'Vantongeren', 'Wetherby', 'Yardley', 'Zielinski', 'Ashcombe', 'Blackmore', 'Coldridge'];
// Children's names come from lists disjoint from the staff names, so a child's
// name never shows up in a staff file path by accident (rule name-in-path).
const CHILD_FIRST = ['Poppy', 'Alfie', 'Maisie', 'Theo', 'Isla', 'Reggie', 'Willow', 'Arlo', 'Nancy', 'Otis',
  'Primrose', 'Ezra', 'Clementine', 'Rufus', 'Marigold', 'Jasper', 'Hazel', 'Bertie', 'Tilly', 'Monty'];
const CHILD_LAST = ['Quennell', 'Stannard', 'Wrenfield', 'Mottram', 'Birtwhistle', 'Cranleigh', 'Dowland',
  'Eastgate', 'Fothergill', 'Gossamer', 'Hollinrake', 'Illingworth', 'Jellicoe', 'Kettlewell', 'Loxley'];

const ROLES = {
  'designated-lead': ['Designated Safeguarding Lead', 'Deputy Designated Safeguarding Lead', 'Team Manager'],
  'case-holder': ['Family Support Worker', 'Social Worker', 'Early Help Practitioner', 'Learning Mentor', 'Senior Practitioner'],
  general: ['Teaching Assistant', 'Class Teacher', 'Pastoral Support Assistant', 'Administrator', 'Youth Worker'],
  'newly-qualified': ['Newly Qualified Social Worker', 'Early Career Teacher'],
};
const STATUSES = ['CIN', 'CP', 'LAC', 'CAF', 'EH', 'none'];
const ACTION_TEXTS = ['Book a core group meeting', 'Update the chronology', 'Request a strategy discussion',
  'Complete the early help assessment', 'Chase the health visitor for an update', 'Arrange a home visit',
  'Share the plan with the family', 'Attend safeguarding refresher training', 'Review caseload weighting',
  'Write up the case summary for conference', 'Contact the school nurse', 'Make a referral to CAMHS',
  'Book reflective practice time', 'Agree a contact plan with the virtual school', 'Read the updated neglect toolkit'];
const EVENTS = ['A busy month with two new referrals and a conference.', 'Caseload steady; one case stepped down.',
  'Covered duty for a colleague on leave for a week.', 'Attended a multi-agency training day on neglect.',
  'Quieter period; used the time to bring chronologies up to date.', 'Two urgent visits after concerns raised by school.'];
const RISKS = ['Parental mental health and missed appointments.', 'Neglect: home conditions deteriorating.',
  'Domestic abuse: perpetrator has returned to the area.', 'Poor school attendance and late collection.',
  'Exploitation risk: missing episodes at weekends.', 'Substance misuse by a parent; engagement variable.'];
const STRENGTHS = ['Grandmother provides consistent support.', 'Child is settled and attending school daily.',
  'Parent engaging well with the parenting programme.', 'Good relationship with the class teacher.',
  'Family accepted early help and attends sessions.'];
const WELLBEING = ['Reports feeling well supported; workload manageable.', 'Tired after a demanding month; agreed to protect reflective time.',
  'Discussed the emotional impact of a distressing case; signposted to the employee assistance programme.',
  'Settling into the team well.', 'Raised concern about travel time between visits.'];

// ------------------------------------------------------------------- generator

const FUNCTIONS = ['accountability', 'development', 'support'];
const TIER_DAYS = { 'case-holder': 28, 'designated-lead': 28, general: 91, 'newly-qualified': 28 };
const TIER_FREQ = { 'case-holder': 'P4W', 'designated-lead': 'P4W', general: 'P3M', 'newly-qualified': 'P2W' };

function plan(n) {
  let staff = Math.max(1, Math.min(n, Math.round(n / 50)));
  let left = n - staff;
  const contracts = Math.min(left, staff);
  left -= contracts;
  let decisions = Math.min(Math.floor(n * 0.04), Math.floor(left / 4));
  const sessions = left - decisions;
  return { staff, contracts, sessions, decisions };
}

/**
 * Write a synthetic records repository of exactly `n` records into `dir`.
 * Returns the number of records of each kind.
 */
export function generateFixtures(n, dir, { seed = 1, asOf = '2026-11-23' } = {}) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generateFixtures: n must be a positive integer, not ${n}`);
  const rnd = prng(seed);
  const asOfDay = toDay(asOf);
  const counts = plan(n);
  const files = []; // [relative path, text]

  // ---- staff: a supervision tree, roughly one supervisor to eight staff
  const people = [];
  const usedIds = new Set();
  for (let i = 0; i < counts.staff; i++) {
    const first = FIRST[(i * 7 + Math.floor(i / FIRST.length)) % FIRST.length];
    const last = LAST[(i * 13 + Math.floor(i / LAST.length) * 3) % LAST.length];
    let id = slug(`${first} ${last}`);
    for (let k = 2; usedIds.has(id); k++) id = slug(`${first} ${last} ${k}`);
    usedIds.add(id);
    const supervises = i === 0 || i % 8 === 1;
    const tier = supervises ? (rnd.chance(0.5) ? 'designated-lead' : 'case-holder')
      : rnd.pick(['case-holder', 'case-holder', 'case-holder', 'general', 'general', 'newly-qualified']);
    people.push({ i, id, name: `${first} ${last}`, tier, supervises, role: rnd.pick(ROLES[tier]) });
  }
  const supervisorPool = people.filter((p) => p.supervises);
  for (const p of people) {
    if (p.i === 0) p.supervisor = people[1] ?? people[0];
    else if (p.supervises) p.supervisor = people[0];
    else p.supervisor = supervisorPool[1 + ((p.i - 1) % Math.max(1, supervisorPool.length - 1))] ?? people[0];
    if (p.supervisor === p && people.length > 1) p.supervisor = people[1];
  }

  // ---- how many sessions each person gets: proportional to their frequency
  const groupShare = counts.sessions >= 40 ? 0.04 : 0;
  const groupCount = Math.floor(counts.sessions * groupShare);
  const individual = counts.sessions - groupCount;
  const weight = (p) => 28 / TIER_DAYS[p.tier];
  const totalWeight = people.reduce((s, p) => s + weight(p), 0);
  let assigned = 0;
  for (const p of people) {
    p.sessionCount = Math.floor((individual * weight(p)) / totalWeight);
    assigned += p.sessionCount;
  }
  for (let k = 0; assigned < individual; k++, assigned++) people[k % people.length].sessionCount++;

  // ---- each person's history, built backwards from their last session
  let caseCounter = 40;
  const sessionsByPerson = new Map();
  for (const p of people) {
    const interval = TIER_DAYS[p.tier];
    const r = rnd.next();
    p.leftDay = r < 0.04 ? asOfDay - rnd.int(30, 400) : undefined;
    let offset;
    if (p.leftDay !== undefined) offset = asOfDay - p.leftDay + rnd.int(1, 20);
    else if (r < 0.12) offset = interval + rnd.int(1, Math.round(interval * 1.5)); // overdue
    else if (r < 0.18) offset = interval - rnd.int(0, 6); // due soon
    else offset = rnd.int(1, Math.max(1, interval - 10));
    let day = backToWeekday(asOfDay - offset);
    const days = [];
    for (let k = 0; k < p.sessionCount; k++) {
      days.push(day);
      let gap = Math.round(interval * (0.6 + 0.4 * rnd.next()));
      if (rnd.chance(0.05)) gap = Math.round(interval * (1.1 + rnd.next())); // a historical gap
      day = backToWeekday(day - Math.max(5, gap));
    }
    days.reverse();
    const first = days[0] ?? asOfDay - 60;
    p.startedDay = backToWeekday(first - rnd.int(3, 20));
    if (p.tier === 'newly-qualified') p.inductionUntil = p.startedDay + 182;
    p.caseload = [];
    if (p.tier !== 'general') {
      const k = rnd.int(2, 6);
      for (let c = 0; c < k; c++) p.caseload.push({ ref: `FAM-${String(caseCounter++).padStart(4, '0')}`, status: rnd.pick(STATUSES.slice(0, 5)) });
    }
    sessionsByPerson.set(p.id, days);
  }

  // ---- session records (data first: decisions need to mark their sessions)
  const sessions = [];
  for (const p of people) {
    let previous;
    const days = sessionsByPerson.get(p.id);
    days.forEach((day, k) => {
      const date = fromDay(day);
      const type = rnd.chance(0.03) ? 'ad-hoc' : rnd.chance(0.02) && supervisorPool.length > 2 ? 'peer' : 'one-to-one';
      const supervisor = type === 'peer' ? rnd.pick(supervisorPool.filter((s) => s !== p)) ?? p.supervisor : p.supervisor;
      const functions = rnd.chance(0.75) ? FUNCTIONS.slice() : FUNCTIONS.filter((f) => f !== FUNCTIONS[k % 3]);
      const duration = rnd.chance(0.05) ? 45 : rnd.chance(0.2) ? 90 : 60;
      const s = {
        data: {
          kind: 'session', id: `${date}-${p.id}`, date, type, supervisor: supervisor.id, supervisee: p.id,
          duration_minutes: duration, functions,
        },
        person: p, day,
      };
      if (p.caseload.length) {
        const shown = p.caseload.filter(() => rnd.chance(0.6));
        if (shown.length === 0) shown.push(p.caseload[0]);
        s.data.cases_coverage = shown.length === p.caseload.length ? 'all' : 'sample';
        s.data.cases = shown.map((c) => ({ ref: c.ref, status: c.status }));
        // An unrecorded status change now and then (decision-missing).
        if (rnd.chance(0.01)) {
          const c = s.data.cases[0];
          c.status = c.status === 'CP' ? 'CIN' : 'CP';
          c.status_changed = date;
        }
      }
      const actionCount = rnd.pick([0, 1, 1, 2, 2, 3]);
      if (actionCount) {
        s.data.actions = [];
        for (let a = 1; a <= actionCount; a++) {
          s.data.actions.push({
            id: `A${a}`, text: rnd.pick(ACTION_TEXTS),
            owner: rnd.chance(0.8) ? p.id : supervisor.id, due: fromDay(onToWeekday(day + rnd.int(7, 28))),
          });
        }
      }
      if (previous?.data.actions) {
        const reviewed = [];
        for (const action of previous.data.actions) {
          if (rnd.chance(0.03)) continue; // forgotten (actions-not-reviewed)
          const roll = rnd.next();
          const status = roll < 0.72 ? 'done' : roll < 0.9 ? 'carried' : 'dropped';
          const entry = { ref: `${previous.data.id}#${action.id}`, status };
          if (status !== 'done' || rnd.chance(0.2)) entry.note = status === 'carried' ? 'Not yet complete; carried to next session' : status === 'dropped' ? 'No longer needed' : 'Completed';
          reviewed.push(entry);
        }
        // Actions carried at the previous review mostly come back done.
        for (const r of previous.data.actions_reviewed ?? []) {
          if (r.status === 'carried' && !rnd.chance(0.1)) reviewed.push({ ref: r.ref, status: 'done', note: 'Completed since the last session' });
        }
        if (reviewed.length) s.data.actions_reviewed = reviewed;
      }
      if (k === days.length - 1 || rnd.chance(0.7)) s.data.next_meeting = fromDay(onToWeekday(day + TIER_DAYS[p.tier] - 3));
      sessions.push(s);
      if (previous) previous.next = s;
      previous = s;
    });
  }

  // ---- group sessions: a supervisor and 3-6 of their supervisees
  const teams = supervisorPool.map((sup) => people.filter((p) => p.supervisor === sup && p !== sup && p.leftDay === undefined)).filter((t) => t.length >= 3);
  for (let g = 0; g < groupCount && teams.length; g++) {
    const team = teams[g % teams.length];
    const sup = team[0].supervisor;
    const day = backToWeekday(asOfDay - rnd.int(3, 1400));
    const unique = team.filter(() => rnd.chance(0.7)).slice(0, 6);
    for (const p of team) if (unique.length < 3 && !unique.includes(p)) unique.push(p);
    sessions.push({
      data: {
        kind: 'session', id: `${fromDay(day)}-group-${sup.id}-${g}`, date: fromDay(day), type: 'group', supervisor: sup.id,
        attendees: unique.map((p) => p.id), confidentiality_agreed: !rnd.chance(0.02),
        duration_minutes: 90, functions: ['development', 'support'],
      },
      person: undefined, day, group: unique,
    });
  }

  // ---- decisions: a status change recorded in a session, and its record
  const candidates = sessions.filter((s) => s.data.cases && s.data.type !== 'group');
  const decisions = [];
  const chosen = new Set();
  for (let d = 0; d < counts.decisions && candidates.length; d++) {
    let s;
    for (let tries = 0; tries < 50; tries++) {
      s = candidates[rnd.int(0, candidates.length - 1)];
      if (!chosen.has(s)) break;
    }
    if (chosen.has(s)) s = candidates.find((c) => !chosen.has(c));
    if (!s) break;
    chosen.add(s);
    const c = s.data.cases[0];
    const decisionId = `dec-${s.data.date}-${slug(c.ref)}`;
    c.status = rnd.pick(['CIN', 'CP', 'LAC', 'EH', 'none'].filter((x) => x !== c.status));
    c.status_changed = fromDay(backToWeekday(s.day - rnd.int(0, 3)));
    c.decision = decisionId;
    const data = {
      kind: 'decision', id: decisionId, case: c.ref,
      child: { name: `${rnd.pick(CHILD_FIRST)} ${rnd.pick(CHILD_LAST)}`, dob: fromDay(s.day - rnd.int(4 * 365, 15 * 365)) },
      session: s.data.id, date: s.data.date, supervisor: s.data.supervisor, supervisee: s.data.supervisee,
      actions: [{ id: 'D1', text: rnd.pick(ACTION_TEXTS), owner: s.data.supervisee, due: fromDay(onToWeekday(s.day + rnd.int(2, 14))) }],
    };
    decisions.push({ data, day: s.day, status: c.status });
    // Decision actions are not reviewed through a session's actions_reviewed
    // here: unknown-ref accepts only session ids in those refs (see the report).
  }

  // ---- render: staff
  for (const p of people) {
    const data = {
      kind: 'staff', id: p.id, name: p.name, role: p.role, tier: p.tier, started: fromDay(p.startedDay),
      induction_until: p.inductionUntil !== undefined ? fromDay(p.inductionUntil) : undefined,
      left: p.leftDay !== undefined ? fromDay(p.leftDay) : undefined,
      supervisors: [{ id: p.supervisor.id, from: fromDay(p.startedDay) }],
      supervision_training: p.supervises && !rnd.chance(0.05) ? fromDay(p.startedDay - rnd.int(30, 2000)) : undefined,
    };
    const body = `\n${p.name} works as ${/^[AEIOU]/.test(p.role) ? 'an' : 'a'} ${p.role}${p.supervises ? ' and supervises colleagues' : ''}.\n`;
    files.push([`records/staff/${p.id}.md`, recordText(data, body)]);
  }

  // ---- contracts: one per supervisee, most signed by both parties
  for (let i = 0; i < counts.contracts; i++) {
    const p = people[i];
    const agreedDay = onToWeekday(Math.max(p.startedDay + rnd.int(0, 14), asOfDay - rnd.int(20, 420)));
    const agreed = fromDay(agreedDay);
    const data = {
      kind: 'contract', id: `contract-${p.id}-${agreed.slice(0, 4)}`, supervisee: p.id, supervisor: p.supervisor.id,
      agreed, frequency: TIER_FREQ[p.tier], duration_minutes: 60, review_due: fromDay(agreedDay + 365),
      dispute_resolution: 'Head of Service',
    };
    const body = `\n## Purpose\n\nSupervision supports ${p.name} to practise safely, to develop, and to be supported, and holds both parties to account for the quality of work with children and families.\n\n## Responsibilities\n\n- The supervisor books sessions, records them within a week and signs the record.\n- The supervisee prepares the cases to discuss and reviews the record before signing it.\n- Both keep the agreed boundaries of confidentiality.\n`;
    const sigs = [];
    if (!rnd.chance(0.04)) sigs.push(signature(data, body, 'supervisor', p.supervisor.id, `${fromDay(agreedDay)}T10:00:00+00:00`));
    if (!rnd.chance(0.04)) sigs.push(signature(data, body, 'supervisee', p.id, `${fromDay(agreedDay + rnd.int(0, 3))}T15:30:00+00:00`));
    if (sigs.length) data.signatures = sigs;
    files.push([`records/contracts/${data.id}.md`, recordText(data, body)]);
  }

  // ---- sessions
  for (const s of sessions) {
    const d = s.data;
    const who = s.person ? s.person.name : 'the team';
    let body = `\n## Summary of events\n\n${rnd.pick(EVENTS)}\n\n## Case discussion\n\n`;
    if (d.cases) {
      for (const c of d.cases) {
        body += `### ${c.ref} (${c.status})\n\n**Part A.** Risks: ${rnd.pick(RISKS)} Strengths and protective factors: ${rnd.pick(STRENGTHS)}\n\n**Part B.** Analysis: the plan remains proportionate; next steps agreed with ${who}.\n\n`;
      }
    } else {
      body += d.type === 'group' ? 'Themes across the team: thresholds for referral, and recording voice of the child.\n\n' : 'No allocated cases. Concerns noticed in day-to-day work are passed to the safeguarding lead the same day.\n\n';
    }
    body += `## Team and wellbeing\n\n${rnd.pick(WELLBEING)}\n\n## Any other business\n\nNone.\n`;
    const signers = d.type === 'group' ? d.attendees.map((id) => ['attendee', id]) : [['supervisee', d.supervisee]];
    const recent = asOfDay - s.day < 7;
    const sigs = [];
    if (!recent && !rnd.chance(0.01)) {
      const late = rnd.chance(0.03) ? rnd.int(8, 30) : 0;
      sigs.push(signature(d, body, 'supervisor', d.supervisor, `${fromDay(s.day + rnd.int(0, 2) + late)}T16:${String(rnd.int(0, 59)).padStart(2, '0')}:00+00:00`));
      for (const [role, id] of signers) {
        if (rnd.chance(0.03)) continue; // a missing signature
        sigs.push(signature(d, body, role, id, `${fromDay(s.day + rnd.int(1, 5) + late)}T09:${String(rnd.int(0, 59)).padStart(2, '0')}:00+00:00`));
      }
    }
    if (sigs.length) d.signatures = sigs;
    files.push([`records/sessions/${d.date.slice(0, 4)}/${d.id}.md`, recordText(d, body)]);
  }

  // ---- decisions
  for (const dec of decisions) {
    const d = dec.data;
    const body = `\n## Brief safeguarding history\n\nKnown to children's services; previous involvement at early help level.\n\n## Concerns\n\n${rnd.pick(RISKS)}\n\n## Decision and actions agreed\n\nStatus now ${dec.status}. ${d.actions[0].text} (${d.actions[0].owner}, by ${d.actions[0].due}).\n`;
    if (asOfDay - dec.day >= 7 && !rnd.chance(0.03)) d.signatures = [signature(d, body, 'supervisor', d.supervisor, `${d.date}T17:00:00+00:00`)];
    files.push([`records/decisions/${d.id}.md`, recordText(d, body)]);
  }

  // ---- write
  // The script's old path in this comment is kept on purpose: it is part of the generated bytes.
  const config = `# Synthetic fixture (scripts/generate-fixtures.mjs, seed ${seed}, ${n} records)\norganisation: Fixture Borough Children's Services\ntimezone: Europe/London\nmarking: OFFICIAL-SENSITIVE\n${DEFAULT_POLICY_YAML}`;
  const dirs = new Set(files.map(([rel]) => path.dirname(rel)));
  mkdirSync(dir, { recursive: true });
  for (const d of [...dirs].sort()) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(path.join(dir, 'supv.config.yaml'), config);
  for (const [rel, text] of files) writeFileSync(path.join(dir, rel), text);

  return {
    staff: people.length,
    contract: counts.contracts,
    session: sessions.length,
    decision: decisions.length,
    total: files.length,
  };
}

// ------------------------------------------------------------------------ CLI

function usage(message) {
  if (message) process.stderr.write(`generate-fixtures: ${message}\n`);
  process.stderr.write('usage: node scripts/examples/generate-fixtures.mjs N DIR [--seed S] [--as-of YYYY-MM-DD]\n' +
    '  writes DIR/supv.config.yaml and N synthetic records under DIR/records/\n');
  process.exit(2);
}

function main(argv) {
  const positional = [];
  let seed = 1;
  let asOf = '2026-11-23';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') usage();
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice(7));
    else if (arg === '--as-of') asOf = argv[++i];
    else if (arg.startsWith('--as-of=')) asOf = arg.slice(8);
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) usage('expected N and DIR');
  const n = Number(positional[0]);
  if (!/^\d+$/.test(positional[0]) || !Number.isSafeInteger(n) || n < 1) usage(`N must be a positive integer, not "${positional[0]}"`);
  if (!Number.isInteger(seed)) usage('--seed must be an integer');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '') || Number.isNaN(Date.parse(asOf))) usage('--as-of must be YYYY-MM-DD');
  const start = process.hrtime.bigint();
  const counts = generateFixtures(n, positional[1], { seed, asOf });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`generate-fixtures: ${counts.total} records (${counts.staff} staff, ${counts.contract} contracts, ${counts.session} sessions, ${counts.decision} decisions) in ${positional[1]} in ${(ms / 1000).toFixed(1)}s\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
