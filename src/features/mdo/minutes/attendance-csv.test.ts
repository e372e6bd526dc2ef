import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime, Meeting } from '../../../domain';
import { toDutchDate } from '../../../domain';
import { attendanceCsv, csvFileName, meetingListsCsv, type CsvWords } from './attendance-csv';

const WORDS: CsvWords = {
  columns: {
    date: 'Datum',
    start: 'Begintijd',
    end: 'Eindtijd',
    name: 'Naam',
    role: 'Rol',
    present: 'Aanwezig',
    kind: 'Soort',
    text: 'Tekst',
  },
  yes: 'ja',
  no: 'nee',
  bottleneck: 'Knelpunt',
  trainingNeed: 'Onderwijsbehoefte',
  date: toDutchDate,
  role: (role) => role,
};

const GP = { id: '0190f0e2-7c4a-7000-8000-00000000c001', name: 'Hanna Bakker', role: 'huisarts' as const };
const NURSE = {
  id: '0190f0e2-7c4a-7000-8000-00000000c002',
  name: 'Fatima Yilmaz',
  role: 'wijkverpleegkundige' as const,
};

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: '0190f0e2-7c4a-7000-8000-00000000d001',
  date: '2026-11-23' as IsoDate,
  startTime: '12:30',
  endTime: '14:00',
  location: 'Praktijk',
  videoLink: '',
  members: [GP, NURSE],
  chairMemberId: GP.id,
  presentMemberIds: [NURSE.id],
  bottlenecks: [],
  trainingNeeds: [],
  status: 'planned',
  cancelReason: '',
  createdAt: '2026-11-01T10:00:00.000Z' as IsoDateTime,
  deletedAt: null,
  ...overrides,
});

const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('attendanceCsv', () => {
  it('writes every member of every meeting with their role and whether they were present', () => {
    expect(lines(attendanceCsv([meeting()], WORDS))).toEqual([
      'Datum;Begintijd;Eindtijd;Naam;Rol;Aanwezig',
      '23-11-2026;12:30;14:00;Hanna Bakker;huisarts;nee',
      '23-11-2026;12:30;14:00;Fatima Yilmaz;wijkverpleegkundige;ja',
    ]);
  });

  it('escapes a name that starts like a formula', () => {
    const text = attendanceCsv([meeting({ members: [{ ...GP, name: '=HYPERLINK("http://x")' }] })], WORDS);
    expect(lines(text)[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('meetingListsCsv', () => {
  it('writes the knelpunten and onderwijsbehoeften per meeting, a formula cell escaped', () => {
    const text = meetingListsCsv(
      [
        meeting({
          bottlenecks: ['Geen hospicebed vrij', '=SOM(A1:A9)'],
          trainingNeeds: ['Palliatieve sedatie'],
        }),
      ],
      WORDS,
    );
    expect(lines(text)).toEqual([
      'Datum;Soort;Tekst',
      '23-11-2026;Knelpunt;Geen hospicebed vrij',
      "23-11-2026;Knelpunt;'=SOM(A1:A9)",
      '23-11-2026;Onderwijsbehoefte;Palliatieve sedatie',
    ]);
  });
});

describe('csvFileName', () => {
  it('names the file by the period only', () => {
    expect(csvFileName('knelpunten', '2026-01-01' as IsoDate, '2026-12-31' as IsoDate)).toBe(
      'mdo-knelpunten-2026-01-01-tot-2026-12-31.csv',
    );
  });
});
