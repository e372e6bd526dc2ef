import { useId } from 'react';
import styles from './MeetingMode.module.css';

interface SavingCheckboxProps {
  label: string;
  checked: boolean;
  onSave: (checked: boolean) => unknown;
}

/** A yes/no that is saved the moment it is ticked; the whole row is the touch target. */
export function SavingCheckbox({ label, checked, onSave }: SavingCheckboxProps) {
  const id = useId();
  return (
    <label className={styles.check} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          void onSave(event.target.checked);
        }}
      />
      <span>{label}</span>
    </label>
  );
}
