import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clearDataKey, currentDataKey } from '../db';
import type { SessionInfo } from '../domain';
import { useSessionStore } from '../state/session-store';
import { ApiFailure } from '../sync/api-client';
import { testAuthClient, testSession } from '../test/auth-client';
import { patientRow, TEST_SESSION } from '../test/factories';
import { renderApp } from '../test/render';
import { randomBytes, toBase64 } from '../security/wrap';
import { forgetDeviceId } from '../features/lock/device-id-hint';
import { checkSessionAtStart, takeSessionCheckAtStart } from './session-at-start';

const JANSEN = patientRow({ givenName: 'Anna', namePrefix: '', familyName: 'Jansen' });

describe('SignedInShell with a session on the device (offline-first start)', () => {
  it('shows the register from the device before the server has answered the session check', async () => {
    const auth = testAuthClient({ currentSession: vi.fn(() => new Promise<SessionInfo>(() => undefined)) });
    await renderApp('/patienten', [JANSEN], { auth });
    expect(await screen.findByRole('link', { name: /Jansen/ })).toBeInTheDocument();
    expect(auth.currentSession).toHaveBeenCalledTimes(1);
  });

  it('goes to the login page, showing no patient, once the server refuses the session (401)', async () => {
    let refuse: (error: unknown) => void = () => undefined;
    const answer = new Promise<SessionInfo>((_, reject) => (refuse = reject));
    const auth = testAuthClient({ currentSession: vi.fn(() => answer) });
    await renderApp('/patienten', [JANSEN], { auth });
    expect(await screen.findByRole('link', { name: /Jansen/ })).toBeInTheDocument();
    refuse(new ApiFailure(401, 'unauthenticated'));
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByText(/Jansen/)).not.toBeInTheDocument();
    expect(useSessionStore.getState().session).toBeNull();
    expect(currentDataKey()).toBeNull();
  });

  it('keeps working on the remembered session while the server cannot be reached', async () => {
    const auth = testAuthClient();
    await renderApp('/patienten', [JANSEN], { auth });
    expect(await screen.findByRole('link', { name: /Jansen/ })).toBeInTheDocument();
    await waitFor(() => {
      expect(auth.currentSession).toHaveBeenCalled();
    });
    expect(screen.getByRole('link', { name: /Jansen/ })).toBeInTheDocument();
    expect(useSessionStore.getState().session).toEqual(TEST_SESSION);
  });

  it("takes up the server's copy of the session when it changed (another name)", async () => {
    const changed = { ...TEST_SESSION, user: { ...TEST_SESSION.user, name: 'Petra Nieuw' } };
    const auth = testAuthClient({ currentSession: vi.fn().mockResolvedValue(changed) });
    await renderApp('/patienten', [JANSEN], { auth });
    await waitFor(() => {
      expect(useSessionStore.getState().session?.user.name).toBe('Petra Nieuw');
    });
  });
});

describe('SignedInShell without a session on the device', () => {
  it('takes up a live server session, e.g. one signed in in another tab', async () => {
    useSessionStore.getState().signOut(true);
    const auth = testAuthClient({ currentSession: vi.fn().mockResolvedValue(testSession('poh', 'Petra')) });
    await renderApp('/patienten', [], { auth });
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(useSessionStore.getState().session?.user.name).toBe('Petra');
    // The probe's answer is the check of this start: the session is not asked about a second time.
    expect(auth.currentSession).toHaveBeenCalledTimes(1);
  });

  it("takes the start's own session check, asked before the first render, and makes a new device's key at once", async () => {
    useSessionStore.getState().signOut(true);
    // A new device: it never asked the server for a key, and has no data key yet.
    forgetDeviceId();
    clearDataKey();
    const key = toBase64(randomBytes(32));
    const auth = testAuthClient({
      currentSession: vi.fn().mockResolvedValue(testSession('poh', 'Petra')),
      makeDeviceKey: vi.fn().mockResolvedValue({ key }),
    });
    checkSessionAtStart(auth);
    await waitFor(() => {
      expect(auth.makeDeviceKey).toHaveBeenCalledTimes(1);
    });
    await renderApp('/patienten', [], { auth });
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(auth.currentSession).toHaveBeenCalledTimes(1);
    // The device was opened with the key made at the start: no second request for it.
    expect(currentDataKey()).not.toBeNull();
    expect(auth.makeDeviceKey).toHaveBeenCalledTimes(1);
  });

  it("drops the start's session check once someone signs in or out, so a later probe asks again", () => {
    useSessionStore.getState().signOut(true);
    void takeSessionCheckAtStart()?.catch(() => undefined);
    const auth = testAuthClient({ currentSession: vi.fn().mockResolvedValue(testSession('poh', 'Petra')) });
    checkSessionAtStart(auth);
    // Signed in on the login page, then out again: the start's answer no longer says anything.
    useSessionStore.getState().signIn(testSession('huisarts', 'Hanna'));
    useSessionStore.getState().signOut(true);
    expect(takeSessionCheckAtStart()).toBeNull();
  });

  it('asks nothing at start while a sign-out waits for the server', () => {
    useSessionStore.getState().signOut(false);
    void takeSessionCheckAtStart()?.catch(() => undefined);
    const auth = testAuthClient();
    checkSessionAtStart(auth);
    expect(auth.currentSession).not.toHaveBeenCalled();
    expect(takeSessionCheckAtStart()).toBeNull();
  });

  it('after signing out offline, ends the old server session instead of taking it up again', async () => {
    useSessionStore.getState().signOut(false);
    const auth = testAuthClient({
      logout: vi.fn().mockResolvedValue(undefined),
      currentSession: vi.fn().mockResolvedValue(testSession('poh', 'Petra')),
    });
    await renderApp('/patienten', [], { auth });
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    await waitFor(() => {
      expect(useSessionStore.getState().isServerLogoutPending).toBe(false);
    });
    expect(auth.logout).toHaveBeenCalledTimes(1);
    expect(auth.currentSession).not.toHaveBeenCalled();
    expect(useSessionStore.getState().session).toBeNull();
  });

  it('keeps the logout pending while the server cannot be reached', async () => {
    useSessionStore.getState().signOut(false);
    const auth = testAuthClient();
    await renderApp('/patienten', [], { auth });
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    await waitFor(() => {
      expect(auth.logout).toHaveBeenCalled();
    });
    expect(useSessionStore.getState().isServerLogoutPending).toBe(true);
  });
});
