/**
 * How the device names one record across its tables: recordRevs, the outbox's pending edits and the
 * quarantine key a record by its kind and id. Without Dexie, so the pull reader's worker keys records the
 * same way.
 */
import type { SyncEntity } from '../domain';

/** Key of a record's server revision in recordRevs. */
export const revKey = (entity: SyncEntity, recordId: string) => `${entity}:${recordId}`;
