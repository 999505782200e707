import type { Rule } from '../rule.js';
import { addDuration, durationInWords, subtractDuration } from '../../policy/dates.js';
import { docsUrl } from './docs.js';

/** How far back leading a session still makes someone a supervisor who needs training. */
const RECENTLY = 'P1Y';

/**
 * Someone supervising without `supervision_training` ("supervisors are
 * trained in supervision skills"), or whose training is older than
 * `policy.training_refresh` and has lapsed.
 */
export const supervisorUntrained: Rule = {
  meta: {
    id: 'supervisor-untrained',
    scope: 'linked',
    readsSessionsLed: true,
    description: 'someone supervising without `supervision_training`, or with training older than `training_refresh`',
    defaultSeverity: 'warning',
    docs: docsUrl('supervisor-untrained'),
    messages: {
      current: '{name} supervises {supervisees} but has no `supervision_training` date; supervisors are trained in supervision skills',
      recent: '{name} led session {session} on {date} but has no `supervision_training` date; supervisors are trained in supervision skills',
      future: '{name} supervises but `supervision_training` is {training}, after {asOf}; supervisors are trained before they supervise',
      lapsed: '{name} supervises but their supervision training of {training} lapsed on {lapsed} (`training_refresh`: {refresh}); refresh it and record the new date in `supervision_training`',
    },
  },
  check({ config, asOf, facts, report }) {
    const index = facts.supervisionIndex;
    // Who supervises whom today, built from everyone in post in one pass.
    const superviseesOf = new Map<string, string[]>();
    for (const status of facts.statuses) {
      // An external supervisor's training is their own organisation's to keep; supv holds no record of it.
      const supervisor = status.supervisor?.id;
      if (supervisor === undefined) continue;
      const list = superviseesOf.get(supervisor) ?? [];
      list.push(status.person.data.name);
      superviseesOf.set(supervisor, list);
    }
    const since = subtractDuration(asOf, RECENTLY, config.timezone);
    for (const { record, data: staff } of index.staff.values()) {
      const supervisees = superviseesOf.get(staff.id);
      const led = index.lastLedBy.get(staff.id);
      const recent = led && led.data.date > since ? led : undefined;
      if (!supervisees && !recent) continue;
      const training = staff.supervision_training;
      if (training !== undefined && training <= asOf) {
        const lapsed = addDuration(training, config.policy.training_refresh, config.timezone);
        if (asOf > lapsed) {
          report({ record, at: { pointer: '/supervision_training' }, messageId: 'lapsed', data: { name: staff.name, training, lapsed, refresh: durationInWords(config.policy.training_refresh) } });
        }
        continue;
      }
      if (training !== undefined) {
        report({ record, at: { pointer: '/supervision_training' }, messageId: 'future', data: { name: staff.name, training, asOf } });
      } else if (supervisees) {
        report({ record, at: { pointer: '/id' }, messageId: 'current', data: { name: staff.name, supervisees: listOf(supervisees) } });
      } else {
        report({ record, at: { pointer: '/id' }, messageId: 'recent', data: { name: staff.name, session: recent!.data.id, date: recent!.data.date } });
      }
    }
  },
};

/** A few names, then a count, so a head of service's finding stays one line. */
function listOf(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
