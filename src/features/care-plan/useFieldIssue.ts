import { get, useFormState, type FieldError, type FieldPath } from 'react-hook-form';
import type { CarePlanFormValues } from './care-plan-form-values';
import { useIssueText } from './useIssueText';

export interface FieldIssueText {
  /** The domain's error code, e.g. `dateDiscussed.requiredForNiet`; undefined when the field is fine. */
  code: string | undefined;
  /** The Dutch sentence for the code. */
  message: string | undefined;
}

/** The error of one form field (or of a whole list), as code and Dutch sentence. */
export function useFieldIssue(name: string): FieldIssueText {
  // Subscribed to this field only, so typing in one field does not redraw the other hundred.
  const { errors } = useFormState<CarePlanFormValues>({ name: name as FieldPath<CarePlanFormValues> });
  const issueText = useIssueText();
  const error = get<typeof errors, FieldError | undefined>(errors, name);
  const rootError = get<typeof errors, FieldError | undefined>(errors, `${name}.root`);
  const code = error?.message ?? rootError?.message;
  return { code, message: code === undefined ? undefined : issueText(code, name) };
}
