/** Runs a write transaction and turns storage failures into a WriteResult the UI can explain. */
import type { Table } from 'dexie';
import type { TijdigDb } from './database';
import { outboxTables } from './outbox';
import { classifyStorageError } from './storage-errors';
import type { FieldIssue, WriteResult } from './write-result';

/** A refusal found after the work wrote something: thrown so the transaction rolls back (see refuse). */
class Refused<T, F extends string> extends Error {
  constructor(readonly result: WriteResult<T, F>) {
    super('refused');
  }
}

/**
 * Refuses the write from inside runWrite's work after it already wrote something: the transaction rolls
 * back and runWrite answers `result`. A work that refuses before writing simply returns its refusal.
 */
export function refuse<T, F extends string>(result: WriteResult<T, F> & { ok: false }): never {
  throw new Refused(result);
}

/** Runs `work` in one read-write transaction over `tables` and the outbox; nothing is half-saved. */
export async function runWrite<T, F extends string = string>(
  db: TijdigDb,
  tables: Table[],
  work: () => Promise<WriteResult<T, F>>,
): Promise<WriteResult<T, F>> {
  try {
    return await db.transaction('rw', [...tables, ...outboxTables(db)], work);
  } catch (error) {
    if (error instanceof Refused) return error.result;
    return { ok: false, error: { kind: classifyStorageError(error) } };
  }
}

export const invalid = <T, F extends string = string>(issues: FieldIssue<F>[]): WriteResult<T, F> => ({
  ok: false,
  error: { kind: 'invalid', issues },
});

export const notFound = <T, F extends string = string>(): WriteResult<T, F> => ({
  ok: false,
  error: { kind: 'notFound' },
});

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
