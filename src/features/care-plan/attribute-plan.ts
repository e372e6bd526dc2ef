/**
 * Before a care plan is saved: which medical decisions the save writes, and each written one attributed
 * the way the server will accept it (namens the chosen huisarts for a POH, the author's own otherwise).
 * The server checks and stamps again; this keeps the device's copy the same as the server's.
 */
import {
  attributeDecision,
  carePlanFieldGroups,
  medicalGroupsWritten,
  type CarePlanFields,
  type OnBehalfOf,
} from '../../domain';

type Row = Record<string, unknown>;

export type PlanAttribution =
  | { ok: true; fields: CarePlanFields }
  /** A POH writes a medical decision without having chosen the huisarts. */
  | { ok: false };

export function attributePlan(
  before: CarePlanFields,
  fields: CarePlanFields,
  mode: 'self' | 'onBehalf' | 'never',
  onBehalfOf: OnBehalfOf | null,
): PlanAttribution {
  const groups = Object.keys(carePlanFieldGroups);
  const beforeRow = before as unknown as Row;
  let next = fields as unknown as Row;
  const written = medicalGroupsWritten('carePlan', carePlanFieldGroups, beforeRow, next, groups);
  if (written.length === 0) return { ok: true, fields };
  if (mode === 'onBehalf' && onBehalfOf === null) return { ok: false };
  const value = mode === 'onBehalf' ? onBehalfOf : null;
  for (const group of written) {
    const attributed = attributeDecision('carePlan', group, carePlanFieldGroups, beforeRow, next, () => ({
      ok: true,
      value,
    }));
    if (attributed.ok) next = { ...next, ...attributed.fields };
  }
  return { ok: true, fields: next as unknown as CarePlanFields };
}
