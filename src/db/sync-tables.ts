/** Where each synced record kind lives on the device. */
import type { Table } from 'dexie';
import type { SyncEntity } from '../domain';
import type { TijdigDb } from './database';

/** The table each synced entity lives in on the device. */
export function tableOf(db: TijdigDb, entity: SyncEntity): Table {
  const tables: Record<SyncEntity, Table> = {
    patient: db.patients,
    checklistResult: db.checklistResults,
    markingEvent: db.markingEvents,
    checklistDefinition: db.checklistDefinitions,
    meeting: db.meetings,
    agendaItem: db.agendaItems,
    specialistInvitation: db.specialistInvitations,
    conflict: db.conflicts,
    carePlan: db.carePlans,
    carePlanVersion: db.carePlanVersions,
    mdoAction: db.mdoActions,
    specialist: db.specialists,
  };
  return tables[entity];
}

export const entityTables = (db: TijdigDb) =>
  [
    db.patients,
    db.checklistResults,
    db.markingEvents,
    db.checklistDefinitions,
    db.meetings,
    db.agendaItems,
    db.specialistInvitations,
    db.conflicts,
    db.carePlans,
    db.carePlanVersions,
    db.mdoActions,
    db.specialists,
  ] as const;
