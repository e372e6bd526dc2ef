/**
 * The sync protocol: the messages the app and the sync server exchange, the protocol version and the
 * closed list of reasons the server may give for refusing a change. Nothing here talks to the network.
 */
import { z } from 'zod';
import { isoDateTimeSchema } from './date-schemas';
import { mutationIdSchema } from './ids';
import { MAX_PUSH_MUTATIONS, SYNC_ENTITIES } from './sync-constants';

export {
  MAX_PUSH_MUTATIONS,
  MIN_CLIENT_SCHEMA_VERSION,
  SCHEMA_VERSION,
  SYNC_ENTITIES,
  type SyncEntity,
} from './sync-constants';

export const clientIdSchema = z.uuid('id.invalid').brand<'ClientId'>();
export type ClientId = z.infer<typeof clientIdSchema>;

export const mutationSchema = z.object({
  mutationId: mutationIdSchema,
  /** Per-device sequence number without gaps, so the server can tell a lost mutation from a late one. */
  counter: z.int().positive(),
  entity: z.enum(SYNC_ENTITIES),
  /** The record's id; a checklist definition is keyed `id@version`. */
  recordId: z.string().min(1).max(200),
  op: z.enum(['put', 'delete']),
  /** Server revision the change was made on; null for a record the server has never seen. */
  baseRev: z.int().nonnegative().nullable(),
  /** Only the fields this change set, so edits to other field groups can merge on the server. */
  changed: z.record(z.string(), z.unknown()),
  createdAt: isoDateTimeSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;

/** Why the server refused a change. The change stays on the device, visible with this reason. */
export const REJECTION_REASONS = [
  /** The record would not pass its schema after the change. */
  'invalid',
  /** The account may not change this kind of record (e.g. a specialist changing a patient). */
  'forbidden',
  /** The change edits a record someone else deleted in the meantime. */
  'recordDeleted',
  /** The change deletes a record someone else changed in the meantime. */
  'changedSinceRead',
  /** The change resolves a conflict that does not exist or is already resolved. */
  'conflictClosed',
  /** New clinical work on a patient who died; only the nabespreking and death-record corrections remain. */
  'patientDeceased',
  /** A new patient, or a BSN change, whose BSN already belongs to another patient of the practice. */
  'duplicateBsn',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ mutationId: mutationIdSchema, status: z.literal('applied'), rev: z.int().positive() }),
  z.object({
    mutationId: mutationIdSchema,
    status: z.literal('conflict'),
    rev: z.int().positive(),
    /** Ids of the conflict records this change is a candidate in (one per clashing field group). */
    conflictIds: z.array(z.string()),
  }),
  z.object({
    mutationId: mutationIdSchema,
    status: z.literal('rejected'),
    reason: z.enum(REJECTION_REASONS),
    /** Field paths and codes when the reason is `invalid`. */
    issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushRequestSchema = z.object({
  clientId: clientIdSchema,
  schemaVersion: z.int().positive(),
  mutations: z
    .array(mutationSchema)
    .min(1)
    .max(MAX_PUSH_MUTATIONS)
    // A mutation id names one change: the server keeps each once (its answer to a retry), so two changes
    // with one id in a push can never both be kept.
    .superRefine((mutations, context) => {
      const seen = new Set<string>();
      mutations.forEach(({ mutationId }, index) => {
        if (seen.has(mutationId))
          context.addIssue({
            code: 'custom',
            path: [index, 'mutationId'],
            message: 'sync.duplicateMutationId',
          });
        seen.add(mutationId);
      });
    }),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const MAX_PULL_LIMIT = 1000;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(500),
  schemaVersion: z.coerce.number().int().positive(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** One record as the server holds it now: the whole row, or a tombstone. */
export const syncChangeSchema = z.object({
  entity: z.enum(SYNC_ENTITIES),
  recordId: z.string(),
  rev: z.int().positive(),
  seq: z.int().positive(),
  isDeleted: z.boolean(),
  data: z.record(z.string(), z.unknown()),
});
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(syncChangeSchema),
  /** The checkpoint to send as `since` next time. */
  next: z.int().nonnegative(),
  hasMore: z.boolean(),
  /**
   * True when `changes` is everything this account may see (a specialist's limited view): the device
   * replaces its data with it, so records whose invitation ended disappear.
   */
  isSnapshot: z.boolean(),
  /**
   * How many changes this account's pull still has after `next` (0 on the last page), so a device can
   * show how far its first sync is. Absent from servers older than this field.
   */
  remaining: z.int().nonnegative().optional(),
  /**
   * The server's protocol version: the shape of the records in `changes` (record-evolution.ts). Absent from
   * servers older than this field, whose records are of version 7.
   */
  schemaVersion: z.int().positive().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Error body of every 4xx answer: a stable code for programs and a readable English message. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** For 400 on a schema violation: which fields, and why. */
  issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
  /** For 409 counterGap: the change number the server expected next. */
  expectedCounter: z.int().optional(),
  /** For 426: the oldest schema version the server accepts. */
  minSchemaVersion: z.int().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
