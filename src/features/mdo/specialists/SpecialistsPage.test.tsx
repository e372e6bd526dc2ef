import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SpecialistAccounts } from '../../../domain';
import { useSessionStore } from '../../../state/session-store';
import { ApiFailure } from '../../../sync/api-client';
import { testAuthClient, testSession } from '../../../test/auth-client';
import { renderApp } from '../../../test/render';
import { seedSpecialist } from '../meetings/mdo-test-data';

const ACCOUNT_ID = '0190f0e2-7c4a-7000-8000-00000000f001';

const accounts: SpecialistAccounts = {
  members: [
    {
      id: ACCOUNT_ID,
      name: 'Marieke Smit',
      email: 'm.smit@stopteam.nl',
      role: 'specialist-pz',
      isSharedDevice: false,
      createdAt: '2026-01-05T09:00:00.000Z' as SpecialistAccounts['members'][number]['createdAt'],
    },
  ],
};

describe('the directory of specialists', () => {
  it('adds a specialist with Dutch messages next to missing or invalid fields, then edits it', async () => {
    const { user, db } = await renderApp('/specialisten');
    expect(await screen.findByText('Er staan nog geen specialisten in de lijst.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Specialist toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe specialist' });
    // Offline the accounts cannot be listed; the form says so and leaves the link alone.
    expect(within(form).getByText(/Koppelen aan een account kan alleen met verbinding/)).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/^E-mail/), 'smit@');
    await user.type(within(form).getByLabelText(/^Telefoon/), '12');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => {
      expect(within(form).getByLabelText(/^Naam/)).toHaveAccessibleDescription('Vul dit veld in.');
    });
    expect(within(form).getByLabelText(/^Team/)).toHaveAccessibleDescription('Vul dit veld in.');
    expect(within(form).getByLabelText(/^Telefoon/)).toHaveAccessibleDescription(
      /Geen geldig telefoonnummer/,
    );
    expect(within(form).getByLabelText(/^E-mail/)).toHaveAccessibleDescription(/Geen geldig e-mailadres/);
    expect(await db.specialists.count()).toBe(0);

    await user.type(within(form).getByLabelText(/^Naam/), 'Marieke Smit');
    await user.type(within(form).getByLabelText(/^Organisatie/), 'Netwerk Utrecht');
    await user.selectOptions(within(form).getByLabelText(/^Team/), 'STOP-team');
    await user.clear(within(form).getByLabelText(/^Telefoon/));
    await user.type(within(form).getByLabelText(/^Telefoon/), '030 1234567');
    await user.clear(within(form).getByLabelText(/^E-mail/));
    await user.type(within(form).getByLabelText(/^E-mail/), 'm.smit@stopteam.nl');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Marieke Smit is opgeslagen.')).toBeInTheDocument();
    // The list is a live query of its own: it may render a moment after the confirmation.
    const list = await screen.findByRole('list', { name: 'Specialisten' });
    const card = await within(list).findByRole('listitem', { name: 'Marieke Smit' });
    expect(card).toHaveTextContent('Netwerk Utrecht · STOP-team');
    expect(card).toHaveTextContent('Geen Tijdig-account');

    await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
    const edit = screen.getByRole('form', { name: 'Marieke Smit bewerken' });
    expect(within(edit).getByLabelText(/^Organisatie/)).toHaveValue('Netwerk Utrecht');
    await user.clear(within(edit).getByLabelText(/^Organisatie/));
    await user.type(within(edit).getByLabelText(/^Organisatie/), 'PACT Midden');
    await user.selectOptions(within(edit).getByLabelText(/^Team/), 'PACT');
    await user.click(within(edit).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => {
      expect(within(list).getByRole('listitem', { name: 'Marieke Smit' })).toHaveTextContent(
        'PACT Midden · PACT',
      );
    });
    expect(await db.specialists.toArray()).toEqual([
      expect.objectContaining({
        organisation: 'PACT Midden',
        team: 'pact',
        email: 'm.smit@stopteam.nl',
        userId: null,
      }),
    ]);
  });

  it("links the Tijdig account of a specialist from the server's list of specialist accounts", async () => {
    const auth = testAuthClient({ specialistAccounts: vi.fn().mockResolvedValue(accounts) });
    const { user, db } = await renderApp('/specialisten', [], { auth });
    await seedSpecialist(db);
    const card = await screen.findByRole('listitem', { name: 'Marieke Smit' });
    await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
    const account = await screen.findByLabelText(/^Tijdig-account/);
    expect(
      within(account)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Geen account', 'Marieke Smit (m.smit@stopteam.nl)']);
    await user.selectOptions(account, 'Marieke Smit (m.smit@stopteam.nl)');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(async () => {
      expect((await db.specialists.toArray())[0]?.userId).toBe(ACCOUNT_ID);
    });
    // The stored row is written before the live query hands the list its new version.
    await waitFor(() => {
      expect(screen.getByRole('listitem', { name: 'Marieke Smit' })).toHaveTextContent(
        'Tijdig-account gekoppeld',
      );
    });
  });

  it.each([
    ['offline', new ApiFailure(0, 'offline'), /kan alleen met verbinding/],
    ['not allowed', new ApiFailure(403, 'forbidden'), /mag de accounts van de praktijk niet inzien/],
  ])(
    'keeps the link as it is when the accounts cannot be listed (%s), and says why',
    async (_case, failure, why) => {
      const auth = testAuthClient({ specialistAccounts: vi.fn().mockRejectedValue(failure) });
      const { user, db } = await renderApp('/specialisten', [], { auth });
      await seedSpecialist(db, { userId: ACCOUNT_ID });
      const card = await screen.findByRole('listitem', { name: 'Marieke Smit' });
      await user.click(within(card).getByRole('button', { name: 'Bewerken' }));
      const edit = screen.getByRole('form', { name: 'Marieke Smit bewerken' });
      expect(await within(edit).findByText(why)).toHaveTextContent('De koppeling blijft zoals ze is.');
      expect(within(edit).queryByLabelText(/^Tijdig-account/)).not.toBeInTheDocument();
      await user.clear(within(edit).getByLabelText(/^Telefoon/));
      await user.type(within(edit).getByLabelText(/^Telefoon/), '06 12345678');
      await user.click(within(edit).getByRole('button', { name: 'Opslaan' }));

      expect(await screen.findByText('Marieke Smit is opgeslagen.')).toBeInTheDocument();
      expect((await db.specialists.toArray())[0]).toMatchObject({ phone: '06 12345678', userId: ACCOUNT_ID });
    },
  );

  it('removes a specialist after asking', async () => {
    const { user, db } = await renderApp('/specialisten');
    await seedSpecialist(db);
    const card = await screen.findByRole('listitem', { name: 'Marieke Smit' });
    await user.click(within(card).getByRole('button', { name: 'Verwijderen' }));
    expect(card).toHaveTextContent('Marieke Smit uit de lijst verwijderen?');
    await user.click(within(card).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText('Marieke Smit is verwijderd uit de lijst.')).toBeInTheDocument();
    expect(screen.getByText('Er staan nog geen specialisten in de lijst.')).toBeInTheDocument();
    expect((await db.specialists.toArray())[0]?.deletedAt).not.toBeNull();
  });

  it('leads a clinical account back to the MDO', async () => {
    useSessionStore.setState({ session: testSession('huisarts') });
    await renderApp('/specialisten');
    expect(await screen.findByRole('link', { name: 'Terug naar MDO' })).toHaveAttribute('href', '/mdo');
  });

  it('leads a beheerder-only account, who cannot open the MDO, back to Beheer', async () => {
    useSessionStore.setState({ session: testSession('beheerder') });
    await renderApp('/specialisten');
    expect(await screen.findByRole('link', { name: 'Terug naar Beheer' })).toHaveAttribute('href', '/beheer');
    expect(screen.queryByRole('link', { name: 'Terug naar MDO' })).not.toBeInTheDocument();
  });
});
