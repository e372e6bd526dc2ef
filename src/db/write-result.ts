/** What every write operation answers: the stored value, or why nothing was stored. */
import type { StorageFailure } from './storage-errors';

/** An invalid field with the error code the UI translates, e.g. `{ field: 'date', code: 'date.future' }`. */
export interface FieldIssue<F extends string = string> {
  field: F;
  code: string;
}

export type WriteError<F extends string = string> =
  { kind: 'invalid'; issues: FieldIssue<F>[] } | { kind: 'notFound' } | { kind: StorageFailure };

export type WriteResult<T, F extends string = string> =
  { ok: true; value: T } | { ok: false; error: WriteError<F> };
