import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { currentDataKey } from '../db';
import type { SessionInfo } from '../domain';
import { ServicesProvider } from '../providers/ServicesProvider';
import { useSessionStore } from '../state/session-store';
import { ApiFailure } from '../sync/api-client';
import { testAuthClient, type TestAuthClient } from '../test/auth-client';
import { TEST_SESSION } from '../test/factories';
import { useSessionRecheck } from './useSessionRecheck';

/** A server whose answer to "who am I" the test gives by hand. */
function manualServer() {
  let answer: { resolve: (session: SessionInfo) => void; reject: (error: unknown) => void } | undefined;
  const auth = testAuthClient({
    currentSession: vi.fn(
      () =>
        new Promise<SessionInfo>((resolve, reject) => {
          answer = { resolve, reject };
        }),
    ),
  });
  const reply = (give: (to: NonNullable<typeof answer>) => void) =>
    act(async () => {
      if (!answer) throw new Error('the app did not ask the server');
      give(answer);
      await Promise.resolve();
    });
  return { auth, reply };
}

function renderRecheck(auth: TestAuthClient, isNeeded = true) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServicesProvider services={{ auth }}>{children}</ServicesProvider>
  );
  return renderHook(
    () => {
      useSessionRecheck(TEST_SESSION.user.id, isNeeded);
    },
    { wrapper },
  );
}

const session = () => useSessionStore.getState().session;

describe('useSessionRecheck', () => {
  it('forgets a session the server refused and drops the data key, so no patient data stays on screen', async () => {
    const server = manualServer();
    renderRecheck(server.auth);
    await server.reply((answer) => {
      answer.reject(new ApiFailure(401, 'unauthorized'));
    });
    await waitFor(() => {
      expect(session()).toBeNull();
    });
    expect(currentDataKey()).toBeNull();
  });

  it.each([
    ['offline', new ApiFailure(0, 'offline')],
    ['busy', new ApiFailure(503, 'unavailable')],
  ])('keeps the session and the key when the server is %s', async (_case, error) => {
    const server = manualServer();
    renderRecheck(server.auth);
    await server.reply((answer) => {
      answer.reject(error);
    });
    expect(session()).toEqual(TEST_SESSION);
    expect(currentDataKey()).not.toBeNull();
  });

  it("takes up the server's copy when a name or role changed since", async () => {
    const server = manualServer();
    renderRecheck(server.auth);
    const renamed: SessionInfo = {
      ...TEST_SESSION,
      user: { ...TEST_SESSION.user, name: 'Petra Ouwens-Smit' },
    };
    await server.reply((answer) => {
      answer.resolve(renamed);
    });
    await waitFor(() => {
      expect(session()?.user.name).toBe('Petra Ouwens-Smit');
    });
  });

  it('does not ask while not needed', () => {
    const server = manualServer();
    renderRecheck(server.auth, false);
    expect(server.auth.currentSession).not.toHaveBeenCalled();
  });

  it('ignores a refusal that arrives after the page went away', async () => {
    const server = manualServer();
    const { unmount } = renderRecheck(server.auth);
    unmount();
    await server.reply((answer) => {
      answer.reject(new ApiFailure(401, 'unauthorized'));
    });
    expect(session()).toEqual(TEST_SESSION);
    expect(currentDataKey()).not.toBeNull();
  });
});
