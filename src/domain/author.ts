/** Who recorded something, as shown in timelines and history. Accounts arrive with sync; until then the
 * device's user profile (Instellingen) supplies name and role. */
import { z } from 'zod';

export const ROLES = ['huisarts', 'poh', 'wijkverpleegkundige', 'specialist-pz', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export const authorSchema = z.object({
  name: z.string().trim().min(1, 'required').max(120, 'text.tooLong'),
  role: z.enum(ROLES, 'required'),
});
export type Author = z.infer<typeof authorSchema>;
