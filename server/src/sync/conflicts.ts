/**
 * Conflict records. When a change clashes with another device's change to the same field group, the
 * server keeps the value it has, and stores every candidate in a conflict record that syncs to every
 * device of the practice. A later clash on the same open conflict adds a candidate instead of a new record.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  groupValue,
  SYNC_ENTITY_DEFINITIONS,
  type Conflict,
  type ConflictCandidate,
  type IsoDateTime,
  type Mutation,
  type Role,
} from '../../../src/domain';
import { HttpError } from '../http-error';
import type { Queryable } from '../store/db';
import { isSameJson } from './equal';
import {
  RECORD_COLUMNS,
  readVersion,
  saveRecord,
  toStoredRecord,
  type StoredRecord,
  type VersionAuthor,
} from './records';

export interface ClashContext {
  practiceId: string;
  current: StoredRecord;
  mutation: Mutation;
  group: string;
  /** The group's value as the incoming change would make it. */
  incoming: Record<string, unknown>;
  author: VersionAuthor;
  seq: number;
}

const iso = (date: Date) => date.toISOString() as IsoDateTime;

/**
 * The open conflicts about one record, locked for this transaction: of one field group, or of every
 * group when `group` is omitted.
 */
async function openConflictsOf(
  tx: Queryable,
  practiceId: string,
  record: { entity: string; recordId: string },
  group?: string,
) {
  const rows = await tx.query<Parameters<typeof toStoredRecord>[0]>(
    `SELECT ${RECORD_COLUMNS} FROM records
      WHERE practice_id = $1 AND entity = 'conflict' AND is_deleted = false
        AND data->>'entity' = $2 AND data->>'recordId' = $3 AND data->>'status' = 'open'
        ${group === undefined ? '' : "AND data->>'group' = $4"}
      FOR UPDATE`,
    group === undefined
      ? [practiceId, record.entity, record.recordId]
      : [practiceId, record.entity, record.recordId, group],
  );
  return rows.map(toStoredRecord);
}

/** The value the server holds for the group, as a candidate by whoever last changed it. */
async function serverCandidateOf(tx: Queryable, clash: ClashContext): Promise<ConflictCandidate> {
  const { practiceId, current, group, author } = clash;
  const serverRev = current.groupRevs[group]?.rev ?? current.rev;
  const serverVersion = await readVersion(tx, practiceId, current.entity, current.recordId, serverRev);
  return {
    value: groupValue(SYNC_ENTITY_DEFINITIONS[current.entity], group, current.data),
    author: {
      userId: serverVersion?.userId ?? '',
      name: serverVersion?.userName ?? '',
      role: (serverVersion?.role ?? 'poh') as Role,
    },
    clientId: serverVersion?.clientId ?? '',
    at: iso(serverVersion?.at ?? author.at),
    mutationId: '',
  };
}

/**
 * Candidates one conflict may hold. Each device has one (its latest value), so a real clash has a few;
 * the bound stops one account from growing a conflict, and the versions each addition stores, without end.
 */
export const MAX_CANDIDATES = 20;

/**
 * A clash past the bound that isConflictFull did not foresee (it cannot happen within one transaction):
 * the push is refused whole, nothing of it is kept.
 */
function tooManyCandidates(): HttpError {
  return new HttpError(
    409,
    'conflict.tooManyCandidates',
    `This part of the record has an open conflict with ${String(MAX_CANDIDATES)} values already; resolve it first.`,
  );
}

/**
 * Whether a clash of `clientId` on `group` would give the record's open conflict more than MAX_CANDIDATES
 * values (its own earlier value replaced, the record's current value added when not yet shown): checked
 * before anything of the mutation is applied, so it is refused alone and the push goes on.
 */
export async function isConflictFull(
  tx: Queryable,
  practiceId: string,
  current: StoredRecord,
  group: string,
  clientId: string,
): Promise<boolean> {
  const [open] = await openConflictsOf(tx, practiceId, current, group);
  if (!open) return false;
  const { kept, isServerValueShown } = candidatesOnClash(open.data as Conflict, current, group, clientId);
  return kept.length + (isServerValueShown ? 1 : 2) > MAX_CANDIDATES;
}

/**
 * What an open conflict keeps when `clientId` clashes again: every candidate but that device's earlier
 * one (a device's later value replaces the one it sent before; the server's values, mutationId '', stay:
 * each was on the record once), and whether a candidate already shows the record's current value.
 */
function candidatesOnClash(
  conflict: Conflict,
  current: StoredRecord,
  group: string,
  clientId: string,
): { kept: ConflictCandidate[]; isServerValueShown: boolean } {
  const serverValue = groupValue(SYNC_ENTITY_DEFINITIONS[current.entity], group, current.data);
  return {
    kept: conflict.candidates.filter((shown) => shown.mutationId === '' || shown.clientId !== clientId),
    isServerValueShown: conflict.candidates.some((shown) => isSameJson(shown.value, serverValue)),
  };
}

