/** The supervision domain (intervals, tiers, who supervises whom, status, signers, dates); here, what rules ask of it, worked out once per run. */
import type { Config } from '../types/config.js';
import type { RecordSet } from '../model.js';
import { caseAccounts, type CaseAccount } from './cases.js';
import { sessionHistory, type SessionHistory } from './session-history.js';
import { peopleInPost, statusOf, type SupervisionStatus } from './status.js';
import { supervisionIndex, type StaffEntry, type SupervisionIndex } from './supervisees.js';

/**
 * What several rules of one run ask about the records, each worked out on
 * first use and then shared: the supervision index, where everyone stands,
 * and the session history. It lives as long as one run: the engine makes one
 * per `checkRecords` call and hands it to every rule as `context.facts`, so
 * nothing is kept in module state or carried from one run to the next (a save
 * in `supv watch` is a new run over a new record set). Code outside the rules
 * that asks the same questions (the compliance report) makes its own, and may
 * hand it to `checkRecords` so the rules and the report share it.
 */
export class RunFacts {
  #index: SupervisionIndex | undefined;
  #statuses: readonly SupervisionStatus[] | undefined;
  #inPost: readonly StaffEntry[] | undefined;
  readonly #statusOf = new Map<StaffEntry, SupervisionStatus>();
  #sessionHistory: SessionHistory | undefined;
  #cases: readonly CaseAccount[] | undefined;

  constructor(
    /** The records of the run. */
    readonly records: RecordSet,
    readonly config: Config,
    /** The date the run judges on, `YYYY-MM-DD`. */
    readonly asOf: string,
  ) {}

  /** Who is supervised, in which sessions and under which contract, on the as-of date. */
  get supervisionIndex(): SupervisionIndex {
    return (this.#index ??= supervisionIndex(this.records, this.asOf));
  }

  /** Where each person in post on the as-of date stands: last session, interval, next due date. */
  get statuses(): readonly SupervisionStatus[] {
    return (this.#statuses ??= this.inPost.map((person) => this.statusOf(person)));
  }

  /** Everyone in post on the as-of date, in the order of {@link statuses}. */
  get inPost(): readonly StaffEntry[] {
    return (this.#inPost ??= peopleInPost(this.supervisionIndex));
  }

  /**
   * Where one person of {@link inPost} stands: the same object as their entry
   * of {@link statuses}, worked out on first ask. A rule whose findings about
   * a person are on their staff record asks only for the people whose
   * findings the run keeps (`RuleContext.keeps`): after one change in a
   * cached run, a few of hundreds.
   */
  statusOf(person: StaffEntry): SupervisionStatus {
    let status = this.#statusOf.get(person);
    if (!status) {
      status = statusOf(person, this.supervisionIndex, this.config);
      this.#statusOf.set(person, status);
    }
    return status;
  }

  /** Each supervisee's sessions in date order, all of them (not only those up to the as-of date). */
  get sessionHistory(): SessionHistory {
    return (this.#sessionHistory ??= sessionHistory(this.records));
  }

  /** Every case discussed up to the as-of date: its status, worker, discussions, audits and when each is next due. */
  get cases(): readonly CaseAccount[] {
    return (this.#cases ??= caseAccounts(this.records, this.config, this.asOf));
  }
}
