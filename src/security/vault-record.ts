/**
 * The key vault as stored in the device database's `meta` table (plain: it holds only wrapped copies of
 * the data key, never the key or the password). Checked with zod (vault-schema.ts) on every read; a row
 * that does not parse counts as no vault.
 *
 * The vault is read before the first screen (is this device locked?), so the schema, and zod with it, loads
 * on demand instead of in the first bundle: a device without a vault (a first visit) needs no schema to
 * know that, and starts loading it then for the vault it is about to write, while the server makes the
 * device's key. Everywhere else the service worker has the chunk cached. When it cannot be loaded, reading
 * and writing reject, as a failing database would, and the lock screen says the vault cannot be opened.
 */
import type { TijdigDb } from '../db';
import type { VaultRecord } from './vault-schema';

export type { VaultRecord };

const VAULT_META_KEY = 'keyVault';

let loading: Promise<typeof import('./vault-schema')> | null = null;

/** The schema module; a failed load is forgotten, so the next read or write tries again. */
function loadVaultSchema() {
  loading ??= import('./vault-schema').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export async function readVault(db: TijdigDb): Promise<VaultRecord | null> {
  // `meta` is the database's table of small device facts; h11's encryption leaves it plain on purpose.
  const row = await db.meta.get(VAULT_META_KEY);
  if (row === undefined) {
    // No vault yet: one is written next (openAtSignIn, openWithServerKey), so fetch its schema meanwhile.
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
