/**
 * From a refused write (src/db/write-result.ts) to what a form shows: an error code next to each field it
 * concerns, or one message when no field explains it (storage full or failing, record gone).
 */
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { FieldIssue, WriteError } from '../db';
import type { TextKey } from '../i18n/keys';

/**
 * The translation key for a write that stored nothing, where no field shows why: `storage.quota` or
 * `storage.storage`; for a record that is gone `notFoundKey` (by default the general storage message); for a
 * refusal whose fields this place does not show, `invalidKey`.
 */
export function failureKey(
  kind: WriteError['kind'],
  notFoundKey: TextKey = 'storage.storage',
  invalidKey: TextKey = 'errors.invalid',
): TextKey {
  if (kind === 'invalid') return invalidKey;
  return kind === 'notFound' ? notFoundKey : `storage.${kind}`;
}

/** The code of the first issue about `field`, e.g. `date.future`; undefined when the field is fine. */
export function issueCodeOf(issues: readonly FieldIssue[], field: string): string | undefined {
  return issues.find((issue) => issue.field === field)?.code;
}

/**
 * The first code per field, keyed by `fieldOf(issue.field)`; an issue whose key is null is left out (its
 * field is not on this form).
 */
export function issueCodesByField(
  issues: readonly FieldIssue[],
  fieldOf: (field: string) => string | null = (field) => field,
): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.field);
    if (field !== null) codes[field] ??= issue.code;
  }
  return codes;
}

/**
 * Puts each issue next to its field in a react-hook-form form, the code as the field's message.
 * `pathOf` maps a record field to the form's path, or null for a field this form does not have.
 */
export function setFieldIssues<V extends FieldValues>(
  setError: UseFormSetError<V>,
  issues: readonly FieldIssue[],
  pathOf: (field: string) => FieldPath<V> | null,
  options?: { shouldFocus: boolean },
): void {
  for (const { field, code } of issues) {
    const path = pathOf(field);
    if (path !== null) setError(path, { message: code }, options);
  }
}

/** A `pathOf` for forms whose fields are named as the record's: those in `values`, and no others. */
export function fieldsOf<V extends FieldValues>(values: V): (field: string) => FieldPath<V> | null {
  return (field) => (field in values ? (field as FieldPath<V>) : null);
}

/** FormField's props for a field's error code: the code and its message in words; none without a code. */
export function errorProps<Code extends string>(
  code: Code | undefined,
  messageOf: (code: Code) => string,
): { errorCode?: string; errorMessage?: string } {
  return code === undefined ? {} : { errorCode: code, errorMessage: messageOf(code) };
}
