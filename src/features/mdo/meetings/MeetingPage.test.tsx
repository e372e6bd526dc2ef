import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addAgendaItems, inviteSpecialist, setInvitationStatus } from '../../../db';
import type { IsoDate } from '../../../domain';
import { downloadTextFile } from '../../../lib/download';
import { patientRow } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { seedMeeting, seedSpecialist } from './mdo-test-data';

vi.mock('../../../lib/download', () => ({ downloadTextFile: vi.fn() }));

beforeEach(() => {
  vi.mocked(downloadTextFile).mockClear();
});

const hostilePatient = () =>
  patientRow({
    givenName: 'Jan;Piet',
    namePrefix: 'de',
    familyName: 'Vries,\r\nBSN',
    bsn: '123456782',
    birthDate: '1941-02-03' as IsoDate,
  });

async function openMeeting() {
  const patient = hostilePatient();
  const app = await renderApp('/mdo', [patient]);
  const meeting = await seedMeeting(app.db, 10);
  const added = await addAgendaItems(
    app.db,
    meeting.id,
    [
      {
        patientId: patient.id,
        reasons: ['newlyMarked', 'noCarePlan'],
        question: 'Hoe gaan we om met de pijn?',
        minutes: 15,
      },
      { patientId: null, topic: 'Scholing over delier' },
    ],
    new Date(),
  );
  if (!added.ok) throw new Error('seed failed');
  await app.user.click(
    await screen.findByRole('link', { name: new RegExp(meeting.date.split('-').reverse().join('-')) }),
  );
  await screen.findByRole('heading', { level: 1, name: /^MDO / });
  return { ...app, meeting, patient, items: added.value };
}

