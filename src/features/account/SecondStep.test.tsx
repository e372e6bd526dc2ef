import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EnrolmentDone, EnrolmentStart, SecondFactorChallenge } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

beforeEach(() => {
  useSessionStore.setState({ session: null });
});

const challenge = (step: SecondFactorChallenge['step']): SecondFactorChallenge => ({
  step,
  expiresAt: '2026-11-23T09:10:00.000Z',
});

const CODES = Array.from({ length: 10 }, (_, index) => `ABCDE-FGH${String.fromCharCode(74 + index)}2`);

/** The password step as a user takes it, answered with a challenge. */
async function passPassword(step: SecondFactorChallenge['step'], answers: Partial<TestAuthClient> = {}) {
  const auth = testAuthClient({
    isSetUp: vi.fn().mockResolvedValue(true),
    login: vi.fn().mockResolvedValue(challenge(step)),
    ...answers,
  });
  const app = await renderApp('/inloggen', [], { auth });
  await app.user.type(await screen.findByLabelText(/^E-mailadres/), 'specialist@stop.nl');
  await app.user.type(screen.getByLabelText(/^Wachtwoord/), 'geheim wachtwoord');
  await app.user.click(screen.getByRole('button', { name: 'Inloggen' }));
  await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' });
  return { ...app, auth };
}

describe('Inloggen, tweede stap', () => {
  it('asks for the code from the app after the password and then opens the app', async () => {
    const verifySecondFactor = vi.fn().mockResolvedValue(testSession('huisarts'));
    const { user } = await passPassword('verify', { verifySecondFactor });
    expect(useSessionStore.getState().session).toBeNull();
    await user.type(screen.getByLabelText(/^Code uit uw authenticator-app/), '123 456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(verifySecondFactor).toHaveBeenCalledWith({ code: '123 456' });
    expect(useSessionStore.getState().session?.user.role).toBe('huisarts');
  });

  it.each([
    ['invalidCode', 'Deze code klopt niet.'],
    ['codeReused', 'Deze code is al gebruikt.'],
    ['tooManyCodes', 'Te veel verkeerde codes voor dit account.'],
  ])('explains a refused code (%s) next to the field', async (code, message) => {
    const verifySecondFactor = vi.fn().mockRejectedValue(new ApiFailure(401, code));
    const { user } = await passPassword('verify', { verifySecondFactor });
    const field = screen.getByLabelText(/^Code uit uw authenticator-app/);
    await user.type(field, '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(useSessionStore.getState().session).toBeNull();
  });

  it('refuses a code that is not six digits without asking the server', async () => {
    const { user, auth } = await passPassword('verify');
    await user.type(screen.getByLabelText(/^Code uit uw authenticator-app/), '12ab');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(screen.getByLabelText(/^Code uit uw authenticator-app/)).toHaveAccessibleDescription(
      'Typ de zes cijfers uit de app, bijvoorbeeld 123456.',
    );
    expect(auth.verifySecondFactor).not.toHaveBeenCalled();
  });

  it('takes a recovery code instead', async () => {
    const verifySecondFactor = vi.fn().mockResolvedValue(testSession('huisarts'));
    const { user } = await passPassword('verify', { verifySecondFactor });
    await user.click(screen.getByRole('button', { name: 'Herstelcode gebruiken' }));
    await user.type(screen.getByLabelText(/^Herstelcode/), 'abcde-fghjk');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await screen.findByRole('heading', { level: 1, name: 'Patiënten' });
    expect(verifySecondFactor).toHaveBeenCalledWith({ recoveryCode: 'abcde-fghjk' });
  });

  it('sends an account that must have it but has none to enrolment, shows the recovery codes once, then signs in', async () => {
    const started: EnrolmentStart = {
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      uri: 'otpauth://totp/Tijdig:De%20Linde%3A%20specialist%40stop.nl?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      expiresAt: '2026-11-23T09:10:00.000Z',
    };
    const done: EnrolmentDone = { recoveryCodes: CODES, session: testSession('specialist-pz') };
    const confirmEnrolment = vi.fn().mockResolvedValue(done);
    const { user } = await passPassword('enrol', {
      startEnrolment: vi.fn().mockResolvedValue(started),
      confirmEnrolment,
    });
    expect(screen.getByText(/Voor uw account is tweestapsverificatie verplicht/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tweestapsverificatie instellen' }));
    expect(await screen.findByRole('img', { name: 'QR-code voor de authenticator-app' })).toBeInTheDocument();
    expect(screen.getByLabelText('Sleutel voor handmatige invoer')).toHaveTextContent(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    await user.type(screen.getByLabelText(/^Code uit uw authenticator-app/), '654321');
    await user.click(screen.getByRole('button', { name: 'Code bevestigen' }));

    const recovery = await screen.findByRole('region', { name: 'Uw herstelcodes' });
    expect(within(recovery).getByRole('alert')).toHaveTextContent('Ze worden maar één keer getoond.');
    expect(
      within(recovery)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(useSessionStore.getState().session).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ik heb de herstelcodes bewaard' }));
    await vi.waitFor(() => {
      expect(useSessionStore.getState().session?.user.role).toBe('specialist-pz');
    });
    expect(confirmEnrolment).toHaveBeenCalledWith('654321');
  });

  it('explains an expired enrolment next to the code field', async () => {
    const { user } = await passPassword('enrol', {
      startEnrolment: vi.fn().mockResolvedValue({
        secret: 'JBSWY3DPEHPK3PXP',
        uri: 'otpauth://totp/Tijdig:x?secret=JBSWY3DPEHPK3PXP',
        expiresAt: '2026-11-23T09:10:00.000Z',
      }),
      confirmEnrolment: vi.fn().mockRejectedValue(new ApiFailure(400, 'enrolmentExpired')),
    });
    await user.click(screen.getByRole('button', { name: 'Tweestapsverificatie instellen' }));
    const field = await screen.findByLabelText(/^Code uit uw authenticator-app/);
    await user.type(field, '654321');
    await user.click(screen.getByRole('button', { name: 'Code bevestigen' }));
    await vi.waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining('Het instellen duurde te lang.')),
    );
    expect(screen.getByRole('button', { name: 'Nieuwe QR-code' })).toBeInTheDocument();
  });
});
