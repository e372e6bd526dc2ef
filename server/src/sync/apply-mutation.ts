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
  migrateChange,
  normaliseChange,
  plausibleDeviceTime,
  readResolutionClaim,
  REMOVAL_ON_BEHALF_FIELD,
  RESOLVES_CONFLICT_FIELD,
  stampChangedRecord,
  SYNC_ENTITY_DEFINITIONS,
  type Conflict,
  type IsoDateTime,
  type Mutation,
  type MutationResult,
  type StampContext,
  type SyncEntityDefinition,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { AuditRecord } from '../audit/audit-log';
import type { Queryable } from '../store/db';
import { authorise } from './authorise';
import { bsnRefusal, type BsnOwners } from './bsn-guard';
import { clinicalRefusal } from './clinical-guards';
import {
  closeConflict,
  closeConflictsOfDeleted,
  isConflictFull,
  openConflictFor,
  recordClash,
} from './conflicts';
import { definitionIssue } from './definition-guard';
import { isSameJson } from './equal';
import { withServerWindow } from './invitation-window';
import {
  type GroupRevision,
  type RecordBatch,
  type RecordRef,
  type StoredRecord,
  type VersionAuthor,
} from './records';
import { nulCharacterPath } from './storable-text';
import { versionPlanToLock, withServerSnapshot } from './version-snapshot';
import { writeOnceCheck } from './write-once';

export interface ApplyContext {
  actor: Actor;
  clientId: string;
  /** Who makes the push's changes, and when: the author of every version it writes. */
  author: VersionAuthor;
  /** The records of the push, locked; see recordToLock. */
  batch: RecordBatch;
  /** The next number of the practice's change sequence (reserved for this push). */
  takeSeq: () => number;
  /** Who holds the BSNs the push names (read once per push). */
  bsnOwners: BsnOwners;
  /** The protocol version of the pushing device: the shape of the data it sends (record-evolution.ts). */
  clientVersion: number;
}

export interface Applied {
  result: MutationResult;
  audit: AuditRecord | null;
}

type Row = Record<string, unknown>;

/** Did another device change this group after the revision the mutation was made on? */
function isChangedElsewhere(
  groupRev: GroupRevision | undefined,
  mutation: Mutation,
  clientId: string,
): boolean {
  return groupRev !== undefined && groupRev.rev > (mutation.baseRev ?? 0) && groupRev.clientId !== clientId;
}

