import { useId } from 'react';
import styles from './MeetingMode.module.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A short explanation under the label, e.g. what a register colour means. */
  description?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  hint?: string | undefined;
  choices: readonly Choice<T>[];
  /** The chosen value; null while nothing is chosen. */
  value: T | null;
  onChoose: (value: T) => unknown;
}

/** Radio buttons in a fieldset, saved the moment one is chosen; each option a full touch target. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  choices,
  value,
  onChoose,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className={styles.choices} aria-describedby={hint ? hintId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <div className={styles.choiceRow}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => {
                void onChoose(choice.value);
              }}
            />
            <span>
              <span className={styles.choiceLabel}>{choice.label}</span>
              {choice.description && <span className={styles.choiceDescription}>{choice.description}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
