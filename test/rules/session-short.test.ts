import { describe, expect, it } from 'vitest';
import { sessionShort } from '../../src/check/rules/session-short.js';
import { lineOf, recordSet, runRule, session, TEAM } from '../helpers/records.js';

const run = (minutes: number, policy = {}) => runRule(sessionShort, recordSet(...TEAM, session('2026-02-03', { duration_minutes: minutes })), { asOf: '2026-03-01', policy });

describe('session-short', () => {
  it.each([60, 90])('a session of %i minutes is about an hour or more', async (minutes) => {
    expect(await run(minutes)).toEqual([]);
  });

  it('a 45-minute session is a warning at duration_minutes', async () => {
    const text = session('2026-02-03', { duration_minutes: 45 }).text;
    expect(await run(45)).toMatchObject([
      { severity: 'warning', line: lineOf(text, 'duration_minutes:'), message: 'the session lasted 45 minutes; sessions should last at least 60 minutes (policy.min_duration)' },
    ]);
  });

  it('follows policy.min_duration, written in hours or minutes', async () => {
    expect(await run(45, { min_duration: 'PT45M' })).toEqual([]);
    expect((await run(75, { min_duration: 'PT1H30M' })).map((finding) => finding.message)).toEqual(['the session lasted 75 minutes; sessions should last at least 90 minutes (policy.min_duration)']);
  });
});
