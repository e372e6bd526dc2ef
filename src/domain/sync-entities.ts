/**
 * Every record kind that syncs, with what the server needs to know about it: the schema a record must
 * pass after each change, its field groups (the unit of conflict detection), and what a specialist PZ may
 * see of it, and how its shape evolved (sync-evolutions.ts). Adding a synced record kind means adding one
 * entry here and one there.
 */
import type { z } from 'zod';
import { DELETION_GROUP } from './access-policy';
import { carePlanFieldGroups, carePlanSchema } from './care-plan/care-plan';
import { specialistCarePlanView } from './care-plan/specialist-view';
import { carePlanVersionFieldGroups, carePlanVersionSchema } from './care-plan/version-record';
import { checklistDefinitionSchema } from './checklists/definition';
import { checklistResultFieldGroups, checklistResultSchema } from './checklists/result';
import { conflictSchema } from './conflict';
import { markingEventFieldGroups, markingEventSchema } from './marking';
import {
  agendaItemFieldGroups,
  agendaItemSchema,
  mdoActionFieldGroups,
  mdoActionSchema,
  meetingFieldGroups,
  meetingSchema,
  specialistFieldGroups,
  specialistInvitationFieldGroups,
  specialistInvitationSchema,
  specialistSchema,
} from './mdo';
import { patientFieldGroups, patientSchema } from './patient';
import type { RecordEvolution } from './record-evolution';
import type { StampRules } from './server-stamps';
import type { SyncEntity } from './sync';
import { SYNC_ENTITY_EVOLUTIONS } from './sync-evolutions';

type Row = Record<string, unknown>;

export interface SyncEntityDefinition {
  schema: z.ZodType;
  /** The shape's version and the migrations from older ones (record-evolution.ts). */
  evolution: RecordEvolution;
  /** Group name -> the fields that form one fact. Fields in no group are bookkeeping and never conflict. */
  fieldGroups: Readonly<Record<string, readonly string[]>>;
  /** Whether the record's own `id` field must equal the record id (false for definitions, keyed id@version). */
  hasIdField: boolean;
  /** Only the server writes these (conflicts); a device's mutation of them is refused. */
  isServerOnly: boolean;
  /**
   * Written once and never changed (a marking event, a checklist result or definition, a care-plan
   * version): the record is what someone recorded at that moment. Later only its deletion (the tombstone
   * group) may be written; the server refuses any other change (push.ts, write-once.ts).
   */
  isWriteOnce: boolean;
  /** The patient a record belongs to, for access control and audit; null for records of no one patient. */
  patientIdOf: (row: Row) => string | null;
  /**
   * What a specialist PZ receives of a record in their scope, or null when they never receive this kind.
   * Fields outside the allowlist are emptied, not dropped, so the record still passes its schema on the device.
   */
  specialistView: ((row: Row) => Row) | null;
  /** The author and time fields the server sets itself, whatever a device sent (see server-stamps.ts). */
  stamps: StampRules;
}

const noPatient = () => null;
const byPatientId = (row: Row) => (typeof row.patientId === 'string' ? row.patientId : null);

/** "Jan" -> "J."; specialists see initials, never full names. */
function initialOf(value: unknown): string {
  return typeof value === 'string' && value.length > 0 ? `${value.charAt(0).toUpperCase()}.` : '';
}

/** The patient as a specialist PZ sees it: initials, birth date (for the age), diagnosis and marking. */
export function specialistPatientView(row: Row): Row {
  return {
    ...row,
    givenName: initialOf(row.givenName),
    namePrefix: '',
    familyName: initialOf(row.familyName),
    bsn: null,
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    homeCareOrganisation: '',
  };
}

/** A care plan's last editor and moment; also inside each version's snapshot of the plan. */
const CARE_PLAN_STAMPS: StampRules = {
  author: ['author'],
  timeOnCreate: ['createdAt'],
  timeOnChange: ['updatedAt'],
  timeWhenSet: ['deletedAt'],
  deviceTime: 'deviceRecordedAt',
};

