import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateConfig, validateRecord } from '../src/validate/validate.js';
import { SCHEMA_NAMES, schemaFor } from '../src/validate/schemas.js';
import { schemaCommand } from '../src/cli/commands/schema.js';

const staff = {
  kind: 'staff',
  id: 'jo-bloggs',
  name: 'Jo Bloggs',
  role: 'Family Support Worker',
  tier: 'case-holder',
  started: '2024-09-02',
  supervisors: [{ id: 'sam-lee', from: '2024-09-02' }],
};

const signature = {
  role: 'supervisor',
  by: 'sam-lee',
  at: '2025-02-04T10:12:00+00:00',
  sha256: 'a'.repeat(64),
};

const contract = {
  kind: 'contract',
  id: 'contract-jo-bloggs-2024',
  supervisee: 'jo-bloggs',
  supervisor: 'sam-lee',
  agreed: '2024-09-09',
  frequency: 'P4W',
  dispute_resolution: 'Head of Service',
};

const session = {
  kind: 'session',
  id: '2025-02-03-jo-bloggs',
  date: '2025-02-03',
  type: 'one-to-one',
  supervisor: 'sam-lee',
  supervisee: 'jo-bloggs',
  duration_minutes: 60,
  functions: ['accountability', 'development', 'support'],
};

const group = {
  ...session,
  id: '2025-02-03-team',
  type: 'group',
  supervisee: undefined,
  attendees: ['jo-bloggs', 'ali-khan'],
  confidentiality_agreed: true,
};
delete (group as Record<string, unknown>).supervisee;

const decision = {
  kind: 'decision',
  id: 'dec-2025-02-03-fam-0042',
  case: 'FAM-0042',
  session: '2025-02-03-jo-bloggs',
  date: '2025-02-03',
  supervisor: 'sam-lee',
  supervisee: 'jo-bloggs',
};

const records = { staff, contract, session, decision } as const;

/** A copy of `base` with `changes` applied; a change to `undefined` removes the key. */
function edit(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key];
  return copy;
}

function messages(data: unknown): string[] {
  return validateRecord(data).map((p) => p.message);
}

describe('valid records pass', () => {
  const valid: [string, unknown][] = [
    ['minimal staff', staff],
    [
      'staff with every optional field',
      {
        ...staff,
        induction_until: '2025-03-02',
        left: '2026-07-31',
        supervisors: [
          { id: 'sam-lee', from: '2024-09-02', to: '2025-05-31' },
          { id: 'ana-silva', from: '2025-06-01', handover: '2025-05-28-jo-bloggs' },
        ],
        supervision_training: '2023-05-10',
        public_key: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n',
        email: 'jo.bloggs@example.org',
        line_manager: 'head-teacher',
      },
    ],
    ['staff on a leap day', { ...staff, started: '2024-02-29' }],
    ['minimal contract', contract],
    [
      'contract with every optional field',
      {
        ...contract,
        duration_minutes: 60,
        review_due: '2025-09-09',
        dispute_resolution: 'Head teacher',
        signatures: [signature, { ...signature, role: 'supervisee', by: 'jo-bloggs', at: '2025-02-04T11:00:00Z' }],
      },
    ],
    ['one-to-one session', session],
    ['peer session', { ...session, type: 'peer' }],
    ['ad-hoc session', { ...session, type: 'ad-hoc' }],
    ['group session', group],
    ['joint-agency session without confidentiality agreed', { ...group, type: 'joint-agency', confidentiality_agreed: false }],
    [
      'session with every optional field',
      {
        ...session,
        cases_coverage: 'sample',
        cases: [
          { ref: 'FAM-0042', status: 'CP', status_changed: '2025-01-20', decision: 'dec-2025-02-03-fam-0042', note: 'Core group set' },
          { ref: 'FAM-7', status: 'none' },
        ],
        actions: [{ id: 'A1', text: 'Book a core group meeting', owner: 'jo-bloggs', due: '2025-02-17' }],
        actions_reviewed: [{ ref: '2025-01-06-jo-bloggs#A2', status: 'done', note: 'Referral made on 8 January' }],
        next_meeting: '2025-03-03',
        location: 'Room 2',
        signatures: [{ ...signature, at: '2025-02-04T10:12:00.5-05:30', sig: 'MEUCIQ==' }],
      },
    ],
    ['minimal decision', decision],
    [
      'decision with child and actions',
      {
        ...decision,
        child: { name: 'A. Child', dob: '2016-04-01' },
        actions: [{ id: 'D1', text: 'Request strategy discussion', owner: 'jo-bloggs', due: '2025-02-05' }],
        signatures: [signature],
      },
    ],
    ['names in any script', { ...staff, name: 'Zoë Ng 吴 محمد' }],
  ];
  it.each(valid)('%s', (_name, data) => {
    expect(validateRecord(data)).toEqual([]);
  });
});

