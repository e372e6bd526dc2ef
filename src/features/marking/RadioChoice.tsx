import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Marking.module.css';
import { firstTextKey, keyUnder, type KeysUnder } from '../../i18n';

interface RadioChoiceProps<P extends string> {
  name: string;
  legend: string;
  /** Each option has its label under labelPrefix (checked by the compiler). */
  options: readonly KeysUnder<P>[];
  /** i18n prefix for option labels, e.g. `marking.basis` gives `marking.basis.indicators`. */
  labelPrefix: P;
  value: string;
  errorCode?: string | undefined;
  onChange: (value: string) => void;
}

/** A labelled group of radio buttons with its error message tied to the group. */
export function RadioChoice<P extends string>({
  name,
  legend,
  options,
  labelPrefix,
  value,
  errorCode,
  onChange,
}: RadioChoiceProps<P>) {
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
          {t(keyUnder(labelPrefix, option))}
        </label>
      ))}
      {errorCode && (
        <span id={errorId} className={styles.error}>
          {t(firstTextKey([`errors.${errorCode}`], 'errors.invalid'))}
        </span>
      )}
    </fieldset>
  );
}