/** The author and moments this push stamps on what it changes: the session's and the server's own. */
function stampContextOf(context: ApplyContext, mutation: Mutation): StampContext {
  const { actor, author } = context;
  return {
    author: { userId: actor.userId, name: actor.userName, role: actor.role },
    receivedAt: author.at.toISOString() as IsoDateTime,
    deviceAt: plausibleDeviceTime(mutation.createdAt, author.at),
  };
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

/** Every record a mutation reads: its own (see recordToLock) and, for a care-plan version, its plan. */
export function recordsToLock(mutation: Mutation): RecordRef[] {
  return [recordToLock(mutation), versionPlanToLock(mutation)].filter((ref) => ref !== null);
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

  const current = batch.get(mutation.entity, mutation.recordId);
  const {
    [RESOLVES_CONFLICT_FIELD]: resolves,
    [REMOVAL_ON_BEHALF_FIELD]: removalClaim,
    ...sentAsIs
  } = mutation.changed;
  // An older device's change is brought up to the current shape first: every check below knows only that.
  const sent = migrateChange(definition.evolution, sentAsIs, current?.data ?? null, context.clientVersion);
  const claim = resolves === undefined ? null : readResolutionClaim(resolves);
  if (resolves !== undefined && claim === null) {
    return rejected(mutation, 'invalid', [{ path: RESOLVES_CONFLICT_FIELD, code: 'conflict.claimInvalid' }]);
  }
  const conflictRecord = claim
    ? await openConflictFor(tx, actor.practiceId, claim.conflictId, mutation)
    : undefined;
  const resolvedGroup = conflictRecord ? (conflictRecord.data as Conflict).group : null;
  // The access policy decides on what the device sent (a field it may not set is refused, even one the
  // server would ignore), and on the group a resolution decides, changed or not: closing a conflict
  // settles that group. A medical decision comes back with its "namens" set by the server.
  const authorised = await authorise(tx, {
    actor,
    mutation,
    current,
    changed: sent,
    resolvesGroup: resolvedGroup,
    removalClaim,
    now: author.at,
  });
  if (!authorised.ok) return rejected(mutation, 'forbidden', authorised.issues);
  // A device can only have seen revisions the server made: a higher base would skip conflict detection.
  if (mutation.baseRev !== null && mutation.baseRev > (current?.rev ?? 0)) {
    return rejected(mutation, 'invalid', [{ path: 'baseRev', code: 'sync.baseRevAhead' }]);
  }
  const writeOnce = writeOnceCheck(definition, mutation, current, sent);
  if (writeOnce.kind === 'refused') return rejected(mutation, 'forbidden', writeOnce.issues);
  if (writeOnce.kind === 'unchanged' && current !== undefined && claim === null)
    return { result: { mutationId: mutation.mutationId, status: 'applied', rev: current.rev }, audit: null };
  const stamp = stampContextOf(context, mutation);
  let changed = normaliseChange(definition.stamps, authorised.changed, current?.data, stamp);
  if (mutation.entity === 'carePlanVersion' && mutation.op === 'put') {
    const snapshot = withServerSnapshot(batch, changed, current?.data);
    if (!snapshot.ok) return rejected(mutation, 'invalid', [snapshot.issue]);
    changed = snapshot.changed;
  }
  if (mutation.entity === 'specialistInvitation') {
    const windowed = await withServerWindow(tx, actor.practiceId, batch, changed, current);
    if (!windowed.ok) return rejected(mutation, 'invalid', [windowed.issue]);
    changed = windowed.changed;
  }
  const groups = groupsTouched(definition, Object.keys(changed));

  if (claim && !conflictRecord) return rejected(mutation, 'conflictClosed');

  // Writing the tombstone in a put is a delete too (the policy judged it as one: access-policy.ts actionOf),
  // so it is stored as one: checked against later changes, its conflicts closed.
  const isDelete =
    mutation.op === 'delete' ||
    (current !== undefined && sent.deletedAt !== undefined && sent.deletedAt !== null);
  // A tombstone is never taken back by clearing it (a record stored with one before this rule included).
  if (current !== undefined && (current.data.deletedAt ?? null) !== null && sent.deletedAt === null)
    return rejected(mutation, 'recordDeleted');
  if (current?.isDeleted) {
    // Deleting twice changes nothing; editing what someone deleted must not silently bring it back.
    return isDelete
      ? { result: { mutationId: mutation.mutationId, status: 'applied', rev: current.rev }, audit: null }
      : rejected(mutation, 'recordDeleted');
  }
  const base = current?.data ?? {};
  const proposed = { ...base, ...changed };
  const differsFromStored = (group: string) =>
    !isSameJson(groupValue(definition, group, proposed), groupValue(definition, group, base));
  const isChangedSinceBase = (group: string) =>
    current !== undefined && isChangedElsewhere(current.groupRevs[group], mutation, clientId);
  // A resolution decides its own group only when it saw every candidate and nobody changed the group since;
  // otherwise the person chose without knowing a value, so the choice becomes one more candidate.
  const isStaleResolution =
    conflictRecord !== undefined &&
    claim !== null &&
    (conflictRecord.rev > claim.conflictRev ||
      (resolvedGroup !== null && isChangedSinceBase(resolvedGroup) && differsFromStored(resolvedGroup)));
  const clashing = groups.filter((group) =>
    group === resolvedGroup ? isStaleResolution : isChangedSinceBase(group) && differsFromStored(group),
  );
  if (isDelete && current && Object.keys(current.groupRevs).some(isChangedSinceBase)) {
    return rejected(mutation, 'changedSinceRead');
  }

  const withId = (row: Row): Row => (definition.hasIdField ? { ...row, id: mutation.recordId } : { ...row });
  /** The row as stored after a change: its id from the mutation, author and moments from the server. */
  const stamped = (row: Row): Row =>
    stampChangedRecord(definition.stamps, withId(row), stamp, current === undefined);
  // A clashing value is not applied, but every device shows it as a candidate: it must be valid too.
  const candidate = clashing.length > 0 ? definition.schema.safeParse(stamped(proposed)) : undefined;
  if (candidate?.success === false) return rejected(mutation, 'invalid', issuesOf(candidate.error));
  // A conflict holds at most MAX_CANDIDATES values: past it this change is refused alone, before any of it
  // is applied (the device keeps it, listed with the reason, and still pulls the conflict to resolve it).
  for (const group of clashing) {
    if (current && (await isConflictFull(tx, actor.practiceId, current, group, clientId)))
      return rejected(mutation, 'invalid', [{ path: group, code: 'conflict.tooManyCandidates' }]);
  }

  // Apply every field except those of clashing groups; bookkeeping fields (no group) always apply.
  const clashingFields = new Set(clashing.flatMap((group) => definition.fieldGroups[group] ?? []));
  const withoutClashes: Row = { ...base };
  for (const [field, value] of Object.entries(changed)) {
    if (!clashingFields.has(field)) withoutClashes[field] = value;
  }
  const appliedGroups = groups.filter((group) => !clashing.includes(group));
  // Whatever the device sent counts as a change, even a value the record already had or only a moment the
  // server sets itself: the device's copy then comes back from the server with the server's stamps, so no
  // device keeps an author or moment of its own (the property test found a device keeping its updatedAt).
  const isChange =
    current === undefined ||
    isDelete ||
    appliedGroups.length > 0 ||
    Object.keys(sent).length > 0 ||
    !isSameJson(withId(withoutClashes), base);
  const merged = isChange ? stamped(withoutClashes) : base;

  const parsed = definition.schema.safeParse(merged);
  if (!parsed.success) return rejected(mutation, 'invalid', issuesOf(parsed.error));
  const keyIssue = definitionIssue(mutation, parsed.data as Row);
  if (keyIssue !== null) return rejected(mutation, 'invalid', [keyIssue]);
  const refusal =
    (await clinicalRefusal(tx, actor.practiceId, mutation, parsed.data as Row)) ??
    bsnRefusal(context.bsnOwners, batch, mutation, parsed.data as Row, current?.data);
  if (refusal !== null) return rejected(mutation, refusal);

  let rev = current?.rev ?? 0;
  if (isChange) {
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
    batch.put({
      record: next,
      patientId: definition.patientIdOf(next.data),
      changedGroups: appliedGroups,
      deviceAt: stamp.deviceAt,
    });
  }
  const patientId = definition.patientIdOf(merged);
  const closesConflict = conflictRecord !== undefined && !isStaleResolution;
  if (closesConflict)
    await closeConflict(tx, actor.practiceId, conflictRecord, context.takeSeq(), author, patientId);
  if (isDelete && current !== undefined) {
    const takeSeq = () => context.takeSeq();
    await closeConflictsOfDeleted(tx, actor.practiceId, mutation, takeSeq, author, patientId);
  }

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
    event: closesConflict
      ? 'conflict.resolve'
      : `${mutation.entity}.${isDelete ? 'delete' : current ? 'update' : 'create'}`,
    action: isDelete ? 'D' : current ? 'U' : 'C',
    patientId,
    recordPart: mutation.entity,
    outcome: 'success',
    // A medical decision a POH recorded namens a huisarts is audited with that huisarts (NEN 7513).
    onBehalf: authorised.onBehalf ?? null,
  };
  const result: MutationResult =
    conflictIds.length > 0
      ? { mutationId: mutation.mutationId, status: 'conflict', rev, conflictIds }
      : { mutationId: mutation.mutationId, status: 'applied', rev };
  return { result, audit };
}
