/**
 * Marking: every change is a new event in the history; the patient row carries the derived current state
 * (palliativeSince, colour, dying phase, death) so the register stays one indexed query. Event, patient and
 * their outbox mutations are written in one transaction.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  isoDateOf,
  isoDateSchema,
  markingChangeSchema,
  markingEventSchema,
  markingIssues,
  markingStateOf,
  patientSchema,
  validatePatientFields,
  type Author,
  type ChecklistResult,
  type IsoDate,
  type IsoDateTime,
  type MarkingChange,
  type MarkingEvent,
  type MarkingEventId,
  type OnBehalfOf,
  type Patient,
  type PatientId,
  type SyncEntity,
} from '../domain';
import type { TijdigDb } from './database';
import { prepareChecklistResult, type ChecklistEntry } from './checklist-repository';
import { getPatient } from './patients-repository';
import { prepareQueue } from './outbox';
import { notFound, runWrite } from './run-write';
import { storeSyncedRecords, type SyncedWrite } from './synced-record';
import type { FieldIssue, WriteResult } from './write-result';

export interface MarkingEntry {
  patientId: string;
  /** The day the change applies to, ISO `YYYY-MM-DD`; anything else is refused as `date.invalid`. */
  date: string;
  /** The change itself: `{ kind: 'palliative', … }`, `{ kind: 'unmark', reason }`, … (see markingChangeSchema). */
  change: unknown;
  author: Author;
  /** The huisarts whose decision this is, when a POH records it namens them (the server checks it). */
  onBehalfOf?: OnBehalfOf | null;
}

/** The marking history of one patient, in the order it happened. */
export async function listMarkingEvents(db: TijdigDb, patientId: string): Promise<MarkingEvent[]> {
  const events = await db.markingEvents.where('patientId').equals(patientId).toArray();
  // A copy: inside a live query the database's immutable cache hands out frozen arrays.
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
}

/** The patient row after an event: marking state re-derived from the whole history. */
function applyToPatient(
  patient: Patient,
  events: MarkingEvent[],
  event: MarkingEvent,
  at: IsoDateTime,
): Patient {
  const state = markingStateOf([...events, event]);
  const next: Patient = {
    ...patient,
    palliativeSince: state.palliativeSince,
    registerColour: state.colour,
    dyingPhaseSince: state.dyingPhaseSince,
    markingOnBehalfOf: event.onBehalfOf ?? null,
    updatedAt: at,
  };
  if (event.kind === 'death') {
    return {
      ...next,
      status: 'deceased',
      deathDate: event.date,
      placeOfDeath: event.place,
      statusSince: null,
    };
  }
  return next;
}

type MarkingWriteResult = WriteResult<MarkingEvent>;

/**
 * Checks one marking change for a patient against their history and, when allowed, returns the writes that
 * store it: the checklist result that led to it (if any), the event, and the patient's new state. Returns
 * the issues instead when the change is not allowed.
 */
function markingWrites(
  eventId: MarkingEventId,
  patient: Patient,
  events: MarkingEvent[],
  entry: MarkingEntry & { change: MarkingChange; date: IsoDate },
  at: IsoDateTime,
  today: IsoDate,
  checklistResult: ChecklistResult | undefined,
): { ok: true; event: MarkingEvent; writes: SyncedWrite[] } | { ok: false; result: MarkingWriteResult } {
  const issues: FieldIssue[] = markingIssues(entry.change, entry.date, {
    today,
    birthDate: patient.birthDate,
    state: { ...markingStateOf(events), deathDate: patient.deathDate },
  });
  if (issues.length > 0) return { ok: false, result: { ok: false, error: { kind: 'invalid', issues } } };
  const event = markingEventSchema.parse({
    ...entry.change,
    id: eventId,
    patientId: patient.id,
    date: entry.date,
    author: entry.author,
    recordedAt: at,
    onBehalfOf: entry.onBehalfOf ?? null,
    deletedAt: null,
  });
  const writes: SyncedWrite[] = [];
  if (checklistResult) {
    const result = { ...checklistResult, patientId: patient.id };
    writes.push({ entity: 'checklistResult', next: result, previous: undefined, at: result.recordedAt });
  }
  writes.push({ entity: 'markingEvent', next: event, previous: undefined, at });
  const next = applyToPatient(patient, events, event, at);
  writes.push({ entity: 'patient', next, previous: patient, at: next.updatedAt });
  return { ok: true, event, writes };
}

/**
 * The patient a marking is for and their history, read together with what queueing the marking's
 * changes needs (`queued`: the records it will store); a new patient has no history yet.
 */
