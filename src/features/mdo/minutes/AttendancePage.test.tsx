import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMeeting, updateMeeting } from '../../../db';
import { readFileText } from '../../../lib/read-file';
import { renderApp } from '../../../test/render';
import { GP, meetingLinkName, NURSE, today } from '../meeting-mode/meeting-test-data';
import { captureDownloads } from '../../../test/downloads';

async function openAttendance() {
  const app = await renderApp('/mdo/aanwezigheid');
  const now = new Date();
  const created = await createMeeting(
    app.db,
    { date: today(), startTime: '22:00', endTime: '23:00', location: 'Praktijk', members: [GP, NURSE] },
    now,
  );
  if (!created.ok) throw new Error('meeting failed');
  await updateMeeting(
    app.db,
    created.value.id,
    {
      presentMemberIds: [GP.id],
      bottlenecks: ['=HYPERLINK("http://evil.example")', 'Geen hospicebed vrij'],
      trainingNeeds: ['Palliatieve sedatie'],
    },
    now,
  );
  await screen.findByText('Knelpunt: Geen hospicebed vrij');
  return { ...app, meeting: created.value };
}

describe('Aanwezigheid en knelpunten', () => {
  it('lists per meeting who was present with their role, and what the group collected', async () => {
    const { meeting } = await openAttendance();
    expect(screen.getByText('1 MDO in deze periode')).toBeVisible();
    const row = screen.getByRole('link', { name: meetingLinkName(meeting) }).closest('tr');
    expect(row).toHaveTextContent('Hanna Bakker (huisarts)');
    expect(row).not.toHaveTextContent('Fatima Yilmaz');
    expect(row).toHaveTextContent('Onderwijsbehoefte: Palliatieve sedatie');
  });

  it('exports the knelpunten as CSV with the formula cell escaped, named by dates only, and logs the export', async () => {
    const files = captureDownloads();
    const app = await openAttendance();
    await app.user.click(
      screen.getByRole('button', { name: 'Knelpunten en onderwijsbehoeften exporteren (CSV)' }),
    );
    const year = today().slice(0, 4);
    expect(
      await screen.findByText(`Gedownload als mdo-knelpunten-${year}-01-01-tot-${year}-12-31.csv.`),
    ).toBeVisible();
    const file = files.at(-1);
    if (!file) throw new Error('nothing was downloaded');
    expect(file.name).toBe(`mdo-knelpunten-${year}-01-01-tot-${year}-12-31.csv`);
    const text = await readFileText(file.blob);
    expect(text).toContain(`;Knelpunt;"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(';Onderwijsbehoefte;Palliatieve sedatie');
    expect(text).not.toMatch(/;=HYPERLINK/);
    await waitFor(async () => {
      expect(await app.db.auditQueue.toArray()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ event: 'mdo.lists.export', action: 'E', patientId: null }),
        ]),
      );
    });
  });

  it('exports the attendance list with role and presence per member', async () => {
    const files = captureDownloads();
    const app = await openAttendance();
    await app.user.click(screen.getByRole('button', { name: 'Presentielijst exporteren (CSV)' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const text = await readFileText(files[0]?.blob ?? new Blob());
    expect(text).toContain('Datum;Begintijd;Eindtijd;Naam;Rol;Aanwezig');
    expect(text).toContain(';22:00;23:00;Hanna Bakker;huisarts;ja');
    expect(text).toContain(';22:00;23:00;Fatima Yilmaz;wijkverpleegkundige;nee');
    await waitFor(async () => {
      expect((await app.db.auditQueue.toArray()).map((event) => event.event)).toContain(
        'mdo.attendance.export',
      );
    });
  });

  it('shows nothing for a period without meetings, and says when the period runs backwards', async () => {
    const app = await openAttendance();
    const from = screen.getByLabelText('Van');
    await app.user.clear(from);
    await app.user.type(from, '01-01-2000');
    const to = screen.getByLabelText('Tot en met');
    await app.user.clear(to);
    await app.user.type(to, '31-12-2000');
    expect(await screen.findByText('Geen MDO’s in deze periode.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Presentielijst exporteren (CSV)' })).toBeDisabled();
    await app.user.clear(from);
    await app.user.type(from, '01-01-2001');
    expect(await screen.findByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
    expect(within(screen.getByRole('group', { name: 'Periode' })).getByLabelText('Van')).toHaveValue(
      '01-01-2001',
    );
  });
});
