/**
 * The key vault record's shape, and the check every read and write of it passes (vault-record.ts).
 *
 * Checked here by hand, not with zod, on purpose: the vault is read before anything of the app shows (is this
 * device locked?), and written on a first visit before the register can show, so a zod schema made the first
 * screen wait for zod's chunk (23 KiB; on slow 4G it arrived after the new device's key), and a device whose
 * cached chunk was missing could not be unlocked offline. The record is the device's own, five fields deep;
 * the check is as strict as the zod schema it replaces (vault-schema.test.ts): unknown keys are dropped, every
 * known one must have its type, base64 texts must be base64.
 */
import type { WrappedKey } from './wrap';

export interface VaultRecord {
  version: 1;
  /** The account whose data key this is; one account's data per device (a switch wipes). */
  userId: string;
  /** Wrapped by a PBKDF2 key of the password; null until the password was entered on this device. */
  byPassword: { salt: string; iterations: number; wrapped: WrappedKey } | null;
  /** Wrapped by the key the server releases to this account's session; null while the server was unreachable. */
  byServer: WrappedKey | null;
}

/** Standard base64 with padding, the empty text included (as `toBase64` in wrap.ts writes it). */
const BASE64 = /^(?:[0-9a-zA-Z+/]{4})*(?:[0-9a-zA-Z+/]{2}==|[0-9a-zA-Z+/]{3}=)?$/;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBase64(value: unknown): value is string {
  return typeof value === 'string' && BASE64.test(value);
}

function wrappedKeyOf(value: unknown): WrappedKey | null {
  if (!isObject(value) || !isBase64(value.iv) || !isBase64(value.ciphertext)) return null;
  return { iv: value.iv, ciphertext: value.ciphertext };
}

// The two wraps below answer null for "no such wrap" (a valid vault field) and undefined for a malformed one.

function passwordWrapOf(value: unknown): VaultRecord['byPassword'] | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { salt, iterations } = value;
  const wrapped = wrappedKeyOf(value.wrapped);
  const isIterationCount =
    typeof iterations === 'number' && Number.isSafeInteger(iterations) && iterations >= 1;
  return isBase64(salt) && isIterationCount && wrapped ? { salt, iterations, wrapped } : undefined;
}

function serverWrapOf(value: unknown): WrappedKey | null | undefined {
  return value === null ? null : (wrappedKeyOf(value) ?? undefined);
}

/** `value` as a vault record (a fresh object with the known fields only), or null when it is not one. */
export function vaultRecordOf(value: unknown): VaultRecord | null {
  if (!isObject(value) || value.version !== 1 || typeof value.userId !== 'string') return null;
  const byPassword = passwordWrapOf(value.byPassword);
  const byServer = serverWrapOf(value.byServer);
  if (byPassword === undefined || byServer === undefined) return null;
  return { version: 1, userId: value.userId, byPassword, byServer };
}
