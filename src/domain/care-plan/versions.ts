/**
 * What changed between two versions of a care plan, field by field, for the history view ("wat is er
 * veranderd tussen versie X en Y"). The UI translates paths into Dutch labels; this module only compares.
 */
import {
  carePlanFieldGroups,
  carePlanFieldsSchema,
  type CarePlan,
  type CarePlanField,
  type CarePlanFieldGroup,
  type CarePlanFields,
} from './care-plan';

type Value = unknown;
type Path = readonly (string | number)[];

export interface CarePlanChange {
  /** The field group (clinical fact) the change belongs to, or `deletion` for the tombstone. */
  group: CarePlanFieldGroup | 'deletion';
  /**
   * Dotted path, e.g. `limitReanimatie.decision`, `contacts.1.phone`, `lichamelijk.actions.0.due`. Array items
   * are numbered by their place in the newer version (in the older one for removed items).
   */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** The old value; null for an added item. */
  before: Value;
  /** The new value; null for a removed item. */
  after: Value;
}

/** A plan version as compared: its fields and, when known, its tombstone. */
export type CarePlanVersion = CarePlanFields & Partial<Pick<CarePlan, 'deletedAt'>>;

const FIELD_ORDER = Object.keys(carePlanFieldsSchema.shape) as CarePlanField[];

/** The group of each field; care-plan.test.ts proves every field is in exactly one group. */
const GROUP_OF = Object.fromEntries(
  Object.entries(carePlanFieldGroups).flatMap(([group, fields]) => fields.map((field) => [field, group])),
) as Record<CarePlanField, CarePlanFieldGroup>;

function isRecord(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSame(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => isSame(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isSame(a[key], b[key]));
  }
  return false;
}

/**
 * How the items of each list are paired between versions: other treatment limits by their id (a renamed
 * limit stays the same limit), ACP conversations by date (in order for several on one day), everything else
 * by position. Lists of plain values (participants) are compared as one value.
 */
function keyOf(path: Path, item: Value, index: number): string {
  const field = path[0];
  if (field === 'otherLimits' && path.length === 1 && isRecord(item)) return `id:${String(item.id)}`;
  if (field === 'acpConversations' && path.length === 1 && isRecord(item)) return `date:${String(item.date)}`;
  return `index:${index}`;
}

/** Pairs items by key; several items with one key pair in order. */
function pairItems(path: Path, before: Value[], after: Value[]) {
  const pool = new Map<string, number[]>();
  before.forEach((item, index) => {
    const key = keyOf(path, item, index);
    pool.set(key, [...(pool.get(key) ?? []), index]);
  });
  const matched = new Set<number>();
  const pairs = after.map((item, index) => {
    const candidates = pool.get(keyOf(path, item, index)) ?? [];
    const beforeIndex = candidates.shift();
    if (beforeIndex !== undefined) matched.add(beforeIndex);
    return { afterIndex: index, beforeIndex };
  });
  const removed = before.map((_, index) => index).filter((index) => !matched.has(index));
  return { pairs, removed };
}

function diffValue(path: Path, before: Value, after: Value, out: Omit<CarePlanChange, 'group'>[]): void {
  if (isSame(before, after)) return;
  const at = path.join('.');
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) diffValue([...path, key], before[key], after[key], out);
    return;
  }
  const isObjectList = (list: Value) => Array.isArray(list) && list.some(isRecord);
  if (Array.isArray(before) && Array.isArray(after) && (isObjectList(before) || isObjectList(after))) {
    const { pairs, removed } = pairItems(path, before, after);
    for (const { afterIndex, beforeIndex } of pairs) {
      const item: Value = after[afterIndex];
      if (beforeIndex === undefined)
        out.push({ path: `${at}.${afterIndex}`, kind: 'added', before: null, after: item });
      else diffValue([...path, afterIndex], before[beforeIndex], item, out);
    }
    for (const index of removed)
      out.push({ path: `${at}.${index}`, kind: 'removed', before: before[index], after: null });
    return;
  }
  out.push({ path: at, kind: 'changed', before: before ?? null, after: after ?? null });
}

/**
 * The changes from one plan version to another, in a stable order: fields in the order of the plan (status
 * first, the ACP conversations last, then the tombstone), inside a field in the order of its parts. Identity,
 * authorship and timestamps are not compared: the history shows them per version.
 */
export function diffCarePlans(before: CarePlanVersion, after: CarePlanVersion): CarePlanChange[] {
  const changes: CarePlanChange[] = [];
  for (const field of FIELD_ORDER) {
    const found: Omit<CarePlanChange, 'group'>[] = [];
    diffValue([field], before[field], after[field], found);
    changes.push(...found.map((change) => ({ group: GROUP_OF[field], ...change })));
  }
  const deletedBefore = before.deletedAt ?? null;
  const deletedAfter = after.deletedAt ?? null;
  if (deletedBefore !== deletedAfter)
    changes.push({
      group: 'deletion',
      path: 'deletedAt',
      kind: 'changed',
      before: deletedBefore,
      after: deletedAfter,
    });
  return changes;
}
