import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import type { AgendaItem } from './agenda-item';
import { invitationCalendar, invitationFileName, meetingInstant, type InvitationCalendarInput } from './ics';
import type { Meeting } from './meeting';

// --- A small RFC 5545 reader, strict on purpose: it fails on anything a calendar client could misread. ---

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Splits on CRLF (refusing any other line break) and joins folded lines (CRLF + space or tab). */
function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines: string[] = [];
  for (const line of text.slice(0, -2).split('\r\n')) {
    const previous = lines.pop();
    if (previous !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      lines.push(previous + line.slice(1));
    } else {
      if (previous !== undefined) lines.push(previous);
      lines.push(line);
    }
  }
  return lines;
}

/** name *(";" param "=" (quoted-string / paramtext)) ":" value */
function parseLine(line: string): ContentLine {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0];
  if (name === undefined) throw new Error(`no property name: ${line}`);
  const params: Record<string, string> = {};
  let at = name.length;
  while (line[at] === ';') {
    const equals = line.indexOf('=', at);
    if (equals < 0) throw new Error(`parameter without value: ${line}`);
    const paramName = line.slice(at + 1, equals);
    if (!/^[A-Za-z0-9-]+$/.test(paramName)) throw new Error(`bad parameter name: ${line}`);
    at = equals + 1;
    let paramValue: string;
    if (line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      if (close < 0) throw new Error(`unclosed quote: ${line}`);
      paramValue = line.slice(at + 1, close);
      at = close + 1;
      if (line[at] !== ';' && line[at] !== ':') throw new Error(`text after a quoted value: ${line}`);
    } else {
      let end = at;
      while (end < line.length && line[end] !== ';' && line[end] !== ':') end += 1;
      paramValue = line.slice(at, end);
      if (paramValue.includes('"')) throw new Error(`quote in a bare value: ${line}`);
      at = end;
    }
    params[paramName.toUpperCase()] = paramValue;
  }
  if (line[at] !== ':') throw new Error(`no value: ${line}`);
  return { name: name.toUpperCase(), params, value: line.slice(at + 1) };
}

/** A TEXT value as a client reads it; throws on an unescaped `;` or `,` or an unknown escape. */
function unescapeText(value: string): string {
  let text = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '\\') {
      const next = value[index + 1] ?? '';
      if (next === 'n' || next === 'N') text += '\n';
      else if (next === '\\' || next === ';' || next === ',') text += next;
      else throw new Error(`unknown escape \\${next} in ${value}`);
      index += 1;
    } else if (char === ';' || char === ',') {
      throw new Error(`unescaped ${char} in ${value}`);
    } else {
      text += char ?? '';
    }
  }
  return text;
}

const KNOWN_PROPERTIES = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'CALSCALE',
  'PRODID',
  'METHOD',
  'X-PUBLISHED-TTL',
  'UID',
  'SUMMARY',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SEQUENCE',
  'DESCRIPTION',
  'URL',
  'LOCATION',
  'STATUS',
  'ORGANIZER',
  'X-MICROSOFT-CDO-BUSYSTATUS',
  'ATTENDEE',
]);

interface Calendar {
  lines: ContentLine[];
  /** The one property of that name (fails when there are none or several). */
  one: (name: string) => ContentLine;
  /** SUMMARY, DESCRIPTION and LOCATION as a client shows them. */
  text: (name: 'SUMMARY' | 'DESCRIPTION' | 'LOCATION') => string;
}

