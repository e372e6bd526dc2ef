import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDataKey, currentDataKey } from '../../db';
import { ServicesProvider } from '../../providers/ServicesProvider';
import { openAtSignIn } from '../../security/key-vault';
import { randomBytes, toBase64 } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { testAuthClient, type TestAuthClient } from '../../test/auth-client';
import { freshDatabasePerTest } from '../../test/database';
import { TEST_SESSION } from '../../test/factories';
import { serverKeysOf } from './server-keys';
import { useDeviceLock } from './useDeviceLock';

const USER_ID = TEST_SESSION.user.id;
const device = freshDatabasePerTest();

/** A server that holds one device key for this account. */
function authWithDeviceKey(): TestAuthClient {
  const key = { key: toBase64(randomBytes(32)) };
  return testAuthClient({
    deviceKey: vi.fn().mockResolvedValue(key),
    makeDeviceKey: vi.fn().mockResolvedValue(key),
  });
}

/** The device after an earlier sign-in (its vault has a server wrap), then closed: no key in memory. */
async function vaultOnDevice(auth: TestAuthClient): Promise<void> {
  await openAtSignIn(device.db(), USER_ID, 'een lang wachtwoord', serverKeysOf(auth));
  clearDataKey();
}

function renderLock(auth: TestAuthClient, isActive = true) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    device.wrapper({ children: <ServicesProvider services={{ auth }}>{children}</ServicesProvider> });
  return renderHook(({ active }) => useDeviceLock(USER_ID, active), {
    wrapper,
    initialProps: { active: isActive },
  });
}

beforeEach(() => {
  useLockStore.getState().reset();
});

describe('useDeviceLock', () => {
  it('is unlocked at once while the data key is in memory, without asking the server', () => {
    const auth = testAuthClient();
    const { result } = renderLock(auth);
    expect(result.current).toBe('unlocked');
    expect(auth.deviceKey).not.toHaveBeenCalled();
  });

  it("opens the vault silently with the server's key at start", async () => {
    const auth = authWithDeviceKey();
    await vaultOnDevice(auth);
    const { result } = renderLock(auth);
    expect(result.current).toBe('opening');
    await waitFor(() => {
      expect(result.current).toBe('unlocked');
    });
    expect(currentDataKey()).not.toBeNull();
  });

  it('waits, without asking the server, while it is not yet active', async () => {
    const auth = authWithDeviceKey();
    await vaultOnDevice(auth);
    auth.deviceKey.mockClear();
    const { result, rerender } = renderLock(auth, false);
    expect(result.current).toBe('opening');
    expect(auth.deviceKey).not.toHaveBeenCalled();
    rerender({ active: true });
    await waitFor(() => {
      expect(result.current).toBe('unlocked');
    });
  });

  it('shows the lock screen when the server cannot be reached', async () => {
    const auth = authWithDeviceKey();
    await vaultOnDevice(auth);
    auth.deviceKey.mockRejectedValue(new Error('offline'));
    const { result } = renderLock(auth);
    await waitFor(() => {
      expect(result.current).toBe('locked');
    });
    expect(currentDataKey()).toBeNull();
  });

  it('stays locked after a reload when the user or the idle timer locked it', async () => {
    const auth = authWithDeviceKey();
    await vaultOnDevice(auth);
    auth.deviceKey.mockClear();
    useLockStore.getState().lock();
    const { result } = renderLock(auth);
    expect(result.current).toBe('locked');
    expect(auth.deviceKey).not.toHaveBeenCalled();
  });

  it('is locked while the lock is set, even with a key in memory (before a wipe)', () => {
    useLockStore.getState().lock();
    const { result } = renderLock(testAuthClient());
    expect(result.current).toBe('locked');
  });

  it('locks as soon as the data key leaves memory', () => {
    const { result } = renderLock(testAuthClient());
    expect(result.current).toBe('unlocked');
    act(() => {
      clearDataKey();
    });
    expect(result.current).toBe('locked');
  });
});