async function markingSubject(
  db: TijdigDb,
  target: { patientId: string } | { newPatient: Patient },
  queued: { entity: SyncEntity; recordId: string }[],
): Promise<{ patient: Patient | undefined; events: MarkingEvent[] }> {
  if ('newPatient' in target) {
    await prepareQueue(db, queued);
    return { patient: target.newPatient, events: [] };
  }
  const [patient, events] = await Promise.all([
    getPatient(db, target.patientId),
    listMarkingEvents(db, target.patientId),
    prepareQueue(db, queued),
  ]);
  return { patient, events };
}

function parseChange(
  change: unknown,
): { ok: true; value: MarkingChange } | { ok: false; result: MarkingWriteResult } {
  const parsed = markingChangeSchema.safeParse(change);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'kind'), code: i.message }));
  return { ok: false, result: { ok: false, error: { kind: 'invalid', issues } } };
}

const MARKING_TABLES = (db: TijdigDb) => [db.patients, db.markingEvents, db.checklistResults];

/**
 * Records a marking change. With `checklist`, the checklist result that led to it is stored in the same
 * transaction: both land or neither.
 */
export async function recordMarking(
  db: TijdigDb,
  entry: MarkingEntry,
  now: Date,
  checklist?: ChecklistEntry,
): Promise<MarkingWriteResult> {
  return quickMark(db, { patientId: entry.patientId }, entry, now, checklist);
}

/**
 * Marks a patient, creating them first when `target` holds new patient fields instead of an id. Patient,
 * checklist result, marking event and their outbox mutations are one transaction: a refused marking never
 * leaves a half-created patient behind.
 */
export async function quickMark(
  db: TijdigDb,
  target: { patientId: string } | { newPatient: unknown },
  entry: Omit<MarkingEntry, 'patientId'>,
  now: Date,
  checklist?: Omit<ChecklistEntry, 'patientId'>,
): Promise<MarkingWriteResult & { patientId?: PatientId }> {
  const date = isoDateSchema.safeParse(entry.date);
  if (!date.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        issues: [{ field: 'date', code: date.error.issues[0]?.message ?? 'date.invalid' }],
      },
    };
  }
  const change = parseChange(entry.change);
  if (!change.ok) return change.result;
  const today = isoDateOf(now);
  let newPatient: Patient | undefined;
  if ('newPatient' in target) {
    const checked = validatePatientFields(target.newPatient, today);
    if (!checked.ok) return { ok: false, error: { kind: 'invalid', issues: checked.issues } };
    const at = now.toISOString() as IsoDateTime;
    // Parsed now, as storing it would: the marking's patient change is then exactly what marking adds.
    newPatient = patientSchema.parse({
      ...checked.value,
      id: uuidv7() as PatientId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }
  let prepared: ChecklistResult | undefined;
  if (checklist) {
    const placeholder = newPatient?.id ?? ('patientId' in target ? target.patientId : '');
    const result = prepareChecklistResult({ ...checklist, patientId: placeholder as PatientId }, now);
    if (!result.ok) return { ok: false, error: { kind: 'invalid', issues: result.issues } };
    prepared = result.value;
  }
  const at = now.toISOString() as IsoDateTime;
  const eventId = uuidv7() as MarkingEventId;
  const subject = newPatient ? { newPatient } : { patientId: 'patientId' in target ? target.patientId : '' };
  const subjectId = newPatient?.id ?? ('patientId' in target ? target.patientId : '');
  // Every record the marking stores, known before the transaction: their queue entries are read ahead.
  const queued = [
    ...(prepared ? [{ entity: 'checklistResult' as const, recordId: prepared.id }] : []),
    { entity: 'markingEvent' as const, recordId: eventId },
    { entity: 'patient' as const, recordId: subjectId },
  ];
  let patientId: PatientId | undefined;
  // Reads first, then every row and its mutation in one go: the save waits on a few database round trips,
  // not on one per row, and a refused marking has written nothing (a new patient included).
  const result = await runWrite(db, MARKING_TABLES(db), async () => {
    const { patient, events } = await markingSubject(db, subject, queued);
    if (!patient) return notFound<MarkingEvent>();
    const marked = markingWrites(
      eventId,
      patient,
      events,
      { ...entry, date: date.data, patientId: patient.id, change: change.value },
      at,
      today,
      prepared,
    );
    if (!marked.ok) return marked.result;
    // A new patient is stored as created first, then with its marking state: the same two changes the
    // server gets when a patient is created and then marked.
    const creation: SyncedWrite[] = newPatient
      ? [{ entity: 'patient', next: newPatient, previous: undefined, at: newPatient.updatedAt }]
      : [];
    await storeSyncedRecords(db, [...creation, ...marked.writes]);
    patientId = patient.id;
    return { ok: true, value: marked.event };
  });
  return result.ok ? { ...result, patientId } : result;
}
