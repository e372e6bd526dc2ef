/**
 * Records that are written once (SyncEntityDefinition.isWriteOnce): a marking event, a checklist result
 * or definition, a care-plan version. Each is what someone recorded at one moment, attributed to them;
 * changing one afterwards would rewrite a decision or a history under another name (the server stamps
 * the author of every change). Only their tombstone may be written later. A put that repeats the stored
 * values changes nothing and is answered as applied, without a new revision.
 */
import { DELETION_GROUP, type Mutation, type SyncEntityDefinition } from '../../../src/domain';
import { isSameJson } from './equal';
import type { StoredRecord } from './records';

type Row = Record<string, unknown>;

export type WriteOnceCheck =
  { kind: 'allowed' } | { kind: 'unchanged' } | { kind: 'refused'; issues: { path: string; code: string }[] };

/** Whether `sent` may be applied to a stored write-once record (anything else is allowed here). */
export function writeOnceCheck(
  definition: SyncEntityDefinition,
  mutation: Mutation,
  current: StoredRecord | undefined,
  sent: Row,
): WriteOnceCheck {
  if (!definition.isWriteOnce || current === undefined || current.isDeleted) return { kind: 'allowed' };
  // The tombstone: the deletion group, and `deletedAt` for kinds whose records have no such field (a
  // deleted care-plan version or definition is a tombstone of the record itself).
  const tombstone = new Set(['deletedAt', ...(definition.fieldGroups[DELETION_GROUP] ?? [])]);
  const altered = Object.keys(sent).filter((field) => !isSameJson(sent[field], current.data[field]));
  // A delete too may send nothing but the tombstone: it would otherwise rewrite (and re-attribute) the
  // record it deletes.
  const rewritten = altered.filter((field) => !tombstone.has(field));
  if (rewritten.length > 0)
    return { kind: 'refused', issues: rewritten.map((path) => ({ path, code: 'record.writeOnce' })) };
  return altered.length > 0 || mutation.op === 'delete' ? { kind: 'allowed' } : { kind: 'unchanged' };
}
