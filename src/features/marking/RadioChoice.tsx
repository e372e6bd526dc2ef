import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Marking.module.css';

interface RadioChoiceProps {
  name: string;
  legend: string;
  options: readonly string[];
  /** i18n prefix for option labels, e.g. `marking.basis` gives `marking.basis.indicators`. */
  labelPrefix: string;
  value: string;
  errorCode?: string | undefined;
  onChange: (value: string) => void;
}

/** A labelled group of radio buttons with its error message tied to the group. */
export function RadioChoice({
  name,
  legend,
  options,
  labelPrefix,
  value,
  errorCode,
  onChange,
}: RadioChoiceProps) {
  const { t } = useTranslation();
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={styles.choices} aria-describedby={errorCode ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => {
              onChange(option);
            }}
          />
          {t(`${labelPrefix}.${option}`)}
        </label>
      ))}
      {errorCode && (
        <span id={errorId} className={styles.error}>
          {t(`errors.${errorCode}`, { defaultValue: t('errors.invalid') })}
        </span>
      )}
    </fieldset>
  );
}
