/**
 * The iCalendar file (RFC 5545, scheduling per RFC 5546) that invites a specialist to an MDO: one VEVENT per
 * invitation, made with the `ics` library. It is built only from the meeting's time and place, the practice
 * and the specialist, never from the agenda, so it cannot carry a patient's name, BSN, address or birth date.
 *
 * The library escapes TEXT values (`\`, `;`, `,`, newlines) but lets a bare CR through, does not escape
 * parameter values (a `"` in a name would end the quoted CN early) and writes an ORGANIZER or ATTENDEE
 * line without a value when there is no e-mail address. So every value is cleaned here before it goes in:
 * line breaks become `\n`, other control characters go, quotes in names become apostrophes, and e-mail
 * addresses must be plain addresses.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { IsoDate } from '../date-schemas';
import type { Meeting } from './meeting';
import type { Specialist, SpecialistInvitation } from './specialist';

/** The practice's time zone: meeting dates and clock times are its wall-clock time. */
export const MEETING_TIME_ZONE = 'Europe/Amsterdam';

export interface InvitationCalendarInput {
  invitation: Pick<SpecialistInvitation, 'id' | 'meetingId' | 'agendaItemId' | 'createdAt'>;
  meeting: Pick<Meeting, 'id' | 'date' | 'startTime' | 'endTime' | 'location' | 'videoLink' | 'status'>;
  specialist: Pick<Specialist, 'name' | 'email'>;
  /** The organiser: the practice's name and the address replies go to (the coordinator sending it). */
  practice: { name: string; email: string };
  /** Where Tijdig runs, e.g. `https://tijdig.praktijk.nl`; the file links to the specialist's agenda there. */
  origin: string;
  /** The moment the file is made (DTSTAMP); passed in, never read from a clock. */
  now: Date;
}

export type InvitationCalendarIssue =
  'ics.noAttendeeEmail' | 'ics.noOrganizerEmail' | 'ics.invalidOrigin' | 'ics.invalidTime' | 'ics.failed';

export type InvitationCalendarResult =
  { ok: true; fileName: string; text: string } | { ok: false; code: InvitationCalendarIssue };

/** The MIME type to hand the file over with. */
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A plain address: no spaces, quotes, angle brackets, colons, semicolons, commas or backslashes, which
// would end the property value or smuggle in a parameter.
const PLAIN_EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * A TEXT value the library can escape safely: every kind of line break becomes `\n` (which it writes as
 * the two characters `\n`), tabs become spaces and other control characters are removed.
 */
