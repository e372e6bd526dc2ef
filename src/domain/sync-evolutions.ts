/**
 * How the shape of each synced record kind evolved (record-evolution.ts). Kept apart from the kinds' zod
 * schemas (sync-entities.ts reads it from here) so the device database can bring stored rows up to date
 * without loading zod on the first screen.
 */
import { carePlanEvolution, carePlanVersionEvolution } from './care-plan/evolution';
import { UNCHANGED_RECORD, type RecordEvolution } from './record-evolution';
import type { SyncEntity } from './sync-constants';

export const SYNC_ENTITY_EVOLUTIONS: Readonly<Record<SyncEntity, RecordEvolution>> = {
  patient: UNCHANGED_RECORD,
  checklistResult: UNCHANGED_RECORD,
  markingEvent: UNCHANGED_RECORD,
  checklistDefinition: UNCHANGED_RECORD,
  meeting: UNCHANGED_RECORD,
  agendaItem: UNCHANGED_RECORD,
  specialistInvitation: UNCHANGED_RECORD,
  conflict: UNCHANGED_RECORD,
  carePlan: carePlanEvolution,
  carePlanVersion: carePlanVersionEvolution,
  mdoAction: UNCHANGED_RECORD,
  specialist: UNCHANGED_RECORD,
};
