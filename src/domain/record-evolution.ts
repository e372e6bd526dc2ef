/**
 * How a synced record's shape evolves: its version and the pure migrations that bring older data up to it.
 * Shared by the device (its stored rows, pulled records) and the server (its stored rows, pushes from older
 * devices), so both upgrade old data the same way.
 *
 * A record's version is the protocol version (SCHEMA_VERSION in sync.ts) in which its shape last changed, so
 * a device's protocol version says which shape its data has: nothing on the wire carries a version per record.
 * Each migration takes data of the previous version to its own version and must leave data that already has
 * its shape unchanged: a change of an older device is migrated merged onto the server's current copy.
 */

type Row = Record<string, unknown>;

/**
 * Deep equality of JSON data, whatever the order of object keys (a missing key differs from null). The
 * device's changed-field detection uses it too (src/db/synced-record.ts).
 */
export function isSameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Row;
  const right = b as Row;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => isSameData(left[key], right[key]));
}

/** Turns data of the previous version into data of the version it is keyed by; pure, no I/O. */
export type RecordMigration = (data: Row) => Row;

export interface RecordEvolution {
  /** The protocol version the record's current shape belongs to. */
  version: number;
  /** The migration to each version from the one before, keyed by the version it produces. */
  migrations: Readonly<Record<number, RecordMigration>>;
}

/**
 * The version of every record written before records carried their evolution (protocol 7): data from a
 * device or a row that names no version of its own is of this version.
 */
export const BASELINE_RECORD_VERSION = 7;

/** A record whose shape has not changed since the baseline. */
export const UNCHANGED_RECORD: RecordEvolution = { version: BASELINE_RECORD_VERSION, migrations: {} };

/** The versions a record passes through after `fromVersion`, oldest first. */
function stepsAfter(evolution: RecordEvolution, fromVersion: number): RecordMigration[] {
  return Object.entries(evolution.migrations)
    .map(([version, migration]) => [Number(version), migration] as const)
    .filter(([version]) => version > fromVersion && version <= evolution.version)
    .sort(([a], [b]) => a - b)
    .map(([, migration]) => migration);
}

/** Whether data of `fromVersion` needs migrating to be of the record's current version. */
export function isOlderRecord(evolution: RecordEvolution, fromVersion: number): boolean {
  return stepsAfter(evolution, fromVersion).length > 0;
}

/** Whole-record data of `fromVersion` brought up to the record's current version; the input is not changed. */
export function migrateRecord(evolution: RecordEvolution, data: Row, fromVersion: number): Row {
  return stepsAfter(evolution, fromVersion).reduce((row, migration) => migration(row), data);
}

/**
 * A change made by a device of `fromVersion` (only the fields it set), as a change of the current version.
 * The change is merged onto `stored` (the current copy, null for a new record), migrated whole, and what
 * then differs from `stored` is the change, together with every field the device sent that still exists:
 * a value the record already had still counts as sent. A new record's data is migrated as it is.
 */
export function migrateChange(
  evolution: RecordEvolution,
  changed: Row,
  stored: Row | null,
  fromVersion: number,
): Row {
  if (!isOlderRecord(evolution, fromVersion)) return changed;
  if (stored === null) return migrateRecord(evolution, changed, fromVersion);
  const merged = migrateRecord(evolution, { ...stored, ...changed }, fromVersion);
  return Object.fromEntries(
    Object.entries(merged).filter(([field, value]) => field in changed || !isSameData(value, stored[field])),
  );
}