describe('the kind decides the schema', () => {
  const kindMessage = '`kind` must be one of staff, contract, session, decision, case-audit';
  it.each([
    ['a list', [staff], ''],
    ['text', 'kind: staff', ''],
    ['null', null, ''],
    ['no kind', edit(staff, { kind: undefined }), ''],
    ['an inherited kind', Object.create({ kind: 'staff' }), ''],
  ])('%s is refused on the document', (_name, data, pointer) => {
    expect(validateRecord(data)).toEqual([{ pointer, target: 'key', message: kindMessage }]);
  });
  it('an unknown kind is refused on its value', () => {
    expect(validateRecord({ ...staff, kind: 'Staff' })).toEqual([{ pointer: '/kind', target: 'value', message: kindMessage }]);
  });
});

describe('every required field', () => {
  const required: Record<keyof typeof records, string[]> = {
    staff: ['id', 'name', 'role', 'tier', 'started', 'supervisors'],
    contract: ['id', 'supervisee', 'supervisor', 'agreed', 'frequency', 'dispute_resolution'],
    session: ['id', 'date', 'type', 'supervisor', 'duration_minutes', 'functions'],
    decision: ['id', 'case', 'session', 'date', 'supervisor', 'supervisee'],
  };
  const subject = { staff: 'staff record', contract: 'contract', session: 'session', decision: 'decision' };
  const cases = Object.entries(required).flatMap(([kind, keys]) => keys.map((key) => [kind, key] as const));
  it.each(cases)('%s without %s', (kind, key) => {
    const data = edit(records[kind], { [key]: undefined });
    const problems = validateRecord(data);
    expect(problems).toContainEqual({ pointer: '', target: 'key', message: `${subject[kind]} is missing \`${key}\`` });
  });

  it.each([
    ['supervisor 1', { ...staff, supervisors: [{ id: 'sam-lee' }] }, '/supervisors/0', 'from'],
    ['signature 1', { ...contract, signatures: [{ role: 'supervisor', by: 'sam-lee', at: signature.at }] }, '/signatures/0', 'sha256'],
    ['case 1', { ...session, cases: [{ ref: 'FAM-1' }] }, '/cases/0', 'status'],
    ['action 1', { ...session, actions: [{ id: 'A1', text: 'Call', owner: 'jo-bloggs' }] }, '/actions/0', 'due'],
    ['reviewed action 1', { ...session, actions_reviewed: [{ ref: 'x#A1' }] }, '/actions_reviewed/0', 'status'],
    ['`child`', { ...decision, child: { dob: '2016-04-01' } }, '/child', 'name'],
  ])('nested: %s', (place, data, pointer, key) => {
    expect(validateRecord(data)).toEqual([{ pointer, target: 'key', message: `${place} is missing \`${key}\`` }]);
  });
});

