/** Branded record ids. Ids are UUIDv7, made on the device that creates the record. */
import { z } from 'zod';

export const patientIdSchema = z.uuid('id.invalid').brand<'PatientId'>();
export type PatientId = z.infer<typeof patientIdSchema>;

export const mutationIdSchema = z.uuid('id.invalid').brand<'MutationId'>();
export type MutationId = z.infer<typeof mutationIdSchema>;
