/**
 * `supv report` as a library function: the compliance picture in the formats
 * asked for, as bytes keyed by file name. It never prints and never writes;
 * the command writes the files.
 */
import type { Config } from '../types/config.js';
import type { RecordSet } from '../model.js';
import { BrowserPool } from '../render/chromium.js';
import { shortCommit } from '../render/text.js';
import { compliance, type Compliance } from './compliance.js';
import { dashboardHtml } from './dashboard.js';
import { printHtml } from './print.js';
import { casesCsv, complianceJson, monthsCsv, peopleCsv } from './tables.js';

export const REPORT_FORMATS = ['html', 'pdf', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The files each format makes. */
export const REPORT_FILES = {
  html: ['report.html'],
  pdf: ['report.pdf'],
  json: ['report.json'],
  csv: ['report-people.csv', 'report-months.csv', 'report-cases.csv'],
} as const satisfies Record<ReportFormat, readonly string[]>;

export interface ReportOptions {
  records: RecordSet;
  config: Config;
  asOf: string;
  formats: ReportFormat[];
  /** When it was made, already formatted for people ("23 November 2026, 18:40 GMT"). */
  generatedAt: string;
  asOfIsToday: boolean;
  commit: string;
  toolVersion: string;
  env?: Record<string, string | undefined>;
  executablePath?: string;
}

export interface ReportOutput {
  data: Compliance;
  /** File name → contents. */
  files: Map<string, string | Uint8Array>;
}

export async function makeReport(options: ReportOptions): Promise<ReportOutput> {
  const data = await compliance(options.records, { config: options.config, asOf: options.asOf });
  const files = new Map<string, string | Uint8Array>();
  const wants = new Set(options.formats);
  const html = dashboardHtml(data, { generatedAt: options.generatedAt, commit: options.commit, asOfIsToday: options.asOfIsToday });
  if (wants.has('html')) files.set('report.html', html);
  if (wants.has('json')) files.set('report.json', complianceJson(data, { generatedAt: options.generatedAt, commit: options.commit, tool: `supv ${options.toolVersion}` }));
  if (wants.has('csv')) {
    files.set('report-people.csv', peopleCsv(data));
    files.set('report-months.csv', monthsCsv(data));
    files.set('report-cases.csv', casesCsv(data));
  }
  if (wants.has('pdf')) {
    const pool = await BrowserPool.start({ concurrency: 1, env: options.env, executablePath: options.executablePath });
    try {
      files.set('report.pdf', await printHtml(pool, html, {
        organisation: options.config.organisation,
        marking: options.config.marking,
        label: `Supervision dashboard, ${options.asOf}`,
        footerNote: `Commit ${shortCommit(options.commit)} · made ${options.generatedAt}`,
      }));
    } finally {
      await pool.close();
    }
  }
  return { data, files };
}
