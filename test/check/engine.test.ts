import { describe, expect, it } from 'vitest';
import { checkRecords } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { formatters, type LintResult } from '../../src/format/index.js';
import { indexRecords } from '../../src/load/load.js';
import type { Finding, Rule, RuleContext } from '../../src/model.js';
import { RunFacts } from '../../src/policy/facts.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { lineOf, recordSet, runRule, session, TEAM } from '../helpers/records.js';

const action = (id: string, due: string) => ({ id, text: 'Book a core group meeting', owner: 'jo-bloggs', due });

describe('a finding keeps what its rule knew', () => {
  it('an overdue action: its message id, the data its message was filled with, and the pointer to the action', async () => {
    const january = session('2026-01-06', { actions: [action('A1', '2026-01-20'), action('A2', '2026-01-27')] });
    const findings = await runRule(actionOverdue, recordSet(...TEAM, january), { asOf: '2026-03-01' });
    expect(findings).toEqual([
      {
        file: january.file,
        line: lineOf(january.text, 'due: 2026-01-20'),
        column: 10,
        rule: 'action-overdue',
        severity: 'warning',
        message: 'action A1 was due on 2026-01-20 and has not been reviewed as done or dropped',
        messageId: 'overdue',
        data: { action: 'A1', due: '2026-01-20' },
        pointer: '/actions/0/due',
        docs: actionOverdue.meta.docs,
      },
      expect.objectContaining({ messageId: 'overdue', data: { action: 'A2', due: '2026-01-27' }, pointer: '/actions/1/due' }),
    ]);
  });

  it('a finding placed by an exact position (a parse problem) has no pointer, nor one about a whole file', async () => {
    const broken = recordFromText({ file: 'records/sessions/2026-01-06-jo-bloggs.md', absPath: '/repo/records/sessions/2026-01-06-jo-bloggs.md' }, 'no frontmatter here\n');
    const parse = rules.find((rule) => rule.meta.id === 'parse')!;
    const [unreadable] = await runRule(parse, indexRecords([broken]), { asOf: '2026-03-01' });
    expect(unreadable).toMatchObject({ file: broken.file, line: 1, column: 1, rule: 'parse', messageId: 'unreadable', data: { problem: broken.parseProblem!.message }, docs: parse.meta.docs });
    expect(unreadable!.pointer).toBeUndefined();

    const wholeFile = { meta: { ...actionOverdue.meta, id: 'whole-file' }, check: ({ report }: RuleContext) => report({ file: 'records/gone.md', messageId: 'overdue', data: { action: 'A1', due: '2026-01-20' } }) };
    const [gone] = await runRule(wholeFile, recordSet(...TEAM), { asOf: '2026-03-01' });
    expect(gone).toMatchObject({ file: 'records/gone.md', line: 1, column: 1, messageId: 'overdue' });
    expect(gone!.pointer).toBeUndefined();
  });

  it("keeps its own copy of the data, whatever the rule does with its object afterwards", async () => {
    const data = { action: 'A1', due: '2026-01-20' };
    const rule = { meta: { ...actionOverdue.meta, id: 'mutating' }, check: ({ records, report }: RuleContext) => {
      report({ record: records.files[0], messageId: 'overdue', data });
      data.action = 'changed';
    } };
    const [finding] = await runRule(rule, recordSet(...TEAM), { asOf: '2026-03-01' });
    expect(finding!.data).toEqual({ action: 'A1', due: '2026-01-20' });
    expect(finding!.message).toContain('action A1');
  });

  it('every formatter prints the same bytes with or without the new fields', async () => {
    const january = session('2026-01-06', { actions: [action('A1', '2026-01-20')] });
    const results = await checkRecords(recordSet(...TEAM, january), [sessionOverdue, actionOverdue], { config: DEFAULT_CONFIG, asOf: '2026-03-01' });
    expect(results.flatMap((result) => result.findings).length).toBeGreaterThan(1);
    const bare: LintResult[] = results.map(({ file, findings }) => ({
      file,
      findings: findings.map(({ file, line, column, rule, severity, message }): Finding => ({ file, line, column, rule, severity, message, messageId: '', docs: '' })),
    }));
    for (const [name, format] of Object.entries(formatters)) {
      const input = { rules: rules.map((rule) => rule.meta), cwd: '/srv/records', color: true, toolVersion: '1.2.3' };
      expect(format({ ...input, results }), name).toBe(format({ ...input, results: bare }));
    }
  });
});

describe('facts are worked out once per run, and for that run only', () => {
  /** A rule that notes the facts it was given and reports nothing. */
  const noting = (id: string, seen: RunFacts[]): Rule => ({
    meta: { id, description: 'notes its facts', defaultSeverity: 'warning', docs: '', messages: {} },
    check: ({ facts }) => void seen.push(facts),
  });

  it('every rule of a run shares one set of facts, built on first use; the next run starts afresh', async () => {
    const records = recordSet(...TEAM, session('2026-01-06'));
    const seen: RunFacts[] = [];
    await checkRecords(records, [noting('first', seen), noting('second', seen)], { config: DEFAULT_CONFIG, asOf: '2026-03-01' });
    await checkRecords(records, [noting('first', seen)], { config: DEFAULT_CONFIG, asOf: '2026-03-01' });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
    const [facts] = seen;
    expect(facts!.statuses).toBe(facts!.statuses);
    expect(facts!.statuses.map((status) => status.person.data.id)).toEqual(['ali-khan', 'jo-bloggs', 'sam-lee']);
    expect(facts!.supervisionIndex.asOf).toBe('2026-03-01');
    expect(facts!.sessionHistory).toBe(facts!.sessionHistory);
  });

  it('a caller may share its facts with the run, but only facts about the same records, config and date', async () => {
    const records = recordSet(...TEAM);
    const facts = new RunFacts(records, DEFAULT_CONFIG, '2026-03-01');
    const seen: RunFacts[] = [];
    await checkRecords(records, [noting('first', seen)], { config: DEFAULT_CONFIG, asOf: '2026-03-01', facts });
    expect(seen).toEqual([facts]);
    await expect(checkRecords(records, [noting('first', seen)], { config: DEFAULT_CONFIG, asOf: '2026-03-02', facts })).rejects.toThrow(/other records, another config or another as-of date/);
    await expect(checkRecords(recordSet(...TEAM), [noting('first', seen)], { config: DEFAULT_CONFIG, asOf: '2026-03-01', facts })).rejects.toThrow(/other records/);
  });
});
