import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvitationInfo } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

// Nobody is signed in yet on these pages.
beforeEach(() => {
  useSessionStore.setState({ session: null });
});

const TOKEN = 'k7Qw2xVb9LmN4pRs8TuYz1Ac3De5Fg';
const PASSWORD = 'mijn lange wachtzin';
const INFO: InvitationInfo = {
  practiceName: 'Huisartsenpraktijk De Linde',
  role: 'poh',
  roles: ['poh'],
  name: 'Jan Smit',
  email: 'jan@praktijk.nl',
};

async function openInvitation(answers: Partial<TestAuthClient>) {
  const auth = testAuthClient({ lookUpInvitation: vi.fn().mockResolvedValue(INFO), ...answers });
  return { auth, ...(await renderApp(`/uitnodiging#${TOKEN}`, [], { auth })) };
}

describe('Uitnodiging accepteren', () => {
  it('reads the token from the fragment and says who invites whom as what, with the name filled in', async () => {
    const { auth } = await openInvitation({});
    expect(
      await screen.findByText('Uitnodiging van Huisartsenpraktijk De Linde als POH (praktijkondersteuner)'),
    ).toBeInTheDocument();
    expect(auth.lookUpInvitation).toHaveBeenCalledWith(TOKEN);
    expect(screen.getByLabelText(/^Uw naam/)).toHaveValue('Jan Smit');
    expect(screen.getByText(/jan@praktijk\.nl/)).toBeInTheDocument();
  });

  it('creates the account, signs in and opens the register', async () => {
    const acceptInvitation = vi.fn().mockResolvedValue(testSession('poh', 'Jan Smit-de Boer'));
    const { user } = await openInvitation({ acceptInvitation });
    const name = await screen.findByLabelText(/^Uw naam/);
    await user.clear(name);
    await user.type(name, 'Jan Smit-de Boer');
    await user.type(screen.getByLabelText(/^Kies een wachtwoord/), PASSWORD);
    await user.type(screen.getByLabelText(/^Wachtwoord herhalen/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(acceptInvitation).toHaveBeenCalledWith({
      token: TOKEN,
      name: 'Jan Smit-de Boer',
      password: PASSWORD,
    });
    expect(useSessionStore.getState().session?.user.name).toBe('Jan Smit-de Boer');
  });

  it('refuses passwords that differ, next to the repeated password', async () => {
    const acceptInvitation = vi.fn();
    const { user } = await openInvitation({ acceptInvitation });
    await user.type(await screen.findByLabelText(/^Kies een wachtwoord/), PASSWORD);
    await user.type(screen.getByLabelText(/^Wachtwoord herhalen/), `${PASSWORD}!`);
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(screen.getByLabelText(/^Wachtwoord herhalen/)).toHaveAccessibleDescription(
      /^De wachtwoorden zijn niet gelijk/,
    );
    expect(acceptInvitation).not.toHaveBeenCalled();
  });

  it('explains an invitation that was used, has expired or is unknown', async () => {
    const { auth } = await openInvitation({
      lookUpInvitation: vi.fn().mockRejectedValue(new ApiFailure(404, 'invitationNotFound')),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze uitnodiging is al gebruikt, verlopen of onbekend.',
    );
    expect(screen.queryByLabelText(/^Kies een wachtwoord/)).not.toBeInTheDocument();
    expect(auth.acceptInvitation).not.toHaveBeenCalled();
  });

  it('explains that an account with this e-mail address exists', async () => {
    const { user } = await openInvitation({
      acceptInvitation: vi.fn().mockRejectedValue(new ApiFailure(409, 'emailTaken')),
    });
    await user.type(await screen.findByLabelText(/^Kies een wachtwoord/), PASSWORD);
    await user.type(screen.getByLabelText(/^Wachtwoord herhalen/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er bestaat al een account met dit e-mailadres.',
    );
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  });

  it('says that a link without a token holds no invitation, and asks the server nothing', async () => {
    const auth = testAuthClient();
    await renderApp('/uitnodiging', [], { auth });
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link bevat geen uitnodiging.');
    expect(auth.lookUpInvitation).not.toHaveBeenCalled();
  });
});
