import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createPatient, TijdigDb } from '../../db';
import { ApiFailure, type ApiClient } from '../../sync/api-client';
import { testAuthClient } from '../../test/auth-client';
import { patientFields } from '../../test/factories';
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
