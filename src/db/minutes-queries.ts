/**
 * Reads for running and recording an MDO: one meeting with its agenda, patients and actions (meeting mode
 * and the minutes), the facts shown per patient during the meeting, and the meetings of a period (the
 * attendance list for accreditation and the knelpunten for the regional network). Rows were checked
 * against their schemas when they were written; removed records (tombstones) are left out.
 */
import {
  adviceOnItem,
  fullName,
  type AgendaItem,
  type CarePlanId,
  type CarePlanStatus,
  type IsoDate,
  type MdoAction,
  type Meeting,
  type Patient,
  type PatientId,
  type SpecialistAdvice,
} from '../domain';
import type { TijdigDb } from './database';
import { listMarkingEvents } from './marking-repository';

const isLive = (row: { deletedAt: string | null }) => row.deletedAt === null;

export interface MeetingItemRecord {
  item: AgendaItem;
  /** The item's patient; null for a general topic, or when the patient is no longer on this device. */
  patient: Patient | null;
  /** "Advies specialist PZ": what the specialists invited to this item advised, oldest first. */
  advice: SpecialistAdvice[];
}

export interface MeetingRecord {
  meeting: Meeting;
  /** The agenda in order. */
  items: MeetingItemRecord[];
  /** The actions agreed in this meeting, in the order they were recorded. */
  actions: MdoAction[];
}

/** A meeting with its agenda (and each item's patient) and its actions; null when missing or removed. */
export async function getMeetingRecord(db: TijdigDb, meetingId: string): Promise<MeetingRecord | null> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || !isLive(meeting)) return null;
  const items = (await db.agendaItems.where('meetingId').equals(meetingId).toArray())
    .filter(isLive)
    .sort((a, b) => a.position - b.position);
  const patientIds = [...new Set(items.flatMap((item) => (item.patientId === null ? [] : [item.patientId])))];
  const patients = new Map<string, Patient>();
  for (const patient of await db.patients.bulkGet(patientIds)) {
    if (patient && isLive(patient)) patients.set(patient.id, patient);
  }
  const actions = (await db.mdoActions.where('meetingId').equals(meetingId).toArray())
    .filter(isLive)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const invitations = await db.specialistInvitations.where('meetingId').equals(meetingId).toArray();
  return {
    meeting,
    items: items.map((item) => ({
      item,
      patient: item.patientId === null ? null : (patients.get(item.patientId) ?? null),
      advice: adviceOnItem(invitations, item.id),
    })),
    actions,
  };
}

/** What the team sees of a patient during the meeting besides the patient row itself. */
export interface PatientMeetingFacts {
  /** Concept or vastgesteld; null when there is no care plan. */
  carePlanStatus: CarePlanStatus | null;
  /** From the recorded death, for the nabespreking: did the patient die where they wished? */
  diedAtPreferredPlace: 'yes' | 'no' | 'unknown' | null;
  /** The patient's open actions from any meeting, by due date. */
  openActions: MdoAction[];
}

export async function getPatientMeetingFacts(db: TijdigDb, patientId: string): Promise<PatientMeetingFacts> {
  const plan = await db.carePlans.get(patientId as CarePlanId);
  const death = (await listMarkingEvents(db, patientId)).filter(
    (event) => isLive(event) && event.kind === 'death',
  );
  const lastDeath = death.at(-1);
  const openActions = (await db.mdoActions.where('patientId').equals(patientId).toArray())
    .filter((action) => isLive(action) && action.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    carePlanStatus: plan && isLive(plan) ? plan.status : null,
    diedAtPreferredPlace: lastDeath?.kind === 'death' ? lastDeath.wasPreferredPlace : null,
    openActions,
  };
}

/**
 * The meetings held or planned from `from` up to and including `to`, by date and time; cancelled
 * meetings are left out (nobody attended them and they collected nothing).
 */
export async function listMeetingsBetween(db: TijdigDb, from: IsoDate, to: IsoDate): Promise<Meeting[]> {
  if (to < from) return [];
  const meetings = await db.meetings.where('date').between(from, to, true, true).toArray();
  return meetings
    .filter((meeting) => isLive(meeting) && meeting.status === 'planned')
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

/** The names of the given patients (removed ones left out), for lists that link to them. */
export async function patientNamesOf(
  db: TijdigDb,
  patientIds: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(patientIds)] as PatientId[];
  const names = new Map<string, string>();
  for (const patient of await db.patients.bulkGet(unique)) {
    if (patient && isLive(patient)) names.set(patient.id, fullName(patient));
  }
  return names;
}

/** One meeting where the patient was on the agenda, with the specialists' advice on that item. */
export interface PatientMeetingAdvice {
  meeting: Meeting;
  advice: SpecialistAdvice[];
}

/** The patient's MDO history of specialist advice: meetings with advice on their item, latest first. */
export async function listPatientAdvice(db: TijdigDb, patientId: string): Promise<PatientMeetingAdvice[]> {
  const items = (await db.agendaItems.where('patientId').equals(patientId).toArray()).filter(isLive);
  const history: PatientMeetingAdvice[] = [];
  for (const item of items) {
    const meeting = await db.meetings.get(item.meetingId);
    if (!meeting || !isLive(meeting)) continue;
    const invitations = await db.specialistInvitations.where('agendaItemId').equals(item.id).toArray();
    const advice = adviceOnItem(invitations, item.id);
    if (advice.length > 0) history.push({ meeting, advice });
  }
  return history.sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
}
