/**
 * Which medical decisions a change writes, and where each decision carries its "namens" (`onBehalfOf`).
 * A decision counts as written only when its fact changes: saving a care plan with the treatment limits
 * as they were is not a decision, and neither is a new plan whose limits are still empty.
 *
 * Where the attribution lives, per decision:
 * - a marking event: its own `onBehalfOf` (and `deletedOnBehalfOf` for withdrawing it);
 * - the patient's copy of the marking state: `markingOnBehalfOf`;
 * - a treatment limit, the treatment goal, the euthanasia facts: an `onBehalfOf` inside the value;
 *   for the other limits, inside each limit that changed.
 */
import { emptyCarePlanFields } from './care-plan/factory';
import { DELETION_GROUP, isMedicalDecision } from './access-policy';
import { REMOVAL_ON_BEHALF_FIELD } from './protocol-fields';
import type { SyncEntity } from './sync';

type Row = Record<string, unknown>;

/** Field name of the attribution for decisions that are record-level fields. */
const RECORD_LEVEL_FIELD: Readonly<Record<string, string>> = {
  'markingEvent.event': 'onBehalfOf',
  [`markingEvent.${DELETION_GROUP}`]: 'deletedOnBehalfOf',
  'patient.marking': 'markingOnBehalfOf',
};

/** What a record's medical facts are before anyone recorded one (a new record is compared with this). */
function blankOf(entity: SyncEntity): Row {
  if (entity === 'carePlan') return emptyCarePlanFields();
  if (entity === 'patient') return { palliativeSince: null, registerColour: null, dyingPhaseSince: null };
  return {};
}

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality that ignores attribution and key order (missing equals null). */
export function isSameFact(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameFact(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return (a ?? null) === (b ?? null);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('onBehalfOf');
  return [...keys].every((key) => isSameFact(a[key] ?? null, b[key] ?? null));
}

/** The fields of a group, read from a row (the record-level attribution field left out). */
function factOf(fields: readonly string[], row: Row, skip: string | undefined): Row {
  return Object.fromEntries(fields.filter((field) => field !== skip).map((field) => [field, row[field]]));
}

/**
 * The medical decisions among `groups` whose fact differs between `before` (undefined for a new record)
 * and `proposed`.
 */
export function medicalGroupsWritten(
  entity: SyncEntity,
  fieldGroups: Readonly<Record<string, readonly string[]>>,
  before: Row | undefined,
  proposed: Row,
  groups: readonly string[],
): string[] {
  const base = before ?? blankOf(entity);
  return groups.filter((group) => {
    if (!isMedicalDecision(entity, group)) return false;
    // Every new marking event is a decision, whatever it holds.
    if (entity === 'markingEvent' && before === undefined && group === 'event') return true;
    const fields = fieldGroups[group] ?? [];
    const skip = RECORD_LEVEL_FIELD[`${entity}.${group}`];
    return !isSameFact(factOf(fields, base, skip), factOf(fields, proposed, skip));
  });
}

/** Decides the attribution of one decision from what the device claimed (null: the author's own). */
export type AttributionResolver<T> = (claimed: unknown) => { ok: true; value: T | null } | { ok: false };

/**
 * Sets the attribution of one written decision, asking `resolve` for each place it lives. Returns the
 * fields to store (to merge over the change) or the path of a refused claim.
 */
export function attributeDecision<T>(
  entity: SyncEntity,
  group: string,
  fieldGroups: Readonly<Record<string, readonly string[]>>,
  before: Row | undefined,
  proposed: Row,
  resolve: AttributionResolver<T>,
  /** The change's claim for what it removes (REMOVAL_ON_BEHALF_FIELD). */
  removalClaim?: unknown,
): { ok: true; fields: Row } | { ok: false; path: string } {
  const recordField = RECORD_LEVEL_FIELD[`${entity}.${group}`];
  if (recordField !== undefined) {
    const decided = resolve(proposed[recordField]);
    return decided.ok
      ? { ok: true, fields: { [recordField]: decided.value } }
      : { ok: false, path: recordField };
  }
  const [field] = fieldGroups[group] ?? [];
  if (field === undefined) return { ok: true, fields: {} };
  const value = proposed[field];
  if (Array.isArray(value)) return attributeList(field, before?.[field], value, resolve, removalClaim);
  if (!isRecord(value)) return { ok: true, fields: {} };
  const decided = resolve(value.onBehalfOf);
  if (!decided.ok) return { ok: false, path: `${field}.onBehalfOf` };
  return { ok: true, fields: { [field]: { ...value, onBehalfOf: decided.value } } };
}

/**
 * A list of decisions (the other limits): each item that is new or changed gets its attribution; taking
 * an item out is a decision too, attributed by the change's removal claim.
 */
function attributeList<T>(
  field: string,
  beforeValue: unknown,
  items: readonly unknown[],
  resolve: AttributionResolver<T>,
  removalClaim: unknown,
): { ok: true; fields: Row } | { ok: false; path: string } {
  const previous = Array.isArray(beforeValue) ? beforeValue.filter(isRecord) : [];
  const isRemoval = previous.some(
    (earlier) => !items.some((item) => isRecord(item) && item.id === earlier.id),
  );
  if (isRemoval && !resolve(removalClaim).ok) return { ok: false, path: REMOVAL_ON_BEHALF_FIELD };
  const next: unknown[] = [];
  for (const [index, item] of items.entries()) {
    const earlier = isRecord(item) ? previous.find((p) => p.id === item.id) : undefined;
    if (!isRecord(item) || (earlier !== undefined && isSameFact(earlier, item))) {
      // Unchanged: it keeps the attribution it had.
      next.push(earlier ? { ...(item as Row), onBehalfOf: earlier.onBehalfOf ?? null } : item);
      continue;
    }
    const decided = resolve(item.onBehalfOf);
    if (!decided.ok) return { ok: false, path: `${field}.${String(index)}.onBehalfOf` };
    next.push({ ...item, onBehalfOf: decided.value });
  }
  return { ok: true, fields: { [field]: next } };
}
