/**
 * An imported Bundle as a draft to review: the plan's field groups the Bundle speaks about, each with the
 * plan's current value and the imported one, and the plan that results from accepting some of them. Nothing
 * is applied that the user did not tick, and accepting into an established plan makes it a draft again: an
 * import never silently changes a vastgesteld plan.
 */
import type { Access } from '../../components/useAccess';
import {
  carePlanFieldGroups,
  isMedicalDecision,
  isSameFact,
  type CarePlan,
  type CarePlanField,
  type CarePlanFieldGroup,
  type CarePlanFields,
} from '../../domain';

export interface DraftGroup {
  group: CarePlanFieldGroup;
  fields: readonly CarePlanField[];
  /** Whether the Bundle says something else than the plan does now. */
  differs: boolean;
}

const GROUPS = Object.entries(carePlanFieldGroups) as [CarePlanFieldGroup, readonly CarePlanField[]][];

/** The field groups the import has a value for, in the plan's order. */
export function draftGroups(current: CarePlanFields, imported: Partial<CarePlanFields>): DraftGroup[] {
  return GROUPS.filter(([, fields]) => fields.some((field) => imported[field] !== undefined)).map(
    ([group, fields]) => ({
      group,
      fields,
      // The fact alone counts: a decision the plan holds namens a huisarts is the same as the Bundle's.
      differs: fields.some(
        (field) => imported[field] !== undefined && !isSameFact(imported[field], current[field]),
      ),
    }),
  );
}

/**
 * A value with the "namens" of its decisions left out (the user id and names are no part of the fact the
 * review compares).
 */
export function withoutAttribution(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAttribution);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'onBehalfOf'));
}

/**
 * Why this account may not accept a group, or null when it may: `medical` for a medical decision its roles
 * never record (a wijkverpleegkundige), `role` for a part of the plan its roles do not change.
 */
export function refusalOf(
  group: CarePlanFieldGroup,
  access: Pick<Access, 'mayChange' | 'decisionMode'>,
): 'medical' | 'role' | null {
  if (access.decisionMode === 'never' && isMedicalDecision('carePlan', group)) return 'medical';
  return access.mayChange('carePlan', [group]) ? null : 'role';
}

/**
 * Whether this account can accept nothing into this plan: accepting into a vastgesteld plan makes it a
 * concept again (the `establishment` group), which its roles may not change (a wijkverpleegkundige), so the
 * server would refuse the whole version. The review says so up front instead of letting her tick and fail.
 */
export function isReopenRefused(plan: Pick<CarePlan, 'status'>, access: Pick<Access, 'mayChange'>): boolean {
  return plan.status === 'vastgesteld' && !access.mayChange('carePlan', ['establishment']);
}

/** Whether any of the groups is a medical decision (a POH then accepts it namens a huisarts). */
export function hasMedicalDecision(groups: Iterable<CarePlanFieldGroup>): boolean {
  return [...groups].some((group) => isMedicalDecision('carePlan', group));
}

/** The plan's fields with the accepted groups taken from the import; an established plan becomes a draft. */
export function acceptedFields(
  current: CarePlan,
  imported: Partial<CarePlanFields>,
  accepted: ReadonlySet<CarePlanFieldGroup>,
): CarePlanFields {
  const fields: CarePlanFields = { ...current };
  for (const group of accepted) {
    for (const field of carePlanFieldGroups[group]) {
      const value = imported[field];
      if (value !== undefined) Object.assign(fields, { [field]: value });
    }
  }
  return accepted.size > 0 && current.status === 'vastgesteld' ? { ...fields, status: 'concept' } : fields;
}
