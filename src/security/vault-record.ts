/**
 * The key vault as stored in the device database's `meta` table (plain: it holds only wrapped copies of
 * the data key, never the key or the password). Checked with zod (vault-schema.ts) on every read; a row
 * that does not parse counts as no vault.
 *
 * The vault is read before the first screen (is this device locked?), so the schema, and zod with it, loads
 * on demand instead of in the first bundle: the early start script fetches it (preloadVaultSchema), so
 * it arrives while the app checks the session and, on a first visit, while the server makes the device's
 * key; a device without a vault needs no schema to know that. Later visits have it from the service
 * worker's cache. When it cannot be loaded, reading and writing reject, as a failing database would: the
 * silent unlock then fails and the lock screen asks for a connection (features/lock/unlock.ts).
 */
import type { TijdigDb } from '../db';
import { importOnce } from '../lib/import-once';
import type { VaultRecord } from './vault-schema';

export type { VaultRecord };

const VAULT_META_KEY = 'keyVault';

/** The schema module; a failed load is forgotten, so the next read or write tries again. */
const loadVaultSchema = importOnce(() => import('./vault-schema'));

/**
 * Starts fetching the schema at app start: every signed-in start reads or writes the vault soon after, and
 * on a first visit the fetch then runs beside the session check instead of after it.
 */
export function preloadVaultSchema(): void {
  loadVaultSchema().catch(() => undefined);
}

export async function readVault(db: TijdigDb): Promise<VaultRecord | null> {
  // `meta` is the database's table of small device facts; h11's encryption leaves it plain on purpose.
  const row = await db.meta.get(VAULT_META_KEY);
  if (row === undefined) {
    // No vault yet: one is written next (openAtSignIn, openWithServerKey); should the preload at start
    // have failed, fetch the schema again meanwhile.
    loadVaultSchema().catch(() => undefined);
    return null;
  }
  const { vaultRecordSchema } = await loadVaultSchema();
  const parsed = vaultRecordSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

export async function writeVault(db: TijdigDb, vault: VaultRecord): Promise<void> {
  const { vaultRecordSchema } = await loadVaultSchema();
  await db.meta.put({ key: VAULT_META_KEY, value: vaultRecordSchema.parse(vault) });
}
