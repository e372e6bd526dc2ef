/**
 * Which huisarts a changed fact was recorded namens, for the version history. Only medical decisions carry
 * it (treatment limits, the treatment goal, the euthanasia facts); the attribution itself is shown as a line
 * under the change, never as a change of its own ("namens: <uuid>, …" tells a reader nothing).
 */
import {
  TREATMENT_LIMIT_FIELDS,
  type CarePlanChange,
  type CarePlanFields,
  type OnBehalfOf,
} from '../../domain';

const SINGLE_FACTS = new Set<string>([
  ...Object.values(TREATMENT_LIMIT_FIELDS),
  'treatmentGoal',
  'euthanasia',
]);

/** Whether the change is to the attribution only (e.g. `limitReanimatie.onBehalfOf.name`). */
export function isAttributionChange(change: CarePlanChange): boolean {
  return change.path.split('.').includes('onBehalfOf');
}

/**
 * The namens of the fact a change belongs to, as the version that holds the fact records it: the newer
 * version, or the older one for a removed item. Null when the fact is not a medical decision or was
 * recorded by the huisarts themselves.
 */
export function factOnBehalfOf(
  change: CarePlanChange,
  plans: { before: CarePlanFields; after: CarePlanFields },
): OnBehalfOf | null {
  const plan = change.kind === 'removed' ? plans.before : plans.after;
  const [field = '', index] = change.path.split('.');
  if (SINGLE_FACTS.has(field)) {
    const fact = plan[field as keyof CarePlanFields] as { onBehalfOf?: OnBehalfOf | null };
    return fact.onBehalfOf ?? null;
  }
  if (field === 'otherLimits' && index !== undefined && /^\d+$/.test(index)) {
    return plan.otherLimits[Number(index)]?.onBehalfOf ?? null;
  }
  return null;
}
