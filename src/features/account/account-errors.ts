/**
 * Turns a failed server call into something the account pages can show: a failure code (the server's,
 * or `offline`) for a sentence next to the form, and field issues for messages next to the fields.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure } from '../../sync/api-client';

/** Why a server call failed: `offline` when the server could not be reached, else the server's code. */
export function failureCodeOf(error: unknown): string {
  if (!(error instanceof ApiFailure)) return 'unknown';
  return error.isOffline ? 'offline' : error.code;
}

/**
 * Shows the field issues of a refused request (`invalid`, with `[{ path, code }]`) next to the fields.
 * Returns true when every issue found its field, so no sentence next to the form is needed.
 */
export function showFieldIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiFailure) || error.code !== 'invalid') return false;
  const issues = error.body.issues ?? [];
  let isEveryIssueShown = issues.length > 0;
  for (const { path, code } of issues) {
    const field = fields.find((name) => name === path);
    if (field) setError(field, { message: code });
    else isEveryIssueShown = false;
  }
  return isEveryIssueShown;
}
