import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { clearDataKey, createPatient, currentDataKey, TijdigDb } from '../../db';
import { openAtSignIn } from '../../security/key-vault';
import { randomBytes, toBase64 } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { ApiFailure, type ApiClient } from '../../sync/api-client';
import { testAuthClient } from '../../test/auth-client';
import { patientFields, TEST_SESSION } from '../../test/factories';
import { serverKeysOf } from './server-keys';
import { pushThenWipe } from './wipe-after-tries';

/** A server that receives pushes (and answers nothing useful): what matters is what reached it before the wipe. */
function recordingApi(db: TijdigDb) {
  const pushed: { mutations: unknown[]; wasDatabaseThere: boolean }[] = [];
  const api: ApiClient = {
    get: vi.fn(() => Promise.reject(new ApiFailure(0, 'offline'))),
    post: vi.fn(async (path: string, body?: unknown) => {
      if (path === '/api/sync/push')
        pushed.push({
          mutations: (body as { mutations: unknown[] }).mutations,
          wasDatabaseThere: await Dexie.exists(db.name),
        });
      throw new ApiFailure(0, 'offline');
    }),
  };
  return { api, pushed };
}

describe('five wrong unlock passwords', () => {
  it('push the waiting changes first when online, then wipe the device', async () => {
    const db = new TijdigDb(`wipe-${crypto.randomUUID()}`);
    await db.open();
    await createPatient(db, patientFields({ familyName: 'Onverstuurd' }), new Date());
    const { api, pushed } = recordingApi(db);
    await pushThenWipe(db, testAuthClient(), api);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.mutations).toHaveLength(1);
    expect(pushed[0]?.wasDatabaseThere).toBe(true);
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('push the encrypted waiting changes of a locked device by opening it with the server key, then wipe', async () => {
    const db = new TijdigDb(`wipe-${crypto.randomUUID()}`);
    await db.open();
    const deviceKey = { key: toBase64(randomBytes(32)) };
    const auth = testAuthClient({
      deviceKey: vi.fn().mockResolvedValue(deviceKey),
      makeDeviceKey: vi.fn().mockResolvedValue(deviceKey),
    });
    await openAtSignIn(db, TEST_SESSION.user.id, 'een lang wachtwoord', serverKeysOf(auth));
    await createPatient(db, patientFields({ familyName: 'Vergrendeld' }), new Date());
    useLockStore.getState().lock();
    clearDataKey();
    const { api, pushed } = recordingApi(db);

    await pushThenWipe(db, auth, api);

    expect(pushed).toHaveLength(1);
    expect(JSON.stringify(pushed[0]?.mutations)).toContain('Vergrendeld');
    expect(await Dexie.exists(db.name)).toBe(false);
    expect(currentDataKey()).toBeNull();
    expect(useLockStore.getState().isLocked).toBe(false);
  });

  it('wipe without pushing when the browser is offline', async () => {
    const db = new TijdigDb(`wipe-${crypto.randomUUID()}`);
    await db.open();
    await createPatient(db, patientFields(), new Date());
    const { api, pushed } = recordingApi(db);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await pushThenWipe(db, testAuthClient(), api);
    expect(pushed).toHaveLength(0);
    expect(await Dexie.exists(db.name)).toBe(false);
  });
});
