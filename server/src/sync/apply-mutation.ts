/**
 * Applies one device mutation to the push's batch of records, inside the push transaction. Per field group:
 * a group another device changed since the mutation's base revision, to a different value, becomes a
 * conflict (the server keeps its value); every other group is applied. The merged record must pass its
 * schema, and so must the record as the mutation meant it (its clashing values become conflict
 * candidates), or nothing of the mutation is written. New copies are kept in the batch (a later
 * mutation of the same record sees them) and written with the batch's next flush.
 */
import {
  groupsTouched,
  groupValue,
  RESOLVES_CONFLICT_FIELD,
  SYNC_ENTITY_DEFINITIONS,
  type Mutation,
  type MutationResult,
  type SyncEntityDefinition,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { AuditRecord } from '../audit/audit-log';
import type { Queryable } from '../store/db';
import { authorise } from './authorise';
import { closeConflict, openConflictFor, recordClash } from './conflicts';
import { isSameJson } from './equal';
import {
  type GroupRevision,
  type RecordBatch,
  type RecordRef,
  type StoredRecord,
  type VersionAuthor,
} from './records';
import { nulCharacterPath } from './storable-text';

export interface ApplyContext {
  actor: Actor;
  clientId: string;
  /** Who makes the push's changes, and when: the author of every version it writes. */
  author: VersionAuthor;
  /** The records of the push, locked; see recordToLock. */
  batch: RecordBatch;
  /** The next number of the global change sequence (reserved for this push). */
  takeSeq: () => number;
}

export interface Applied {
  result: MutationResult;
  audit: AuditRecord | null;
}

type Row = Record<string, unknown>;

/** Fields a record's author fields are set from: the session, never the payload. */
function withSessionAuthor(row: Row, actor: Actor): Row {
  return 'author' in row ? { ...row, author: { name: actor.userName, role: actor.role } } : row;
}

/** Did another device change this group after the revision the mutation was made on? */
function isChangedElsewhere(
  groupRev: GroupRevision | undefined,
  mutation: Mutation,
  clientId: string,
): boolean {
  return groupRev !== undefined && groupRev.rev > (mutation.baseRev ?? 0) && groupRev.clientId !== clientId;
}

const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.message }));

const rejected = (
  mutation: Mutation,
  reason: Extract<MutationResult, { status: 'rejected' }>['reason'],
  issues?: { path: string; code: string }[],
): Applied => ({
  result: { mutationId: mutation.mutationId, status: 'rejected', reason, ...(issues ? { issues } : {}) },
  audit: null,
});

/** The record a mutation reads, or null when it is refused before reading any (see applyMutation). */
export function recordToLock(mutation: Mutation): RecordRef | null {
  if (SYNC_ENTITY_DEFINITIONS[mutation.entity].isServerOnly) return null;
  if (nulCharacterPath(mutation.recordId, 'recordId') !== null) return null;
  return { entity: mutation.entity, recordId: mutation.recordId };
}

