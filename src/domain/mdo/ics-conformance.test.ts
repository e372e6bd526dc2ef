/**
 * The invitation file read by an independent RFC 5545 parser (ical.js, Mozilla's calendar library) and
 * checked octet by octet against the grammar: folding, parameter quoting, text cleaning and the times on
 * the days the clocks change (issue 13).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import { foldLine, parameterValue, plainText } from './ical-lines';
import { invitationCalendar, meetingInstant, type InvitationCalendarInput } from './ics';

const MEETING_ID = '0190f0e2-7c4a-7000-8000-0000000000c1';
const INVITATION_ID = '0190f0e2-7c4a-7000-8000-0000000000d1';

function input(overrides: Partial<InvitationCalendarInput['meeting']> = {}): InvitationCalendarInput {
  return {
    invitation: {
      id: INVITATION_ID,
      meetingId: MEETING_ID,
      agendaItemId: MEETING_ID,
      createdAt: '2026-01-05T09:00:00.000Z' as IsoDateTime,
    },
    meeting: {
      id: MEETING_ID,
      date: '2026-01-15' as IsoDate,
      startTime: '09:30',
      endTime: '11:00',
      location: 'Vergaderzaal De Linde',
      videoLink: '',
      status: 'planned',
      ...overrides,
    },
    specialist: { name: 'Marieke Jansen-Ööstra, internist', email: 'm.jansen@stopteam.nl' },
    practice: { name: 'Huisartsenpraktijk Één & Twee', email: 'poh@praktijk.nl' },
    origin: 'https://tijdig.praktijk.nl',
    now: new Date('2026-01-06T10:00:00.000Z'),
  };
}

function fileOf(value: InvitationCalendarInput): string {
  const result = invitationCalendar(value);
  if (!result.ok) throw new Error(result.code);
  return result.text;
}

function eventOf(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the invitation file, read by ical.js', () => {
  it('parses into one event with the attendee, organiser and texts a client shows', () => {
    const text = fileOf(input());
    const event = eventOf(text);
    expect(event.uid).toBe(INVITATION_ID);
    expect(event.summary).toBe('MDO palliatieve zorg – Huisartsenpraktijk Één & Twee');
    expect(event.location).toBe('Vergaderzaal De Linde');
    expect(event.description).toContain('U bent uitgenodigd voor één agendapunt.');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-15T10:00:00.000Z');
    const [attendee] = event.attendees;
    expect(attendee?.getFirstValue()).toBe('mailto:m.jansen@stopteam.nl');
    expect(attendee?.getParameter('cn')).toBe('Marieke Jansen-Ööstra, internist');
    expect(attendee?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee?.getParameter('role')).toBe('REQ-PARTICIPANT');
  });

  it('folds every line at 75 octets at most, never inside a UTF-8 character', () => {
    const text = fileOf(input({ location: 'Één zaal, één gang, één deur – één agendapunt '.repeat(4) }));
    expect(text).not.toContain('\uFFFD');
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    // Unfolded, the text is whole again: the parser sees the same characters.
    expect(eventOf(text).location).toBe('Één zaal, één gang, één deur – één agendapunt '.repeat(4).trim());
  });

  it('writes PARTSTAT, ROLE, RSVP and CUTYPE as bare tokens and quotes CN only when the grammar needs it', () => {
    const lines = fileOf(input())
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n');
    const attendee = lines.find((line) => line.startsWith('ATTENDEE'));
    expect(attendee).toBe(
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;' +
        'CN="Marieke Jansen-Ööstra, internist":mailto:m.jansen@stopteam.nl',
    );
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toBe(
      'ORGANIZER;CN=Huisartsenpraktijk Één & Twee:mailto:poh@praktijk.nl',
    );
  });

  it('strips markup and control characters from every text value', () => {
    const hostile: InvitationCalendarInput = {
      ...input({ location: 'Zaal <img src=x onerror=alert(1)>2\u0007<b>boven</b>\u009b' }),
      practice: { name: '<script>alert(1)</script>De Linde\u0000', email: 'poh@praktijk.nl' },
      specialist: { name: '<i>Dr.</i> Jansen\u001b[31m', email: 'a@b.nl' },
    };
    const text = fileOf(hostile);
    const event = eventOf(text);
    expect(event.location).toBe('Zaal 2boven');
    expect(event.summary).toBe('MDO palliatieve zorg – alert(1)De Linde');
    expect(event.description).not.toMatch(/[<>]/);
    expect(event.attendees[0]?.getParameter('cn')).toBe('Dr. Jansen[31m');
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
    expect(text).not.toMatch(/<\/?[a-z]/i);
  });
});

describe('meeting times on the days the clocks change (RFC 5545 3.3.5)', () => {
  it.each([
    [
      '02:30 on the October day occurs twice: the first, still summer time',
      '2026-10-25',
      '02:30',
      '2026-10-25T00:30:00.000Z',
    ],
    ['02:00 on the October day, the first occurrence', '2026-10-25', '02:00', '2026-10-25T00:00:00.000Z'],
    ['01:59 on the October day, once', '2026-10-25', '01:59', '2026-10-24T23:59:00.000Z'],
    ['03:00 on the October day, once', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    [
      '02:30 on the March day does not exist: forward by the gap to 03:30',
      '2026-03-29',
      '02:30',
      '2026-03-29T01:30:00.000Z',
    ],
    ['02:00 on the March day does not exist: 03:00', '2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    ['01:59 on the March day, winter time', '2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['03:00 on the March day, summer time', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['02:30 on the October day in 2027', '2027-10-31', '02:30', '2027-10-31T00:30:00.000Z'],
  ])('%s', (_case, date, time, utc) => {
    expect(new Date(meetingInstant(date, time) ?? Number.NaN).toISOString()).toBe(utc);
  });

  it('writes the first occurrence into the file, as ical.js reads it', () => {
    const event = eventOf(
      fileOf(input({ date: '2026-10-25' as IsoDate, startTime: '02:30', endTime: '03:30' })),
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });
});

describe('ical-lines', () => {
  it('folds a line of two-octet characters without splitting one', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    // 12 octets of name, then 31 + 37 + 32 two-octet characters: never 75 when a character would straddle.
    expect(lines.map(octets)).toEqual([74, 75, 65]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'é'.repeat(100)}`,
    );
  });

  it('keeps a four-octet character (emoji) whole across a fold', () => {
    const lines = foldLine(`SUMMARY:${'a'.repeat(65)}${'😀'.repeat(5)}`).split('\r\n');
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.join('')).not.toContain('\uFFFD');
    expect(lines[0]).toBe(`SUMMARY:${'a'.repeat(65)}`);
    expect(lines[1]).toBe(` ${'😀'.repeat(5)}`);
  });

  it.each([
    ['Jansen', 'Jansen'],
    ['Jansen, internist', '"Jansen, internist"'],
    ['Dr. A; B', '"Dr. A; B"'],
    ['tijd 10:00', '"tijd 10:00"'],
    ['De "Linde"', "De 'Linde'"],
    ['Twee\nregels', 'Twee regels'],
  ])('writes the parameter value %j as %s', (value, written) => {
    expect(parameterValue(value)).toBe(written);
  });

  it.each([
    ['<a href="x">link</a> tekst', 'link tekst'],
    ['a < b en c > d', 'a < b en c > d'],
    ['regel 1\r\nregel 2\rregel 3\u2028regel 4', 'regel 1\nregel 2\nregel 3\nregel 4'],
    ['tab\there', 'tab here'],
    ['bel\u0007 esc\u001b del\u007f c1\u0085x', 'bel esc del c1\nx'],
  ])('makes %j plain text', (value, plain) => {
    expect(plainText(value)).toBe(plain);
  });
});
