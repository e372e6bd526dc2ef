/**
 * Turns a refused server call into field issues the account pages show next to the fields (the failure
 * code for a sentence next to the form is `failureCodeOf` in sync/api-client).
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure } from '../../sync/api-client';

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
