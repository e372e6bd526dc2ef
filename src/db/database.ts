/**
 * The device's database (IndexedDB through Dexie). This folder is the only place that imports Dexie.
 *
 * What is stored where:
 * - patients: one row per patient, validated against patientSchema on every write; deletes are tombstones.
 * - outbox:   local changes not yet acknowledged by the sync server, written in the same transaction as the row.
 * - meta:     small device facts (next outbox counter).
 * - checklistResults: recorded checklists (signals, indicators, instruments), never edited afterwards.
 * - markingEvents:    the marking history per patient; the patient row carries the derived current state.
 * - checklistDefinitions: checklist cards a region imported (the built-in ones live in src/domain).
 *
 * Versions only ever get added. A new table or index is a new `version(n)` with an upgrade function when
 * existing rows need to change; the test in database.test.ts proves older data survives every upgrade.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type {
  ChecklistDefinition,
  ChecklistResult,
  MarkingEvent,
  Mutation,
  MutationId,
  Patient,
} from '../domain';

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'tijdig';

/** Version 1 as it shipped: patients only. Kept verbatim so the upgrade test can write real v1 data. */
export const SCHEMA_V1 = { patients: 'id, familyName, birthDate, status, palliativeSince' };
/** Version 2 adds the sync outbox and device facts. */
export const SCHEMA_V2 = { outbox: 'mutationId, &counter', meta: 'key' };
/** Version 3 adds checklists and the marking history, and indexes the dying phase. */
export const SCHEMA_V3 = {
  patients: 'id, familyName, birthDate, status, palliativeSince, dyingPhaseSince',
  checklistResults: 'id, patientId, definitionId, observedOn',
  markingEvents: 'id, patientId, date',
  checklistDefinitions: '[id+version], id',
};

export class TijdigDb extends Dexie {
  patients!: EntityTable<Patient, 'id'>;
  outbox!: EntityTable<Mutation, 'mutationId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  checklistResults!: EntityTable<ChecklistResult, 'id'>;
  markingEvents!: EntityTable<MarkingEvent, 'id'>;
  checklistDefinitions!: Dexie.Table<ChecklistDefinition, [string, number]>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a save is reported only after it reached disk, so a crash right after
    // "Opgeslagen" never loses the record. Immutable cache: live queries hand out frozen rows instead of
    // deep copies, which reads a 10,000-patient register about a third faster; the app never mutates rows.
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => queueExistingPatients(tx));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => addMarkingFields(tx));
  }
}

/**
 * Patients written before the outbox existed were never queued for sync. Queue each of them once, as a
 * full "put", so they reach the server when sync arrives instead of living only on this device.
 */
async function queueExistingPatients(tx: Transaction): Promise<void> {
  const patients = (await tx.table('patients').toArray()) as Patient[];
  let counter = 0;
  const mutations: Mutation[] = patients.map((patient) => {
    counter += 1;
    const { id, createdAt, ...changed } = patient;
    return {
      mutationId: uuidv7() as MutationId,
      counter,
      entity: 'patient',
      recordId: id,
      op: 'put',
      baseRev: null,
      changed,
      createdAt,
    };
  });
  await tx.table('outbox').bulkAdd(mutations);
  await tx.table('meta').put({ key: 'nextOutboxCounter', value: counter + 1 });
}

/** Patients from version 2 get the marking fields added in version 3, empty: no colour, no dying phase. */
async function addMarkingFields(tx: Transaction): Promise<void> {
  await tx
    .table('patients')
    .toCollection()
    .modify((patient: Partial<Patient>) => {
      patient.registerColour ??= null;
      patient.dyingPhaseSince ??= null;
    });
}