function cleanText(value: string, maxLength = 500): string {
  return value
    .replace(/\r\n|\r|\u0085|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .trim()
    .slice(0, maxLength);
}

/** A parameter value (CN): one line, no double quote (RFC 5545 has no escape for it inside quotes). */
function cleanParameter(value: string): string {
  return cleanText(value, 120).replace(/\n/g, ' ').replace(/"/g, "'").replace(/\s+/g, ' ');
}

function plainEmail(value: string): string | null {
  const trimmed = value.trim();
  return trimmed.length <= 200 && PLAIN_EMAIL.test(trimmed) ? trimmed : null;
}

/** A web link without whitespace or control characters (a video link), or null. */
function plainLink(value: string): string | null {
  const trimmed = value.trim();
  return /^https?:\/\/[^\s"<>\\]+$/i.test(trimmed) && !ANY_CONTROL.test(trimmed) ? trimmed : null;
}

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: MEETING_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far the practice's wall clock is ahead of UTC at `instant` (ms), e.g. 1 h in winter, 2 h in summer. */
function zoneOffsetAt(instant: number): number {
  const parts = Object.fromEntries(
    wallClockFormat.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  const wallAsUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ms since the epoch) at which the practice's clock shows `time` on `date`, with daylight
 * saving taken into account; null for a date or time that is not well-formed.
 */
export function meetingInstant(date: IsoDate | string, time: string): number | null {
  const day = ISO_DATE.exec(date);
  const clock = CLOCK_TIME.exec(time);
  if (!day || !clock) return null;
  const wall = Date.UTC(
    Number(day[1]),
    Number(day[2]) - 1,
    Number(day[3]),
    Number(clock[1]),
    Number(clock[2]),
  );
  // Two passes: the offset at the first guess is right except within an hour of a clock change.
  const guess = wall - zoneOffsetAt(wall);
  return wall - zoneOffsetAt(guess);
}

/** The file name: the meeting's date only, never a name. */
export function invitationFileName(meetingDate: IsoDate | string): string {
  return ISO_DATE.test(meetingDate) ? `mdo-${meetingDate}.ics` : 'mdo.ics';
}

function descriptionOf(input: InvitationCalendarInput, agendaLink: string, videoLink: string | null): string {
  const practice = cleanText(input.practice.name, 200);
  const lines = [
    `Uitnodiging voor het multidisciplinair overleg (MDO) palliatieve zorg van ${practice}.`,
    input.invitation.agendaItemId === null
      ? 'U bent uitgenodigd voor het hele overleg.'
      : 'U bent uitgenodigd voor één agendapunt.',
    `De agenda en de vraag aan u vindt u in Tijdig: ${agendaLink}`,
  ];
  if (videoLink !== null) lines.push(`Videoverbinding: ${videoLink}`);
  lines.push('Deze uitnodiging bevat bewust geen patiëntgegevens.');
  return lines.join('\n');
}

/**
 * The calendar file for one invitation: METHOD:REQUEST (METHOD:CANCEL once the meeting is cancelled),
 * UID from the invitation id, start and end in UTC, the place or video link, a link to the specialist's
 * agenda view, the practice as organiser and the specialist as attendee. Refused when the specialist or
 * the practice has no usable e-mail address (a scheduling message needs both).
 */
export function invitationCalendar(input: InvitationCalendarInput): InvitationCalendarResult {
  const { invitation, meeting, specialist } = input;
  const attendeeEmail = plainEmail(specialist.email);
  if (attendeeEmail === null) return { ok: false, code: 'ics.noAttendeeEmail' };
  const organizerEmail = plainEmail(input.practice.email);
  if (organizerEmail === null) return { ok: false, code: 'ics.noOrganizerEmail' };
  let origin: string;
  try {
    const url = new URL(input.origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { ok: false, code: 'ics.invalidOrigin' };
    origin = url.origin;
  } catch {
    return { ok: false, code: 'ics.invalidOrigin' };
  }
  const start = meetingInstant(meeting.date, meeting.startTime);
  const end = meetingInstant(meeting.date, meeting.endTime);
  if (start === null || end === null || end <= start || !UUID.test(invitation.id) || !UUID.test(meeting.id)) {
    return { ok: false, code: 'ics.invalidTime' };
  }
  const agendaLink = `${origin}/uitnodigingen/${meeting.id}`;
  const videoLink = plainLink(meeting.videoLink);
  const place = cleanText(meeting.location, 200);
  const isCancelled = meeting.status === 'cancelled';
  // Each file made later supersedes an earlier one for the same invitation (RFC 5546 SEQUENCE).
  const sequence = Math.max(0, Math.floor((input.now.getTime() - Date.parse(invitation.createdAt)) / 60_000));
  // DTSTAMP comes from `timestamp`, which the library reads but its types leave out; without it, it
  // would read the clock.
  const event: EventAttributes & { timestamp: number } = {
    productId: '-//Tijdig//MDO palliatieve zorg//NL',
    method: isCancelled ? 'CANCEL' : 'REQUEST',
    uid: invitation.id,
    sequence: Number.isFinite(sequence) ? Math.min(sequence, 2_147_483_647) : 0,
    timestamp: input.now.getTime(),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `MDO palliatieve zorg – ${cleanText(input.practice.name, 200)}`,
    description: descriptionOf(input, agendaLink, videoLink),
    location: place !== '' ? place : (videoLink ?? 'Videoverbinding'),
    url: agendaLink,
    status: isCancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: cleanParameter(input.practice.name), email: organizerEmail },
    attendees: [
      {
        name: cleanParameter(specialist.name),
        email: attendeeEmail,
        rsvp: true,
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
    ],
  };
  const { error, value } = createEvent(event);
  if (error !== null || value === null) return { ok: false, code: 'ics.failed' };
  return { ok: true, fileName: invitationFileName(meeting.date), text: value };
}
