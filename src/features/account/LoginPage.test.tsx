import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

// Nobody is signed in yet on these pages.
beforeEach(() => {
  useSessionStore.setState({ session: null });
});

function serverThatIsSetUp(login: TestAuthClient['login']) {
  return testAuthClient({ isSetUp: vi.fn().mockResolvedValue(true), login });
}

async function logIn(
  login: TestAuthClient['login'],
  email = 'anna@praktijk.nl',
  password = 'geheim wachtwoord',
) {
  const app = await renderApp('/inloggen', [], { auth: serverThatIsSetUp(login) });
  await app.user.type(await screen.findByLabelText(/^E-mailadres/), email);
  await app.user.type(screen.getByLabelText(/^Wachtwoord/), password);
  await app.user.click(screen.getByRole('button', { name: 'Inloggen' }));
  return app;
}

describe('Inloggen', () => {
  it('shows the login page without the app navigation', async () => {
    await renderApp('/inloggen', [], { auth: serverThatIsSetUp(vi.fn()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
  });

  it('signs in and opens the register', async () => {
    const login = vi.fn().mockResolvedValue(testSession('huisarts'));
    await logIn(login, 'Anna@Praktijk.nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(login).toHaveBeenCalledWith({ email: 'anna@praktijk.nl', password: 'geheim wachtwoord' });
    expect(useSessionStore.getState().session?.user.role).toBe('huisarts');
  });

  it.each([
    [new ApiFailure(401, 'invalidCredentials'), 'E-mailadres of wachtwoord klopt niet.'],
    [new ApiFailure(429, 'tooManyRequests'), 'Te veel inlogpogingen. Probeer het over 15 minuten opnieuw.'],
    [new ApiFailure(0, 'offline'), 'Geen verbinding met de server. Inloggen kan alleen online.'],
  ])('explains a refusal (%s) in Dutch next to the form', async (failure, message) => {
    await logIn(vi.fn().mockRejectedValue(failure));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(useSessionStore.getState().session).toBeNull();
  });

  it('shows field errors next to the fields before asking the server', async () => {
    const login = vi.fn();
    const { user } = await renderApp('/inloggen', [], { auth: serverThatIsSetUp(login) });
    await user.type(await screen.findByLabelText(/^E-mailadres/), 'anna-at-praktijk');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    const email = screen.getByLabelText(/^E-mailadres/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Geen geldig e-mailadres/);
    expect(screen.getByLabelText(/^Wachtwoord/)).toHaveAccessibleDescription('Vul dit veld in.');
    expect(login).not.toHaveBeenCalled();
  });

  it('shows the fields the server refused next to those fields', async () => {
    const refusal = new ApiFailure(400, 'invalid', {
      issues: [{ path: 'password', code: 'text.tooLong' }],
    });
    await logIn(vi.fn().mockRejectedValue(refusal));
    expect(await screen.findByLabelText(/^Wachtwoord/)).toHaveAccessibleDescription('Deze tekst is te lang.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens Instellen on the first visit to an empty server', async () => {
    await renderApp('/', [], { auth: testAuthClient({ isSetUp: vi.fn().mockResolvedValue(false) }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tijdig instellen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inloggen' })).not.toBeInTheDocument();
  });
});
