import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDataKey, currentDataKey, TijdigDb } from '../db';
import { openAtSignIn, openWithPassword, openWithServerKey, type ServerKeys } from './key-vault';
import { readVault } from './vault-record';
import { PBKDF2_ITERATIONS, randomBytes, toBase64 } from './wrap';

const USER = '0193a000-0000-7000-8000-000000000001';
const PASSWORD = 'een lang wachtwoord';

/** The server's device-key endpoint in memory: one key per device id, deletable as a beheerder reset does. */
function fakeServer() {
  const keys = new Map<string, string>();
  let isReachable = true;
  const server: ServerKeys = {
    fetch: (deviceId) =>
      isReachable ? Promise.resolve(keys.get(deviceId) ?? null) : Promise.reject(new Error('offline')),
    make: (deviceId) => {
      if (!isReachable) return Promise.reject(new Error('offline'));
      if (!keys.has(deviceId)) keys.set(deviceId, toBase64(randomBytes(32)));
      return Promise.resolve(keys.get(deviceId) ?? '');
    },
  };
  return {
    server,
    reset: () => {
      keys.clear();
    },
    goOffline: () => {
      isReachable = false;
    },
  };
}

/** A copy of the key in memory: clearDataKey zeroes the holder's buffer. */
function keptKey(): Uint8Array {
  const key = currentDataKey();
  if (!key) throw new Error('the device is locked');
  return new Uint8Array(key);
}

let db: TijdigDb;

beforeEach(async () => {
  clearDataKey();
  db = new TijdigDb(`vault-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the key vault', () => {
  it('creates a data key at the first sign-in, wraps it twice and never stores it or the password plainly', async () => {
    const { server } = fakeServer();
    expect(await openAtSignIn(db, USER, PASSWORD, server)).toBe('created');
    const key = keptKey();
    const vault = await readVault(db);
    expect(vault?.byPassword?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(vault?.byPassword?.iterations).toBe(PBKDF2_ITERATIONS);
    expect(vault?.byServer).not.toBeNull();
    const stored = JSON.stringify(await db.meta.toArray());
    expect(stored).not.toContain(toBase64(key));
    expect(stored).not.toContain(Buffer.from(key).toString('hex'));
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(JSON.stringify(Array.from(key)).slice(1, -1));
  });

  it('refuses a wrong password offline and keeps the device locked', async () => {
    await openAtSignIn(db, USER, PASSWORD, fakeServer().server);
    clearDataKey();
    expect(await openWithPassword(db, USER, 'een ander wachtwoord')).toBe('wrongPassword');
    expect(currentDataKey()).toBeNull();
  });

  it('restores the same data key with the right password, without the server', async () => {
    const { server, goOffline } = fakeServer();
    await openAtSignIn(db, USER, PASSWORD, server);
    const key = keptKey();
    clearDataKey();
    goOffline();
    expect(await openWithPassword(db, USER, PASSWORD)).toBe('opened');
    expect(keptKey()).toEqual(key);
  });

  it("opens silently with the server's key, and not once the server forgot it", async () => {
    const { server, reset } = fakeServer();
    await openAtSignIn(db, USER, PASSWORD, server);
    const key = keptKey();
    clearDataKey();
    expect(await openWithServerKey(db, USER, server)).toBe(true);
    expect(keptKey()).toEqual(key);
    clearDataKey();
    reset();
    expect(await openWithServerKey(db, USER, server)).toBe(false);
    expect(currentDataKey()).toBeNull();
  });

  it('re-wraps with the new password after a password change; the old one no longer opens', async () => {
    const { server } = fakeServer();
    await openAtSignIn(db, USER, PASSWORD, server);
    const key = keptKey();
    clearDataKey();
    expect(await openAtSignIn(db, USER, 'het nieuwe wachtwoord', server)).toBe('opened');
    expect(keptKey()).toEqual(key);
    clearDataKey();
    expect(await openWithPassword(db, USER, PASSWORD)).toBe('wrongPassword');
    expect(await openWithPassword(db, USER, 'het nieuwe wachtwoord')).toBe('opened');
    expect(keptKey()).toEqual(key);
  });

  it('wraps again for a server key that was reset, so the next start opens silently', async () => {
    const { server, reset } = fakeServer();
    await openAtSignIn(db, USER, PASSWORD, server);
    const key = keptKey();
    reset();
    clearDataKey();
    expect(await openAtSignIn(db, USER, PASSWORD, server)).toBe('opened');
    clearDataKey();
    expect(await openWithServerKey(db, USER, server)).toBe(true);
    expect(keptKey()).toEqual(key);
  });

  it("leaves another account's vault alone", async () => {
    await openAtSignIn(db, USER, PASSWORD, fakeServer().server);
    clearDataKey();
    const other = '0193a000-0000-7000-8000-000000000002';
    expect(await openAtSignIn(db, other, PASSWORD, fakeServer().server)).toBe('otherAccount');
    expect(await openWithPassword(db, other, PASSWORD)).toBe('noOfflineCheck');
    expect(currentDataKey()).toBeNull();
  });

  it('gives a device from before the vault a key wrapped by the server only; the password adds its wrap later', async () => {
    const { server } = fakeServer();
    expect(await openWithServerKey(db, USER, server)).toBe(true);
    const key = keptKey();
    clearDataKey();
    expect(await openWithPassword(db, USER, PASSWORD)).toBe('noOfflineCheck');
    expect(await openAtSignIn(db, USER, PASSWORD, server)).toBe('opened');
    clearDataKey();
    expect(await openWithPassword(db, USER, PASSWORD)).toBe('opened');
    expect(keptKey()).toEqual(key);
  });
});
