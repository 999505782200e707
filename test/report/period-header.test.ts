/** The dashboard's Held / due header names the period counted: "12 months", or the day it starts when the adoption date cut it short. */
import { describe, expect, it } from 'vitest';
import { compliance } from '../../src/report/compliance.js';
import { dashboardHtml } from '../../src/report/dashboard.js';
import { loadRecords } from '../../src/load/load.js';
import { loadConfig } from '../../src/config/config.js';
import { REPO_ROOT } from '../helpers/cli.js';

async function header(asOf: string): Promise<string | undefined> {
  const data = await compliance(loadRecords(REPO_ROOT), { config: loadConfig(REPO_ROOT).config, asOf });
  // The header as it reads: the date is kept on one line (a span), which is not part of the words.
  const cell = /<th class="num">(Held \/ due \(.*?\))<\/th>/.exec(dashboardHtml(data, { generatedAt: '2027-01-15T09:30:00Z', commit: 'abc1234', asOfIsToday: false }))?.[1];
  return cell?.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1');
}

describe('Held / due header', () => {
  it('says 12 months for a full year counted (from the day after a year back), not "since" that day', async () => {
    expect(await header('2027-01-15')).toBe('Held / due (12 months)');
  });
  it('names the adoption date when the period starts there (records_from in the example config is 2025-12-01)', async () => {
    expect(await header('2026-06-01')).toBe('Held / due (since 2025-12-01)');
  });
});
