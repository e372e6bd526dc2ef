import type { ServerKeys } from '../../security/key-vault';
import { ApiFailure } from '../../sync/api-client';
import type { AuthClient } from '../../sync/auth-client';

/** The vault's view of the device-key endpoint: a 404 means "no key (any more)", anything else is thrown. */
export function serverKeysOf(auth: AuthClient): ServerKeys {
  return {
    fetch: async (deviceId) => {
      try {
        return (await auth.deviceKey(deviceId)).key;
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 404) return null;
        throw error;
      }
    },
    make: async (deviceId) => (await auth.makeDeviceKey(deviceId)).key,
  };
}
