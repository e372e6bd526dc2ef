/**
 * Seals one record into bytes and opens it again: AES-256-GCM with a fresh random 96-bit nonce per write.
 *
 * Synchronous on purpose (@noble/ciphers, an audited pure-JS AES-GCM): it runs inside Dexie transactions,
 * where awaiting WebCrypto would let IndexedDB commit the transaction half-way (see the README). Reads that
 * end their transaction may open through WebCrypto instead (openRecordAsync); the bytes are the same.
 *
 * Layout: [format version: 1 byte][nonce: 12 bytes][ciphertext + 16-byte tag]. The associated data binds
 * the ciphertext to its table, its primary key and the format version, so bytes copied into another row
 * or another table fail the tag check instead of decrypting to someone else's record.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { RecordDecryptError } from './errors';

/**
 * Version of the sealed-record format (and of the encrypted schema, Dexie version 8). Part of the associated
 * data; a future format bumps it and can still tell old rows apart by their first byte.
 */
export const SEALED_FORMAT_VERSION = 1;
const NONCE_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function associatedData(table: string, primaryKey: unknown, version: number): Uint8Array<ArrayBuffer> {
  // JSON keeps string and number keys apart ("1" vs 1); NUL cannot occur in a table name.
  return encoder.encode(`tijdig\u0000${table}\u0000${String(version)}\u0000${JSON.stringify(primaryKey)}`);
}

/** Encrypts `record` (JSON-serialisable, as every stored record is) for `table` row `primaryKey`. */
export function sealRecord(key: Uint8Array, table: string, primaryKey: unknown, record: unknown): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const aad = associatedData(table, primaryKey, SEALED_FORMAT_VERSION);
  const ciphertext = gcm(key, nonce, aad).encrypt(encoder.encode(JSON.stringify(record)));
  const sealed = new Uint8Array(1 + NONCE_BYTES + ciphertext.length);
  sealed[0] = SEALED_FORMAT_VERSION;
  sealed.set(nonce, 1);
  sealed.set(ciphertext, 1 + NONCE_BYTES);
  return sealed;
}

function assertFormat(table: string, primaryKey: unknown, sealed: Uint8Array): void {
  if (sealed[0] !== SEALED_FORMAT_VERSION || sealed.length < 1 + NONCE_BYTES + 16) {
    throw new RecordDecryptError(table, primaryKey);
  }
}

/** Decrypts what sealRecord wrote for the same table and key; throws RecordDecryptError otherwise. */
export function openRecord(key: Uint8Array, table: string, primaryKey: unknown, sealed: Uint8Array): unknown {
  assertFormat(table, primaryKey, sealed);
  const version = SEALED_FORMAT_VERSION;
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  let plaintext: Uint8Array;
  try {
    plaintext = gcm(key, nonce, associatedData(table, primaryKey, version)).decrypt(
      sealed.subarray(1 + NONCE_BYTES),
    );
  } catch {
    throw new RecordDecryptError(table, primaryKey);
  }
  return JSON.parse(decoder.decode(plaintext)) as unknown;
}

/** The data key imported for WebCrypto once per key (not per row); dropped when the key changes. */
let imported: { raw: Uint8Array; key: Promise<CryptoKey>; ready: CryptoKey | null } | null = null;

export function forgetImportedKey(): void {
  imported = null;
}

function importedKey(raw: Uint8Array): Promise<CryptoKey> {
  if (imported?.raw !== raw) {
    // The key vault hands over a plain Uint8Array (crypto.getRandomValues or an unwrap), never shared memory.
    const bytes = raw as Uint8Array<ArrayBuffer>;
    const entry: NonNullable<typeof imported> = {
      raw,
      key: crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']),
      ready: null,
    };
    // Kept once imported, so sealing and opening can hand their bytes to WebCrypto at once (readyKey).
    entry.key.then(
      (cryptoKey) => {
        entry.ready = cryptoKey;
      },
      () => undefined,
    );
    imported = entry;
  }
  return imported.key;
}

/** The key as WebCrypto holds it, if it is imported already: a caller then needs no await before using it. */
function readyKey(raw: Uint8Array): CryptoKey | null {
  return imported?.raw === raw ? imported.ready : null;
}

/**
 * The same as sealRecord through WebCrypto: a fresh random nonce, the same associated data and layout, so
 * openRecord opens it. Native and off the main thread, but asynchronous, so only for records sealed before
 * the transaction that writes them (presealed.ts), never inside one. The main thread's part (the record
 * as JSON, the bytes handed to WebCrypto) is done in the call itself, not in a microtask after it: a caller
 * sealing many records in time slices then counts that work in the slice that started it.
 */
export async function sealRecordAsync(
  key: Uint8Array,
  table: string,
  primaryKey: unknown,
  record: unknown,
): Promise<Uint8Array> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const plaintext = encoder.encode(JSON.stringify(record));
  const algorithm: AesGcmParams = {
    name: 'AES-GCM',
    iv: nonce,
    additionalData: associatedData(table, primaryKey, SEALED_FORMAT_VERSION),
    tagLength: 128,
  };
  const cryptoKey = readyKey(key) ?? (await importedKey(key));
  const ciphertext = await crypto.subtle.encrypt(algorithm, cryptoKey, plaintext);
  const sealed = new Uint8Array(1 + NONCE_BYTES + ciphertext.byteLength);
  sealed[0] = SEALED_FORMAT_VERSION;
  sealed.set(nonce, 1);
  sealed.set(new Uint8Array(ciphertext), 1 + NONCE_BYTES);
  return sealed;
}

/**
 * The same as openRecord through WebCrypto: the same AES-GCM, nonce, associated data and tag, but native
 * and off the main thread, so reading a whole table (the register's 10,000 patients) costs a fraction of
 * the JavaScript AES. Asynchronous, so only for reads whose transaction does nothing afterwards (see
 * middleware.ts). Gives the plaintext; parseOpened makes it the record, so a caller opening many rows can
 * parse them in chunks.
 */
export async function decryptRecordAsync(
  key: Uint8Array,
  table: string,
  primaryKey: unknown,
  sealed: Uint8Array,
): Promise<ArrayBuffer> {
  assertFormat(table, primaryKey, sealed);
  // Bytes read from IndexedDB are never backed by a SharedArrayBuffer, which WebCrypto would refuse.
  const bytes = sealed as Uint8Array<ArrayBuffer>;
  // Once imported, the key is used at once: the bytes go to WebCrypto in this call, not a microtask later.
  const cryptoKey = readyKey(key) ?? (await importedKey(key));
  try {
    return await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.subarray(1, 1 + NONCE_BYTES),
        additionalData: associatedData(table, primaryKey, SEALED_FORMAT_VERSION),
        tagLength: 128,
      },
      cryptoKey,
      bytes.subarray(1 + NONCE_BYTES),
    );
  } catch {
    throw new RecordDecryptError(table, primaryKey);
  }
}

/**
 * Imports `key` for WebCrypto ahead of many decryptRecordAsync calls, so each of them hands its bytes to
 * WebCrypto in the call itself: a caller starting them in batches then does each batch's work in its turn.
 */
export async function importKeyAhead(key: Uint8Array): Promise<void> {
  await importedKey(key);
}

/** The record in plaintext that decryptRecordAsync gave. */
export function parseOpened(plaintext: ArrayBuffer): unknown {
  return JSON.parse(decoder.decode(plaintext)) as unknown;
}
