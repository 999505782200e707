/**
 * The compliance figures read what lint's rules reported (their findings'
 * pointers and data), never work it out again from line numbers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { compliance } from '../../src/report/compliance.js';
import { contract, recordSet, session, TEAM, type RecordFile } from '../helpers/records.js';

const AS_OF = '2026-03-01';
const CONTRACTS = [contract({ supervisee: 'jo-bloggs', agreed: '2025-09-01' }), contract({ supervisee: 'ali-khan', agreed: '2025-09-01' })];

async function overdueActions(...files: RecordFile[]) {
  const figures = await compliance(recordSet(...TEAM, ...CONTRACTS, ...files), { config: DEFAULT_CONFIG, asOf: AS_OF, months: 1 });
  return {
    items: figures.overdueActions.map((item) => [item.person, item.record, item.date, item.message.slice(0, 9)]),
    perPerson: Object.fromEntries(figures.people.map((person) => [person.id, person.overdueActions])),
  };
}

describe('compliance: overdue actions count against their owner', () => {
  it("an overdue action is the owner's, not the supervisee's, and is dated by its record", async () => {
    const january = session('2026-01-06', { actions: [{ id: 'A1', text: 'Book a core group meeting', owner: 'ali-khan', due: '2026-01-20' }] });
    expect(await overdueActions(january)).toMatchObject({
      items: [['ali-khan', '2026-01-06-jo-bloggs', '2026-01-06', 'action A1']],
      perPerson: { 'ali-khan': 1, 'jo-bloggs': 0 },
    });
  });

  it('two actions written on one line are told apart by the pointer the rule reported, not by their line', async () => {
    const january = session('2026-01-06');
    const oneLine = january.text.replace(
      /^functions:/m,
      'actions: [{ id: A1, text: Book a core group meeting, owner: jo-bloggs, due: 2026-01-20 }, { id: A2, text: Ring the school, owner: ali-khan, due: 2026-01-27 }]\nfunctions:',
    );
    expect(await overdueActions({ file: january.file, text: oneLine })).toMatchObject({
      items: [
        ['ali-khan', '2026-01-06-jo-bloggs', '2026-01-06', 'action A2'],
        ['jo-bloggs', '2026-01-06-jo-bloggs', '2026-01-06', 'action A1'],
      ],
      perPerson: { 'ali-khan': 1, 'jo-bloggs': 1 },
    });
  });
});

describe('compliance: a missing signature counts against whoever has not signed', () => {
  it("a group session's missing signature is the attendee's who has not signed, not the other attendees'", async () => {
    const group = session('2026-02-02', {
      attendees: ['jo-bloggs', 'ali-khan'],
      signatures: [
        { role: 'supervisor', by: 'sam-lee', at: '2026-02-02T10:00:00+00:00', sha256: '0'.repeat(64) },
        { role: 'attendee', by: 'jo-bloggs', at: '2026-02-02T10:00:00+00:00', sha256: '0'.repeat(64) },
      ],
    });
    const figures = await compliance(recordSet(...TEAM, ...CONTRACTS, group), { config: DEFAULT_CONFIG, asOf: AS_OF, months: 1 });
    expect(figures.unsignedRecords.map((item) => [item.person, item.record])).toEqual([['ali-khan', '2026-02-02-group']]);
    expect(Object.fromEntries(figures.people.map((person) => [person.id, person.unsignedRecords]))).toMatchObject({ 'ali-khan': 1, 'jo-bloggs': 0 });
  });

  it("a supervisor's missing signature counts against the people the record is about", async () => {
    const group = session('2026-02-02', {
      attendees: ['jo-bloggs', 'ali-khan'],
      signatures: [
        { role: 'attendee', by: 'jo-bloggs', at: '2026-02-02T10:00:00+00:00', sha256: '0'.repeat(64) },
        { role: 'attendee', by: 'ali-khan', at: '2026-02-02T10:00:00+00:00', sha256: '0'.repeat(64) },
      ],
    });
    const figures = await compliance(recordSet(...TEAM, ...CONTRACTS, group), { config: DEFAULT_CONFIG, asOf: AS_OF, months: 1 });
    // Listed once (one missing signature), counted on each attendee's line.
    expect(figures.unsignedRecords.map((item) => item.record)).toEqual(['2026-02-02-group']);
    expect(Object.fromEntries(figures.people.map((person) => [person.id, person.unsignedRecords]))).toMatchObject({ 'ali-khan': 1, 'jo-bloggs': 1 });
  });
});