function parseCalendar(text: string): Calendar {
  const lines = unfold(text).map(parseLine);
  for (const line of lines) expect(KNOWN_PROPERTIES, line.name).toContain(line.name);
  const structure = lines.filter((line) => line.name === 'BEGIN' || line.name === 'END');
  expect(structure.map((line) => `${line.name}:${line.value}`)).toEqual([
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  expect(lines[0]?.name).toBe('BEGIN');
  expect(lines.at(-1)?.name).toBe('END');
  const one = (name: string) => {
    const found = lines.filter((line) => line.name === name);
    expect(found, name).toHaveLength(1);
    const [first] = found;
    if (!first) throw new Error(`no ${name}`);
    return first;
  };
  return { lines, one, text: (name) => unescapeText(one(name).value) };
}

// --- Test data ---

const MEETING_ID = '0190f0e2-7c4a-7000-8000-0000000000c1';
const INVITATION_ID = '0190f0e2-7c4a-7000-8000-0000000000d1';

function input(overrides: Partial<InvitationCalendarInput> = {}): InvitationCalendarInput {
  return {
    invitation: {
      id: INVITATION_ID,
      meetingId: MEETING_ID,
      agendaItemId: null,
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
    },
    specialist: { name: 'Marieke Jansen', email: 'm.jansen@stopteam.nl' },
    practice: { name: 'Huisartsenpraktijk De Linde', email: 'poh@praktijk.nl' },
    origin: 'https://tijdig.praktijk.nl',
    now: new Date('2026-01-06T10:00:00.000Z'),
    ...overrides,
  };
}

function calendarOf(overrides: Partial<InvitationCalendarInput> = {}): { text: string; fileName: string } {
  const result = invitationCalendar(input(overrides));
  if (!result.ok) throw new Error(result.code);
  return result;
}

describe('invitationCalendar', () => {
  it('is a scheduling request for one event, with the invitation as UID and a link to the agenda', () => {
    const { text, fileName } = calendarOf();
    const calendar = parseCalendar(text);
    expect(fileName).toBe('mdo-2026-01-15.ics');
    expect(calendar.one('VERSION').value).toBe('2.0');
    expect(calendar.one('METHOD').value).toBe('REQUEST');
    expect(calendar.one('UID').value).toBe(INVITATION_ID);
    expect(calendar.one('DTSTAMP').value).toBe('20260106T100000Z');
    expect(calendar.one('STATUS').value).toBe('CONFIRMED');
    expect(calendar.one('URL').value).toBe(`https://tijdig.praktijk.nl/uitnodigingen/${MEETING_ID}`);
    expect(calendar.text('LOCATION')).toBe('Vergaderzaal De Linde');
    expect(calendar.text('SUMMARY')).toBe('MDO palliatieve zorg – Huisartsenpraktijk De Linde');
    expect(calendar.text('DESCRIPTION')).toContain(`https://tijdig.praktijk.nl/uitnodigingen/${MEETING_ID}`);
    expect(calendar.text('DESCRIPTION')).toContain('hele overleg');
    const organizer = calendar.one('ORGANIZER');
    expect(organizer.params.CN).toBe('Huisartsenpraktijk De Linde');
    expect(organizer.value.toLowerCase()).toBe('mailto:poh@praktijk.nl');
    const attendee = calendar.one('ATTENDEE');
    expect(attendee.params).toMatchObject({ CN: 'Marieke Jansen', PARTSTAT: 'NEEDS-ACTION', RSVP: 'TRUE' });
    expect(attendee.value.toLowerCase()).toBe('mailto:m.jansen@stopteam.nl');
  });

  it.each([
    ['winter', '2026-01-15', '09:30', '11:00', '20260115T083000Z', '20260115T100000Z'],
    ['summer', '2026-07-15', '09:30', '11:00', '20260715T073000Z', '20260715T090000Z'],
    ['the day summer time starts', '2026-03-29', '10:00', '11:30', '20260329T080000Z', '20260329T093000Z'],
    ['the day before summer time', '2026-03-28', '10:00', '11:30', '20260328T090000Z', '20260328T103000Z'],
    ['the day summer time ends', '2026-10-25', '10:00', '11:30', '20261025T090000Z', '20261025T103000Z'],
    ['just after midnight in summer', '2026-07-01', '00:15', '01:00', '20260630T221500Z', '20260630T230000Z'],
  ])('gives the times in UTC in %s', (_case, date, startTime, endTime, start, end) => {
    const meeting = { ...input().meeting, date: date as IsoDate, startTime, endTime };
    const calendar = parseCalendar(calendarOf({ meeting }).text);
    expect(calendar.one('DTSTART').value).toBe(start);
    expect(calendar.one('DTEND').value).toBe(end);
  });

  it('uses the video link as the place when there is no room, and lists it in the description', () => {
    const meeting = { ...input().meeting, location: '', videoLink: 'https://meet.example.nl/mdo?x=1;y=2,3' };
    const calendar = parseCalendar(calendarOf({ meeting }).text);
    expect(calendar.text('LOCATION')).toBe('https://meet.example.nl/mdo?x=1;y=2,3');
    expect(calendar.text('DESCRIPTION')).toContain('Videoverbinding: https://meet.example.nl/mdo?x=1;y=2,3');
  });

  it('cancels the event in the specialist calendar once the meeting is cancelled', () => {
    const meeting = { ...input().meeting, status: 'cancelled' as const };
    const calendar = parseCalendar(calendarOf({ meeting }).text);
    expect(calendar.one('METHOD').value).toBe('CANCEL');
    expect(calendar.one('STATUS').value).toBe('CANCELLED');
    expect(calendar.one('UID').value).toBe(INVITATION_ID);
  });

  it('escapes hostile text so it can neither add lines nor properties or parameters', () => {
    const hostile = input({
      meeting: {
        ...input().meeting,
        location: 'Zaal 1\r\nATTENDEE:mailto:evil@example.com;X=1,2\\\rMETHOD:PUBLISH',
      },
      practice: { name: 'Praktijk "De Linde"\r\nMETHOD:PUBLISH; a, b\\', email: 'poh@praktijk.nl' },
      specialist: { name: 'Dr. A; B, C "x":mailto:evil@example.com\rORGANIZER:mailto:evil', email: 'a@b.nl' },
    });
    const result = invitationCalendar(hostile);
    if (!result.ok) throw new Error(result.code);
    const calendar = parseCalendar(result.text);
    expect(calendar.one('METHOD').value).toBe('REQUEST');
    expect(calendar.one('ATTENDEE').value).toBe('mailto:a@b.nl');
    expect(calendar.one('ORGANIZER').value.toLowerCase()).toBe('mailto:poh@praktijk.nl');
    expect(calendar.text('LOCATION')).toBe(
      'Zaal 1\nATTENDEE:mailto:evil@example.com;X=1,2\\\nMETHOD:PUBLISH',
    );
    expect(calendar.text('SUMMARY')).toBe(
      'MDO palliatieve zorg – Praktijk "De Linde"\nMETHOD:PUBLISH; a, b\\',
    );
    expect(calendar.one('ATTENDEE').params.CN).toBe(
      "Dr. A; B, C 'x':mailto:evil@example.com ORGANIZER:mailto:evil",
    );
    expect(calendar.one('ORGANIZER').params.CN).toBe("Praktijk 'De Linde' METHOD:PUBLISH; a, b\\");
  });

  it('contains no patient data, even when the agenda and the records passed in hold names', () => {
    const patients = [
      { name: 'Gerrit;de,Vries', bsn: '123456782', birthDate: '1948-03-07', address: 'Lindelaan 12' },
      { name: 'Aïcha\r\nEl Idrissi', bsn: '111222333', birthDate: '1939-11-30', address: 'Kerkstraat 3' },
      { name: 'Piet "Bakker"\\', bsn: '999999990', birthDate: '1951-06-02', address: 'Dorpsweg 7, Zeist' },
    ];
    const agenda: Partial<AgendaItem>[] = patients.map((patient, position) => ({
      position,
      topic: `${patient.name} thuis aan de ${patient.address}`,
      question: `Hoe verder met ${patient.name} (BSN ${patient.bsn}, geboren ${patient.birthDate})?`,
    }));
    // A careless caller passes whole records around; only the named fields may reach the file.
    const meeting = {
      ...input().meeting,
      agenda,
      members: [{ id: MEETING_ID, name: 'Gerrit;de,Vries', role: 'huisarts' }],
      bottlenecks: patients.map((patient) => patient.name),
    } as unknown as Meeting;
    const invitation = {
      ...input().invitation,
      agendaItemId: MEETING_ID,
      agenda,
    } as InvitationCalendarInput['invitation'];
    const { text, fileName } = calendarOf({ meeting, invitation });
    const calendar = parseCalendar(text);
    const readable = calendar.lines
      .map((line) => `${line.name} ${Object.values(line.params).join(' ')} ${line.value}`)
      .join('\n')
      .replace(/\\(.)/g, '$1')
      .toLowerCase();
    const forbidden = patients.flatMap((patient) => [
      ...patient.name.split(/[\s;,"\\]+/).filter((part) => part.length > 2),
      patient.bsn,
      patient.birthDate,
      patient.birthDate.replace(/-/g, ''),
      patient.birthDate.split('-').reverse().join('-'),
      patient.address,
      patient.address.split(/[\s,]+/)[0] ?? '',
    ]);
    for (const fragment of forbidden) {
      expect(readable, fragment).not.toContain(fragment.toLowerCase());
      expect(fileName).not.toContain(fragment);
    }
    expect(readable).not.toContain('hoe verder');
    expect(calendar.text('DESCRIPTION')).toContain('één agendapunt');
  });

  it.each([
    ['no e-mail for the specialist', { specialist: { name: 'M. Jansen', email: '' } }, 'ics.noAttendeeEmail'],
    [
      'an e-mail that would add a line',
      { specialist: { name: 'M. Jansen', email: 'a@b.nl\r\nATTENDEE:mailto:c@d.nl' } },
      'ics.noAttendeeEmail',
    ],
    [
      'an e-mail with a parameter',
      { specialist: { name: 'M', email: 'a@b.nl;ROLE=CHAIR' } },
      'ics.noAttendeeEmail',
    ],
    ['no e-mail for the practice', { practice: { name: 'De Linde', email: '' } }, 'ics.noOrganizerEmail'],
    ['a script origin', { origin: 'javascript:alert(1)' }, 'ics.invalidOrigin'],
    ['no origin', { origin: '' }, 'ics.invalidOrigin'],
  ] as const)('refuses %s', (_case, overrides, code) => {
    expect(invitationCalendar(input(overrides as Partial<InvitationCalendarInput>))).toEqual({
      ok: false,
      code,
    });
  });

  it('links to a development server too', () => {
    const calendar = parseCalendar(calendarOf({ origin: 'http://localhost:5173/mdo/x?y' }).text);
    expect(calendar.one('URL').value).toBe(`http://localhost:5173/uitnodigingen/${MEETING_ID}`);
  });
});

describe('meetingInstant and invitationFileName', () => {
  it.each([
    ['2026-01-15', '09:30', '2026-01-15T08:30:00.000Z'],
    ['2026-07-15', '09:30', '2026-07-15T07:30:00.000Z'],
    ['2026-12-31', '23:30', '2026-12-31T22:30:00.000Z'],
  ])('reads %s %s on the practice clock as %s', (date, time, utc) => {
    expect(new Date(meetingInstant(date, time) ?? Number.NaN).toISOString()).toBe(utc);
  });

  it.each([
    ['2026-01-15', '9:30'],
    ['2026-01-15', '24:00'],
    ['15-01-2026', '09:30'],
  ])('refuses %s %s', (date, time) => {
    expect(meetingInstant(date, time)).toBeNull();
  });

  it('names the file by date only', () => {
    expect(invitationFileName('2026-03-04')).toBe('mdo-2026-03-04.ics');
    expect(invitationFileName('Jan de Vries')).toBe('mdo.ics');
  });
});
