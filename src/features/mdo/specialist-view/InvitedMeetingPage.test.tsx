import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ageOn, isoDateOf } from '../../../domain';
import { renderApp } from '../../../test/render';
import {
  agendaPatients,
  BSN,
  QUESTIONS,
  seedInvitedMeeting,
  signInAsSpecialist,
} from './specialist-view-test-data';

async function renderMeeting(options: { wholeMeeting?: boolean } = {}) {
  const userId = signInAsSpecialist();
  const patients = agendaPatients();
  const app = await renderApp('/uitnodigingen', patients);
  const seeded = await seedInvitedMeeting(app.db, patients, userId, options);
  await app.user.click(await screen.findByRole('link', { name: /Agendapunten bekijken/ }));
  return { ...app, ...seeded, patients };
}

const ageOf = (birthDate: string) => ageOn(birthDate as never, isoDateOf(new Date()));

describe('An invited meeting on the specialist PZ tablet', () => {
  it('shows only the invited item: initials, age, diagnosis, the question, checklist and care plan, no name or BSN', async () => {
    const { patients, db } = await renderMeeting();
    const patient = patients[1];
    const item = await screen.findByRole('article', {
      name: `P.S., ${String(ageOf(patient.birthDate))} jaar`,
    });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Uw agendapunten (1 agendapunt)' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article', { name: /jaar/ })).toHaveLength(1);

    expect(
      within(item).getByRole('heading', { level: 4, name: 'Vraag aan u en het team' }).nextElementSibling,
    ).toHaveTextContent(QUESTIONS[1] ?? '');
    expect(item).toHaveTextContent('DiagnoseLongcarcinoom (R84)');
    expect(item).toHaveTextContent('MarkeringPalliatief sinds 01-10-2026, kleur oranje');
    expect(item).toHaveTextContent('Surprise question');
    expect(item).toHaveTextContent('Antwoord: Nee');
    expect(item).toHaveTextContent('Niet reanimeren');
    expect(item).toHaveTextContent('Behandeldoelsymptoomgericht palliatief');
    expect(item).toHaveTextContent('Voorkeursplek van overlijdenthuis');
    expect(item).toHaveTextContent('Laatste gesprek proactieve zorgplanning20-11-2026');

    const page = document.body;
    for (const hidden of [
      BSN,
      'Pieter',
      'Smit',
      'Els',
      '06-12345678',
      'Thuiszorg West',
      'Johanna',
      QUESTIONS[0] ?? '',
      QUESTIONS[2] ?? '',
    ]) {
      expect(page).not.toHaveTextContent(hidden);
    }
    await waitFor(async () => {
      const reads = (await db.auditQueue.toArray()).filter(
        (access) => access.event === 'mdoSpecialist.item.view',
      );
      expect(reads.map((read) => read.patientId)).toEqual([patient.id]);
    });
  });

  it('saves the advice on the invited item through the outbox, showing the limit before refusing', async () => {
    const { user, db, invitation } = await renderMeeting();
    const field = await screen.findByRole('textbox', { name: /Advies specialist PZ/ });
    expect(screen.getByText('0 van 2000 tekens')).toBeInTheDocument();

    await user.click(field);
    await user.paste('x'.repeat(2001));
    expect(screen.getByText('2001 van 2000 tekens')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Advies opslaan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Het advies is te lang: maximaal 2000 tekens.');
    expect((await db.specialistInvitations.get(invitation.id))?.advice).toBe('');

    await user.clear(field);
    await user.type(field, 'Morfine 5 mg s.c. bij dyspneu');
    await user.click(screen.getByRole('button', { name: 'Advies opslaan' }));
    expect(await screen.findByText(/^Opgeslagen\./)).toHaveAttribute('role', 'status');
    expect((await db.specialistInvitations.get(invitation.id))?.advice).toBe('Morfine 5 mg s.c. bij dyspneu');
    const queued = (await db.outbox.toArray()).filter((row) => row.recordId === invitation.id);
    expect(queued.at(-1)).toMatchObject({
      op: 'put',
      changed: { advice: 'Morfine 5 mg s.c. bij dyspneu' },
    });
  });

  it('offers no advice once the specialist declined', async () => {
    const { user } = await renderMeeting();
    await screen.findByRole('textbox', { name: /Advies specialist PZ/ });
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    await waitFor(() => {
      expect(screen.queryByRole('textbox', { name: /Advies specialist PZ/ })).not.toBeInTheDocument();
    });
  });

  it('shows every item of a meeting the specialist is invited to as a whole, in agenda order', async () => {
    await renderMeeting({ wholeMeeting: true });
    await screen.findByRole('heading', { level: 2, name: 'Uw agendapunten (3 agendapunten)' });
    const questions = screen
      .getAllByRole('heading', { level: 4, name: 'Vraag aan u en het team' })
      .map((heading) => heading.nextElementSibling?.textContent);
    expect(questions).toEqual(QUESTIONS);
    expect(
      screen.getByRole('group', { name: 'Antwoord op de uitnodiging voor het hele overleg' }),
    ).toBeInTheDocument();
  });

  it('shows no items while the invitation is declined', async () => {
    const { user } = await renderMeeting();
    await screen.findByRole('article', { name: /P\.S\./ });
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText(/U heeft deze uitnodiging afgewezen/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /P\.S\./ })).not.toBeInTheDocument();
  });

  it('logs a print (E) for each patient on the page', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, db, patients } = await renderMeeting({ wholeMeeting: true });
    await screen.findByRole('heading', { level: 2, name: /3 agendapunten/ });
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledTimes(1);
    await waitFor(async () => {
      const prints = (await db.auditQueue.toArray()).filter(
        (access) => access.event === 'mdoSpecialist.print',
      );
      expect(prints.map((entry) => [entry.action, entry.patientId]).sort()).toEqual(
        patients.map((patient) => ['E', patient.id]).sort(),
      );
    });
  });

  it('says so for a meeting without an open invitation on this device', async () => {
    signInAsSpecialist();
    await renderApp('/uitnodigingen/0190f0e2-7c4a-7000-8000-0000000c0ffe');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uitnodiging niet gevonden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar uitnodigingen' })).toHaveAttribute(
      'href',
      '/uitnodigingen',
    );
  });
});
