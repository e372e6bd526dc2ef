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

const PASSWORD = 'lange zin als wachtwoord';

async function fillIn(setUp: TestAuthClient['setUp'], passwordRepeat = PASSWORD, clinicalRole = 'huisarts') {
  const auth = testAuthClient({ isSetUp: vi.fn().mockResolvedValue(false), setUp });
  const app = await renderApp('/instellen', [], { auth });
  await app.user.type(await screen.findByLabelText(/^Praktijknaam/), 'Huisartsenpraktijk De Linde');
  await app.user.type(screen.getByLabelText(/^Uw naam/), 'Anna de Wit');
  await app.user.type(screen.getByLabelText(/^E-mailadres/), 'Anna@Praktijk.nl');
  await app.user.selectOptions(screen.getByLabelText(/^Uw rol in de zorg/), clinicalRole);
  await app.user.type(screen.getByLabelText(/^Kies een wachtwoord/), PASSWORD);
  await app.user.type(screen.getByLabelText(/^Wachtwoord herhalen/), passwordRepeat);
  await app.user.click(screen.getByRole('button', { name: 'Instellen en inloggen' }));
  return app;
}

describe('Instellen', () => {
  it('says that a password needs at least 12 characters', async () => {
    await renderApp('/instellen');
    expect(await screen.findByLabelText(/^Kies een wachtwoord/)).toHaveAccessibleDescription(
      /Minimaal 12 tekens/,
    );
  });

  it('refuses passwords that differ, next to the repeated password', async () => {
    const setUp = vi.fn();
    await fillIn(setUp, 'een andere lange zin');
    const repeat = await screen.findByLabelText(/^Wachtwoord herhalen/);
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveAccessibleDescription(/^De wachtwoorden zijn niet gelijk/);
    expect(setUp).not.toHaveBeenCalled();
  });

  it('refuses a password shorter than 12 characters', async () => {
    const { user } = await renderApp('/instellen');
    await user.type(await screen.findByLabelText(/^Kies een wachtwoord/), 'kort');
    await user.click(screen.getByRole('button', { name: 'Instellen en inloggen' }));
    expect(screen.getByLabelText(/^Kies een wachtwoord/)).toHaveAccessibleDescription(
      /^Het wachtwoord moet minimaal 12 tekens lang zijn\./,
    );
  });

  it('creates the practice, signs the beheerder in and opens the register', async () => {
    // As the server answers: the clinical role first, beheerder besides.
    const setUp = vi
      .fn()
      .mockResolvedValue(testSession('huisarts', 'Anna de Wit', ['beheerder', 'huisarts']));
    await fillIn(setUp);
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(setUp).toHaveBeenCalledWith({
      practiceName: 'Huisartsenpraktijk De Linde',
      name: 'Anna de Wit',
      email: 'anna@praktijk.nl',
      clinicalRole: 'huisarts',
      password: PASSWORD,
    });
    expect(useSessionStore.getState().session?.user.roles).toEqual(['beheerder', 'huisarts']);
  });

  it('asks the first user their clinical role, and takes "none" for beheer only', async () => {
    const setUp = vi.fn().mockResolvedValue(testSession('beheerder'));
    await fillIn(setUp, PASSWORD, 'none');
    // Without a clinical role the account sees no patient data: it starts at Beheer.
    await screen.findByRole('heading', { level: 1, name: 'Beheer' });
    expect(setUp).toHaveBeenCalledWith(expect.objectContaining({ clinicalRole: null }));
  });

  it('refuses to set up without an answer to the clinical role', async () => {
    const setUp = vi.fn();
    await fillIn(setUp, PASSWORD, '');
    expect(await screen.findByLabelText(/^Uw rol in de zorg/)).toHaveAttribute('aria-invalid', 'true');
    expect(setUp).not.toHaveBeenCalled();
  });

  it('explains that Tijdig is already set up and links to Inloggen', async () => {
    await fillIn(vi.fn().mockRejectedValue(new ApiFailure(409, 'alreadySetUp')));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tijdig is al ingesteld voor een praktijk.');
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(screen.queryByRole('button', { name: 'Instellen en inloggen' })).not.toBeInTheDocument();
  });

  it('says so at once when the server is already set up', async () => {
    await renderApp('/instellen', [], { auth: testAuthClient({ isSetUp: vi.fn().mockResolvedValue(true) }) });
    expect(await screen.findByRole('link', { name: 'Naar inloggen' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Praktijknaam/)).not.toBeInTheDocument();
  });

  it('says that setting up needs a connection', async () => {
    await fillIn(vi.fn().mockRejectedValue(new ApiFailure(0, 'offline')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Geen verbinding met de server. Instellen kan alleen online.',
    );
  });
});
