import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { clearDataKey, currentDataKey, getClientId, TijdigDb } from '../../db';
import { readVault } from '../../security/vault-record';
import { openAtSignIn, openWithServerKey } from '../../security/key-vault';
import { randomBytes, toBase64 } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, type TestAuthClient } from '../../test/auth-client';
import { freshDatabasePerTest } from '../../test/database';
import { TEST_SESSION } from '../../test/factories';
import { forgetDeviceId, rememberDeviceId, rememberedDeviceId } from './device-id-hint';
import { lockDevice } from './lock-device';
import { serverKeysOf } from './server-keys';
import { askStartKeyForSession, fetchStartKeyEarly, START_KEY_TTL_MS, startServerKeys } from './start-key';

const device = freshDatabasePerTest();
const DEVICE_ID = '01a24700-0000-7000-8000-000000000001';
const USER_ID = TEST_SESSION.user.id;

/** A server that holds one device key for the signed-in account. */
function serverWithKey(): { auth: TestAuthClient; key: string } {
  const key = toBase64(randomBytes(32));
  const auth = testAuthClient({
    deviceKey: vi.fn().mockResolvedValue({ key }),
    makeDeviceKey: vi.fn().mockResolvedValue({ key }),
  });
  return { auth, key };
}

/** What the wipe at sign-out does to the start key (signOutAndWipe): the data key and the id go. */
function wipe(): void {
  clearDataKey();
  forgetDeviceId();
}

beforeEach(() => {
  wipe();
  useLockStore.getState().reset();
  useSessionStore.getState().signIn(TEST_SESSION);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the early question for the device key at start', () => {
  it('asks at once for the device the app asked about before, and the start takes that answer', async () => {
    const { auth, key } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    expect(auth.deviceKey).toHaveBeenCalledExactlyOnceWith(DEVICE_ID);

    await expect(startServerKeys(auth, USER_ID).fetch(DEVICE_ID)).resolves.toBe(key);
    expect(auth.deviceKey).toHaveBeenCalledTimes(1);
  });

  it('is used once: a second opening asks the server again', async () => {
    const { auth } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    await startServerKeys(auth, USER_ID).fetch(DEVICE_ID);
    await startServerKeys(auth, USER_ID).fetch(DEVICE_ID);
    expect(auth.deviceKey).toHaveBeenCalledTimes(2);
  });

  it('is not used for another device id: the start asks for the right one', async () => {
    const { auth, key } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    const otherId = '01a24700-0000-7000-8000-000000000002';
    await expect(startServerKeys(auth, USER_ID).fetch(otherId)).resolves.toBe(key);
    expect(auth.deviceKey).toHaveBeenLastCalledWith(otherId);
    expect(auth.deviceKey).toHaveBeenCalledTimes(2);
  });

  it('is dropped when the start has not taken it in time', async () => {
    vi.useFakeTimers();
    const { auth } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    vi.advanceTimersByTime(START_KEY_TTL_MS);
    await startServerKeys(auth, USER_ID).fetch(DEVICE_ID);
    expect(auth.deviceKey).toHaveBeenCalledTimes(2);
  });

  it('is dropped when the device locks before the start took it', async () => {
    const { auth } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    lockDevice();
    useLockStore.getState().unlocked();
    await startServerKeys(auth, USER_ID).fetch(DEVICE_ID);
    expect(auth.deviceKey).toHaveBeenCalledTimes(2);
  });

  it('hands the start a failure as the server gave it: a 404 is "no key", offline is thrown', async () => {
    rememberDeviceId(DEVICE_ID);
    const noKey = testAuthClient({ deviceKey: vi.fn().mockRejectedValue(new ApiFailure(404, 'notFound')) });
    fetchStartKeyEarly(noKey);
    await expect(startServerKeys(noKey, USER_ID).fetch(DEVICE_ID)).resolves.toBeNull();

    const offline = testAuthClient();
    fetchStartKeyEarly(offline);
    await expect(startServerKeys(offline, USER_ID).fetch(DEVICE_ID)).rejects.toBeInstanceOf(ApiFailure);
    expect(offline.deviceKey).toHaveBeenCalledTimes(1);
  });

  it('is not asked without a session, while locked, while a sign-out waits for the server, or for a new device', () => {
    const { auth } = serverWithKey();
    fetchStartKeyEarly(auth);

    rememberDeviceId(DEVICE_ID);
    useLockStore.getState().lock();
    fetchStartKeyEarly(auth);

    useLockStore.getState().reset();
    useSessionStore.getState().signOut(false);
    fetchStartKeyEarly(auth);

    useSessionStore.getState().signOut(true);
    fetchStartKeyEarly(auth);

    expect(auth.deviceKey).not.toHaveBeenCalled();
  });

  it('is forgotten with the device: no id and no answer remain after a wipe', async () => {
    const { auth } = serverWithKey();
    rememberDeviceId(DEVICE_ID);
    fetchStartKeyEarly(auth);
    wipe();
    expect(rememberedDeviceId()).toBeNull();
    await startServerKeys(auth, USER_ID).fetch(DEVICE_ID);
    expect(auth.deviceKey).toHaveBeenCalledTimes(2);
  });
});