describe('the meeting page', () => {
  it('shows the details, the team and the agenda in order, and logs reading the patient names', async () => {
    const { db, meeting, patient } = await openMeeting();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(details).toHaveTextContent('14:00–15:30 uur');
    expect(details).toHaveTextContent('Spreekkamer 2');
    expect(details).toHaveTextContent('VoorzitterPetra Ouwens');
    const team = screen.getByRole('list', { name: 'Kernteam' });
    expect(
      within(team)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Hanna Bakker, huisarts',
      'Petra Ouwens, POHvoorzitter',
      'Fatima el Amrani, wijkverpleegkundige',
    ]);
    const agenda = screen.getByRole('list', { name: 'Agenda' });
    const [first, second] = within(agenda).getAllByRole('listitem');
    expect(first).toHaveTextContent('Jan;Piet de Vries,');
    expect(first).toHaveTextContent('15 min');
    expect(first).toHaveTextContent('Reden: nieuw gemarkeerd, nog geen zorgplan');
    expect(first).toHaveTextContent('Vraag aan het team: Hoe gaan we om met de pijn?');
    expect(second).toHaveTextContent('Scholing over delier');
    expect(second).toHaveTextContent('Nog geen vraag aan het team');
    for (const [name, suffix] of [
      ['Agenda samenstellen', 'agenda'],
      ['Overleg starten', 'overleg'],
      ['Verslag', 'verslag'],
      ['Bewerken', 'bewerken'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `/mdo/${meeting.id}/${suffix}`);
    }
    await waitFor(async () => {
      expect(await db.auditQueue.toArray()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ event: 'mdo.agenda.view', action: 'R', patientId: patient.id }),
        ]),
      );
    });
  });

  it('cancels a meeting with a reason that everyone sees', async () => {
    const { user, db, meeting } = await openMeeting();
    await user.click(screen.getByRole('button', { name: 'MDO annuleren' }));
    const dialog = screen.getByRole('dialog', { name: 'MDO annuleren' });
    await user.click(within(dialog).getByRole('button', { name: 'MDO annuleren' }));
    expect(within(dialog).getByLabelText(/^Reden/)).toHaveAccessibleDescription(/Vul een reden in/);
    expect((await db.meetings.get(meeting.id))?.status).toBe('planned');

    await user.type(within(dialog).getByLabelText(/^Reden/), 'Huisarts ziek; verplaatst');
    await user.click(within(dialog).getByRole('button', { name: 'MDO annuleren' }));

    expect(await screen.findByText('Het MDO is geannuleerd.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Dit MDO is geannuleerd.')).toBeInTheDocument();
    expect(screen.getByText('Reden: Huisarts ziek; verplaatst')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Overleg starten' })).not.toBeInTheDocument();
    expect(await db.meetings.get(meeting.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Huisarts ziek; verplaatst',
    });

    await user.click(screen.getByRole('link', { name: 'Terug naar MDO' }));
    const upcoming = await screen.findByRole('list', { name: 'Komende overleggen' });
    expect(within(upcoming).getByRole('listitem')).toHaveTextContent(
      'Geannuleerd: Huisarts ziek; verplaatst',
    );
  });

  it('invites a specialist to one item and to the whole meeting, and refuses the same invitation twice', async () => {
    const { user, db, items } = await openMeeting();
    await seedSpecialist(db);
    const section = screen.getByRole('region', { name: 'Uitnodigingen voor specialisten' });
    const specialist = await within(section).findByLabelText(/^Specialist/);
    await user.selectOptions(specialist, 'Marieke Smit – Netwerk Palliatieve Zorg Utrecht');
    await user.selectOptions(
      within(section).getByLabelText(/^Uitnodigen voor/),
      'Agendapunt 2: Scholing over delier',
    );
    await user.click(within(section).getByRole('button', { name: 'Uitnodigen' }));
    expect(await within(section).findByText('Marieke Smit is uitgenodigd.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Uitnodigen' }));
    await waitFor(() => {
      expect(specialist).toHaveAccessibleDescription('Deze specialist is hier al voor uitgenodigd.');
    });

    await user.selectOptions(within(section).getByLabelText(/^Uitnodigen voor/), 'Het hele overleg');
    await user.click(within(section).getByRole('button', { name: 'Uitnodigen' }));
    const list = await within(section).findByRole('list', { name: 'Uitnodigingen' });
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    });
    const [toItem, toMeeting] = within(list).getAllByRole('listitem');
    expect(toItem).toHaveTextContent('Voor agendapunt 2: Scholing over delier');
    expect(toItem).toHaveTextContent('Status: uitgenodigd');
    expect(toItem).toHaveTextContent('Geen Tijdig-account gekoppeld');
    expect(toMeeting).toHaveTextContent('Voor het hele overleg');
    const stored = await db.specialistInvitations.toArray();
    expect(stored.map((invitation) => invitation.agendaItemId).sort()).toEqual([items[1]?.id, null].sort());

    // The specialist answers from their own view; the planner sees it in words.
    await setInvitationStatus(
      db,
      stored.find((i) => i.agendaItemId === null)?.id ?? '',
      'accepted',
      new Date(),
    );
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('Status: geaccepteerd');
    });
  });

  it('downloads a calendar file named by date that holds no patient data, and withdraws an invitation', async () => {
    const { user, db, meeting, patient, items } = await openMeeting();
    const specialist = await seedSpecialist(db);
    await inviteSpecialist(
      db,
      { meetingId: meeting.id, agendaItemId: items[0]?.id ?? null, specialistId: specialist.id },
      new Date(),
    );
    const list = await screen.findByRole('list', { name: 'Uitnodigingen' });
    const invitation = within(list).getByRole('listitem');
    expect(invitation).toHaveTextContent('Voor agendapunt 1: Jan;Piet de Vries,');

    await user.click(within(invitation).getByRole('button', { name: 'Agendabestand downloaden (.ics)' }));
    expect(downloadTextFile).toHaveBeenCalledTimes(1);
    const [fileName, text, type] = vi.mocked(downloadTextFile).mock.calls[0] ?? [];
    expect(fileName).toBe(`mdo-${meeting.date}.ics`);
    expect(type).toBe('text/calendar;charset=utf-8;method=REQUEST');
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('ATTENDEE;');
    expect(text).toContain('mailto:m.smit@stopteam.nl');
    expect(text).toContain('ORGANIZER;CN=');
    expect(text).toContain('mailto:poh@praktijk.nl');
    const unfolded = (text ?? '').replace(/\r\n[ \t]/g, '');
    for (const fragment of ['Piet', 'Vries', patient.bsn ?? '', '1941', 'pijn', patient.id]) {
      expect(unfolded).not.toContain(fragment);
    }

    await user.click(within(invitation).getByRole('button', { name: 'Intrekken' }));
    await user.click(within(invitation).getByRole('button', { name: 'Ja, intrekken' }));
    expect(await screen.findByText('Nog niemand uitgenodigd.')).toBeInTheDocument();
    expect(screen.getByText('De uitnodiging is ingetrokken.')).toBeInTheDocument();
    expect((await db.specialistInvitations.toArray())[0]?.deletedAt).not.toBeNull();
  });

  it('says how to get a calendar file when the specialist has no e-mail address', async () => {
    const { db, meeting } = await openMeeting();
    const specialist = await seedSpecialist(db, { email: '' });
    await inviteSpecialist(
      db,
      { meetingId: meeting.id, agendaItemId: null, specialistId: specialist.id },
      new Date(),
    );
    const invitation = within(await screen.findByRole('list', { name: 'Uitnodigingen' })).getByRole(
      'listitem',
    );
    expect(invitation).toHaveTextContent('Van deze specialist is geen (geldig) e-mailadres bekend.');
    expect(within(invitation).queryByRole('button', { name: /downloaden/ })).not.toBeInTheDocument();
  });
});
