import { describe, expect, it } from 'vitest';
import { checkRecords, type RuleSetting } from '../../src/check/engine.js';
import { rules } from '../../src/check/rules/index.js';
import { actionOverdue } from '../../src/check/rules/action-overdue.js';
import { lateRecord } from '../../src/check/rules/late-record.js';
import { nameInPath } from '../../src/check/rules/name-in-path.js';
import { recordDeleted } from '../../src/check/rules/record-deleted.js';
import { sessionOverdue } from '../../src/check/rules/session-overdue.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { formatters, type LintResult } from '../../src/format/index.js';
import type { GitHistory } from '../../src/git/history.js';
import { indexRecords } from '../../src/load/load.js';
import type { Finding } from '../../src/model.js';
import type { Rule, RuleContext } from '../../src/check/rule.js';
import { RunFacts } from '../../src/policy/facts.js';
import { recordFromText } from '../../src/parse/read-record.js';
import { decision, lineOf, recordSet, runRule, session, TEAM, type RecordFile } from '../helpers/records.js';

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

describe('incomplete git history: the engine says so once per run, under the first git rule that needs history', () => {
  const INCOMPLETE =
    'git history is incomplete: this is a shallow clone. The git rules (late-record, record-deleted, name-in-path) were skipped rather than guess';
  const shallow = (): GitHistory => ({ complete: false, incompleteReason: 'this is a shallow clone', firstAdded: new Map(), deleted: [], commits: [], reportFile: 'supv.config.yaml' });
  const amy = decision('dec-2026-02-03-fam-0042', { child: { name: 'Amy Pond', dob: '2016-04-01' } });
  const named = { file: 'records/sessions/2026/amy-pond.md', text: session('2026-02-03', { id: 'amy-pond' }).text };
  const gitRules = [lateRecord, recordDeleted, nameInPath];
  const GIT_OFF = { 'late-record': 'off', 'record-deleted': 'off', 'name-in-path': 'off' } as const;

  /** The findings as [rule, severity, file, line, column, message]; `git: 'not loaded'` runs without history. */
  async function lint(files: RecordFile[], settings: Record<string, RuleSetting> = {}, git: GitHistory | 'not loaded' = shallow(), rules: Rule[] = gitRules) {
    const results = await checkRecords(recordSet(...files), rules, { config: DEFAULT_CONFIG, asOf: '2026-04-30', settings, git: git === 'not loaded' ? undefined : git });
    return results.flatMap((result) => result.findings).map((finding) => [finding.rule, finding.severity, finding.file, finding.line, finding.column, finding.message]);
  }

  // Each row: the --rule settings, and which rule reports the warning with what severity (none: no warning).
  const table: Array<[string, Record<string, RuleSetting>, [string, string] | undefined]> = [
    ['every git rule on: late-record, the first to run, at its warning', {}, ['late-record', 'warning']],
    ['late-record off: record-deleted, as a warning though its default is error', { 'late-record': 'off' }, ['record-deleted', 'warning']],
    ['late-record=error: the warning becomes an error, as every late-record finding would', { 'late-record': 'error' }, ['late-record', 'error']],
    ['late-record off, record-deleted=error: record-deleted, as an error', { 'late-record': 'off', 'record-deleted': 'error' }, ['record-deleted', 'error']],
    ['late-record and record-deleted off: name-in-path, once it has a child to look for', { 'late-record': 'off', 'record-deleted': 'off' }, ['name-in-path', 'warning']],
    ['every git rule off: nothing', { ...GIT_OFF }, undefined],
  ];
  it.each(table)('%s', async (_name, settings, reporter) => {
    const expected = reporter ? [[reporter[0], reporter[1], 'supv.config.yaml', 1, 1, INCOMPLETE]] : [];
    expect(await lint([...TEAM, amy], settings)).toEqual(expected);
  });

  it('name-in-path with no child to look for needs no history, so with the other git rules off nothing is said', async () => {
    expect(await lint([...TEAM], { 'late-record': 'off', 'record-deleted': 'off' })).toEqual([]);
    expect(await lint([...TEAM, amy], { 'late-record': 'off', 'record-deleted': 'off' })).toEqual([['name-in-path', 'warning', 'supv.config.yaml', 1, 1, INCOMPLETE]]);
  });

  it('name-in-path still checks the current paths; the rules that need history are not run at all', async () => {
    let ran = false;
    const needsHistory: Rule = { meta: { ...recordDeleted.meta, id: 'needs-history' }, check: () => void (ran = true) };
    const findings = await lint([...TEAM, amy, named], {}, shallow(), [...gitRules, needsHistory]);
    expect(ran).toBe(false);
    expect(findings.map(([rule, severity]) => `${rule} ${severity}`)).toEqual(['name-in-path error', 'late-record warning']);
  });

  it('history not loaded: the reason says so, on the first record when there is no config file to stand for the repository', async () => {
    expect(await lint([...TEAM], {}, 'not loaded', [recordDeleted])).toEqual([
      ['record-deleted', 'warning', 'records/staff/ali-khan.md', 1, 1, 'git history is incomplete: git history was not loaded for this run. The git rules (late-record, record-deleted, name-in-path) were skipped rather than guess'],
    ]);
  });

  it('the warning finding keeps its message id and data, and the docs of the rule it is reported under', async () => {
    const results = await checkRecords(recordSet(...TEAM), gitRules, { config: DEFAULT_CONFIG, asOf: '2026-04-30', git: shallow() });
    const [warning] = results.flatMap((result) => result.findings);
    expect(warning).toMatchObject({ rule: 'late-record', messageId: 'historyIncomplete', data: { reason: 'this is a shallow clone' }, docs: lateRecord.meta.docs });
    expect(warning!.pointer).toBeUndefined();
  });

  it('once per run, and again in the next run, even given the same history object (as supv watch gives it while HEAD stays put)', async () => {
    const git = shallow();
    const records = recordSet(...TEAM);
    for (let run = 0; run < 2; run++) {
      const results = await checkRecords(records, gitRules, { config: DEFAULT_CONFIG, asOf: '2026-04-30', git });
      expect(results.flatMap((result) => result.findings).map((finding) => finding.rule)).toEqual(['late-record']);
    }
  });

  it('a complete history is handed to the git rules, and no warning is given', async () => {
    const complete: GitHistory = { ...shallow(), complete: true, incompleteReason: undefined };
    const given: Array<GitHistory | undefined> = [];
    const asking: Rule = { meta: { ...nameInPath.meta, id: 'asking' }, check: ({ history }) => void given.push(history()) };
    expect(await lint([...TEAM], {}, complete, [...gitRules, asking])).toEqual([]);
    expect(given).toEqual([complete]);
  });

  it('a rule that does not say usesGit may not ask for history: a bug in supv, named', async () => {
    const sneaky: Rule = { meta: { ...actionOverdue.meta, id: 'sneaky' }, check: ({ history }) => void history() };
    await expect(lint([...TEAM], {}, shallow(), [sneaky])).rejects.toThrow('rule sneaky asked for git history but its meta does not say usesGit');
  });
});
