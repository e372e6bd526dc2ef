import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../state/session-store';
import { testAuthClient, testSession } from '../test/auth-client';
import { renderApp } from '../test/render';

describe('SignedInShell without a session on the device', () => {
  it('takes up a live server session, e.g. one signed in in another tab', async () => {
    useSessionStore.getState().signOut(true);
    const auth = testAuthClient({ currentSession: vi.fn().mockResolvedValue(testSession('poh', 'Petra')) });
    await renderApp('/patienten', [], { auth });
    expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
    expect(useSessionStore.getState().session?.user.name).toBe('Petra');
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
