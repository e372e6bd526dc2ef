import { useId, useState } from 'react';
import styles from './MeetingMode.module.css';

interface SavingCheckboxProps {
  label: string;
  checked: boolean;
  /** Saves the new value; an answer `{ ok: false }` means it was not saved. */
  onSave: (checked: boolean) => unknown;
}

const isRefused = (answer: unknown) =>
  typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false;

/** A yes/no that is saved the moment it is ticked; the whole row is the touch target. */
export function SavingCheckbox({ label, checked, onSave }: SavingCheckboxProps) {
  const id = useId();
  // The stored value comes back through the live query a moment after saving. Until then show what was
  // ticked (so the box does not flick back), as long as the stored value has not changed in the meantime.
  const [ticked, setTicked] = useState<{ value: boolean; storedWas: boolean } | null>(null);
  const shown = ticked !== null && ticked.storedWas === checked ? ticked.value : checked;
  return (
    <label className={styles.check} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          const value = event.target.checked;
          setTicked({ value, storedWas: checked });
          void Promise.resolve(onSave(value)).then((answer) => {
            if (isRefused(answer)) setTicked(null);
          });
        }}
      />
      <span>{label}</span>
    </label>
  );
}
