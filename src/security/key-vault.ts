/**
 * The device's key vault (issue 17). One random 32-byte data key per account and device, kept in `meta`
 * only wrapped, twice: by a PBKDF2 key of the password (the offline unlock check) and by a key the server
 * releases to a signed-in session (the silent unlock at start). Opening puts the key in src/db's data-key
 * holder; locking is `clearDataKey()`. Nothing here stores the password or the plain key.
 */
import { getClientId, setDataKey, type TijdigDb } from '../db';
import { readVault, writeVault, type VaultRecord } from './vault-record';
import {
  fromBase64,
  newDataKey,
  newSalt,
  PBKDF2_ITERATIONS,
  passwordKey,
  serverKey,
  toBase64,
  unwrapDataKey,
  wrapDataKey,
} from './wrap';

/** The server's device-key endpoint as the vault needs it; base64 keys. */
export interface ServerKeys {
  /** The key the server holds for this device, null when it has none; throws when unreachable. */
  fetch: (deviceId: string) => Promise<string | null>;
  /** Makes the key once and returns it; throws when unreachable. */
  make: (deviceId: string) => Promise<string>;
}

type DataKey = Uint8Array<ArrayBuffer>;

async function wrapByPassword(dataKey: DataKey, password: string, userId: string) {
  const salt = newSalt();
  const key = await passwordKey(password, salt, PBKDF2_ITERATIONS);
  const wrapped = await wrapDataKey(dataKey, key, userId, 'password');
  return { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, wrapped };
}

async function unwrapByPassword(vault: VaultRecord, password: string): Promise<DataKey | null> {
  if (!vault.byPassword) return null;
  const { salt, iterations, wrapped } = vault.byPassword;
  const key = await passwordKey(password, fromBase64(salt), iterations);
  return unwrapDataKey(wrapped, key, vault.userId, 'password');
}

async function unwrapByServer(vault: VaultRecord, keyBase64: string | null): Promise<DataKey | null> {
  if (!vault.byServer || keyBase64 === null) return null;
  return unwrapDataKey(vault.byServer, await serverKey(fromBase64(keyBase64)), vault.userId, 'server');
}

/** The server's key for this device; null when it has none, undefined when it cannot be reached. */
async function fetchQuietly(server: ServerKeys, deviceId: string): Promise<string | null | undefined> {
  try {
    return await server.fetch(deviceId);
  } catch {
    return undefined;
  }
}

/** A fresh server wrap, or null while the server cannot be reached (the next sign-in adds it). */
async function wrapByServer(dataKey: DataKey, userId: string, server: ServerKeys, deviceId: string) {
  try {
    const key = await serverKey(fromBase64(await server.make(deviceId)));
    return await wrapDataKey(dataKey, key, userId, 'server');
  } catch {
    return null;
  }
}

export type SignInOpening = 'opened' | 'created' | 'replaced' | 'otherAccount';

/**
 * Right after the server accepted `password`: opens the vault (or creates it on this device's first
 * sign-in), re-wraps with the password when it changed elsewhere, and adds the server wrap when it is
 * missing or the server's key was reset. 'replaced': neither the password nor the server key opened the
 * old vault (password changed and key reset), so a new data key was made; 'otherAccount': the device
 * holds another account's vault and is left alone (the device-taken page offers the wipe).
 */
export async function openAtSignIn(
  db: TijdigDb,
  userId: string,
  password: string,
  server: ServerKeys,
): Promise<SignInOpening> {
  const vault = await readVault(db);
  if (vault && vault.userId !== userId) return 'otherAccount';
  const deviceId = await getClientId(db);
  const byPassword = vault ? await unwrapByPassword(vault, password) : null;
  const serverKeyText = vault ? await fetchQuietly(server, deviceId) : null;
  const byServer = vault ? await unwrapByServer(vault, serverKeyText ?? null) : null;
  const opened = byPassword ?? byServer;
  const dataKey = opened ?? newDataKey();
  // Unreachable server: keep the server wrap as it is; the next sign-in checks it again.
  const isServerWrapKept = byServer !== null || (opened !== null && serverKeyText === undefined);
  await writeVault(db, {
    version: 1,
    userId,
    byPassword:
      byPassword && vault?.byPassword ? vault.byPassword : await wrapByPassword(dataKey, password, userId),
    byServer:
      isServerWrapKept && vault ? vault.byServer : await wrapByServer(dataKey, userId, server, deviceId),
  });
  setDataKey(dataKey);
  if (!vault) return 'created';
  return opened ? 'opened' : 'replaced';
}

/**
 * App start with a live session and no lock in force: the server's key opens the vault without a password.
 * A device without a vault (signed in before this version) gets one wrapped by the server key only; the
 * next password entry adds the password wrap. False: the lock screen has to ask.
 */
export async function openWithServerKey(db: TijdigDb, userId: string, server: ServerKeys): Promise<boolean> {
  const vault = await readVault(db);
  const deviceId = await getClientId(db);
  if (!vault) {
    const dataKey = newDataKey();
    const byServer = await wrapByServer(dataKey, userId, server, deviceId);
    if (!byServer) return false;
    await writeVault(db, { version: 1, userId, byPassword: null, byServer });
    setDataKey(dataKey);
    return true;
  }
  if (vault.userId !== userId) return false;
  const dataKey = await unwrapByServer(vault, (await fetchQuietly(server, deviceId)) ?? null);
  if (!dataKey) return false;
  setDataKey(dataKey);
  return true;
}

export type PasswordCheck = 'opened' | 'wrongPassword' | 'noOfflineCheck';

/** The lock screen's offline check: the password opens the wrapped key or it is wrong. */
export async function openWithPassword(
  db: TijdigDb,
  userId: string,
  password: string,
): Promise<PasswordCheck> {
  const vault = await readVault(db);
  if (!vault?.byPassword || vault.userId !== userId) return 'noOfflineCheck';
  const dataKey = await unwrapByPassword(vault, password);
  if (!dataKey) return 'wrongPassword';
  setDataKey(dataKey);
  return 'opened';
}
