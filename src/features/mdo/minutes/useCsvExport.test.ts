import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime, Meeting } from '../../../domain';
import { readFileText } from '../../../lib/read-file';
import { freshDatabasePerTest } from '../../../test/database';
import { captureDownloads } from '../../../test/downloads';
import { GP, NURSE } from '../meeting-mode/meeting-test-data';
import { useCsvExport, type CsvKind } from './useCsvExport';

const device = freshDatabasePerTest();
const FROM = '2026-01-01' as IsoDate;
const TO = '2026-12-31' as IsoDate;

const MEETING: Meeting = {
  id: '0190f0e2-7c4a-7000-8000-00000000d001',
  date: '2026-11-23' as IsoDate,
  startTime: '12:30',
  endTime: '14:00',
  location: 'Praktijk',
  videoLink: '',
  members: [GP, NURSE],
  chairMemberId: GP.id,
  presentMemberIds: [GP.id],
  bottlenecks: ['Geen avondbereikbaarheid apotheek'],
  trainingNeeds: ['Palliatieve sedatie'],
  status: 'planned',
  cancelReason: '',
  createdAt: '2026-11-01T09:00:00.000Z' as IsoDateTime,
  deletedAt: null,
};

async function exportOf(kind: CsvKind) {
  const files = captureDownloads();
  const { result } = renderHook(() => useCsvExport([MEETING], FROM, TO), { wrapper: device.wrapper });
  expect(result.current.fileName).toBeNull();
  act(() => {
    result.current.exportCsv(kind);
  });
  const [file] = files;
  if (!file) throw new Error('nothing was downloaded');
  return { file, text: await readFileText(file.blob), announced: result.current.fileName };
}

describe('useCsvExport', () => {
  it('downloads the attendance list of the period in Dutch and names the file for the page to announce', async () => {
    const { file, text, announced } = await exportOf('presentielijst');
    expect(file.name).toBe('mdo-presentielijst-2026-01-01-tot-2026-12-31.csv');
    expect(announced).toBe(file.name);
    expect(file.blob.type).toMatch(/^text\/csv/);
    expect(text).toContain('Datum;Begintijd;Eindtijd;Naam;Rol;Aanwezig');
    expect(text).toContain('23-11-2026;12:30;14:00;Hanna Bakker;huisarts;ja');
    expect(text).toContain('23-11-2026;12:30;14:00;Fatima Yilmaz;wijkverpleegkundige;nee');
  });

  it('downloads the knelpunten and onderwijsbehoeften as their own file', async () => {
    const { file, text } = await exportOf('knelpunten');
    expect(file.name).toBe('mdo-knelpunten-2026-01-01-tot-2026-12-31.csv');
    expect(text).toContain('Datum;Soort;Tekst');
    expect(text).toContain('23-11-2026;Knelpunt;Geen avondbereikbaarheid apotheek');
    expect(text).toContain('23-11-2026;Onderwijsbehoefte;Palliatieve sedatie');
  });

  it.each([
    ['presentielijst', 'mdo.attendance.export', 'mdo.attendance'],
    ['knelpunten', 'mdo.lists.export', 'mdo.lists'],
  ] as const)('logs the %s export as an export without a patient', async (kind, event, recordPart) => {
    await exportOf(kind);
    expect(await device.auditQueueOf(1)).toEqual([
      expect.objectContaining({ event, action: 'E', patientId: null, recordPart }),
    ]);
  });
});
