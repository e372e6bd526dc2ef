/** Zod schemas for stored dates; kept apart from the date helpers so the register can load without zod. */
import { z } from 'zod';
import { isRealDate } from './dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isoDateSchema = z
  .string('required')
  .min(1, 'required')
  .regex(ISO_DATE, 'date.invalid')
  .refine((value) => {
    const [, y, m, d] = ISO_DATE.exec(value) ?? [];
    return isRealDate(Number(y), Number(m), Number(d));
  }, 'date.invalid')
  .brand<'IsoDate'>();

/** A calendar date in ISO 8601 form, e.g. `1948-03-07`. */
export type IsoDate = z.infer<typeof isoDateSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true }).brand<'IsoDateTime'>();

/** An instant in ISO 8601 form with time zone, e.g. `2026-11-23T10:15:00.000Z`. */
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;