describe('the device id the early question uses', () => {
  it("is the database's own, noted when the app asks the server for the device's key", async () => {
    const { auth } = serverWithKey();
    await openAtSignIn(device.db(), TEST_SESSION.user.id, 'een lang wachtwoord', serverKeysOf(auth));
    expect(rememberedDeviceId()).toBe(await getClientId(device.db()));
  });

  it("opens a returning device's vault with the one early request", async () => {
    const { auth } = serverWithKey();
    await openAtSignIn(device.db(), TEST_SESSION.user.id, 'een lang wachtwoord', serverKeysOf(auth));
    clearDataKey();
    auth.deviceKey.mockClear();

    fetchStartKeyEarly(auth);
    const isOpened = await openWithServerKey(
      device.db(),
      TEST_SESSION.user.id,
      startServerKeys(auth, USER_ID),
    );
    expect(isOpened).toBe(true);
    expect(currentDataKey()).not.toBeNull();
    expect(auth.deviceKey).toHaveBeenCalledTimes(1);
  });
});

describe("a new device's key, made once the server has confirmed the session", () => {
  it('is made at once for the id the new database then takes, and opens it without asking again', async () => {
    const { auth } = serverWithKey();
    askStartKeyForSession(auth, USER_ID);
    expect(auth.makeDeviceKey).toHaveBeenCalledTimes(1);
    const [madeFor] = auth.makeDeviceKey.mock.calls[0] ?? [];

    const isOpened = await openWithServerKey(device.db(), USER_ID, startServerKeys(auth, USER_ID));
    expect(isOpened).toBe(true);
    expect(await getClientId(device.db())).toBe(madeFor);
    expect(auth.makeDeviceKey).toHaveBeenCalledTimes(1);
    expect((await readVault(device.db()))?.byServer).not.toBeNull();
    // The next start asks for this device's key early.
    expect(rememberedDeviceId()).toBe(madeFor);
  });

  it('is not used by a database that has an id already: that id gets its own key, and the next database a new id', async () => {
    const { auth } = serverWithKey();
    const ownId = await getClientId(device.db());
    askStartKeyForSession(auth, USER_ID);
    const [madeFor] = auth.makeDeviceKey.mock.calls[0] ?? [];
    expect(madeFor).not.toBe(ownId);

    await openWithServerKey(device.db(), USER_ID, startServerKeys(auth, USER_ID));
    expect(auth.makeDeviceKey).toHaveBeenLastCalledWith(ownId);
    expect(rememberedDeviceId()).toBe(ownId);
    const next = new TijdigDb(`test-next-${crypto.randomUUID()}`);
    try {
      expect(await getClientId(next)).not.toBe(madeFor);
    } finally {
      next.close();
      await Dexie.delete(next.name);
    }
  });

  it("is not used for another account's opening", async () => {
    const { auth } = serverWithKey();
    askStartKeyForSession(auth, USER_ID);
    await startServerKeys(auth, 'another-user').make(await getClientId(device.db()));
    expect(auth.makeDeviceKey).toHaveBeenCalledTimes(2);
  });

  it('is dropped with its reserved id when the device locks first', async () => {
    const { auth } = serverWithKey();
    askStartKeyForSession(auth, USER_ID);
    const [madeFor] = auth.makeDeviceKey.mock.calls[0] ?? [];
    lockDevice();
    useLockStore.getState().unlocked();
    expect(await getClientId(device.db())).not.toBe(madeFor);
  });

  it('asks for the known key instead on a device that asked before, and nothing while locked', () => {
    const { auth } = serverWithKey();
    useLockStore.getState().lock();
    askStartKeyForSession(auth, USER_ID);
    useLockStore.getState().reset();
    rememberDeviceId(DEVICE_ID);
    askStartKeyForSession(auth, USER_ID);
    expect(auth.makeDeviceKey).not.toHaveBeenCalled();
    expect(auth.deviceKey).toHaveBeenCalledExactlyOnceWith(DEVICE_ID);
  });
});