describe('session types', () => {
  it.each(['one-to-one', 'peer', 'ad-hoc'])('a %s session names its supervisee', (type) => {
    expect(validateRecord(edit(session, { type, supervisee: undefined }))).toEqual([
      { pointer: '', target: 'key', message: `${type} session is missing \`supervisee\`` },
    ]);
  });
  it.each(['one-to-one', 'peer', 'ad-hoc'])('a %s session has no attendees', (type) => {
    expect(validateRecord({ ...session, type, attendees: ['ali-khan'] })).toEqual([
      { pointer: '/attendees', target: 'key', message: `${type} session must not have \`attendees\`; it names one \`supervisee\`` },
    ]);
  });
  it.each(['group', 'joint-agency'])('a %s session lists attendees and agrees confidentiality', (type) => {
    expect(messages(edit(group, { type, attendees: undefined, confidentiality_agreed: undefined }))).toEqual([
      `${type} session is missing \`attendees\``,
      `${type} session is missing \`confidentiality_agreed\``,
    ]);
  });
  it('a group session has no single supervisee', () => {
    expect(validateRecord({ ...group, supervisee: 'jo-bloggs' })).toEqual([
      { pointer: '/supervisee', target: 'key', message: 'group session must not have `supervisee`; list everyone under `attendees`' },
    ]);
  });
  it('confidentiality must be true or false, not a word', () => {
    expect(validateRecord({ ...group, confidentiality_agreed: 'yes' })).toEqual([
      { pointer: '/confidentiality_agreed', target: 'value', message: '`confidentiality_agreed` must be true or false' },
    ]);
  });
  it('attendees must be a non-empty list without repeats', () => {
    expect(messages({ ...group, attendees: [] })).toEqual(['`attendees` must list at least one person']);
    expect(messages({ ...group, attendees: ['jo-bloggs', 'jo-bloggs'] })).toEqual(['`attendees` lists jo-bloggs more than once']);
    expect(messages({ ...group, attendees: 'jo-bloggs' })).toEqual(['`attendees` must be a list']);
  });
  it('an unknown type draws only the enum message, not the conditional ones', () => {
    expect(validateRecord({ ...session, type: '1:1' })).toEqual([
      { pointer: '/type', target: 'value', message: '`type` must be one of one-to-one, group, peer, ad-hoc, joint-agency, three-way' },
    ]);
  });
});

describe('every enum', () => {
  it.each([
    [{ ...session, functions: ['wellbeing'] }, '/functions/0', 'function 1 must be one of accountability, development, support'],
    [{ ...session, cases_coverage: 'most' }, '/cases_coverage', '`cases_coverage` must be one of all, sample'],
    [{ ...session, cases: [{ ref: 'FAM-1', status: 'cp' }] }, '/cases/0/status', '`status` of case 1 must be one of CIN, CP, LAC, CAF, EH, none, closed'],
    [
      { ...session, actions_reviewed: [{ ref: '2025-01-06-jo-bloggs#A2', status: 'open' }] },
      '/actions_reviewed/0/status',
      '`status` of reviewed action 1 must be one of done, carried, dropped',
    ],
    [{ ...contract, signatures: [{ ...signature, role: 'witness' }] }, '/signatures/0/role', '`role` of signature 1 must be one of supervisor, supervisee, attendee, manager, auditor'],
  ])('%#: %s', (data, pointer, message) => {
    expect(validateRecord(data)).toEqual([{ pointer, target: 'value', message }]);
  });
  it('functions must be a non-empty list without repeats', () => {
    expect(messages({ ...session, functions: [] })).toEqual(['`functions` must list at least one of accountability, development, support']);
    expect(messages({ ...session, functions: ['support', 'support'] })).toEqual(['`functions` lists support more than once']);
  });
});

