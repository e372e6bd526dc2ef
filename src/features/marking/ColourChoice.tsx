import { useTranslation } from 'react-i18next';
import { REGISTER_COLOURS, type RegisterColour } from '../../domain';
import styles from './Marking.module.css';

/** The register colour as radio buttons, each with its word and meaning (never colour alone). */
export function ColourChoice({
  value,
  onChange,
  errorId,
}: {
  value: RegisterColour | null;
  onChange: (colour: RegisterColour) => void;
  errorId?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.choices} aria-describedby={errorId}>
      <legend>{t('marking.colour.label')}</legend>
      {REGISTER_COLOURS.map((colour) => (
        <label key={colour} className={styles.choice}>
          <input
            type="radio"
            name="register-colour"
            value={colour}
            checked={value === colour}
            onChange={() => {
              onChange(colour);
            }}
          />
          <span className={styles[`swatch-${colour}`]} aria-hidden="true" />
          <span>
            <strong>{t(`marking.colour.${colour}`)}</strong>
            {' – '}
            {t(`marking.colour.meaning.${colour}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
