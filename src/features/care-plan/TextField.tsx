import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { carePlanTextLimit } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import { useFieldIssue } from './useFieldIssue';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

export interface TextFieldProps {
  name: FieldPath<CarePlanFormValues>;
  label: string;
  hint?: string | undefined;
  /** A longer text in a text area. */
  isMultiline?: boolean;
  /** Visible lines of a text area. */
  rows?: number;
  type?: 'text' | 'tel' | 'email';
  inputMode?: 'numeric';
  isRequired?: boolean;
  /** Needed to establish the plan (not for a draft): said in the hint. */
  isEssential?: boolean;
  className?: string | undefined;
}

/** A text field of the care plan with its label, hint (with the text limit) and Dutch error message. */
export function TextField({
  name,
  label,
  hint,
  isMultiline = false,
  rows = 3,
  type = 'text',
  inputMode,
  isRequired = false,
  isEssential = false,
  className,
}: TextFieldProps) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<CarePlanFormValues>();
  const issue = useFieldIssue(name);
  const value: unknown = useWatch({ control, name });
  // A longer text shows its limit and how much is used while typing, before saving would refuse it.
  const limit = isMultiline ? carePlanTextLimit(name) : null;
  const used = typeof value === 'string' ? value.trim().length : 0;
  const hints = [
    hint,
    isEssential ? t('carePlan.essentialHint') : undefined,
    limit === null ? undefined : t('carePlan.textLimit', { used, max: limit }),
  ].filter(Boolean);
  return (
    <div className={className}>
      <FormField
        label={label}
        hint={hints.length > 0 ? hints.join(' · ') : undefined}
        errorCode={issue.code}
        errorMessage={issue.message}
        isRequired={isRequired}
      >
        {(control) =>
          isMultiline ? (
            <textarea {...control} {...register(name)} rows={rows} />
          ) : (
            <input {...control} {...register(name)} type={type} inputMode={inputMode} autoComplete="off" />
          )
        }
      </FormField>
    </div>
  );
}
