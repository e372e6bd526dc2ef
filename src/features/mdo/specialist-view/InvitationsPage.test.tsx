import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cancelMeeting, withdrawInvitation } from '../../../db';
import { formatDate } from '../../../lib/format';
import { renderApp } from '../../../test/render';
import { agendaPatients, seedInvitedMeeting, signInAsSpecialist } from './specialist-view-test-data';

async function renderInvitations(path = '/uitnodigingen') {
  const userId = signInAsSpecialist();
  const patients = agendaPatients();
  const app = await renderApp(path, patients);
  const seeded = await seedInvitedMeeting(app.db, patients, userId);
  return { ...app, ...seeded, patients };
}

describe('Uitnodigingen (specialist PZ)', () => {
  it('lists the invited meeting with date, time, place, practice and the invitation status', async () => {
    const { meeting } = await renderInvitations();
    const date = formatDate(meeting.date, 'nl');
    const card = await screen.findByRole('article', { name: `MDO ${date}` });
    expect(card).toHaveTextContent(`${date}, 12:30–13:30 uur`);
    expect(card).toHaveTextContent('PlaatsVergaderkamer De Linde');
    expect(card).toHaveTextContent('PraktijkHuisartsenpraktijk De Linde');
    const answer = within(card).getByRole('group', {
      name: 'Antwoord op de uitnodiging voor agendapunt P.S.',
    });
    expect(answer).toHaveTextContent('Status: Nog niet beantwoord');
    expect(
      within(card).getByRole('link', { name: `Agendapunten bekijken van het overleg op ${date}` }),
    ).toHaveAttribute('href', `/uitnodigingen/${meeting.id}`);
    // Initials only: no names, no BSN on the list.
    expect(document.body).not.toHaveTextContent('Smit');
    expect(document.body).not.toHaveTextContent('111222333');
  });

  it('asks no answer for a cancelled meeting: no Accepteren/Afwijzen, no "Nog niet beantwoord"', async () => {
    const { db, meeting } = await renderInvitations();
    const date = formatDate(meeting.date, 'nl');
    await screen.findByRole('group', { name: /Antwoord op de uitnodiging/ });
    await cancelMeeting(db, meeting.id, 'Te weinig patiënten', new Date());

    const card = await screen.findByRole('article', { name: `MDO ${date}` });
    await waitFor(() => {
      expect(card).toHaveTextContent('Geen antwoord nodig: dit overleg is geannuleerd.');
    });
    expect(within(card).queryByRole('button', { name: 'Accepteren' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Afwijzen' })).not.toBeInTheDocument();
    expect(card).not.toHaveTextContent('Nog niet beantwoord');
  });

  it("leaves out another specialist's invitations and withdrawn ones", async () => {
    const { db, invitation } = await renderInvitations();
    const other = agendaPatients();
    await db.patients.bulkAdd(other);
    await seedInvitedMeeting(db, other, '0190f0e2-7c4a-7000-8000-00000000ffff', {
      specialistName: 'P. Anders',
    });
    await screen.findByRole('group', { name: /agendapunt P\.S\./ });
    expect(screen.getAllByRole('article')).toHaveLength(1);

    await withdrawInvitation(db, invitation.id, new Date());
    expect(await screen.findByText(/geen uitnodigingen/)).toBeInTheDocument();
  });

  it('accepting sets the status on the device and queues it for the practice; declining undoes it', async () => {
    const { db, user, invitation } = await renderInvitations();
    const answer = await screen.findByRole('group', { name: /Antwoord op de uitnodiging/ });
    const accept = within(answer).getByRole('button', { name: 'Accepteren' });
    expect(accept).toHaveAttribute('aria-pressed', 'false');
    await user.click(accept);

    await waitFor(() => {
      expect(answer).toHaveTextContent('Status: Geaccepteerd');
    });
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    expect((await db.specialistInvitations.get(invitation.id))?.status).toBe('accepted');
    const queued = (await db.outbox.toArray()).filter(
      (row) => row.entity === 'specialistInvitation' && row.recordId === invitation.id,
    );
    expect(queued.at(-1)).toMatchObject({ op: 'put', changed: { status: 'accepted' } });

    await user.click(within(answer).getByRole('button', { name: 'Afwijzen' }));
    await waitFor(() => {
      expect(answer).toHaveTextContent('Status: Afgewezen');
    });
    expect((await db.specialistInvitations.get(invitation.id))?.status).toBe('declined');
  });

  it('is where a specialist starts, with only Uitnodigingen and Instellingen in the navigation', async () => {
    await renderInvitations('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Uitnodigingen', 'Instellingen']);
    expect(screen.queryByRole('button', { name: /Snel markeren/ })).not.toBeInTheDocument();
  });

  it.each(['/patienten', '/mdo', '/overzicht', '/zorgplannen'])(
    'leads a specialist who types %s back to their invitations',
    async (path) => {
      await renderInvitations(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeInTheDocument();
    },
  );

  it('keeps the start page and navigation of other roles as they were', async () => {
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Patiënten', 'MDO', 'Zorgplannen', 'Overzicht', 'Instellingen']);
  });
});
