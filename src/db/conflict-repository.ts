/**
 * Resolving a sync conflict on this device: the chosen (or combined) value is written to the record and
 * queued as an ordinary mutation that names the conflict and the revision of it this person chose from,
 * so the server closes it for every device (or keeps it open when a candidate arrived meanwhile) and the
 * audit log records who decided.
 */
import {
  RESOLVES_CONFLICT_FIELD,
  SYNC_ENTITY_DEFINITIONS,
  type Author,
  type CarePlan,
  type Conflict,
  type IsoDateTime,
  type ResolutionClaim,
  type SyncEntity,
} from '../domain';
import { addCarePlanVersion } from './care-plan-repository';
import type { TijdigDb } from './database';
import { enqueueMutation, outboxTables, revKey } from './outbox';
import { classifyStorageError } from './storage-errors';
import { tableOf } from './sync-tables';
import type { WriteResult } from './write-result';

/**
 * Writes `value` (the conflicted group's fields) to the record and closes the conflict locally.
 * Refused when the result would not pass the record's schema; then nothing is written.
 */
export async function resolveConflict(
  db: TijdigDb,
  conflictId: string,
  value: Record<string, unknown>,
  author: Author,
  now: Date,
): Promise<WriteResult<Conflict>> {
  const at = now.toISOString() as IsoDateTime;
  try {
    const conflict = await db.conflicts.get(conflictId);
    if (conflict?.status !== 'open') return { ok: false, error: { kind: 'notFound' } };
    const entity = conflict.entity as SyncEntity;
    const table = tableOf(db, entity);
    const definition = SYNC_ENTITY_DEFINITIONS[entity];
    const members = definition.fieldGroups[conflict.group] ?? [];
    const chosen = Object.fromEntries(members.map((field) => [field, value[field]]));
    return await db.transaction(
      'rw',
      [table, db.conflicts, db.carePlanVersions, ...outboxTables(db)],
      async () => {
        const current = (await table.get(conflict.recordId)) as Record<string, unknown> | undefined;
        if (!current) return { ok: false as const, error: { kind: 'notFound' as const } };
        const next = { ...current, ...chosen, ...('updatedAt' in current ? { updatedAt: at } : {}) };
        const parsed = definition.schema.safeParse(next);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => ({ field: String(i.path[0]), code: i.message }));
          return { ok: false as const, error: { kind: 'invalid' as const, issues } };
        }
        await table.put(parsed.data);
        // The revision of the conflict this person saw: a candidate that arrived later keeps it open.
        const seen = await db.recordRevs.get(revKey('conflict', conflict.id));
        const claim: ResolutionClaim = { conflictId: conflict.id, conflictRev: seen?.rev ?? 1 };
        await enqueueMutation(db, {
          entity,
          recordId: conflict.recordId,
          op: 'put',
          changed: {
            ...chosen,
            ...('updatedAt' in current ? { updatedAt: at } : {}),
            [RESOLVES_CONFLICT_FIELD]: claim,
          },
          at,
        });
        // A care plan's history must hold what the plan shows after the decision, not the discarded candidate.
        if (entity === 'carePlan') await addCarePlanVersion(db, parsed.data as CarePlan, author, at);
        const resolved: Conflict = { ...conflict, status: 'resolved', resolvedBy: { ...author, at } };
        await db.conflicts.put(resolved);
        return { ok: true as const, value: resolved };
      },
    );
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}
