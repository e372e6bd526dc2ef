/** Runs a write transaction and turns storage failures into a WriteResult the UI can explain. */
import type { Table } from 'dexie';
import type { TijdigDb } from './database';
import { outboxTables } from './outbox';
import { classifyStorageError } from './storage-errors';
import type { FieldIssue, WriteResult } from './write-result';

/** Runs `work` in one read-write transaction over `tables` and the outbox; nothing is half-saved. */
export async function runWrite<T>(
  db: TijdigDb,
  tables: Table[],
  work: () => Promise<WriteResult<T>>,
): Promise<WriteResult<T>> {
  try {
    return await db.transaction('rw', [...tables, ...outboxTables(db)], work);
  } catch (error) {
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}

export const invalid = <T>(issues: FieldIssue[]): WriteResult<T> => ({
  ok: false,
  error: { kind: 'invalid', issues },
});

export const notFound = <T>(): WriteResult<T> => ({ ok: false, error: { kind: 'notFound' } });

/** Zod issues as field issues: the dotted path and the error code the schema carries as its message. */
export function fieldIssuesOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), code: issue.message }));
}

/** The row unless it is missing or deleted (a tombstone counts as gone). */
export function liveRow<T extends { deletedAt: string | null }>(row: T | undefined): T | undefined {
  return row?.deletedAt === null ? row : undefined;
}