describe('dates, timestamps and durations', () => {
  it.each(['2023-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '2023-1-5', '30/01/2023', '2023-01-05T00:00:00Z', ''])(
    'date %j is refused',
    (date) => {
      expect(validateRecord({ ...session, date })).toEqual([
        { pointer: '/date', target: 'value', message: `\`date\` must be a real date written YYYY-MM-DD, not ${date}` },
      ]);
    },
  );
  it.each(['started', 'induction_until', 'left', 'supervision_training'])('staff %s is a date', (key) => {
    expect(messages({ ...staff, [key]: '2025-02-30' })).toEqual([`\`${key}\` must be a real date written YYYY-MM-DD, not 2025-02-30`]);
  });
  it('dates in nested places are checked too', () => {
    expect(validateRecord({ ...decision, child: { name: 'A. Child', dob: '2016-4-1' } })).toEqual([
      { pointer: '/child/dob', target: 'value', message: '`child.dob` must be a real date written YYYY-MM-DD, not 2016-4-1' },
    ]);
  });

  it.each(['2025-02-04T10:12:00Z', '2025-02-04T10:12:00+01:00', '2025-02-04T10:12:00.123-08:00'])('timestamp %s is accepted', (at) => {
    expect(validateRecord({ ...contract, signatures: [{ ...signature, at }] })).toEqual([]);
  });
  it.each([
    '2025-02-04T10:12:00',
    '2025-02-04 10:12:00+00:00',
    '2025-02-04t10:12:00z',
    '2025-02-04T10:12+00:00',
    '2025-02-30T10:12:00Z',
    '2025-02-04T24:12:00Z',
    '2025-02-04',
  ])('timestamp %s is refused', (at) => {
    expect(validateRecord({ ...contract, signatures: [{ ...signature, at }] })).toEqual([
      { pointer: '/signatures/0/at', target: 'value', message: `\`at\` of signature 1 must be a timestamp with an offset, like 2025-02-04T10:12:00+00:00, not ${at}` },
    ]);
  });

  it.each(['P4W', 'P3M', 'PT60M', 'P1Y', 'P7D', 'P1Y2M3DT4H'])('duration %s is accepted', (frequency) => {
    expect(validateRecord({ ...contract, frequency })).toEqual([]);
  });
  it.each(['4W', 'P', 'PT', 'P1.5W', 'P1W2D', 'four weeks', 'p4w'])('duration %s is refused', (frequency) => {
    expect(validateRecord({ ...contract, frequency })).toEqual([
      { pointer: '/frequency', target: 'value', message: `\`frequency\` must be an ISO 8601 duration such as P4W, P3M or PT60M, not ${frequency}` },
    ]);
  });
});

describe('ids, references and numbers', () => {
  it('a number where an id belongs says to quote it', () => {
    // YAML 1.2 reads `id: 012345` as the number 12345.
    expect(validateRecord({ ...staff, id: 12345 })).toEqual([
      { pointer: '/id', target: 'value', message: '`id` must be text; 12345 reads as a number here, so put it in quotes' },
    ]);
    expect(messages({ ...staff, name: true })).toEqual(['`name` must be text; true reads as true or false here, so put it in quotes']);
    expect(messages({ ...staff, name: null })).toEqual(['`name` must not be empty']);
    expect(messages({ ...staff, name: '' })).toEqual(['`name` must not be empty']);
  });
  it.each([
    [{ ...staff, id: 'Jo_Bloggs' }, '/id', '`id` must be lower-case letters, digits and hyphens, like jo-bloggs, not Jo_Bloggs'],
    [{ ...staff, id: '-jo' }, '/id', '`id` must be lower-case letters, digits and hyphens, like jo-bloggs, not -jo'],
    [{ ...staff, id: 'a'.repeat(81) }, '/id', `\`id\` must be lower-case letters, digits and hyphens, like jo-bloggs, not ${'a'.repeat(57)}...`],
    [{ ...contract, supervisor: 'Sam Lee' }, '/supervisor', '`supervisor` must be a staff id (lower-case letters, digits and hyphens), like sam-lee, not Sam Lee'],
    [{ ...staff, tier: 'Case Holder' }, '/tier', '`tier` must be a tier name (lower-case letters, digits and hyphens), like case-holder, not Case Holder'],
    [{ ...decision, case: 'fam-0042' }, '/case', '`case` must be a case reference in capitals, digits and hyphens, like FAM-0042, not fam-0042'],
    [
      { ...session, actions: [{ id: 'a1', text: 'Call', owner: 'jo-bloggs', due: '2025-02-17' }] },
      '/actions/0/id',
      '`id` of action 1 must be a capital letter then up to nine capitals or digits, like A1, not a1',
    ],
    [
      { ...session, actions_reviewed: [{ ref: '2025-01-06-jo-bloggs-A2', status: 'done' }] },
      '/actions_reviewed/0/ref',
      '`ref` of reviewed action 1 must be a session id and an action id, like 2025-01-06-jo-bloggs#A2, not 2025-01-06-jo-bloggs-A2',
    ],
    [{ ...contract, signatures: [{ ...signature, sha256: 'A'.repeat(64) }] }, '/signatures/0/sha256', `\`sha256\` of signature 1 must be 64 lower-case hexadecimal characters, not ${'A'.repeat(57)}...`],
    [{ ...contract, signatures: [{ ...signature, sig: 'not base64!' }] }, '/signatures/0/sig', '`sig` of signature 1 must be a base64 signature, not not base64!'],
    [{ ...staff, public_key: 'ssh-ed25519 AAAA' }, '/public_key', '`public_key` must be an ed25519 public key: PEM starting -----BEGIN PUBLIC KEY-----, or an OpenSSH line ssh-ed25519 AAAA..., not ssh-ed25519 AAAA'],
    [{ ...staff, public_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ jo@laptop' }, '/public_key', '`public_key` must be an ed25519 public key: PEM starting -----BEGIN PUBLIC KEY-----, or an OpenSSH line ssh-ed25519 AAAA..., not ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ jo@laptop'],
    [{ ...staff, email: 'jo at example' }, '/email', '`email` must be an email address, not jo at example'],
  ])('%#: %o', (data, pointer, message) => {
    expect(validateRecord(data)).toEqual([{ pointer, target: 'value', message }]);
  });
  it.each([0, 1441, -5])('duration_minutes %d is out of range', (minutes) => {
    expect(messages({ ...session, duration_minutes: minutes })).toEqual([
      `\`duration_minutes\` must be a whole number of minutes from 1 to 1440, not ${minutes}`,
    ]);
  });
  it('duration_minutes is a whole number', () => {
    expect(messages({ ...session, duration_minutes: 45.5 })).toEqual(['`duration_minutes` must be a whole number']);
    expect(messages({ ...session, duration_minutes: '60' })).toEqual(['`duration_minutes` must be a whole number, without quotes']);
  });
  it('supervisors must list at least one supervisor', () => {
    expect(validateRecord({ ...staff, supervisors: [] })).toEqual([
      { pointer: '/supervisors', target: 'value', message: '`supervisors` must list at least one supervisor' },
    ]);
  });
  it('a set of fields where a list belongs', () => {
    expect(messages({ ...staff, supervisors: { id: 'sam-lee', from: '2024-09-02' } })).toEqual(['`supervisors` must be a list']);
  });
});

describe('unknown fields', () => {
  it('a field one slip away from a known one is suggested (SPEC §11.4)', () => {
    expect(messages({ ...session, duraton_minutes: 50 })).toContain('unknown field `duraton_minutes` in session; did you mean `duration_minutes`?');
    expect(messages({ ...session, 'duration-minutes': 50 })).toContain('unknown field `duration-minutes` in session; did you mean `duration_minutes`?');
    expect(messages({ ...staff, supervisers: [] })).toContain('unknown field `supervisers` in staff record; did you mean `supervisors`?');
    expect(messages({ ...session, actions: [{ id: 'A1', text: 'Call', owner: 'jo-bloggs', due: '2025-02-10' }, { id: 'A2', text: 'Ring', owner: 'jo-bloggs', deu: '2025-02-10' }] }))
      .toEqual(['action 2 is missing `due`', 'unknown field `deu` in action 2; did you mean `due`?']);
  });

  it('suggests only fields that belong where the unknown one sits, never the same name back', () => {
    expect(messages({ ...staff, supervisors: [{ external: { name: 'Lee Park', orgnisation: 'Northshire Council' }, from: '2024-09-02' }] }))
      .toEqual(['unknown field `orgnisation` in `external` of supervisor 1; did you mean `organisation`?']);
    // `until` belongs to a key, not to a supervisor; `untl` is not offered `until` there either.
    expect(messages({ ...staff, supervisors: [{ id: 'sam-lee', from: '2024-09-02', untl: '2025-01-01' }] }))
      .toEqual(['unknown field `untl` in supervisor 1 (check the spelling)']);
    expect(messages({ ...staff, supervisors: [{ id: 'sam-lee', from: '2024-09-02', form: '2024-09-02' }] }))
      .toEqual(['unknown field `form` in supervisor 1; did you mean `from`?']);
  });

  it('a misspelt top-level field is named on its key', () => {
    expect(validateRecord({ ...session, supervisee_name: 'Jo' })).toEqual([
      { pointer: '/supervisee_name', target: 'key', message: 'unknown field `supervisee_name` in session (check the spelling)' },
    ]);
  });
  it.each([
    [{ ...staff, supervisors: [{ id: 'sam-lee', from: '2024-09-02', until: '2025-01-01' }] }, '/supervisors/0/until', 'unknown field `until` in supervisor 1 (check the spelling)'],
    [{ ...decision, child: { name: 'A. Child', address: '1 High St' } }, '/child/address', 'unknown field `address` in `child` (check the spelling)'],
    [{ ...contract, signatures: [{ ...signature, name: 'Sam' }] }, '/signatures/0/name', 'unknown field `name` in signature 1 (check the spelling)'],
    [{ ...staff, 'a/b~c': 1 }, '/a~1b~0c', 'unknown field `a/b~c` in staff record (check the spelling)'],
  ])('%#: nested and escaped', (data, pointer, message) => {
    expect(validateRecord(data)).toEqual([{ pointer, target: 'key', message }]);
  });
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a field named %s is unknown, not inherited', (key) => {
    // JSON.parse (like a YAML parser) makes `__proto__` an own key rather than setting the prototype.
    const data = JSON.parse(JSON.stringify(contract).replace(/^\{/, `{"${key}": {"kind": "x"},`)) as unknown;
    expect(validateRecord(data)).toEqual([
      { pointer: `/${key}`, target: 'key', message: `unknown field \`${key}\` in contract (check the spelling)` },
    ]);
  });
  it('a prototype carrying required fields does not satisfy them', () => {
    const data = Object.assign(Object.create({ frequency: 'P4W' }) as object, edit(contract, { frequency: undefined }));
    expect(messages(data)).toEqual(['contract is missing `frequency`']);
  });
  it('an unknown field name is printed safely', () => {
    expect(messages({ ...staff, 'na\u202Eme': 'x' })).toEqual(['unknown field `na\\u202eme` in staff record; did you mean `name`?']);
  });
});

describe('Trojan Source: invisible and bidi characters in text', () => {
  const hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF'];
  it.each(hidden.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), c]))('U+%s in a name is refused, named and shown escaped', (code, c) => {
    const escaped = `\\u${code.toLowerCase()}`;
    expect(validateRecord({ ...staff, name: `Jo ${c}Bloggs` })).toEqual([
      {
        pointer: '/name',
        target: 'value',
        message: expect.stringMatching(new RegExp(`^\`name\` contains an invisible or right-to-left control character \\(U\\+${code} [A-Z -]+\\) at character 4: \`Jo \\${escaped}Bloggs\`$`)),
      },
    ]);
  });
  it('the character is named in words', () => {
    expect(messages({ ...staff, name: 'Robin \u202EhsA' })).toEqual([
      '`name` contains an invisible or right-to-left control character (U+202E RIGHT-TO-LEFT OVERRIDE) at character 7: `Robin \\u202ehsA`',
    ]);
  });
  it.each([
    [{ ...staff, role: 'Lead\u202E' }, '/role'],
    [{ ...contract, dispute_resolution: '\u2066Head\u2069' }, '/dispute_resolution'],
    [{ ...session, location: 'Room\u200B2' }, '/location'],
    [{ ...session, actions: [{ id: 'A1', text: 'Call\u202E', owner: 'jo-bloggs', due: '2025-02-17' }] }, '/actions/0/text'],
    [{ ...session, cases: [{ ref: 'FAM-1', status: 'CP', note: '\uFEFFnote' }] }, '/cases/0/note'],
    [{ ...decision, child: { name: 'A\u061C Child' } }, '/child/name'],
  ])('%#: in %s', (data, pointer) => {
    expect(validateRecord(data)).toEqual([expect.objectContaining({ pointer, target: 'value' })]);
  });
  it('ids cannot carry them either', () => {
    expect(validateRecord({ ...staff, id: 'jo\u202Ebloggs' })[0]?.message).toBe(
      '`id` must be lower-case letters, digits and hyphens, like jo-bloggs, not jo\\u202ebloggs',
    );
  });
});

