/**
 * A care-plan version is the plan as the SERVER holds it when the version is saved, not the copy a device
 * sends: a device (or anyone holding a session) could otherwise write a history of decisions nobody took,
 * such as a "niet reanimeren" attributed to a huisarts in a version whose plan never held it. The device's
 * snapshot is replaced by the stored plan (with the changes earlier in the same push, so a plan saved
 * offline and its version arrive together); a version never changes once written.
 *
 * Under a conflict the version therefore holds the value the server kept, which is what every device shows
 * until someone resolves the conflict (and that resolution saves a version of its own).
 */
import type { Mutation } from '../../../src/domain';
import type { RecordBatch, RecordRef } from './records';

type Row = Record<string, unknown>;

const planIdOf = (changed: Row): string | null =>
  typeof changed.carePlanId === 'string' ? changed.carePlanId : null;

/** The plan a version mutation snapshots, to be locked with the push's records. */
export function versionPlanToLock(mutation: Mutation): RecordRef | null {
  if (mutation.entity !== 'carePlanVersion' || mutation.op !== 'put') return null;
  const planId = planIdOf(mutation.changed);
  return planId === null ? null : { entity: 'carePlan', recordId: planId };
}

export type Snapshot = { ok: true; changed: Row } | { ok: false; issue: { path: string; code: string } };

/**
 * The version's fields with its `plan` set by the server: a new version takes the stored plan, an
 * existing one keeps the plan it was written with.
 */
export function withServerSnapshot(batch: RecordBatch, changed: Row, current: Row | undefined): Snapshot {
  if (current !== undefined) return { ok: true, changed: { ...changed, plan: current.plan } };
  const planId = planIdOf(changed);
  const plan = planId === null ? undefined : batch.find('carePlan', planId);
  if (plan === undefined || plan.isDeleted) {
    return { ok: false, issue: { path: 'carePlanId', code: 'carePlanVersion.planUnknown' } };
  }
  return { ok: true, changed: { ...changed, plan: plan.data } };
}