export const SYNC_ENTITY_DEFINITIONS: Readonly<Record<SyncEntity, SyncEntityDefinition>> = {
  patient: {
    schema: patientSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.patient,
    // Its tombstone is a group of its own, so setting it is a `delete` the policy must grant.
    fieldGroups: { ...patientFieldGroups, [DELETION_GROUP]: ['deletedAt'] },
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: (row) => (typeof row.id === 'string' ? row.id : null),
    specialistView: specialistPatientView,
    stamps: { timeOnCreate: ['createdAt'], timeOnChange: ['updatedAt'], timeWhenSet: ['deletedAt'] },
  },
  checklistResult: {
    schema: checklistResultSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.checklistResult,
    fieldGroups: checklistResultFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: true,
    patientIdOf: byPatientId,
    specialistView: (row) => row,
    stamps: {
      author: ['author'],
      timeOnCreate: ['recordedAt'],
      timeWhenSet: ['deletedAt'],
      deviceTime: 'deviceRecordedAt',
    },
  },
  markingEvent: {
    schema: markingEventSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.markingEvent,
    fieldGroups: markingEventFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: true,
    patientIdOf: byPatientId,
    specialistView: null,
    stamps: {
      author: ['author'],
      timeOnCreate: ['recordedAt'],
      timeWhenSet: ['deletedAt'],
      deviceTime: 'deviceRecordedAt',
    },
  },
  checklistDefinition: {
    schema: checklistDefinitionSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.checklistDefinition,
    fieldGroups: { definition: [] },
    hasIdField: false,
    isServerOnly: false,
    isWriteOnce: true,
    patientIdOf: noPatient,
    specialistView: (row) => row,
    stamps: {},
  },
  meeting: {
    schema: meetingSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.meeting,
    fieldGroups: meetingFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: noPatient,
    // Knelpunten and onderwijsbehoeften are the team's own notes for the regional network (free text that
    // may mention patients), not for an invited guest.
    specialistView: (row) => ({ ...row, bottlenecks: [], trainingNeeds: [] }),
    stamps: { timeOnCreate: ['createdAt'], timeWhenSet: ['deletedAt'] },
  },
  agendaItem: {
    schema: agendaItemSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.agendaItem,
    fieldGroups: agendaItemFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: byPatientId,
    specialistView: (row) => row,
    stamps: { authorWhenSet: ['nominatedBy'], timeOnCreate: ['createdAt'], timeWhenSet: ['deletedAt'] },
  },
  specialistInvitation: {
    schema: specialistInvitationSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.specialistInvitation,
    fieldGroups: specialistInvitationFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: noPatient,
    specialistView: (row) => row,
    stamps: {
      timeOnCreate: ['createdAt'],
      timeWhenSet: ['deletedAt'],
      onFieldChange: { advice: { author: ['adviceBy'], time: ['adviceAt'] } },
    },
  },
  conflict: {
    schema: conflictSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.conflict,
    fieldGroups: {},
    hasIdField: true,
    isServerOnly: true,
    isWriteOnce: false,
    patientIdOf: noPatient,
    specialistView: null,
    stamps: {},
  },
  carePlan: {
    schema: carePlanSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.carePlan,
    fieldGroups: { ...carePlanFieldGroups, [DELETION_GROUP]: ['deletedAt'] },
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: byPatientId,
    specialistView: specialistCarePlanView,
    stamps: CARE_PLAN_STAMPS,
  },
  carePlanVersion: {
    schema: carePlanVersionSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.carePlanVersion,
    fieldGroups: carePlanVersionFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: true,
    patientIdOf: byPatientId,
    // The snapshots hold everything the specialist's view of the plan leaves out.
    specialistView: null,
    stamps: {
      author: ['author'],
      timeOnCreate: ['savedAt'],
      deviceTime: 'deviceRecordedAt',
      nested: { plan: CARE_PLAN_STAMPS },
    },
  },
  mdoAction: {
    schema: mdoActionSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.mdoAction,
    fieldGroups: mdoActionFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: byPatientId,
    specialistView: null,
    stamps: { timeOnCreate: ['createdAt'], timeWhenSet: ['deletedAt'] },
  },
  specialist: {
    schema: specialistSchema,
    evolution: SYNC_ENTITY_EVOLUTIONS.specialist,
    fieldGroups: specialistFieldGroups,
    hasIdField: true,
    isServerOnly: false,
    isWriteOnce: false,
    patientIdOf: noPatient,
    specialistView: null,
    stamps: { timeOnCreate: ['createdAt'], timeWhenSet: ['deletedAt'] },
  },
};

/** The field groups a change touches; fields in no group are bookkeeping and belong to none. */
export function groupsTouched(definition: SyncEntityDefinition, fields: readonly string[]): string[] {
  const touched = new Set<string>();
  for (const [group, members] of Object.entries(definition.fieldGroups)) {
    if (fields.some((field) => members.includes(field))) touched.add(group);
  }
  return [...touched];
}

/** The values of one group's fields in a row (missing fields read as undefined). */
export function groupValue(definition: SyncEntityDefinition, group: string, row: Row): Row {
  const members = definition.fieldGroups[group] ?? [];
  return Object.fromEntries(members.map((field) => [field, row[field]]));
}
