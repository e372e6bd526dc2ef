import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InvitationCreated, IsoDateTime, Team } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

const at = (text: string) => text as IsoDateTime;

const TEAM: Team = {
  members: [
    {
      id: '0190a2b4-0000-7000-8000-000000000001',
      name: 'Anna de Wit',
      email: 'anna@praktijk.nl',
      role: 'huisarts',
      roles: ['huisarts', 'beheerder'],
      isSharedDevice: false,
      createdAt: at('2026-01-05T09:00:00.000Z'),
    },
    {
      id: '0190a2b4-0000-7000-8000-000000000002',
      name: 'MDO-tablet',
      email: 'tablet@praktijk.nl',
      role: 'wijkverpleegkundige',
      roles: ['wijkverpleegkundige'],
      isSharedDevice: true,
      createdAt: at('2026-01-06T09:00:00.000Z'),
    },
  ],
  invitations: [
    {
      id: '0190a2b4-0000-7000-8000-000000000003',
      name: 'Karin Jansen',
      email: 'k.jansen@stoptteam.nl',
      role: 'specialist-pz',
      roles: ['specialist-pz'],
      expiresAt: at('2026-03-09T23:30:00.000Z'),
    },
  ],
};

const CREATED: InvitationCreated = {
  id: '0190a2b4-0000-7000-8000-000000000004',
  token: 'k7Qw2xVb9LmN4pRs8TuYz1Ac3De5Fg',
  path: '/uitnodiging#k7Qw2xVb9LmN4pRs8TuYz1Ac3De5Fg',
  expiresAt: at('2026-03-16T10:00:00.000Z'),
};

async function openTeam(answers: Partial<TestAuthClient> = {}, role: 'beheerder' | 'poh' = 'beheerder') {
  useSessionStore.setState({ session: testSession(role) });
  const auth = testAuthClient({ team: vi.fn().mockResolvedValue(TEAM), ...answers });
  return { auth, ...(await renderApp('/instellingen/team', [], { auth })) };
}