describe('control characters in text (SPEC §11.8)', () => {
  it('a name that writes to the clipboard (OSC 52) and hides the screen (SGR 8) is refused, shown escaped', () => {
    expect(validateRecord({ ...staff, name: 'Sam \u001b]52;c;aGVsbG8=\u0007\u001b[8mLee' })).toEqual([
      {
        pointer: '/name',
        target: 'value',
        message: '`name` contains a control character (U+001B ESC) at character 5: `Sam \\u001b]52;c;aGVsbG8=\\u0007\\u001b[8mLee`',
      },
    ]);
  });
  const refused = [
    ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => code !== 0x09 && code !== 0x0a),
    0x7f,
    ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code),
  ];
  it.each(refused.map((code) => [code.toString(16).toUpperCase().padStart(4, '0'), String.fromCharCode(code)]))('U+%s is refused', (code, c) => {
    const [problem] = validateRecord({ ...staff, role: `Lead${c}` });
    expect(problem).toMatchObject({ pointer: '/role', target: 'value' });
    expect(problem?.message).toMatch(new RegExp(`^\`role\` contains a control character \\(U\\+${code} [A-Z0-9]+\\) at character 5: \`Lead\\\\u${code.toLowerCase()}\`$`));
  });
  it('a carriage return is refused: YAML turns every line break of a file into a newline, so one never comes from a CRLF file', () => {
    expect(messages({ ...staff, role: 'Lead\r\nWorker' })).toEqual(['`role` contains a control character (U+000D CR) at character 5: `Lead\\u000d\\u000aWorker`']);
  });
  it('tab and newline are text', () => {
    expect(validateRecord({ ...session, actions: [{ id: 'A1', text: 'Call\tthe school\nand the GP', owner: 'jo-bloggs', due: '2025-02-17' }] })).toEqual([]);
  });
  it.each([
    [{ ...contract, dispute_resolution: 'Head\u0085teacher' }, '/dispute_resolution'],
    [{ ...session, location: 'Room\u007f2' }, '/location'],
    [{ ...session, cases: [{ ref: 'FAM-1', status: 'CP', note: 'note\u0000' }] }, '/cases/0/note'],
    [{ ...decision, child: { name: 'A\u001b[2J Child' } }, '/child/name'],
  ])('%#: in %s', (data, pointer) => {
    expect(validateRecord(data)).toEqual([expect.objectContaining({ pointer, target: 'value', message: expect.stringContaining('contains a control character') })]);
  });
  it('a long text is shown around the character', () => {
    const [message] = messages({ ...staff, role: `${'a'.repeat(100)}\u001b[8m${'b'.repeat(100)}` });
    expect(message).toBe(`\`role\` contains a control character (U+001B ESC) at character 101: \`...${'a'.repeat(20)}\\u001b[8m${'b'.repeat(33)}...\``);
  });
});

