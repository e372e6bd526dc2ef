import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './FormField.module.css';
import { firstTextKey } from '../i18n';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FormFieldProps {
  label: string;
  /** An error code from the domain (e.g. `birthDate.future`), shown as a Dutch sentence. */
  errorCode?: string | undefined;
  /** The sentence for errorCode when a feature translates its own codes (e.g. account.errors.*). */
  errorMessage?: string | undefined;
  hint?: string | undefined;
  isRequired?: boolean;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactElement;
}

/** A labelled form control with its hint and its error message right next to it. */
export function FormField({ label, errorCode, errorMessage, hint, isRequired, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorCode ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {isRequired && <span className={styles.required}> {t('form.requiredMark')}</span>}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': errorCode !== undefined,
        'aria-describedby': describedBy,
        'aria-required': isRequired,
      })}
      {errorCode && (
        <span id={errorId} className={styles.error}>
          {errorMessage ?? t(firstTextKey([`errors.${errorCode}`], 'errors.invalid'))}
        </span>
      )}
    </div>
  );
}
