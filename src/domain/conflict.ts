/**
 * A sync conflict: two devices changed the same field group of a record from the same starting point.
 * The server keeps the first change and records every candidate here; the record is flagged on every
 * device until a person picks a value. The conflict itself syncs like any other record.
 */
import { z } from 'zod';
import { ROLES } from './author';
import { isoDateTimeSchema } from './date-schemas';

export const conflictCandidateSchema = z.object({
  /** The group's fields as this candidate set them. */
  value: z.record(z.string(), z.unknown()),
  author: z.object({ userId: z.string(), name: z.string(), role: z.enum(ROLES) }),
  clientId: z.string(),
  at: isoDateTimeSchema,
  mutationId: z.string(),
});
export type ConflictCandidate = z.infer<typeof conflictCandidateSchema>;

export const conflictSchema = z.object({
  id: z.uuid(),
  entity: z.string(),
  recordId: z.string(),
  /** The field group in conflict, e.g. `contact` of a patient. */
  group: z.string(),
  /** The group's value both candidates started from; null when the record was new to one of them. */
  original: z.record(z.string(), z.unknown()).nullable(),
  /** The server's value first, then every change that clashed with it, in arrival order. */
  candidates: z.array(conflictCandidateSchema).min(2),
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.object({ name: z.string(), role: z.enum(ROLES), at: isoDateTimeSchema }).nullable(),
  createdAt: isoDateTimeSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

/** A resolution is an ordinary mutation of the conflicted record that also names the conflict it closes. */
export const RESOLVES_CONFLICT_FIELD = '$resolvesConflict';

/**
 * What a resolution names: the conflict it closes and the revision of that conflict (the candidates) the
 * person chose from. When a candidate arrived after that revision, the choice was made without seeing it,
 * so the server does not close the conflict but adds the resolution as one more candidate.
 */
export interface ResolutionClaim {
  conflictId: string;
  conflictRev: number;
}

const resolutionClaimSchema = z.union([
  z.object({ conflictId: z.uuid(), conflictRev: z.int().positive() }),
  // Devices before the claim carried a revision sent the id alone: read as the conflict's first revision
  // (its first two candidates), so a later candidate still keeps the conflict open.
  z.uuid().transform((conflictId) => ({ conflictId, conflictRev: 1 })),
]);

/** The claim a mutation's `$resolvesConflict` value makes, or null when it is not a valid claim. */
export function readResolutionClaim(value: unknown): ResolutionClaim | null {
  const parsed = resolutionClaimSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