export async function applyMutation(
  tx: Queryable,
  context: ApplyContext,
  mutation: Mutation,
): Promise<Applied> {
  const { actor, clientId, author, batch } = context;
  const definition: SyncEntityDefinition = SYNC_ENTITY_DEFINITIONS[mutation.entity];
  if (definition.isServerOnly) return rejected(mutation, 'forbidden');
  const nulPath = nulCharacterPath(mutation.recordId, 'recordId') ?? nulCharacterPath(mutation.changed);
  if (nulPath !== null) return rejected(mutation, 'invalid', [{ path: nulPath, code: 'text.nulCharacter' }]);

  const { [RESOLVES_CONFLICT_FIELD]: resolves, ...sent } = mutation.changed;
  const current = batch.get(mutation.entity, mutation.recordId);
  // The access policy decides; a medical decision comes back with its "namens" set by the server.
  const authorised = await authorise(tx, { actor, mutation, current, changed: sent, now: author.at });
  if (!authorised.ok) return rejected(mutation, 'forbidden', authorised.issues);
  const changed = authorised.changed;
  const groups = groupsTouched(definition, Object.keys(changed));

  const conflictRecord =
    typeof resolves === 'string'
      ? await openConflictFor(tx, actor.practiceId, resolves, mutation)
      : undefined;
  if (resolves !== undefined && !conflictRecord) return rejected(mutation, 'conflictClosed');

  const isDelete = mutation.op === 'delete';
  if (current?.isDeleted) {
    // Deleting twice changes nothing; editing what someone deleted must not silently bring it back.
    return isDelete
      ? { result: { mutationId: mutation.mutationId, status: 'applied', rev: current.rev }, audit: null }
      : rejected(mutation, 'recordDeleted');
  }
  const base = current?.data ?? {};
  const proposed = { ...base, ...changed };
  const clashing = conflictRecord
    ? []
    : groups.filter(
        (group) =>
          current !== undefined &&
          isChangedElsewhere(current.groupRevs[group], mutation, clientId) &&
          !isSameJson(groupValue(definition, group, proposed), groupValue(definition, group, base)),
      );
  if (
    isDelete &&
    current &&
    Object.values(current.groupRevs).some((rev) => isChangedElsewhere(rev, mutation, clientId))
  ) {
    return rejected(mutation, 'changedSinceRead');
  }

  /** The row as it would be stored: its id from the mutation, its author from the session. */
  const complete = (row: Row): Row => {
    const withId = definition.hasIdField ? { ...row, id: mutation.recordId } : { ...row };
    return current === undefined || 'author' in changed ? withSessionAuthor(withId, actor) : withId;
  };
  // A clashing value is not applied, but every device shows it as a candidate: it must be valid too.
  const candidate = clashing.length > 0 ? definition.schema.safeParse(complete(proposed)) : undefined;
  if (candidate?.success === false) return rejected(mutation, 'invalid', issuesOf(candidate.error));

  // Apply every field except those of clashing groups; bookkeeping fields (no group) always apply.
  const clashingFields = new Set(clashing.flatMap((group) => definition.fieldGroups[group] ?? []));
  const withoutClashes: Row = { ...base };
  for (const [field, value] of Object.entries(changed)) {
    if (!clashingFields.has(field)) withoutClashes[field] = value;
  }
  const merged = complete(withoutClashes);

  const parsed = definition.schema.safeParse(merged);
  if (!parsed.success) return rejected(mutation, 'invalid', issuesOf(parsed.error));

  const appliedGroups = groups.filter((group) => !clashing.includes(group));
  let rev = current?.rev ?? 0;
  if (current === undefined || appliedGroups.length > 0 || isDelete || !isSameJson(merged, base)) {
    rev += 1;
    const groupRevs = { ...current?.groupRevs };
    for (const group of appliedGroups) groupRevs[group] = { rev, clientId };
    const next: StoredRecord = {
      entity: mutation.entity,
      recordId: mutation.recordId,
      rev,
      groupRevs,
      // The stored copy is what the schema returned: unknown fields a device sent are not kept.
      data: parsed.data as Row,
      isDeleted: isDelete,
      seq: context.takeSeq(),
    };
    batch.put({ record: next, patientId: definition.patientIdOf(next.data), changedGroups: appliedGroups });
  }
  const patientId = definition.patientIdOf(merged);
  if (conflictRecord)
    await closeConflict(tx, actor.practiceId, conflictRecord, context.takeSeq(), author, patientId);

  const conflictIds: string[] = [];
  // A clash reads the record's versions: write what the batch holds first, so they are all there.
  if (clashing.length > 0) await batch.flush(tx);
  // Only an existing record can clash, so `current` is set whenever `clashing` is not empty.
  for (const group of clashing) {
    if (!current) break;
    conflictIds.push(
      await recordClash(tx, {
        practiceId: actor.practiceId,
        current,
        mutation,
        group,
        incoming: groupValue(definition, group, (candidate?.data ?? proposed) as Row),
        author,
        seq: context.takeSeq(),
      }),
    );
  }
  const audit: AuditRecord = {
    event: conflictRecord
      ? 'conflict.resolve'
      : `${mutation.entity}.${isDelete ? 'delete' : current ? 'update' : 'create'}`,
    action: isDelete ? 'D' : current ? 'U' : 'C',
    patientId,
    recordPart: mutation.entity,
    outcome: 'success',
  };
  const result: MutationResult =
    conflictIds.length > 0
      ? { mutationId: mutation.mutationId, status: 'conflict', rev, conflictIds }
      : { mutationId: mutation.mutationId, status: 'applied', rev };
  return { result, audit };
}
