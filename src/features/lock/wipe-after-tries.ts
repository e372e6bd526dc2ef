/**
 * Five wrong unlock passwords in a row: whoever is trying is probably not the account's owner. What has not
 * reached the server yet is sent first when the server can be reached (the user was warned at the fourth
 * try with the number of waiting changes); then the device is wiped as at sign-out. The waiting changes are
 * encrypted and the device is locked, so the server's key (released to the still-live session) opens the
 * vault for that one push; the lock store stays locked throughout, so the app never shows.
 */
import { currentDataKey, type TijdigDb } from '../../db';
import { openWithServerKey } from '../../security/key-vault';
import { useSessionStore } from '../../state/session-store';
import type { ApiClient } from '../../sync/api-client';
import type { AuthClient } from '../../sync/auth-client';
import { loadSyncEngine } from '../../sync/load-sync-engine';
import { signOutAndWipe } from '../sync/sign-out';
import { serverKeysOf } from './server-keys';

export const MAX_UNLOCK_TRIES = 5;

export async function pushThenWipe(
  db: TijdigDb,
  auth: AuthClient,
  api: ApiClient | undefined,
): Promise<void> {
  if (api && navigator.onLine) {
    // Best effort: offline, signed out or refused, the wipe goes ahead (the warning said so).
    const userId = useSessionStore.getState().session?.user.id;
    if (currentDataKey() === null && userId)
      await openWithServerKey(db, userId, serverKeysOf(auth)).catch(() => false);
    await loadSyncEngine()
      .then(({ syncExclusively }) => syncExclusively(db, api))
      .catch(() => undefined);
  }
  await signOutAndWipe(db, auth);
}
