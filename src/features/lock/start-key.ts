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
 * A start that learns of its session from the server (the device knew none) and finds no such id is most
 * likely a new device, whose database is being created: it reserves the id that database will take
 * (reserveClientId) and has the server make that id's key at once, instead of after the database exists
 * (load.cold: the key request went out ~0.6 s after the session was known). Should the database turn out to
 * have an id already, the reservation is not taken and the server keeps an unused key for an id no device
 * holds.
 *
 * The answer is used for that same id and account only, once, by the start's silent opening
 * (startServerKeys), and dropped after START_KEY_TTL_MS when the start did not take it (another account's
 * data on the device, a vault of another user), and at once when the data key is dropped (a lock, a
 * sign-out, a session the server refused), so no key waits in memory for long.
 */
import { dropReservedClientId, onDataKeyChange, reserveClientId } from '../../db';
import type { ServerKeys } from '../../security/key-vault';
import { lockStore } from '../../state/lock-state';
import { sessionStore } from '../../state/session-state';
import type { AuthClient } from '../../sync/auth-client';
import { rememberDeviceId, rememberedDeviceId } from './device-id-hint';
import { fetchDeviceKey, serverKeysOf } from './server-keys';

/** Longer than the start requests' own deadline (auth-client.ts), so an answer is never dropped unread. */
export const START_KEY_TTL_MS = 20_000;

/** An early question: the key the device had ('fetch'), or the key made for a new device ('make'). */
type EarlyKey = { deviceId: string; userId: string } & (
  { kind: 'fetch'; key: Promise<string | null> } | { kind: 'make'; key: Promise<string> }
);

let early: EarlyKey | null = null;

/** Drops the early answer, and the id reserved for a new device with it. */
function dropEarlyKey(): void {
  if (early?.kind === 'make') dropReservedClientId();
  early = null;
}

// Whatever drops the data key drops an early answer too: from then on only the password opens the device.
onDataKeyChange((isUnlocked) => {
  if (!isUnlocked) dropEarlyKey();
});

/** Keeps `asked` as the early answer, for START_KEY_TTL_MS at most. */
function keepEarly(asked: EarlyKey): void {
  // Whoever takes it handles its failure; untaken, a failure must not surface as an unhandled rejection.
  asked.key.catch(() => undefined);
  early = asked;
  setTimeout(() => {
    if (early === asked) dropEarlyKey();
  }, START_KEY_TTL_MS);
}

/** Whether the start may open the device silently: not locked, no sign-out waiting for the server. */
function maySilentlyOpen(): boolean {
  return !sessionStore.getState().isServerLogoutPending && !lockStore.getState().isLocked;
}

/**
 * At start: asks for the device's key now when the start will need it, that is when this device knows a
 * session, is not locked (a locked device opens with the password, not silently) and has asked for its
 * key before.
 */
export function fetchStartKeyEarly(auth: AuthClient): void {
  const session = sessionStore.getState().session;
  if (session && rememberedDeviceId() !== null) askStartKeyForSession(auth, session.user.id);
}

/**
 * The early question for the session of `userId`, unless one is waiting or the device may not open
 * silently: the key of the device id noted, or, on a device that never asked for a key (only once the
 * server has confirmed the session: fetchStartKeyEarly never gets here without a noted id), the new
 * device's key, made for the id its database will take.
 */
export function askStartKeyForSession(auth: AuthClient, userId: string): void {
  if (early !== null || !maySilentlyOpen()) return;
  const noted = rememberedDeviceId();
  if (noted !== null) {
    keepEarly({ kind: 'fetch', deviceId: noted, userId, key: fetchDeviceKey(auth, noted) });
    return;
  }
  const deviceId = reserveClientId();
  keepEarly({ kind: 'make', deviceId, userId, key: auth.makeDeviceKey(deviceId).then(({ key }) => key) });
}

/**
 * The early question for `deviceId` and `userId`, once; null when there is none for them. The start asks
 * once, so an early question for another device or account is dropped here too.
 */
function takeEarly(deviceId: string, userId: string): EarlyKey | null {
  const asked = early;
  dropEarlyKey();
  return asked?.deviceId === deviceId && asked.userId === userId ? asked : null;
}

/** The server keys of the start's silent opening for `userId`: the early answer when it was for this device. */
export function startServerKeys(auth: AuthClient, userId: string): ServerKeys {
  const keys = serverKeysOf(auth);
  return {
    fetch: (deviceId) => {
      const asked = takeEarly(deviceId, userId);
      return asked?.kind === 'fetch' ? asked.key : keys.fetch(deviceId);
    },
    make: (deviceId) => {
      const asked = takeEarly(deviceId, userId);
      if (asked?.kind !== 'make') return keys.make(deviceId);
      // Noted now that the database holds this id, so the next start asks for it early.
      rememberDeviceId(deviceId);
      return asked.key;
    },
  };
}