describe('several problems at once', () => {
  it('reports each once, missing keys on the parent', () => {
    const data = { kind: 'session', id: 'x', date: '2023-02-30', type: 'group', supervisee: 'a', duration_minutes: 0, functions: ['support'], bad: 1 };
    expect(validateRecord(data)).toEqual([
      { pointer: '', target: 'key', message: 'group session is missing `attendees`' },
      { pointer: '', target: 'key', message: 'group session is missing `confidentiality_agreed`' },
      { pointer: '/supervisee', target: 'key', message: 'group session must not have `supervisee`; list everyone under `attendees`' },
      { pointer: '', target: 'key', message: 'session is missing `supervisor`' },
      { pointer: '/bad', target: 'key', message: 'unknown field `bad` in session (check the spelling)' },
      { pointer: '/date', target: 'value', message: '`date` must be a real date written YYYY-MM-DD, not 2023-02-30' },
      { pointer: '/duration_minutes', target: 'value', message: '`duration_minutes` must be a whole number of minutes from 1 to 1440, not 0' },
    ]);
  });
  it('no message carries Ajv wording', () => {
    const data = { kind: 'session', type: 'joint-agency', functions: 'all', cases: [{}], signatures: [{}], attendees: [1] };
    for (const message of messages(data)) expect(message).not.toMatch(/must match|schema|NOT have|must have required/);
  });
});

