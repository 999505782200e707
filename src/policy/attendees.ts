/**
 * A group or joint-agency session's attendees: staff, by id, and people from
 * other agencies (`{ name, agency, role }`, SPEC §11.3), who sign nothing and
 * whose attendance counts toward no one's interval.
 */
import type { ExternalAttendee, Session } from '../types/records.generated.js';

type Attendees = Pick<Session, 'attendees'>;

/** The staff ids among the attendees, in the order listed. */
export function staffAttendees(session: Attendees): string[] {
  return (session.attendees ?? []).filter((attendee): attendee is string => typeof attendee === 'string');
}

/** The attendees from outside the organisation, in the order listed. */
export function externalAttendees(session: Attendees): ExternalAttendee[] {
  return (session.attendees ?? []).filter((attendee): attendee is ExternalAttendee => typeof attendee !== 'string');
}

export type { ExternalAttendee };
