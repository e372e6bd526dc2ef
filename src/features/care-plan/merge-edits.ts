/**
 * What a save sends when the stored plan changed while the form was open (another device synced, a second
 * tab saved): only the facts this form changed go on top of the plan as it is stored now. Saving the whole
 * form would silently undo the other changes, and the history would say this author made them.
 */
import { diffCarePlans, type CarePlanField, type CarePlanFields } from '../../domain';

/**
 * `current` is the stored plan now, `loaded` the plan the form started from, `edited` the form's fields.
 * The status always comes from the form: the user chose it with the button they pressed.
 */
export function mergeEdits(
  current: CarePlanFields,
  loaded: CarePlanFields,
  edited: CarePlanFields,
): CarePlanFields {
  const changed = new Set(
    diffCarePlans(loaded, edited).map((change) => change.path.split('.')[0] as CarePlanField),
  );
  changed.add('status');
  const merged: Record<string, unknown> = { ...current };
  for (const field of changed) merged[field] = edited[field];
  return merged as CarePlanFields;
}
