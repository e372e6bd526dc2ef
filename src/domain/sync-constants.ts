/**
 * The sync protocol's plain facts: its versions, the record kinds that sync and the size of a push. Kept
 * apart from the protocol's zod schemas (sync.ts, which re-exports them) so the outbox and the first screen
 * can use them without loading zod.
 */

/**
 * Bumped whenever the shape of stored data or protocol messages changes. 6: checklist definitions carry their
 * source and new scoring kinds (an older app could not read them), records carry the server's stamps, and a
 * conflict resolution names the conflict revision it chose from. 7: a push may be refused as `duplicateBsn` (an
 * older app's closed list of reasons could not read that answer), invitations carry the specialist's advice.
 * 8: a care plan records when the mantelzorgbelasting was discussed; records of older devices are migrated
 * (record-evolution.ts), so 7 is still accepted.
 */
export const SCHEMA_VERSION = 8;
/**
 * The oldest client the server still accepts; older clients get 426 and keep their outbox. Every record
 * evolution must migrate data from this version on.
 */
export const MIN_CLIENT_SCHEMA_VERSION = 7;

export const SYNC_ENTITIES = [
  'patient',
  'checklistResult',
  'markingEvent',
  'checklistDefinition',
  'meeting',
  'agendaItem',
  'specialistInvitation',
  'conflict',
  'carePlan',
  'carePlanVersion',
  'mdoAction',
  'specialist',
] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

/** At most this many mutations per push; the client sends larger outboxes in several pushes. */
export const MAX_PUSH_MUTATIONS = 200;