/**
 * Records a clash and returns the conflict's id. A clash with a group that already has an open conflict
 * adds to it: the incoming value, and the server's value too when the group changed since the conflict
 * began (so the person resolving always sees what the record holds now).
 */
export async function recordClash(tx: Queryable, clash: ClashContext): Promise<string> {
  const { practiceId, current, mutation, group, author } = clash;
  const definition = SYNC_ENTITY_DEFINITIONS[current.entity];
  const candidate: ConflictCandidate = {
    value: clash.incoming,
    author: { userId: author.userId, name: author.userName, role: author.role as Role },
    clientId: author.clientId,
    at: iso(author.at),
    mutationId: mutation.mutationId,
  };
  const [open] = await openConflictsOf(tx, practiceId, current, group);
  let conflict: Conflict;
  if (open) {
    const existing = open.data as Conflict;
    const { kept, isServerValueShown } = candidatesOnClash(existing, current, group, candidate.clientId);
    const added = isServerValueShown ? [candidate] : [await serverCandidateOf(tx, clash), candidate];
    conflict = { ...existing, candidates: [...kept, ...added] };
    if (conflict.candidates.length > MAX_CANDIDATES) throw tooManyCandidates();
  } else {
    const baseVersion =
      mutation.baseRev === null
        ? undefined
        : await readVersion(tx, practiceId, current.entity, current.recordId, mutation.baseRev);
    conflict = {
      id: uuidv7(),
      entity: current.entity,
      recordId: current.recordId,
      group,
      original: baseVersion ? groupValue(definition, group, baseVersion.data) : null,
      candidates: [await serverCandidateOf(tx, clash), candidate],
      status: 'open',
      resolvedBy: null,
      createdAt: iso(author.at),
    };
  }
  await saveConflict(tx, practiceId, conflict, open, clash.seq, author, definition.patientIdOf(current.data));
  return conflict.id;
}

async function saveConflict(
  tx: Queryable,
  practiceId: string,
  conflict: Conflict,
  previous: StoredRecord | undefined,
  seq: number,
  author: VersionAuthor,
  patientId: string | null,
): Promise<void> {
  const rev = (previous?.rev ?? 0) + 1;
  const stored: StoredRecord = {
    entity: 'conflict',
    recordId: conflict.id,
    rev,
    groupRevs: {},
    data: conflict,
    isDeleted: false,
    seq,
  };
  await saveRecord(tx, practiceId, stored, patientId, [], author);
}

/** The open conflict a resolution names, if it is about this record; locked for the transaction. */
export async function openConflictFor(
  tx: Queryable,
  practiceId: string,
  conflictId: string,
  mutation: Mutation,
): Promise<StoredRecord | undefined> {
  const [row] = await tx.query<Parameters<typeof toStoredRecord>[0]>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE practice_id = $1 AND entity = 'conflict' AND record_id = $2 FOR UPDATE`,
    [practiceId, conflictId],
  );
  if (!row) return undefined;
  const stored = toStoredRecord(row);
  const conflict = stored.data as Conflict;
  const isThisRecord = conflict.entity === mutation.entity && conflict.recordId === mutation.recordId;
  return isThisRecord && conflict.status === 'open' ? stored : undefined;
}

/** Closes a conflict: a person picked or combined a value, which the resolving mutation carries. */
export async function closeConflict(
  tx: Queryable,
  practiceId: string,
  stored: StoredRecord,
  seq: number,
  author: VersionAuthor,
  patientId: string | null,
): Promise<void> {
  const conflict: Conflict = {
    ...(stored.data as Conflict),
    status: 'resolved',
    resolvedBy: { name: author.userName, role: author.role as Role, at: iso(author.at) },
  };
  await saveConflict(tx, practiceId, conflict, stored, seq, author, patientId);
}

/**
 * A deleted record leaves nothing to decide: its open conflicts close with the deletion, in the deleter's
 * name, so no device keeps offering a choice the server would refuse as `recordDeleted` (the property test
 * found a device showing such a conflict resolved while the server kept it open).
 */
export async function closeConflictsOfDeleted(
  tx: Queryable,
  practiceId: string,
  deleted: { entity: string; recordId: string },
  takeSeq: () => number,
  author: VersionAuthor,
  patientId: string | null,
): Promise<void> {
  for (const conflict of await openConflictsOf(tx, practiceId, deleted)) {
    await closeConflict(tx, practiceId, conflict, takeSeq(), author, patientId);
  }
}
