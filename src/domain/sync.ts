/**
 * Sync protocol messages shared by the app and (later) the sync server.
 * A mutation records one local change; the outbox keeps it until the server has acknowledged it.
 */
import { z } from 'zod';
import { isoDateTimeSchema } from './date-schemas';
import { mutationIdSchema } from './ids';

/** Bumped whenever the shape of stored data or protocol messages changes. */
export const SCHEMA_VERSION = 3;

export const SYNC_ENTITIES = ['patient', 'checklistResult', 'markingEvent', 'checklistDefinition'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export const mutationSchema = z.object({
  mutationId: mutationIdSchema,
  /** Per-device sequence number without gaps, so the server can tell a lost mutation from a late one. */
  counter: z.int().positive(),
  entity: z.enum(SYNC_ENTITIES),
  recordId: z.uuid(),
  op: z.enum(['put', 'delete']),
  /** Server revision the change was made on; null for a record the server has never seen. */
  baseRev: z.int().nonnegative().nullable(),
  /** Only the fields this change set, so edits to other field groups can merge on the server. */
  changed: z.record(z.string(), z.unknown()),
  createdAt: isoDateTimeSchema,
});

export type Mutation = z.infer<typeof mutationSchema>;
