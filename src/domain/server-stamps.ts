/**
 * Who recorded a fact and when is the sync server's word, never a device's. Each synced record kind declares
 * here which of its fields hold an author or a moment; the server replaces whatever a device sent for them
 * with the pushing account and its own receipt time. The device's own clock is kept apart, as the fact
 * "vastgelegd op het apparaat", because work done offline is recorded later than it was done.
 */
import type { Role } from './author';
import type { IsoDateTime } from './date-schemas';

type Row = Record<string, unknown>;

export interface StampRules {
  /** Set to the pushing account whenever the record changes (the last editor). */
  author?: readonly string[];
  /** Set to the pushing account when a change fills them (e.g. who nominated); a filled value is kept. */
  authorWhenSet?: readonly string[];
  /** Set to the receipt time when the record is created; never changed afterwards. */
  timeOnCreate?: readonly string[];
  /** Set to the receipt time whenever the record changes. */
  timeOnChange?: readonly string[];
  /** Set to the receipt time when a change fills them (e.g. deletedAt); a filled value is kept. */
  timeWhenSet?: readonly string[];
  /** Receives the device's own time of the change ("vastgelegd op het apparaat") whenever the record changes. */
  deviceTime?: string;
  /**
   * Stamped when a change writes the keyed field with a new value (a part of the record with its own
   * author, e.g. a specialist's advice): the pushing account and the receipt time, or null when the field
   * is emptied. A device's values for these stamps are always dropped.
   */
  onFieldChange?: Readonly<Record<string, FieldStamps>>;
  /** Records held inside this one, stamped by the same rules (a care-plan version's plan). */
  nested?: Readonly<Record<string, StampRules>>;
}

export interface FieldStamps {
  author?: readonly string[];
  time?: readonly string[];
}

/** The stored author of a fact: the account, by id, with the name and role it had when it pushed. */
export interface StampedAuthor {
  userId: string;
  name: string;
  role: Role;
}

export interface StampContext {
  author: StampedAuthor;
  /** The server's receipt time. */
  receivedAt: IsoDateTime;
  /** The device's time of the change, when plausible (see plausibleDeviceTime); null when unknown. */
  deviceAt: IsoDateTime | null;
}

/** How far ahead of the server a device clock may run, and how old offline work may be, to be believed. */
const DEVICE_CLOCK_AHEAD_MS = 5 * 60_000;
const OFFLINE_WORK_MAX_AGE_MS = 366 * 24 * 60 * 60_000;

/**
 * The device's time of a change if it is plausible: not after the receipt (beyond a little clock skew) and
 * not older than a year of offline work. Anything else is unknown rather than a date that misleads.
 */
export function plausibleDeviceTime(deviceAt: string, receivedAt: Date): IsoDateTime | null {
  const device = Date.parse(deviceAt);
  if (Number.isNaN(device)) return null;
  const received = receivedAt.getTime();
  if (device > received + DEVICE_CLOCK_AHEAD_MS || device < received - OFFLINE_WORK_MAX_AGE_MS) return null;
  return new Date(device).toISOString() as IsoDateTime;
}

const isFilled = (value: unknown) => value !== null && value !== undefined;

/** The fields a rule set stamps on every change; a device's values for them are dropped from its change. */
function alwaysStamped(rules: StampRules): string[] {
  return [
    ...(rules.author ?? []),
    ...(rules.timeOnChange ?? []),
    ...(rules.timeOnCreate ?? []),
    ...(rules.deviceTime ? [rules.deviceTime] : []),
    ...Object.values(rules.onFieldChange ?? {}).flatMap((stamps) => [
      ...(stamps.author ?? []),
      ...(stamps.time ?? []),
    ]),
  ];
}

const isEmpty = (value: unknown) => !isFilled(value) || value === '';

/** The stamps of the fields a change writes anew (see StampRules.onFieldChange). */
function fieldChangeStamps(
  rules: StampRules,
  changed: Row,
  stored: Row | undefined,
  context: StampContext,
): Row {
  const result: Row = {};
  for (const [field, stamps] of Object.entries(rules.onFieldChange ?? {})) {
    if (!(field in changed) || (stored !== undefined && stored[field] === changed[field])) continue;
    const isCleared = isEmpty(changed[field]);
    for (const target of stamps.author ?? []) result[target] = isCleared ? null : { ...context.author };
    for (const target of stamps.time ?? []) result[target] = isCleared ? null : context.receivedAt;
  }
  return result;
}

/**
 * A device's change with every stamped field as the server will store it: fields stamped on every change
 * are left out (they are set by `stampChangedRecord` when something else changes), fields stamped when
 * filled keep a value already stored or get the server's, and a nested record is stamped whole.
 * Comparing and merging with this change therefore never sees a device's author or clock.
 */
export function normaliseChange(
  rules: StampRules,
  changed: Row,
  stored: Row | undefined,
  context: StampContext,
): Row {
  const dropped = new Set(alwaysStamped(rules));
  const result: Row = {};
  for (const [field, value] of Object.entries(changed)) {
    if (!dropped.has(field)) result[field] = value;
  }
  const whenSet: [readonly string[], unknown][] = [
    [rules.authorWhenSet ?? [], context.author],
    [rules.timeWhenSet ?? [], context.receivedAt],
  ];
  for (const [fields, stamp] of whenSet) {
    for (const field of fields) {
      if (!(field in changed)) continue;
      const kept = stored?.[field];
      result[field] = !isFilled(changed[field]) ? null : isFilled(kept) ? kept : stamp;
    }
  }
  Object.assign(result, fieldChangeStamps(rules, changed, stored, context));
  for (const [field, nestedRules] of Object.entries(rules.nested ?? {})) {
    const nested = changed[field];
    if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
      result[field] = stampChangedRecord(nestedRules, nested as Row, context, true);
    }
  }
  return result;
}

/**
 * The stamps of a record that is created or changed by this push: the pushing account as author, the
 * receipt time as the moment (on create also the creation moment) and the device's own time apart.
 */
export function stampChangedRecord(
  rules: StampRules,
  row: Row,
  context: StampContext,
  isCreate: boolean,
): Row {
  const stamped: Row = { ...row };
  for (const field of rules.author ?? []) stamped[field] = { ...context.author };
  for (const field of rules.timeOnChange ?? []) stamped[field] = context.receivedAt;
  if (isCreate) {
    for (const field of rules.timeOnCreate ?? []) stamped[field] = context.receivedAt;
  }
  if (rules.deviceTime) stamped[rules.deviceTime] = context.deviceAt;
  return stamped;
}

/** Work recorded on a device more than this long before the server received it counts as done offline. */
const OFFLINE_GAP_MS = 5 * 60_000;

/**
 * The device's own time of a record when it was recorded offline (well before the server received it),
 * so screens can show "vastgelegd op het apparaat" beside the server's moment; null otherwise.
 */
export function offlineRecordedAt(
  deviceAt: string | null | undefined,
  receivedAt: string,
): IsoDateTime | null {
  if (!deviceAt) return null;
  const gap = Date.parse(receivedAt) - Date.parse(deviceAt);
  return gap > OFFLINE_GAP_MS ? (deviceAt as IsoDateTime) : null;
}
