/**
 * Five wrong unlock passwords in a row: whoever is trying is probably not the account's owner. What has not
 * reached the server yet is sent first when the server can be reached (the user was warned at the fourth
 * try with the number of waiting changes); then the device is wiped as at sign-out.
 */
import type { TijdigDb } from '../../db';
import type { ApiClient } from '../../sync/api-client';
import type { AuthClient } from '../../sync/auth-client';
import { syncExclusively } from '../../sync/sync-engine';
import { signOutAndWipe } from '../sync/sign-out';

export const MAX_UNLOCK_TRIES = 5;

export async function pushThenWipe(
  db: TijdigDb,
  auth: AuthClient,
  api: ApiClient | undefined,
): Promise<void> {
  if (api && navigator.onLine) {
    // Best effort: offline, signed out or refused, the wipe goes ahead (the warning said so).
    await syncExclusively(db, api).catch(() => undefined);
  }
  await signOutAndWipe(db, auth);
}
