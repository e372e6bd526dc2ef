/**
 * Wrapping and unwrapping the device's data key with WebCrypto. AES-GCM authenticates: a wrong wrapping
 * key (a wrong password, a replaced server key) fails to decrypt instead of yielding a wrong data key, so a
 * successful unwrap is the offline password check. The associated data ties each wrapped copy to its
 * account and to how it was wrapped, so copies cannot be swapped between accounts or kinds.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
export const DATA_KEY_BYTES = 32;

export type WrapKind = 'password' | 'server';

/** One wrapped copy of the data key; bytes as base64 so the row stays plain JSON in `meta`. */
export interface WrappedKey {
  iv: string;
  ciphertext: string;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export const newDataKey = (): Uint8Array<ArrayBuffer> => randomBytes(DATA_KEY_BYTES);
export const newSalt = (): Uint8Array<ArrayBuffer> => randomBytes(SALT_BYTES);

/** The AES key a password stands for on this device (PBKDF2-SHA-256; slow on purpose). */
export async function passwordKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The AES key made of the 32 random bytes the server released for this account and device. */
export function serverKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function associatedData(userId: string, kind: WrapKind): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`tijdig.dataKey.v1|${kind}|${userId}`);
}

export async function wrapDataKey(
  dataKey: Uint8Array<ArrayBuffer>,
  wrappingKey: CryptoKey,
  userId: string,
  kind: WrapKind,
): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(userId, kind) },
    wrappingKey,
    dataKey,
  );
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** The data key, or null when this wrapping key does not open this copy (wrong password or key). */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  userId: string,
  kind: WrapKind,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: associatedData(userId, kind) },
      wrappingKey,
      fromBase64(wrapped.ciphertext),
    );
    const key = new Uint8Array(plain);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
