/**
 * The key vault as stored in the device database's `meta` table (plain: it holds only wrapped copies of
 * the data key, never the key or the password). Checked with zod on every read; a row that does not parse
 * counts as no vault.
 */
import { z } from 'zod';
import type { TijdigDb } from '../db';

const VAULT_META_KEY = 'keyVault';

const wrappedKeySchema = z.object({ iv: z.base64(), ciphertext: z.base64() });

export const vaultRecordSchema = z.object({
  version: z.literal(1),
  /** The account whose data key this is; one account's data per device (a switch wipes). */
  userId: z.string(),
  /** Wrapped by a PBKDF2 key of the password; null until the password was entered on this device. */
  byPassword: z
    .object({ salt: z.base64(), iterations: z.int().min(1), wrapped: wrappedKeySchema })
    .nullable(),
  /** Wrapped by the key the server releases to this account's session; null while the server was unreachable. */
  byServer: wrappedKeySchema.nullable(),
});
export type VaultRecord = z.infer<typeof vaultRecordSchema>;

export async function readVault(db: TijdigDb): Promise<VaultRecord | null> {
  // `meta` is the database's table of small device facts; h11's encryption leaves it plain on purpose.
  const row = await db.meta.get(VAULT_META_KEY);
  const parsed = vaultRecordSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeVault(db: TijdigDb, vault: VaultRecord): Promise<void> {
  await db.meta.put({ key: VAULT_META_KEY, value: vaultRecordSchema.parse(vault) });
}
