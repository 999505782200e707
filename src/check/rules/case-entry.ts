import type { Rule } from '../rule.js';
import { docsUrl } from './docs.js';

/** Two words of letters only, like a first name and a surname (`AMY-JONES`, `AMY JONES`), with no digit a case number would have. */
const NAME_LIKE = /^[A-Z][A-Za-z']+[- ][A-Z][A-Za-z']+$/;

/**
 * Case entries and audits that cannot be right (SPEC §11.3): a case entry
 * whose `child_file` date is before the session it records (the discussion
 * cannot have been written on the child's file before it happened); a case
 * audit of a case no session has discussed; a session's action tied to a
 * case the session does not discuss; and, as a warning, a case
 * reference that reads like a child's name: records carry references, and
 * only the decision record names the child.
 */
export const caseEntry: Rule = {
  meta: {
    id: 'case-entry',
    scope: 'linked',
    description: "a case entry's `child_file` date before the session, an action tied to a case not discussed, an audit of a case never discussed, or a case reference that looks like a child's name",
    defaultSeverity: 'error',
    docs: docsUrl('case-entry'),
    messages: {
      childFileEarly: 'case {case}: `child_file` is {childFile}, before the session on {date}; the discussion can only be recorded on the child\'s file on or after {date}',
      neverDiscussed: 'this audit is of case {case}, which no session discusses; check the case reference (the cases discussed are listed under `cases` in session records)',
      actionCase: 'action {action} is tied to case {case}, which this session does not discuss; add the case under `cases` or correct the reference',
      nameLike: 'case reference {case} looks like a person\'s name; records use case references (such as FAM-0042), and only the decision record names the child',
    },
  },
  check({ records, report }) {
    const discussed = new Set<string>();
    for (const record of records.ofKind.session) {
      const session = record.data;
      // Loops, not callbacks, and no set of a session's few cases: this runs for every session.
      const cases = session.cases ?? [];
      for (let index = 0; index < cases.length; index++) {
        const entry = cases[index]!;
        discussed.add(entry.ref);
        if (entry.child_file !== undefined && entry.child_file < session.date) {
          report({ record, at: { pointer: `/cases/${index}/child_file`, target: 'value' }, messageId: 'childFileEarly', data: { case: entry.ref, childFile: entry.child_file, date: session.date } });
        }
        if (NAME_LIKE.test(entry.ref)) report({ record, at: { pointer: `/cases/${index}/ref`, target: 'value' }, messageId: 'nameLike', data: { case: entry.ref }, severity: 'warning' });
      }
      const actions = session.actions ?? [];
      for (let index = 0; index < actions.length; index++) {
        const action = actions[index]!;
        if (action.case && !cases.some((entry) => entry.ref === action.case)) report({ record, at: { pointer: `/actions/${index}/case`, target: 'value' }, messageId: 'actionCase', data: { action: action.id, case: action.case } });
        else if (action.case && NAME_LIKE.test(action.case)) report({ record, at: { pointer: `/actions/${index}/case`, target: 'value' }, messageId: 'nameLike', data: { case: action.case }, severity: 'warning' });
      }
    }
    for (const record of records.ofKind.decision) {
      if (NAME_LIKE.test(record.data.case)) report({ record, at: { pointer: '/case', target: 'value' }, messageId: 'nameLike', data: { case: record.data.case }, severity: 'warning' });
    }
    for (const record of records.ofKind['case-audit']) {
      const ref = record.data.case;
      if (!discussed.has(ref)) report({ record, at: { pointer: '/case', target: 'value' }, messageId: 'neverDiscussed', data: { case: ref } });
      else if (NAME_LIKE.test(ref)) report({ record, at: { pointer: '/case', target: 'value' }, messageId: 'nameLike', data: { case: ref }, severity: 'warning' });
    }
  },
};
