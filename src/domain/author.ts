/** Who recorded something, as shown in timelines and history: the signed-in account (name and role). */
import { z } from 'zod';
import { isoDateTimeSchema } from './date-schemas';
import { ROLES } from './roles';

export { ROLES, type Role } from './roles';

export const authorSchema = z.object({
  /** The account, set by the sync server (see server-stamps.ts); absent on what a device wrote offline. */
  userId: z.string().max(64).optional(),
  name: z.string().trim().min(1, 'required').max(120, 'text.tooLong'),
  role: z.enum(ROLES, 'required'),
});

/**
 * The device's own clock when a change was recorded offline ("vastgelegd op het apparaat"), kept apart from
 * the server's receipt time; null when unknown (older records, or a device clock that cannot be believed).
 */
export const deviceRecordedAtSchema = isoDateTimeSchema.nullable().optional();
export type Author = z.infer<typeof authorSchema>;
