import { describe, expect, it } from 'vitest';
import type { LoadedRecord } from '../../src/model.js';
import { staleRecords } from '../../src/watch/renderer.js';
import { contract, recordSet, session, staff, TEAM } from '../helpers/records.js';

const byFile = (records: LoadedRecord[]) => new Map(records.map((record) => [record.file, record]));
const files = (records: Set<LoadedRecord>) => [...records].map((record) => record.file).sort();

describe('which PDFs a change makes stale', () => {
  const before = recordSet(...TEAM, session('2026-02-02'), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05' }), session('2026-02-03', { supervisee: 'ali-khan' }));

  it('an edited session: that session only', () => {
    const file = 'records/sessions/2026/2026-02-02-jo-bloggs.md';
    const stale = staleRecords({ set: before, touched: [file], before: byFile(before.files), after: byFile(before.files) });
    expect(files(stale)).toEqual([file]);
  });

  it("a staff member renamed: their own record, and every session and contract that names them", () => {
    const renamed = recordSet(...TEAM.filter((entry) => !entry.file.endsWith('jo-bloggs.md')), staff({ id: 'jo-bloggs', name: 'Jo Bloggs-Smith' }), session('2026-02-02'), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05' }), session('2026-02-03', { supervisee: 'ali-khan' }));
    const stale = staleRecords({ set: renamed, touched: ['records/staff/jo-bloggs.md'], before: byFile(before.files), after: byFile(renamed.files) });
    expect(files(stale)).toEqual(['records/contracts/contract-jo-bloggs-2026.md', 'records/sessions/2026/2026-02-02-jo-bloggs.md', 'records/staff/jo-bloggs.md']);
  });

  it('a staff record removed: the records that still name them', () => {
    const gone = recordSet(...TEAM.filter((entry) => !entry.file.endsWith('ali-khan.md')), session('2026-02-02'), contract({ supervisee: 'jo-bloggs', agreed: '2026-01-05' }), session('2026-02-03', { supervisee: 'ali-khan' }));
    const stale = staleRecords({ set: gone, touched: ['records/staff/ali-khan.md'], before: byFile(before.files), after: byFile(gone.files) });
    expect(files(stale)).toEqual(['records/sessions/2026/2026-02-03-ali-khan.md']);
  });
});
