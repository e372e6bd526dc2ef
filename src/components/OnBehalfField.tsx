import { useTranslation } from 'react-i18next';
import type { OnBehalfOf } from '../domain';
import { FormField } from './FormField';
import styles from './OnBehalfField.module.css';
import { useHuisartsen } from './useHuisartsen';
import { registerNamensTexts } from './namens-i18n';

registerNamensTexts();

/** The error code shown when a POH saves a medical decision without choosing the huisarts. */
export const NAMENS_MISSING = 'onBehalfOf.required';

interface OnBehalfFieldProps {
  value: OnBehalfOf | null;
  onChange: (value: OnBehalfOf | null) => void;
  /** Set when a medical decision is about to be saved without a huisarts chosen. */
  isMissing: boolean;
  /** What the decision is, for the hint; the care plan's medical decisions when absent. */
  hint?: string;
}

/**
 * For a POH: the huisarts on whose behalf the medical decisions of this save are recorded, chosen from the
 * practice's huisartsen (a labelled select). Shared by the care plan, the marking forms and the FHIR import.
 */
export function OnBehalfField({ value, onChange, isMissing, hint }: OnBehalfFieldProps) {
  const { t } = useTranslation();
  const huisartsen = useHuisartsen();
  if (huisartsen.status === 'failed') {
    return (
      <p role="status" className={styles.notice}>
        {t('namens.offline')}
      </p>
    );
  }
  const options = huisartsen.status === 'ready' ? huisartsen.value : [];
  return (
    <FormField
      label={t('namens.label')}
      hint={hint ?? t('namens.hint')}
      errorCode={isMissing ? NAMENS_MISSING : undefined}
      errorMessage={isMissing ? t('namens.required') : undefined}
    >
      {(control) => (
        <select
          {...control}
          value={value?.userId ?? ''}
          onChange={(event) => {
            onChange(options.find((option) => option.userId === event.target.value) ?? null);
          }}
        >
          <option value="">{t('namens.choose')}</option>
          {options.map((option) => (
            <option key={option.userId} value={option.userId}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
