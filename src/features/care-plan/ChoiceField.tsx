import { useId } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keyUnder, type KeysUnder } from '../../i18n';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { useFieldIssue } from './useFieldIssue';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

interface ChoiceFieldProps<P extends string> {
  name: FieldPath<CarePlanFormValues>;
  legend: string;
  /** Each option has its label under labelPrefix (checked by the compiler). */
  options: readonly KeysUnder<P>[];
  /** i18n prefix of the option labels, e.g. `carePlan.decision` gives `carePlan.decision.niet`. */
  labelPrefix: P;
  /** Fields whose rules depend on this choice, checked again when it changes. */
  deps?: FieldPath<CarePlanFormValues>[];
  isEssential?: boolean;
}

/** Radio buttons in a fieldset with a legend; the error is tied to the group. */
export function ChoiceField<P extends string>({
  name,
  legend,
  options,
  labelPrefix,
  deps,
  isEssential = false,
}: ChoiceFieldProps<P>) {
  const { t } = useTranslation();
  const { register } = useFormContext<CarePlanFormValues>();
  const issue = useFieldIssue(name);
  const id = useId();
  const describedBy = [issue.code && `${id}-error`, isEssential && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <fieldset className={styles.choices} aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {isEssential && (
        <span id={`${id}-hint`} className="visually-hidden">
          {t('carePlan.essentialHint')}
        </span>
      )}
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option} className={styles.choice}>
            <input type="radio" value={option} {...register(name, deps ? { deps } : {})} />
            {t(keyUnder(labelPrefix, option))}
          </label>
        ))}
      </div>
      {issue.code && (
        <span id={`${id}-error`} className={styles.error}>
          {issue.message}
        </span>
      )}
    </fieldset>
  );
}
