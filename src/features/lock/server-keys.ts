import type { ServerKeys } from '../../security/key-vault';
import { ApiFailure } from '../../sync/api-client';
import type { AuthClient } from '../../sync/auth-client';
import { rememberDeviceId } from './device-id-hint';

/** The key the server holds for this device; null on a 404 ("no key (any more)"), anything else is thrown. */
export async function fetchDeviceKey(auth: AuthClient, deviceId: string): Promise<string | null> {
  try {
    return (await auth.deviceKey(deviceId)).key;
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return null;
    throw error;
  }
}

/**
 * The vault's view of the device-key endpoint. Every question notes the device id, so the next start can ask
 * before the database is open (start-key.ts).
 */
export function serverKeysOf(auth: AuthClient): ServerKeys {
  return {
    fetch: (deviceId) => {
      rememberDeviceId(deviceId);
      return fetchDeviceKey(auth, deviceId);
    },
    make: async (deviceId) => {
      rememberDeviceId(deviceId);
      return (await auth.makeDeviceKey(deviceId)).key;
    },
  };
}
