import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agendaOf } from '../../../db';
import { toDutchDate } from '../../../domain';
import { useSessionStore } from '../../../state/session-store';
import { testSession } from '../../../test/auth-client';
import { patientRow } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { daysFromToday, seedMeeting } from './test-meetings';

describe('Voordragen voor MDO on the patient page', () => {
  it('puts the patient on the next planned meeting with a question, as the signed-in team member', async () => {
    const anna = patientRow({ givenName: 'Anna', namePrefix: '', familyName: 'Visser' });
    const { db, user } = await renderApp(`/patienten/${anna.id}`, [anna]);
    await seedMeeting(db, { date: daysFromToday(7), status: 'cancelled', cancelReason: 'Griep' });
    await seedMeeting(db, { date: daysFromToday(-7) });
    const next = await seedMeeting(db, { date: daysFromToday(14) });
    const later = await seedMeeting(db, { date: daysFromToday(42) });
    const section = await screen.findByRole('region', { name: 'MDO' });

    await user.click(await within(section).findByRole('button', { name: 'Voordragen voor MDO' }));
    const meeting = within(section).getByRole('combobox', { name: 'Overleg' });
    expect(
      within(meeting)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([`${toDutchDate(next.date)}, 14:00–15:30`, `${toDutchDate(later.date)}, 14:00–15:30`]);
    expect(meeting).toHaveValue(next.id);
    await user.type(
      within(section).getByRole('textbox', { name: /^Vraag aan het team/ }),
      'Pijn onder controle?',
    );
    await user.click(within(section).getByRole('button', { name: 'Voordragen' }));

    expect(
      await within(section).findByText(`Voorgedragen voor het MDO van ${toDutchDate(next.date)}.`),
    ).toHaveAttribute('role', 'status');
    const [item] = await agendaOf(db, next.id);
    expect(item).toMatchObject({
      patientId: anna.id,
      reasons: ['nominated'],
      nominatedBy: { name: 'Petra Ouwens', role: 'poh' },
      question: 'Pijn onder controle?',
    });
    expect(
      await within(section).findByRole('link', { name: `Agenda van ${toDutchDate(next.date)} bekijken` }),
    ).toHaveAttribute('href', `/mdo/${next.id}/agenda`);

    // A second time the choice starts at the meeting the patient is not on yet; the other one is refused.
    await user.click(within(section).getByRole('button', { name: 'Voordragen voor MDO' }));
    const again = within(section).getByRole('combobox', { name: 'Overleg' });
    expect(again).toHaveValue(later.id);
    await user.selectOptions(again, next.id);
    await user.click(within(section).getByRole('button', { name: 'Voordragen' }));
    await waitFor(() => {
      expect(again).toHaveAccessibleDescription('Deze patiënt staat al op de agenda van dit MDO.');
    });
    expect(await agendaOf(db, next.id)).toHaveLength(1);
  });

  it('says when no meeting is planned and links to planning one', async () => {
    const anna = patientRow();
    await renderApp(`/patienten/${anna.id}`, [anna]);
    const section = await screen.findByRole('region', { name: 'MDO' });
    expect(await within(section).findByText(/Er is nog geen MDO gepland\./)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'MDO plannen' })).toHaveAttribute('href', '/mdo/nieuw');
    expect(within(section).queryByRole('button', { name: 'Voordragen voor MDO' })).not.toBeInTheDocument();
  });

  it('is not offered to an external specialist PZ, who is led from the patient page to their invitations', async () => {
    useSessionStore.setState({ session: testSession('specialist-pz') });
    const anna = patientRow();
    const { db } = await renderApp(`/patienten/${anna.id}`, [anna]);
    await seedMeeting(db, { date: daysFromToday(14) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voordragen voor MDO' })).not.toBeInTheDocument();
  });
});
