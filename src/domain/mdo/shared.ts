/** Small schema pieces the MDO records share. */
import { z } from 'zod';

export const text = (max: number) => z.string().trim().max(max, 'text.tooLong');
export const requiredText = (max: number) => text(max).min(1, 'required');

/** A clock time as the meeting planner types it, `09:30`. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.invalid');

/** An e-mail address, or empty. */
export const optionalEmailSchema = z
  .string()
  .trim()
  .max(200, 'text.tooLong')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'email.invalid');

/** A web link (video call), or empty; only http(s), so a link in an invitation can never run script. */
export const optionalLinkSchema = z
  .string()
  .trim()
  .max(500, 'text.tooLong')
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'link.invalid');
