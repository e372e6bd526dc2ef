/**
 * A saved version of a care plan: the whole plan as it stood after one save, with who saved it and when.
 * Versions are immutable records of their own (never edited, never merged), so the history of a plan
 * survives every sync and nothing is overwritten without trace. They sync like any other record.
 */
import { z } from 'zod';
import { authorSchema, deviceRecordedAtSchema } from '../author';
import { isoDateTimeSchema } from '../date-schemas';
import { patientIdSchema } from '../ids';
import { carePlanIdSchema, carePlanSchema } from './care-plan';

export const carePlanVersionIdSchema = z.uuid('id.invalid').brand<'CarePlanVersionId'>();
export type CarePlanVersionId = z.infer<typeof carePlanVersionIdSchema>;

export const carePlanVersionSchema = z
  .object({
    id: carePlanVersionIdSchema,
    carePlanId: carePlanIdSchema,
    patientId: patientIdSchema,
    /** The full plan as it stood after the save, with its own author and timestamps. */
    plan: carePlanSchema,
    /** Who saved this version; the sync server replaces it with the signed-in account. */
    author: authorSchema,
    savedAt: isoDateTimeSchema,
    deviceRecordedAt: deviceRecordedAtSchema,
  })
  .refine(
    (version) =>
      (version.plan.id as string) === (version.carePlanId as string) &&
      (version.carePlanId as string) === (version.patientId as string),
    { path: ['carePlanId'], message: 'carePlanVersion.planMismatch' },
  );
/** A stored version record (not to be confused with `CarePlanVersion`, the fields `diffCarePlans` compares). */
export type CarePlanVersionRecord = z.infer<typeof carePlanVersionSchema>;

/** One fact per version: a version is written once, whole, and never changes afterwards. */
export const carePlanVersionFieldGroups = {
  version: ['carePlanId', 'patientId', 'plan', 'author', 'savedAt'],
} as const satisfies Record<string, readonly (keyof CarePlanVersionRecord)[]>;
