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
 * - meetings, agendaItems, specialistInvitations: the MDO (multidisciplinair overleg), its agenda with the
 *   outcome per item, and the specialists PZ invited to it.
 * - mdoActions: actions agreed in an MDO, open until done; open ones are carried onto the next agenda.
 * - specialists: the practice's directory of specialists PZ (name, organisation, team, how to reach them).
 * - carePlans:  the individual care plan (IZP) with the PZP record, one per patient (its id is the patient's).
 * - carePlanVersions: every saved version of a care plan (the whole plan, who saved it, when); never edited.
 * - conflicts:  sync conflicts the server reported, open until a person resolves them.
 * - recordRevs: the server revision each synced record was last pulled at (the base of the next edit).
 * - auditQueue: reads, searches, exports and prints made on this device, waiting for upload (NEN 7513).
 * - quarantinedRecords: pulled records that did not pass their schema, kept (sealed) until an app version
 *   that reads them, or a later valid revision from the server, takes their place.
 * - meta also holds the device's sync client id and the pull checkpoint, and the register snapshot: the
 *   register's first screen sealed with the data key (register-snapshot.ts).
 *
 * Version 8 encrypts patient data at rest (src/db/encryption): the tables listed in ENCRYPTED_TABLES store
 * only their primary key, opaque indexed fields (ids, dates, codes) and a ciphertext; no index holds a name.
 *
 * Version 9 and later bring records of a kind whose shape changed up to date (record-shapes.ts): a version
 * whose upgrade calls migrateReadableRows with the protocol version the rows had before it.
 *
 * Version 10 adds quarantinedRecords: records pulled from the server that failed their schema, kept sealed
 * aside instead of in the tables the app reads (quarantined-records.ts).
 *
 * Versions only ever get added. A new table or index is a new `version(n)` with an upgrade function when
 * existing rows need to change; the test in database.test.ts proves older data survives every upgrade.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { installEncryption } from './encryption';
import { patientsGenerationMiddleware } from './patients-generation';
import type { QuarantinedRecord } from './quarantined-records';
import { migrateReadableRows } from './record-shapes';
import type {
  AgendaItem,
  CarePlan,
  CarePlanVersionRecord,
  Conflict,
  DeviceAuditEvent,
  IsoDateTime,
  MdoAction,
  Meeting,
  RejectionReason,
  Specialist,
  SpecialistInvitation,
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

/** Version 4 adds sync: conflicts, server revisions, the audit queue and the MDO records. */
export const SCHEMA_V4 = {
  outbox: 'mutationId, &counter, recordId',
  meetings: 'id, date',
  agendaItems: 'id, meetingId, patientId',
  specialistInvitations: 'id, meetingId',
  conflicts: 'id, recordId, status',
  recordRevs: 'key',
  auditQueue: 'id',
};

/** Version 5 adds the care plans. */
export const SCHEMA_V5 = { carePlans: 'id, patientId' };

/** Version 6 adds the saved versions of each care plan. */
export const SCHEMA_V6 = { carePlanVersions: 'id, carePlanId, savedAt' };

/** Version 7 adds the MDO's actions and the directory of specialists PZ. */
export const SCHEMA_V7 = {
  mdoActions: 'id, meetingId, patientId, status, dueDate',
  specialists: 'id, name',
  specialistInvitations: 'id, meetingId, agendaItemId',
};

/**
 * Version 8 encrypts patient data at rest. Every encrypted table indexes the format version of its sealed rows
 * (rows without it are plain, written before, and get encrypted after the first unlock); patients lose their
 * name and birth-date indexes, which no query used and which would show both on disk.
 */
export const SCHEMA_V8 = {
  patients: 'id, status, palliativeSince, dyingPhaseSince, _format',
  outbox: 'mutationId, &counter, recordId, _format',
  checklistResults: 'id, patientId, definitionId, observedOn, _format',
  markingEvents: 'id, patientId, date, _format',
  meetings: 'id, date, _format',
  agendaItems: 'id, meetingId, patientId, _format',
  specialistInvitations: 'id, meetingId, agendaItemId, _format',
  conflicts: 'id, recordId, status, _format',
  auditQueue: 'id, _format',
  carePlans: 'id, patientId, _format',
  carePlanVersions: 'id, carePlanId, savedAt, _format',
  mdoActions: 'id, meetingId, patientId, status, dueDate, _format',
};

/** Version 10 keeps pulled records that fail their schema aside, sealed; keyed `entity:recordId`. */
export const SCHEMA_V10 = { quarantinedRecords: 'key, _format' };

/**
 * Version 11 indexes patients by status and marking date together: the palliative register reads its living
 * patients straight from the index instead of every marked patient, the deceased included, to drop most of
 * them after decrypting. Both fields were readable on disk already (ENCRYPTED_TABLES).
 */
export const SCHEMA_V11 = {
  patients: 'id, status, palliativeSince, dyingPhaseSince, _format, [status+palliativeSince]',
};

/** The server revision a record was last pulled at; keyed `entity:recordId`. */
export interface RecordRevRow {
  key: string;
  rev: number;
}

/** A change the server refused, kept on the device with the reason until a person deals with it. */
export interface OutboxRow extends Mutation {
  /**
   * The protocol version of the app that queued the change: the shape of its data, which the push names
   * so the server migrates it (record-evolution.ts). Absent on changes queued before it was kept: 7.
   */
  schemaVersion?: number;
  rejection?: {
    reason: RejectionReason;
    issues?: { path: string; code: string }[];
    at: IsoDateTime;
  };
}

export class TijdigDb extends Dexie {
  patients!: EntityTable<Patient, 'id'>;
  outbox!: EntityTable<OutboxRow, 'mutationId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  checklistResults!: EntityTable<ChecklistResult, 'id'>;
  markingEvents!: EntityTable<MarkingEvent, 'id'>;
  checklistDefinitions!: Dexie.Table<ChecklistDefinition, [string, number]>;
  meetings!: EntityTable<Meeting, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  specialistInvitations!: EntityTable<SpecialistInvitation, 'id'>;
  conflicts!: EntityTable<Conflict, 'id'>;
  recordRevs!: EntityTable<RecordRevRow, 'key'>;
  auditQueue!: EntityTable<DeviceAuditEvent, 'id'>;
  carePlans!: EntityTable<CarePlan, 'id'>;
  carePlanVersions!: EntityTable<CarePlanVersionRecord, 'id'>;
  mdoActions!: EntityTable<MdoAction, 'id'>;
  specialists!: EntityTable<Specialist, 'id'>;
  quarantinedRecords!: EntityTable<QuarantinedRecord, 'key'>;

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
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    this.version(8).stores(SCHEMA_V8);
    // Protocol 8: care plans record when the mantelzorgbelasting was discussed.
    this.version(9)
      .stores({})
      .upgrade((tx) => migrateReadableRows(tx, 7));
    this.version(10).stores(SCHEMA_V10);
    this.version(11).stores(SCHEMA_V11);
    // Tells the register snapshot (register-snapshot.ts) that a patient changed since it was built.
    this.use(patientsGenerationMiddleware(name));
    installEncryption(this);
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
    const { id, ...changed } = patient;
    return {
      mutationId: uuidv7() as MutationId,
      counter,
      entity: 'patient',
      recordId: id,
      op: 'put',
      baseRev: null,
      changed,
      createdAt: patient.updatedAt,
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
