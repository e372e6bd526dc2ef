/**
 * Signing out, and switching user, leaves nothing behind: the server session ends (when reachable), the
 * device database is deleted, Cache Storage is emptied and the local session forgotten. Works offline.
 */
import { clearDataKey, wipeDevice, type TijdigDb } from '../../db';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import type { AuthClient } from '../../sync/auth-client';
import { stopSync } from '../../sync/sync-controller';
import { forgetDeviceId } from '../lock/device-id-hint';

export async function signOutAndWipe(db: TijdigDb, auth: AuthClient): Promise<void> {
  stopSync();
  let isServerSignedOut = true;
  try {
    await auth.logout();
  } catch (error) {
    // Offline: the server session stays until the app can end it (see SessionProbe) or it times out.
    // Any other answer (401: already ended) means there is nothing left to end.
    isServerSignedOut = !(error instanceof ApiFailure && error.status === 0);
  }
  clearDataKey();
  await wipeDevice(db);
  forgetDeviceId();
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
  useSessionStore.getState().signOut(isServerSignedOut);
  useLockStore.getState().reset();
}
