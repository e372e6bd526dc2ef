/**
 * The CSV files for the regional network and for accreditation. They hold meeting dates, the team's names
 * and roles, and the knelpunten and onderwijsbehoeften: no patient data. Every cell goes through toCsv,
 * which escapes anything a spreadsheet would run as a formula.
 */
import type { IsoDate, Meeting, MemberRole } from '../../../domain';
import { toCsv } from '../../../lib/csv';

export interface CsvWords {
  /** Column titles: date, start, end, name, role, present, kind, text. */
  columns: Record<'date' | 'start' | 'end' | 'name' | 'role' | 'present' | 'kind' | 'text', string>;
  yes: string;
  no: string;
  bottleneck: string;
  trainingNeed: string;
  date: (date: IsoDate) => string;
  role: (role: MemberRole) => string;
}

/** One row per expected or added member per meeting: date, start, end, name, role, present (ja/nee). */
export function attendanceCsv(meetings: readonly Meeting[], words: CsvWords): string {
  const { columns } = words;
  const rows = meetings.flatMap((meeting) =>
    meeting.members.map((member) => [
      words.date(meeting.date),
      meeting.startTime,
      meeting.endTime,
      member.name,
      words.role(member.role),
      meeting.presentMemberIds.includes(member.id) ? words.yes : words.no,
    ]),
  );
  return toCsv([columns.date, columns.start, columns.end, columns.name, columns.role, columns.present], rows);
}

/** One row per knelpunt and per onderwijsbehoefte: the meeting's date, which of the two, the text. */
export function meetingListsCsv(meetings: readonly Meeting[], words: CsvWords): string {
  const rows = meetings.flatMap((meeting) => [
    ...meeting.bottlenecks.map((text) => [words.date(meeting.date), words.bottleneck, text]),
    ...meeting.trainingNeeds.map((text) => [words.date(meeting.date), words.trainingNeed, text]),
  ]);
  return toCsv([words.columns.date, words.columns.kind, words.columns.text], rows);
}

/** File names carry the period only: never a name. */
export function csvFileName(kind: 'presentielijst' | 'knelpunten', from: IsoDate, to: IsoDate): string {
  return `mdo-${kind}-${from}-tot-${to}.csv`;
}