describe('configuration', () => {
  const full = {
    organisation: 'Example Primary School',
    timezone: 'Europe/London',
    marking: 'OFFICIAL-SENSITIVE',
    output: 'dist',
    policy: {
      tiers: {
        'case-holder': 'P4W',
        general: 'P3M',
        'newly-qualified': [{ until: 'P6W', every: 'P1W' }, { until: 'P6M', every: 'P2W' }, { every: 'P4W' }],
      },
      induction: 'P2W',
      min_duration: 'PT60M',
      sign_within: 'P7D',
      record_within: 'P7D',
      due_soon: 'P7D',
      contract_review: 'P1Y',
      functions_window: 3,
    },
  };
  it.each([
    ['the full example', full],
    ['an empty file', null],
    ['nothing at all', {}],
    ['only a policy key', { policy: { due_soon: 'P14D' } }],
    ['UTC', { timezone: 'UTC' }],
    ['a zone by its older name (Europe/Kiev, now Europe/Kyiv)', { timezone: 'Europe/Kiev' }],
  ])('%s is valid', (_name, data) => {
    expect(validateConfig(data)).toEqual([]);
  });
  it.each([
    [{ organisation: 'School', organization: 'x' }, { pointer: '/organization', target: 'key', message: 'unknown field `organization` in configuration; did you mean `organisation`?' }],
    [{ policy: { sign_witin: 'P7D' } }, { pointer: '/policy/sign_witin', target: 'key', message: 'unknown field `sign_witin` in `policy`; did you mean `sign_within`?' }],
    [{ timezone: 'Europe/Londn' }, { pointer: '/timezone', target: 'value', message: '`timezone` must be an IANA time zone name, like Europe/London, not Europe/Londn' }],
    [{ timezone: 'Mars/Olympus_Mons' }, { pointer: '/timezone', target: 'value', message: '`timezone` must be an IANA time zone name, like Europe/London, not Mars/Olympus_Mons' }],
    [{ timezone: '+01:00' }, { pointer: '/timezone', target: 'value', message: '`timezone` must be an IANA time zone name, like Europe/London, not +01:00' }],
    [{ policy: { induction: '2 weeks' } }, { pointer: '/policy/induction', target: 'value', message: '`policy.induction` must be an ISO 8601 duration such as P4W, P3M or PT60M, not 2 weeks' }],
    [{ policy: { functions_window: 0 } }, { pointer: '/policy/functions_window', target: 'value', message: '`policy.functions_window` must be at least 1' }],
    [{ policy: { functions_window: 2.5 } }, { pointer: '/policy/functions_window', target: 'value', message: '`policy.functions_window` must be a whole number' }],
    [{ policy: { tiers: { general: 'P3X' } } }, { pointer: '/policy/tiers/general', target: 'value', message: '`policy.tiers.general` must be an ISO 8601 duration such as P4W, P3M or PT60M, not P3X' }],
    [{ policy: { tiers: { general: 3 } } }, { pointer: '/policy/tiers/general', target: 'value', message: '`policy.tiers.general` must be an ISO 8601 duration such as P4W, P3M or PT60M, or a list of stages, not 3' }],
    [{ policy: { tiers: { general: [] } } }, { pointer: '/policy/tiers/general', target: 'value', message: '`policy.tiers.general` must list at least one stage' }],
    [{ policy: { tiers: { nq: [{ until: 'P6W' }] } } }, { pointer: '/policy/tiers/nq/0', target: 'key', message: 'stage 1 of `policy.tiers.nq` is missing `every`' }],
    [{ policy: { tiers: { nq: [{ every: 'P1W', upto: 'P6W' }] } } }, { pointer: '/policy/tiers/nq/0/upto', target: 'key', message: 'unknown field `upto` in stage 1 of `policy.tiers.nq` (check the spelling)' }],
    [{ policy: { tiers: { 'Case Holder': 'P4W' } } }, { pointer: '/policy/tiers/Case Holder', target: 'key', message: 'the name `Case Holder` in `policy.tiers` must be lower-case letters, digits and hyphens' }],
    [{ marking: 'OFFICIAL\u202E' }, { pointer: '/marking', target: 'value', message: '`marking` contains an invisible or right-to-left control character (U+202E RIGHT-TO-LEFT OVERRIDE) at character 9: `OFFICIAL\\u202e`' }],
    [{ organisation: 'School\u001b[8m' }, { pointer: '/organisation', target: 'value', message: '`organisation` contains a control character (U+001B ESC) at character 7: `School\\u001b[8m`' }],
    [{ output: 5 }, { pointer: '/output', target: 'value', message: '`output` must be text; 5 reads as a number here, so put it in quotes' }],
    [{ policy: 'strict' }, { pointer: '/policy', target: 'value', message: '`policy` must be a set of fields (`name: value` lines)' }],
  ])('%#: %j', (data, problem) => {
    expect(validateConfig(data)).toEqual([problem]);
  });
  it('a config that is not a mapping is refused', () => {
    expect(validateConfig('organisation')).toEqual([
      { pointer: '', target: 'value', message: 'configuration must be a set of fields (`name: value` lines)' },
    ]);
  });
});

describe('schemas', () => {
  it.each(SCHEMA_NAMES)('%s has an $id, a title and a description', (name) => {
    const schema = schemaFor(name);
    expect(schema.$id).toBe(`https://supv.dev/schemas/${name}.schema.json`);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });

  it('supv schema prints one schema, lists them all, and refuses an unknown kind', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    expect(await schemaCommand('session', io)).toBe(0);
    expect(JSON.parse(out.join('')).$id).toBe('https://supv.dev/schemas/session.schema.json');
    out.length = 0;
    expect(await schemaCommand(undefined, io)).toBe(0);
    expect(out.join('')).toMatch(/^staff +A member of staff/m);
    expect(out.join('')).toMatch(/^config +The organisation/m);
    expect(await schemaCommand('sessions', io)).toBe(2);
    expect(err.join('')).toContain('unknown kind "sessions"');
  });

  it('the generated types and validators are up to date', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['scripts/generate-types.mjs', '--check']);
    expect(stdout).toContain('up to date');
  }, 30_000);
});
