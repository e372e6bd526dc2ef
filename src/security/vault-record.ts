/**
 * The key vault as stored in the device database's `meta` table (plain: it holds only wrapped copies of
 * the data key, never the key or the password). Checked on every read and write (vault-schema.ts); a row
 * that is not a vault counts as no vault, and a vault that is not one is never written.
 */
import type { TijdigDb } from '../db';
import { vaultRecordOf, type VaultRecord } from './vault-schema';

export type { VaultRecord };

const VAULT_META_KEY = 'keyVault';

export async function readVault(db: TijdigDb): Promise<VaultRecord | null> {
  // `meta` is the database's table of small device facts; h11's encryption leaves it plain on purpose.
  const row = await db.meta.get(VAULT_META_KEY);
  return row === undefined ? null : vaultRecordOf(row.value);
}

export async function writeVault(db: TijdigDb, vault: VaultRecord): Promise<void> {
  // Refused before it is stored: a malformed vault would read as none, and its data key would be lost.
  const checked = vaultRecordOf(vault);
  if (!checked) throw new Error('The key vault to write is malformed.');
  await db.meta.put({ key: VAULT_META_KEY, value: checked });
}
