import { useFormContext, type FieldPath } from 'react-hook-form';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';

/** A yes/no fact as a checkbox with its label. */
export function CheckField({ name, label }: { name: FieldPath<CarePlanFormValues>; label: string }) {
  const { register } = useFormContext<CarePlanFormValues>();
  return (
    <label className={styles.check}>
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
}
