/**
 * Which tables hold patient data and which of their fields stay readable on disk.
 *
 * A stored row of an encrypted table is its primary key, the fields listed here (ids, dates, codes and
 * statuses that the app's queries use as indexes, none of them naming a patient), the format version and
 * the ciphertext of the whole record. Anything not listed exists only inside the ciphertext. Adding an index
 * to an encrypted table means adding it here, on purpose: a test fails otherwise.
 *
 * Plain tables: `meta` (device facts and the key vault's wrapped keys), `recordRevs` (entity:id -> revision),
 * `checklistDefinitions` (the region's checklist cards) and `specialists` (the practice's directory of
 * specialists PZ: professionals' names and how to reach them, never a patient).
 */
export const ENCRYPTED_TABLES = {
  patients: ['status', 'palliativeSince', 'dyingPhaseSince'],
  checklistResults: ['patientId', 'definitionId', 'observedOn'],
  markingEvents: ['patientId', 'date'],
  // Meetings carry free text (bottlenecks, training needs, the reason a meeting was cancelled).
  meetings: ['date'],
  agendaItems: ['meetingId', 'patientId'],
  specialistInvitations: ['meetingId', 'agendaItemId'],
  conflicts: ['recordId', 'status'],
  carePlans: ['patientId'],
  carePlanVersions: ['carePlanId', 'savedAt'],
  mdoActions: ['meetingId', 'patientId', 'status', 'dueDate'],
  // Mutation payloads carry names and BSNs; the counter keeps the outbox order readable without the key.
  outbox: ['counter', 'recordId'],
  // Audit events name the patient by id and say what was read or printed.
  auditQueue: [],
  // Pulled records that failed their schema: whole records of any kind, so everything but the key is sealed.
  quarantinedRecords: [],
} as const satisfies Record<string, readonly string[]>;

export type EncryptedTableName = keyof typeof ENCRYPTED_TABLES;

/** Field of a stored row holding the sealed record (see record-cipher.ts). */
export const SEALED_FIELD = '_sealed';
/** Indexed field of a stored row holding its format version; plain (not yet migrated) rows lack it. */
export const FORMAT_FIELD = '_format';
/**
 * Field of a sealed row holding the version of the record's shape it was sealed with (record-shapes.ts);
 * rows sealed before records carried their evolution lack it. Not indexed.
 */
export const RECORD_VERSION_FIELD = '_rv';

export function isEncryptedTable(name: string): name is EncryptedTableName {
  return Object.hasOwn(ENCRYPTED_TABLES, name);
}
