/**
 * Reads for the agenda builder and the "Voordragen voor MDO" control: a meeting's agenda with its
 * patients and the open actions carried onto it, the input of the agenda suggestion, and the upcoming
 * meetings a patient can be put forward for. Every read goes through an index, so a register of 10,000
 * patients costs the few hundred marked, deceased and recently signalled rows, not a full scan.
 */
import {
  addDays,
  createCatalog,
  type AgendaItem,
  type AgendaSuggestionInput,
  type CarePlanId,
  type IsoDate,
  type MdoAction,
  type Meeting,
  type Patient,
  type PastAgendaItem,
  type PatientId,
} from '../domain';
import { agendaOf } from './agenda-repository';
import type { TijdigDb } from './database';
import { liveRow } from './run-write';

/** One agenda item with its patient (null for a general topic or a patient no longer on this device). */
export interface AgendaRow {
  item: AgendaItem;
  patient: Patient | null;
  /** The patient's open actions from earlier meetings (or from outside a meeting), due first. */
  openActions: MdoAction[];
}

export interface AgendaView {
  meeting: Meeting;
  rows: AgendaRow[];
  /** Open actions without a patient, from earlier meetings or outside one: carried onto this agenda. */
  generalActions: MdoAction[];
}

const byDue = (a: MdoAction, b: MdoAction) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);

/** Open actions not agreed in this meeting: what earlier meetings left to follow up. */
async function carriedActions(db: TijdigDb, meetingId: string): Promise<MdoAction[]> {
  const open = await db.mdoActions.where('status').equals('open').toArray();
  return open.filter((action) => action.deletedAt === null && action.meetingId !== meetingId).sort(byDue);
}

/** The meeting with its agenda in order, each patient item joined with its patient; null when gone. */
export async function getAgendaView(db: TijdigDb, meetingId: string): Promise<AgendaView | null> {
  const meeting = liveRow(await db.meetings.get(meetingId));
  if (!meeting) return null;
  const items = await agendaOf(db, meetingId);
  const patientIds = items.flatMap((item) => (item.patientId === null ? [] : [item.patientId]));
  const patients = await db.patients.bulkGet(patientIds);
  const byId = new Map<string, Patient>();
  for (const row of patients) {
    const patient = liveRow(row);
    if (patient) byId.set(patient.id, patient);
  }
  const actions = await carriedActions(db, meetingId);
  const rows = items.map((item) => ({
    item,
    patient: item.patientId === null ? null : (byId.get(item.patientId) ?? null),
    openActions: actions.filter((action) => item.patientId !== null && action.patientId === item.patientId),
  }));
  return { meeting, rows, generalActions: actions.filter((action) => action.patientId === null) };
}

/** The suggestion's input, with the full patient rows (the page shows their status and colour). */
export type AgendaSuggestionSource = Omit<AgendaSuggestionInput, 'patients'> & { patients: Patient[] };

/** The latest meeting before this one that was not cancelled: "since the last meeting" counts from it. */
export async function getPreviousMeeting(
  db: TijdigDb,
  meeting: Pick<Meeting, 'id' | 'date'>,
): Promise<Meeting | undefined> {
  return db.meetings
    .where('date')
    .below(meeting.date)
    .reverse()
    .filter((other) => other.deletedAt === null && other.status === 'planned' && other.id !== meeting.id)
    .first();
}

/**
 * Everything the agenda suggestion needs for one meeting, read through indexes: the marked patients
 * (sparse palliativeSince index), patients who died and marking events and checklist results dated in
 * the window since the previous meeting, open actions, and for those patients their care plans and
 * earlier agenda items. Undefined when the meeting does not exist.
 */
