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
import { enqueueMutation } from './outbox';
import { revKey } from './record-key';
import { invalid, notFound, runWrite } from './run-write';
import { entityTables, tableOf } from './sync-tables';
import type { WriteResult } from './write-result';

/**
 * Writes `value` (the conflicted group's fields) to the record and closes the conflict locally.
 * Refused when the result would not pass the record's schema; then nothing is written.
 */
export function resolveConflict(
  db: TijdigDb,
  conflictId: string,
  value: Record<string, unknown>,
  author: Author,
  now: Date,
): Promise<WriteResult<Conflict>> {
  const at = now.toISOString() as IsoDateTime;
  // Every table a conflict's record may live in: the conflict is read inside the write, like the record.
  return runWrite(db, [...entityTables(db), db.carePlanVersions], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (conflict?.status !== 'open') return notFound();
    const entity = conflict.entity as SyncEntity;
    const table = tableOf(db, entity);
    const definition = SYNC_ENTITY_DEFINITIONS[entity];
    const members = definition.fieldGroups[conflict.group] ?? [];
    // A candidate recorded before a field joined its group (an older shape) does not name that field: the
    // record keeps its own value there, as a push from an older app is merged onto the stored copy.
    const chosen = Object.fromEntries(
      members.filter((field) => field in value).map((field) => [field, value[field]]),
    );
    const current = (await table.get(conflict.recordId)) as Record<string, unknown> | undefined;
    if (!current) return notFound();
    const next = { ...current, ...chosen, ...('updatedAt' in current ? { updatedAt: at } : {}) };
    const parsed = definition.schema.safeParse(next);
    if (!parsed.success) {
      return invalid(parsed.error.issues.map((i) => ({ field: String(i.path[0]), code: i.message })));
    }
    await table.put(parsed.data);
    // The revision of the conflict this person saw: a candidate that arrived later keeps it open.
    const seen = await db.recordRevs.get(revKey('conflict', conflict.id));
    const claim: ResolutionClaim = { conflictId: conflict.id, conflictRev: seen?.rev ?? 1 };
    // Not storeSyncedRecord: the resolution carries the chosen fields even where they equal the stored ones.
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
    return { ok: true, value: resolved };
  });
}
