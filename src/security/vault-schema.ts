/**
 * The zod schema of the key vault record (vault-record.ts reads and writes it). A module of its own so it
 * loads on demand: zod is not part of the first screen's bundle.
 */
import { z } from 'zod';

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