export async function getAgendaSuggestionInput(
  db: TijdigDb,
  meetingId: string,
  reviewIntervalWeeks: number,
): Promise<AgendaSuggestionSource | undefined> {
  const meeting = liveRow(await db.meetings.get(meetingId));
  if (!meeting) return undefined;
  const previous = await getPreviousMeeting(db, meeting);
  // The window's first day is read too: an event on the previous meeting's day can still count.
  const start: IsoDate = previous?.date ?? addDays(meeting.date, -7 * reviewIntervalWeeks);
  const inWindow = (date: IsoDate | null) => date !== null && date >= start && date <= meeting.date;
  const [marked, deceased, markingEvents, checklistResults, actions, agenda, imported] = await Promise.all([
    db.patients.orderBy('palliativeSince').toArray(),
    db.patients
      .where('status')
      .equals('deceased')
      .filter((patient) => inWindow(patient.deathDate))
      .toArray(),
    db.markingEvents.where('date').between(start, meeting.date, true, true).toArray(),
    db.checklistResults.where('observedOn').between(start, meeting.date, true, true).toArray(),
    carriedActions(db, meetingId),
    agendaOf(db, meetingId),
    db.checklistDefinitions.toArray(),
  ]);
  const patients = await withReferencedPatients(
    db,
    [...marked, ...deceased],
    [
      ...markingEvents.map((event) => event.patientId),
      ...checklistResults.map((result) => result.patientId),
      ...actions.flatMap((action) => (action.patientId === null ? [] : [action.patientId])),
    ],
  );
  const patientIds = patients.map((patient) => patient.id);
  // A care plan's id is its patient's id.
  const carePlans = await db.carePlans.bulkGet(marked.map((patient) => patient.id as string as CarePlanId));
  return {
    meetingDate: meeting.date,
    previousMeetingDate: previous?.date ?? null,
    reviewIntervalWeeks,
    patients,
    markingEvents,
    checklistResults,
    catalog: createCatalog(imported),
    carePlans: carePlans.filter((plan) => plan !== undefined),
    pastAgendaItems: await pastItemsOf(db, patientIds, meeting),
    actions,
    patientIdsOnAgenda: agenda.flatMap((item) => (item.patientId === null ? [] : [item.patientId])),
  };
}

/** `loaded` plus the patients that `referenced` names and that were not loaded yet, each once. */
async function withReferencedPatients(
  db: TijdigDb,
  loaded: Patient[],
  referenced: string[],
): Promise<Patient[]> {
  const byId = new Map(loaded.map((patient) => [patient.id as string, patient]));
  const missing = [...new Set(referenced)].filter((id) => !byId.has(id));
  const found = await db.patients.bulkGet(missing as PatientId[]);
  for (const patient of found) if (patient) byId.set(patient.id, patient);
  return [...byId.values()];
}

/** The patients' items on earlier agendas (of meetings that were held), with each meeting's date. */
async function pastItemsOf(db: TijdigDb, patientIds: string[], meeting: Meeting): Promise<PastAgendaItem[]> {
  const items = await db.agendaItems.where('patientId').anyOf(patientIds).toArray();
  const live = items.filter((item) => item.deletedAt === null && item.meetingId !== meeting.id);
  const meetingIds = [...new Set(live.map((item) => item.meetingId))];
  const meetings = await db.meetings.bulkGet(meetingIds);
  const dates = new Map<string, IsoDate>();
  for (const other of meetings) {
    if (other?.deletedAt === null && other.status === 'planned' && other.date < meeting.date)
      dates.set(other.id, other.date);
  }
  return live.flatMap((item) => {
    const meetingDate = dates.get(item.meetingId);
    if (meetingDate === undefined) return [];
    const { patientId, isDiscussed, nextReviewDate, afterDeathReview } = item;
    return [{ patientId, isDiscussed, nextReviewDate, afterDeathReview, meetingDate }];
  });
}

/** A meeting a patient can be put forward for, and whether the patient is already on its agenda. */
export interface NominationOption {
  meeting: Meeting;
  isOnAgenda: boolean;
}

/** The planned meetings from today on, soonest first, each saying whether the patient is on its agenda. */
export async function getNominationOptions(
  db: TijdigDb,
  patientId: string,
  today: IsoDate,
): Promise<NominationOption[]> {
  const meetings = await db.meetings
    .where('date')
    .aboveOrEqual(today)
    .filter((meeting) => meeting.deletedAt === null && meeting.status === 'planned')
    .sortBy('date');
  const items = await db.agendaItems.where('patientId').equals(patientId).toArray();
  const onAgendaOf = new Set(items.filter((item) => item.deletedAt === null).map((item) => item.meetingId));
  return meetings
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((meeting) => ({ meeting, isOnAgenda: onAgendaOf.has(meeting.id) }));
}
