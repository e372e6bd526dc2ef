import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { IsoDateTime, Team, TwoFactorStatus } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

const MEMBER_ID = '0190a2b4-0000-7000-8000-000000000002';
const TEAM: Team = {
  members: [
    {
      id: MEMBER_ID,
      name: 'Karin Jansen',
      email: 'k.jansen@stoptteam.nl',
      role: 'specialist-pz',
      isSharedDevice: false,
      createdAt: '2026-01-06T09:00:00.000Z' as IsoDateTime,
    },
  ],
  invitations: [],
};

const status = (overrides: Partial<TwoFactorStatus>): TwoFactorStatus => ({
  isEnrolled: false,
  isRequired: false,
  isGivenThisSession: false,
  recoveryCodesLeft: 0,
  ...overrides,
});

async function openSettings(answers: Partial<TestAuthClient>, role: 'beheerder' | 'huisarts' = 'huisarts') {
  useSessionStore.setState({ session: testSession(role) });
  const auth = testAuthClient(answers);
  return { auth, ...(await renderApp('/instellingen', [], { auth })) };
}

describe('Instellingen, tweestapsverificatie', () => {
  it('says offline that it can only be changed online, without an alert', async () => {
    await openSettings({});
    const card = await screen.findByRole('region', { name: 'Tweestapsverificatie' });
    expect(
      await within(card).findByText('Tweestapsverificatie instellen of wijzigen kan alleen online.'),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sets it up from Instellingen and shows the recovery codes once', async () => {
    const codes = Array.from({ length: 10 }, (_, index) => `QQQQQ-RRRR${String.fromCharCode(65 + index)}`);
    const { user } = await openSettings({
      twoFactorStatus: vi.fn().mockResolvedValue(status({})),
      startEnrolment: vi.fn().mockResolvedValue({
        secret: 'JBSWY3DPEHPK3PXP',
        uri: 'otpauth://totp/Tijdig:x?secret=JBSWY3DPEHPK3PXP',
        expiresAt: '2026-11-23T09:10:00.000Z',
      }),
      confirmEnrolment: vi.fn().mockResolvedValue({ recoveryCodes: codes }),
    });
    const card = await screen.findByRole('region', { name: 'Tweestapsverificatie' });
    expect(await within(card).findByText(/staat uit/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Tweestapsverificatie instellen' }));
    await user.type(await within(card).findByLabelText(/^Code uit uw authenticator-app/), '111222');
    await user.click(within(card).getByRole('button', { name: 'Code bevestigen' }));
    const recovery = await within(card).findByRole('region', { name: 'Uw herstelcodes' });
    expect(within(recovery).getAllByRole('listitem')).toHaveLength(10);
    await user.click(within(recovery).getByRole('button', { name: 'Ik heb de herstelcodes bewaard' }));
    expect(within(card).queryByRole('region', { name: 'Uw herstelcodes' })).not.toBeInTheDocument();
  });

  it('lets a beheerder whose session has the second factor require it for everyone', async () => {
    const savePracticeSettings = vi.fn().mockResolvedValue({ requiresTwoFactor: true });
    const { user } = await openSettings(
      {
        twoFactorStatus: vi
          .fn()
          .mockResolvedValue(
            status({ isEnrolled: true, isRequired: true, isGivenThisSession: true, recoveryCodesLeft: 9 }),
          ),
        practiceSettings: vi.fn().mockResolvedValue({ requiresTwoFactor: false }),
        savePracticeSettings,
      },
      'beheerder',
    );
    expect(await screen.findByText(/U heeft nog 9 herstelcodes/)).toBeInTheDocument();
    const setting = await screen.findByRole('checkbox', {
      name: 'Tweestapsverificatie verplicht voor iedereen',
    });
    expect(setting).not.toBeChecked();
    await user.click(setting);
    expect(savePracticeSettings).toHaveBeenCalledWith({ requiresTwoFactor: true });
    await vi.waitFor(() => expect(setting).toBeChecked());
  });
});

describe('Team, tweestapsverificatie resetten', () => {
  it('resets a member’s second factor only after confirming', async () => {
    useSessionStore.setState({ session: testSession('beheerder') });
    const resetTwoFactor = vi.fn().mockResolvedValue(undefined);
    const teamTwoFactor = vi
      .fn()
      .mockResolvedValueOnce({ members: [{ userId: MEMBER_ID, isEnrolled: true }] })
      .mockResolvedValue({ members: [{ userId: MEMBER_ID, isEnrolled: false }] });
    const auth = testAuthClient({ team: vi.fn().mockResolvedValue(TEAM), teamTwoFactor, resetTwoFactor });
    const { user } = await renderApp('/instellingen/team', [], { auth });
    const row = await screen.findByRole('row', { name: /Karin Jansen/ });
    await user.click(
      await within(row).findByRole('button', { name: 'Tweestapsverificatie van Karin Jansen resetten' }),
    );
    expect(resetTwoFactor).not.toHaveBeenCalled();
    expect(within(row).getByText(/Karin Jansen wordt overal uitgelogd/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Ja, resetten' }));
    expect(resetTwoFactor).toHaveBeenCalledWith(MEMBER_ID);
    // The team reloads: the member's row now says the second factor is off.
    await vi.waitFor(() =>
      expect(screen.getByRole('row', { name: /Karin Jansen/ })).toHaveTextContent(/Uit$/),
    );
  });
});
