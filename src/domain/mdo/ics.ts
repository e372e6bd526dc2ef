/**
 * The iCalendar file (RFC 5545, scheduling per RFC 5546) that invites a specialist to an MDO: one VEVENT per
 * invitation. It is built only from the meeting's time and place, the practice and the specialist, never
 * from the agenda, so it cannot carry a patient's name, BSN, address or birth date.
 *
 * The lines are written by ical-lines.ts (folding at 75 octets, bare enumerated parameters, TEXT escaping).
 * Every text value is cleaned first: markup tags and control characters go, line breaks become `\n`;
 * e-mail addresses must be plain addresses. Times are the practice's wall-clock times, turned into UTC by
 * RFC 5545's rules for the days the clocks change (see meetingInstant).
 */
import type { IsoDate } from '../date-schemas';
import { parameterValue, plainText, textValue, writeLines, type ContentLine } from './ical-lines';
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
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

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

const DAY = 86_400_000;

/**
 * The instant (ms since the epoch) at which the practice's clock shows `time` on `date`; null for a date
 * or time that is not well-formed. Where the clock changes, RFC 5545 (3.3.5) decides: a time that occurs
 * twice (02:30 on the last Sunday of October) is the FIRST occurrence, still in summer time; a time that
 * does not exist (02:30 on the last Sunday of March) is read with the offset from before the gap, so it
 * moves forward by the gap (to 03:30 summer time).
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
  // The offsets in force a day before and a day after: clock changes are months apart.
  const before = zoneOffsetAt(wall - DAY);
  const after = zoneOffsetAt(wall + DAY);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant === wall - zoneOffsetAt(instant));
  if (matches.length === 0) return wall - before;
  return Math.min(...matches);
}

/** The file name: the meeting's date only, never a name. */
export function invitationFileName(meetingDate: IsoDate | string): string {
  return ISO_DATE.test(meetingDate) ? `mdo-${meetingDate}.ics` : 'mdo.ics';
}

function descriptionOf(input: InvitationCalendarInput, agendaLink: string, videoLink: string | null): string {
  const practice = plainText(input.practice.name, 200);
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

/** A UTC DATE-TIME (RFC 5545 3.3.5, form #2): 20260115T083000Z. */
function utcDateTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

interface EventFacts {
  isCancelled: boolean;
  sequence: number;
  start: number;
  end: number;
  agendaLink: string;
  location: string;
  organizerEmail: string;
  attendeeEmail: string;
}

function eventLines(input: InvitationCalendarInput, facts: EventFacts, description: string): ContentLine[] {
  const text = (name: string, value: string): ContentLine => ({ name, value: textValue(value) });
  return [
    { name: 'BEGIN', value: 'VCALENDAR' },
    { name: 'VERSION', value: '2.0' },
    { name: 'CALSCALE', value: 'GREGORIAN' },
    { name: 'PRODID', value: '-//Tijdig//MDO palliatieve zorg//NL' },
    { name: 'METHOD', value: facts.isCancelled ? 'CANCEL' : 'REQUEST' },
    { name: 'BEGIN', value: 'VEVENT' },
    { name: 'UID', value: input.invitation.id },
    { name: 'DTSTAMP', value: utcDateTime(input.now.getTime()) },
    { name: 'DTSTART', value: utcDateTime(facts.start) },
    { name: 'DTEND', value: utcDateTime(facts.end) },
    { name: 'SEQUENCE', value: String(facts.sequence) },
    text('SUMMARY', `MDO palliatieve zorg – ${plainText(input.practice.name, 200)}`),
    text('DESCRIPTION', description),
    text('LOCATION', facts.location),
    { name: 'URL', value: facts.agendaLink },
    { name: 'STATUS', value: facts.isCancelled ? 'CANCELLED' : 'CONFIRMED' },
    { name: 'X-MICROSOFT-CDO-BUSYSTATUS', value: 'BUSY' },
    {
      name: 'ORGANIZER',
      params: [['CN', parameterValue(input.practice.name)]],
      value: `mailto:${facts.organizerEmail}`,
    },
    {
      name: 'ATTENDEE',
      // Enumerated values are bare tokens: RFC 5545 3.2 does not allow them quoted.
      params: [
        ['CUTYPE', 'INDIVIDUAL'],
        ['ROLE', 'REQ-PARTICIPANT'],
        ['PARTSTAT', 'NEEDS-ACTION'],
        ['RSVP', 'TRUE'],
        ['CN', parameterValue(input.specialist.name)],
      ],
      value: `mailto:${facts.attendeeEmail}`,
    },
    { name: 'END', value: 'VEVENT' },
    { name: 'END', value: 'VCALENDAR' },
  ];
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
  if (Number.isNaN(input.now.getTime())) return { ok: false, code: 'ics.failed' };
  const agendaLink = `${origin}/uitnodigingen/${meeting.id}`;
  const videoLink = plainLink(meeting.videoLink);
  const place = plainText(meeting.location, 200);
  // Each file made later supersedes an earlier one for the same invitation (RFC 5546 SEQUENCE).
  const sequence = Math.max(0, Math.floor((input.now.getTime() - Date.parse(invitation.createdAt)) / 60_000));
  const facts: EventFacts = {
    isCancelled: meeting.status === 'cancelled',
    sequence: Number.isFinite(sequence) ? Math.min(sequence, 2_147_483_647) : 0,
    start,
    end,
    agendaLink,
    location: place !== '' ? place : (videoLink ?? 'Videoverbinding'),
    organizerEmail,
    attendeeEmail,
  };
  const text = writeLines(eventLines(input, facts, descriptionOf(input, agendaLink, videoLink)));
  return { ok: true, fileName: invitationFileName(meeting.date), text };
}