describe('Team en uitnodigingen', () => {
  it('is only for beheerders', async () => {
    const { auth } = await openTeam({}, 'poh');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Team en uitnodigingen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Dit onderdeel is alleen voor beheerders.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitnodiging maken' })).not.toBeInTheDocument();
    expect(auth.team).not.toHaveBeenCalled();
  });

  it('lists the members with all their roles and the open invitations', async () => {
    await openTeam();
    const members = await screen.findByRole('table', { name: 'Teamleden' });
    const rows = within(members)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'NaamE-mailadresRollenGedeeld apparaat',
      'Anna de Witanna@praktijk.nlhuisarts en beheerderNee',
      'MDO-tablettablet@praktijk.nlwijkverpleegkundigeJa',
    ]);
    const invitations = screen.getByRole('table', { name: 'Openstaande uitnodigingen' });
    // 23:30 UTC on 9 March is already 10 March in the practice's time zone (UTC+1 in winter).
    expect(within(invitations).getByRole('row', { name: /Karin Jansen/ })).toHaveTextContent(
      'Karin Jansenk.jansen@stoptteam.nlspecialist PZ (consulent palliatieve zorg)10-03-2026',
    );
  });

  it('invites a colleague and shows the full link once, to copy', async () => {
    const invite = vi.fn().mockResolvedValue(CREATED);
    const { user, auth } = await openTeam({ invite });
    const form = await screen.findByRole('region', { name: 'Nieuwe uitnodiging' });
    await user.type(within(form).getByLabelText(/^Naam/), 'Piet Bos');
    await user.type(within(form).getByLabelText(/^E-mailadres/), 'P.Bos@Praktijk.nl');
    await user.selectOptions(within(form).getByLabelText(/^Rol/), 'POH (praktijkondersteuner)');
    await user.click(
      within(form).getByRole('checkbox', { name: 'Gedeeld apparaat (korte inactiviteitstijd)' }),
    );
    const days = within(form).getByLabelText(/^Geldig \(dagen\)/);
    expect(days).toHaveValue(7);
    await user.clear(days);
    await user.type(days, '14');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging maken' }));

    const result = await within(form).findByRole('region', { name: 'Uitnodigingslink voor Piet Bos' });
    expect(invite).toHaveBeenCalledWith({
      name: 'Piet Bos',
      email: 'p.bos@praktijk.nl',
      role: 'poh',
      roles: ['poh'],
      isSharedDevice: true,
      validDays: 14,
    });
    const link = `${window.location.origin}/uitnodiging#${CREATED.token}`;
    expect(within(result).getByLabelText('Uitnodigingslink')).toHaveValue(link);
    expect(result).toHaveTextContent('Geldig tot 16-03-2026.');
    expect(within(result).getByRole('heading', { name: 'Uitnodigingslink voor Piet Bos' })).toHaveFocus();

    await user.click(within(result).getByRole('button', { name: 'Link kopiëren' }));
    expect(within(result).getByRole('status')).toHaveTextContent('Link gekopieerd.');
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(auth.team).toHaveBeenCalledTimes(2);
    expect(within(form).getByLabelText(/^Naam/)).toHaveValue('');

    await user.click(within(result).getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByLabelText('Uitnodigingslink')).not.toBeInTheDocument();
    expect(screen.queryByText(link)).not.toBeInTheDocument();
  });

  it('leaves the link in a field to select when copying is not possible', async () => {
    const { user } = await openTeam({ invite: vi.fn().mockResolvedValue(CREATED) });
    const form = await screen.findByRole('region', { name: 'Nieuwe uitnodiging' });
    await user.type(within(form).getByLabelText(/^Naam/), 'Piet Bos');
    await user.type(within(form).getByLabelText(/^E-mailadres/), 'p.bos@praktijk.nl');
    await user.selectOptions(within(form).getByLabelText(/^Rol/), 'huisarts');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging maken' }));
    const result = await within(form).findByRole('region', { name: 'Uitnodigingslink voor Piet Bos' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));

    await user.click(within(result).getByRole('button', { name: 'Link kopiëren' }));
    expect(within(result).getByRole('status')).toHaveTextContent('Kopiëren lukte niet.');
    const field = within(result).getByLabelText('Uitnodigingslink');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('readonly');
  });

  it('invites a huisarts who is also beheerder', async () => {
    const invite = vi.fn().mockResolvedValue(CREATED);
    const { user } = await openTeam({ invite });
    const form = await screen.findByRole('region', { name: 'Nieuwe uitnodiging' });
    await user.type(within(form).getByLabelText(/^Naam/), 'Dr. Dubbel');
    await user.type(within(form).getByLabelText(/^E-mailadres/), 'dubbel@praktijk.nl');
    await user.selectOptions(within(form).getByLabelText(/^Rol/), 'huisarts');
    await user.click(within(form).getByRole('checkbox', { name: 'Ook beheerder' }));
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging maken' }));
    await within(form).findByRole('region', { name: 'Uitnodigingslink voor Dr. Dubbel' });
    expect(invite).toHaveBeenCalledWith(
      expect.objectContaining({ role: 'huisarts', roles: ['huisarts', 'beheerder'] }),
    );
  });

  it('refuses a specialist PZ who is also beheerder, next to the checkbox', async () => {
    const invite = vi.fn();
    const { user } = await openTeam({ invite });
    const form = await screen.findByRole('region', { name: 'Nieuwe uitnodiging' });
    await user.type(within(form).getByLabelText(/^Naam/), 'Karin Jansen');
    await user.type(within(form).getByLabelText(/^E-mailadres/), 'k.jansen@stoptteam.nl');
    await user.selectOptions(within(form).getByLabelText(/^Rol/), 'specialist-pz');
    const alsoBeheerder = within(form).getByRole('checkbox', { name: 'Ook beheerder' });
    await user.click(alsoBeheerder);
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging maken' }));
    expect(alsoBeheerder).toHaveAccessibleDescription(/^Een specialist PZ krijgt geen andere rol erbij\./);
    expect(invite).not.toHaveBeenCalled();
  });

  it('refuses a missing role and a validity outside 1 to 30 days, next to the fields', async () => {
    const invite = vi.fn();
    const { user } = await openTeam({ invite });
    const form = await screen.findByRole('region', { name: 'Nieuwe uitnodiging' });
    await user.type(within(form).getByLabelText(/^Naam/), 'Piet Bos');
    await user.type(within(form).getByLabelText(/^E-mailadres/), 'p.bos@praktijk.nl');
    const days = within(form).getByLabelText(/^Geldig \(dagen\)/);
    await user.clear(days);
    await user.type(days, '31');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging maken' }));
    expect(within(form).getByLabelText(/^Rol/)).toHaveAccessibleDescription('Vul dit veld in.');
    expect(days).toHaveAccessibleDescription(/^Kies een aantal dagen van 1 tot en met 30\./);
    expect(invite).not.toHaveBeenCalled();
  });

  it('says when the team cannot be loaded offline', async () => {
    await openTeam({ team: vi.fn().mockRejectedValue(new ApiFailure(0, 'offline')) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Geen verbinding met de server.');
  });
});
