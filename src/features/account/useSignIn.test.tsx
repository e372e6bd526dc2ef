import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDataKey, createPatient, currentDataKey } from '../../db';
import { ServicesProvider } from '../../providers/ServicesProvider';
import { openAtSignIn } from '../../security/key-vault';
import { randomBytes, toBase64 } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { freshDatabasePerTest } from '../../test/database';
import { patientFields } from '../../test/factories';
import { serverKeysOf } from '../lock/server-keys';
import { useSignIn } from './useSignIn';

const device = freshDatabasePerTest();
const SESSION = testSession('huisarts', 'Hanna Bakker');
const PASSWORD = 'een lang wachtwoord';

/** A server that holds (or makes) one device key. */
function serverWithKey(): TestAuthClient {
  const key = { key: toBase64(randomBytes(32)) };
  return testAuthClient({
    deviceKey: vi.fn().mockResolvedValue(key),
    makeDeviceKey: vi.fn().mockResolvedValue(key),
  });
}

function renderSignIn(auth: TestAuthClient) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    device.wrapper({
      children: (
        <ServicesProvider services={{ auth }}>
          <MemoryRouter initialEntries={['/inloggen']}>{children}</MemoryRouter>
        </ServicesProvider>
      ),
    });
  return renderHook(() => ({ signIn: useSignIn(), path: useLocation().pathname }), { wrapper });
}

beforeEach(() => {
  useLockStore.getState().reset();
  useSessionStore.setState({ session: null });
  // Before signing in, nothing is open.
  clearDataKey();
});

describe('useSignIn', () => {
  it("opens this device's vault with the password, remembers the session and opens the start page", async () => {
    const { result } = renderSignIn(serverWithKey());
    await act(() => result.current.signIn(SESSION, PASSWORD));
    expect(currentDataKey()).not.toBeNull();
    expect(useSessionStore.getState().session).toEqual(SESSION);
    expect(result.current.path).toBe('/');
  });

  it('opens the page it was asked for, and clears an earlier lock and its wrong tries', async () => {
    useLockStore.getState().lock();
    useLockStore.getState().wrongTry();
    const { result } = renderSignIn(serverWithKey());
    await act(() => result.current.signIn(SESSION, PASSWORD, '/mdo'));
    expect(result.current.path).toBe('/mdo');
    expect(useLockStore.getState()).toMatchObject({ isLocked: false, failedTries: 0 });
  });

  it('signs in offline too: the password alone opens the vault', async () => {
    const { result } = renderSignIn(testAuthClient());
    await act(() => result.current.signIn(SESSION, PASSWORD));
    expect(currentDataKey()).not.toBeNull();
    expect(useSessionStore.getState().session).toEqual(SESSION);
  });

  it('drops rows sealed with a key nobody can open any more, and counts the lost changes for the user', async () => {
    const db = device.db();
    const oldServer = serverWithKey();
    await openAtSignIn(db, SESSION.user.id, 'het oude wachtwoord', serverKeysOf(oldServer));
    const created = await createPatient(db, patientFields(), new Date());
    expect(created.ok).toBe(true);
    clearDataKey();
    // The password changed on another device and the server's key was reset.
    const resetServer = testAuthClient({
      deviceKey: vi.fn().mockRejectedValue(new ApiFailure(404, 'notFound')),
      makeDeviceKey: vi.fn().mockResolvedValue({ key: toBase64(randomBytes(32)) }),
    });
    const { result } = renderSignIn(resetServer);
    await act(() => result.current.signIn(SESSION, PASSWORD));
    expect(useLockStore.getState().lostChanges).toBe(1);
    expect(await db.patients.count()).toBe(0);
    expect(currentDataKey()).not.toBeNull();
    expect(result.current.path).toBe('/');
  });
});
