/**
 * The server's half of the data key, asked for as the app starts instead of after the database opened.
 *
 * A returning device shows nothing of the register until that key has opened the vault (useDeviceLock),
 * and asking for it needs the device id, which lives in the database. Asked only then, the round trip
 * came after opening the database, reading the device's owner and its vault: on slow 4G the key request
 * started 0.75-0.95 s into a start whose register painted at 1.44-1.65 s. Asked at start, the round trip
 * runs while the database opens.
 *
 * The device id for that early question is the one the app last asked the server about (device-id-hint.ts).
 * The answer is used for that same id only, once, by the start's silent opening (startServerKeys), and
 * dropped after START_KEY_TTL_MS when the start did not take it (another account's data on the device, a
 * vault of another user), and at once when the data key is dropped (a lock, a sign-out, a session the server
 * refused), so no key waits in memory for long.
 */
import { onDataKeyChange } from '../../db';
import type { ServerKeys } from '../../security/key-vault';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import type { AuthClient } from '../../sync/auth-client';
import { rememberedDeviceId } from './device-id-hint';
import { fetchDeviceKey, serverKeysOf } from './server-keys';

/** Longer than the start requests' own deadline (auth-client.ts), so an answer is never dropped unread. */
export const START_KEY_TTL_MS = 20_000;

interface EarlyKey {
  deviceId: string;
  key: Promise<string | null>;
}

let early: EarlyKey | null = null;

// Whatever drops the data key drops an early answer too: from then on only the password opens the device.
onDataKeyChange((isUnlocked) => {
  if (!isUnlocked) early = null;
});

/**
 * At start: asks for the device's key now when the start will need it, that is when this device knows a
 * session, is not locked (a locked device opens with the password, not silently) and has asked for its
 * key before.
 */
export function fetchStartKeyEarly(auth: AuthClient): void {
  const { session, isServerLogoutPending } = useSessionStore.getState();
  if (!session || isServerLogoutPending || useLockStore.getState().isLocked) return;
  const deviceId = rememberedDeviceId();
  if (deviceId === null) return;
  const key = fetchDeviceKey(auth, deviceId);
  // Whoever takes it handles its failure; untaken, a failure must not surface as an unhandled rejection.
  key.catch(() => undefined);
  const asked: EarlyKey = { deviceId, key };
  early = asked;
  setTimeout(() => {
    if (early === asked) early = null;
  }, START_KEY_TTL_MS);
}

/** The early answer for `deviceId`, once; null when there is none for that id. */
function takeEarlyKey(deviceId: string): Promise<string | null> | null {
  const asked = early;
  early = null;
  return asked?.deviceId === deviceId ? asked.key : null;
}

/** The server keys of the start's silent opening: the early answer when it was for this device. */
export function startServerKeys(auth: AuthClient): ServerKeys {
  const keys = serverKeysOf(auth);
  return {
    fetch: (deviceId) => takeEarlyKey(deviceId) ?? keys.fetch(deviceId),
    make: keys.make,
  };
}
