/**
 * A copy of this device's id outside the database, so a start can ask the server for the device's key
 * before the database is open (start-key.ts). The id is no secret: every push names it, and the server
 * releases the key only to the session of the account the device belongs to.
 */
const DEVICE_ID_KEY = 'tijdig.deviceId';

/** Notes the device id the app asked the server about. */
export function rememberDeviceId(deviceId: string, storage: Storage = localStorage): void {
  try {
    storage.setItem(DEVICE_ID_KEY, deviceId);
  } catch {
    // No storage: the next start asks once the database is open, as it did before.
  }
}

/** The id last noted; null when none was, or storage cannot be read. */
export function rememberedDeviceId(storage: Storage = localStorage): string | null {
  try {
    return storage.getItem(DEVICE_ID_KEY);
  } catch {
    return null;
  }
}

/** After a wipe: the next database gets a new id, and nothing of the previous one remains. */
export function forgetDeviceId(storage: Storage = localStorage): void {
  try {
    storage.removeItem(DEVICE_ID_KEY);
  } catch {
    // Nothing could have been stored.
  }
}
