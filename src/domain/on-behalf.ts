/**
 * "Namens": on whose behalf a medical decision was recorded. A POH records a huisarts's decision (marking,
 * a treatment limit, …) namens that huisarts; the fact then carries both: the author (who typed it) and
 * `onBehalfOf` (whose decision it is). The device names the huisarts by user id; the sync server checks that
 * the user is a huisarts of the practice and stores the name it knows, never the name a device sent.
 */
import { z } from 'zod';

export const onBehalfOfSchema = z.object({
  /** The huisarts's account id. */
  userId: z.uuid('onBehalfOf.invalid'),
  /** The huisarts's name as the server knows it (set by the server). */
  name: z.string().trim().min(1, 'required').max(120, 'text.tooLong'),
  /** Who recorded the decision namens the huisarts (the POH's name, set by the server). */
  recordedBy: z.string().trim().max(120, 'text.tooLong').optional(),
});
export type OnBehalfOf = z.infer<typeof onBehalfOfSchema>;

/**
 * The optional field a medical fact carries: absent or null when the author decided it themselves.
 * Optional so that records stored before it existed still pass.
 */
export const onBehalfOfField = onBehalfOfSchema.nullable().optional();
