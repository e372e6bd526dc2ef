/**
 * A record pulled from the server, read the way every other boundary reads data: checked against its kind's
 * schema before the device stores or shows it. The server checked it on push, but a server bug, a server of
 * another version or a tampered answer must not land unchecked on the device (a wrong "niet reanimeren" is
 * the worst defect this product can have). A record that fails is not stored; the device keeps it aside.
 */
import { migrateRecord } from './record-evolution';
import { syncChangeSchema, type SyncChange } from './sync';
import { SYNC_ENTITY_DEFINITIONS } from './sync-entities';

type Row = Record<string, unknown>;

/** Where a record broke its schema and how, as zod names it (`invalid_type`, `invalid_value`); never a value. */
export interface RecordIssue {
  path: string;
  code: string;
}

export type PulledRecord =
  /** The change as sent and its data in this app's current shape, passing its kind's schema. */
  { isValid: true; change: SyncChange; data: Row } | { isValid: false; issues: RecordIssue[] };

/** Enough to say what is wrong; a thoroughly broken record would otherwise list every one of its fields. */
const MAX_ISSUES = 20;

interface ZodIssueLike {
  path: readonly PropertyKey[];
  code: string;
}

const issuesOf = (issues: readonly ZodIssueLike[], prefix: string): RecordIssue[] =>
  issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    code: issue.code,
  }));

/**
 * Reads one change of a pull page sent by a server of protocol version `dataVersion`: its frame (kind, id,
 * revision, sequence number), then its data, migrated to this app's shape of the kind and parsed with the
 * kind's schema. A record keyed by its own id must carry the id it is sent under. Tombstones are whole
 * rows with `deletedAt` set, so they pass the same schema. Data of a version newer than this app passes
 * when this app's schema accepts it (fields it does not know are kept as sent), and fails otherwise.
 */
export function readPulledRecord(change: unknown, dataVersion: number): PulledRecord {
  const frame = syncChangeSchema.safeParse(change);
  if (!frame.success) return { isValid: false, issues: issuesOf(frame.error.issues, '') };
  const definition = SYNC_ENTITY_DEFINITIONS[frame.data.entity];
  let data: Row;
  try {
    data = migrateRecord(definition.evolution, frame.data.data, dataVersion);
  } catch {
    // A migration expects the shape of its older version; data of another shape may make it throw.
    return { isValid: false, issues: [{ path: 'data', code: 'migration_failed' }] };
  }
  const parsed = definition.schema.safeParse(data);
  const issues = parsed.success ? [] : issuesOf(parsed.error.issues, 'data');
  if (definition.hasIdField && data.id !== frame.data.recordId) {
    issues.push({ path: 'data.id', code: 'record_id_mismatch' });
  }
  if (issues.length > 0) return { isValid: false, issues };
  return { isValid: true, change: frame.data, data };
}
