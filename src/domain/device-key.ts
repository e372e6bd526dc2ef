/**
 * The server half of a device's key vault: a random key per account and device that the server releases
 * to a signed-in session only. It unwraps the device's data key; it is never the data key itself.
 */
import { z } from 'zod';

/** The device asks by its own id (the sync client id, new after every wipe). */
export const deviceKeyRequestSchema = z.object({ deviceId: z.uuid('deviceId.invalid') });
export type DeviceKeyRequest = z.infer<typeof deviceKeyRequestSchema>;

/** 32 random bytes, base64 (44 characters with padding). */
export const deviceKeySchema = z.object({
  key: z.base64().length(44),
});
export type DeviceKey = z.infer<typeof deviceKeySchema>;
