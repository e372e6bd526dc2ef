/**
 * Signing out, and switching user, leaves nothing behind: the server session ends (when reachable), the
 * device database is deleted, Cache Storage is emptied and the local session forgotten. Works offline.
 */
import { wipeDevice, type TijdigDb } from '../../db';
import { useProfileStore } from '../../state/profile-store';
import { useSessionStore } from '../../state/session-store';
import type { AuthClient } from '../../sync/auth-client';
import { stopSync } from '../../sync/sync-controller';

export async function signOutAndWipe(db: TijdigDb, auth: AuthClient): Promise<void> {
  stopSync();
  try {
    await auth.logout();
  } catch {
    // Offline or already signed out: the server session then ends by its idle timeout.
  }
  await wipeDevice(db);
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
  useSessionStore.getState().signOut();
  useProfileStore.getState().setProfile('', null);
}
