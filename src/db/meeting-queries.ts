/**
 * Reads for the MDO planning pages: the list of meetings, one meeting with its agenda and invitations,
 * the team of the latest meeting (to prefill a new one, also offline) and the directory of specialists.
 * Rows were validated when they were written, so they are not parsed again here.
 */
import type { AgendaItem, Meeting, Patient, Specialist, SpecialistInvitation } from '../domain';
import { agendaOf } from './agenda-repository';
import type { TijdigDb } from './database';

export interface MeetingSummary {
  meeting: Meeting;
  /** Items on its agenda (removed ones not counted). */
  agendaItemCount: number;
}

const byWhen = (a: Meeting, b: Meeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id);

/** Every meeting that is not deleted, earliest first, with the number of agenda items. */
export async function listMeetingSummaries(db: TijdigDb): Promise<MeetingSummary[]> {
  const meetings = (await db.meetings.toArray()).filter((meeting) => meeting.deletedAt === null).sort(byWhen);
  const items = await db.agendaItems
    .where('meetingId')
    .anyOf(meetings.map((meeting) => meeting.id))
    .toArray();
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.deletedAt === null) counts.set(item.meetingId, (counts.get(item.meetingId) ?? 0) + 1);
  }
  return meetings.map((meeting) => ({ meeting, agendaItemCount: counts.get(meeting.id) ?? 0 }));
}

/** One meeting, or null when it does not exist (or was deleted). */
export async function getMeeting(db: TijdigDb, meetingId: string): Promise<Meeting | null> {
  const row = await db.meetings.get(meetingId);
  return row?.deletedAt === null ? row : null;
}

/** What a new meeting takes over from the latest one: the team, the chair, the usual time and place. */
export interface MeetingTemplate {
  fromDate: Meeting['date'];
  members: Meeting['members'];
  chairMemberId: Meeting['chairMemberId'];
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
}

/** The most recent meeting (latest date, cancelled or not) as a template; null when there is none. */
export async function latestMeetingTemplate(db: TijdigDb): Promise<MeetingTemplate | null> {
  const meetings = (await db.meetings.toArray()).filter((meeting) => meeting.deletedAt === null);
  const latest = meetings.sort((a, b) => byWhen(b, a))[0];
  if (!latest) return null;
  return {
    fromDate: latest.date,
    members: latest.members,
    chairMemberId: latest.chairMemberId,
    startTime: latest.startTime,
    endTime: latest.endTime,
    location: latest.location,
    videoLink: latest.videoLink,
  };
}

export interface AgendaEntry {
  item: AgendaItem;
  /** The patient of a patient item; undefined for a general topic or a patient no longer on this device. */
  patient: Patient | undefined;
}

export interface MeetingOverview {
  meeting: Meeting;
  agenda: AgendaEntry[];
  /** Open invitations (withdrawn ones are gone), oldest first. */
  invitations: SpecialistInvitation[];
  /** Every specialist the invitations name, also ones since removed from the directory, by id. */
  specialistsById: Map<string, Specialist>;
}

/** A meeting with its agenda in order and its invitations; null when the meeting does not exist. */
export async function getMeetingOverview(db: TijdigDb, meetingId: string): Promise<MeetingOverview | null> {
  const meeting = await getMeeting(db, meetingId);
  if (!meeting) return null;
  const items = await agendaOf(db, meetingId);
  const patients = await db.patients.bulkGet(
    items.map((item) => item.patientId).filter((id): id is NonNullable<typeof id> => id !== null),
  );
  const patientsById = new Map(
    patients.flatMap((patient) => (patient?.deletedAt === null ? [[patient.id as string, patient]] : [])),
  );
  const invitations = (await db.specialistInvitations.where('meetingId').equals(meetingId).toArray())
    .filter((invitation) => invitation.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const specialistIds = [
    ...new Set(invitations.flatMap((i) => (i.specialistId === null ? [] : [i.specialistId]))),
  ];
  const specialists = await db.specialists.bulkGet(specialistIds);
  return {
    meeting,
    agenda: items.map((item) => ({
      item,
      patient: item.patientId === null ? undefined : patientsById.get(item.patientId),
    })),
    invitations,
    specialistsById: new Map(
      specialists.flatMap((specialist) => (specialist ? [[specialist.id, specialist]] : [])),
    ),
  };
}

/** The directory of specialists (removed ones left out), by name. */
export async function listSpecialists(db: TijdigDb): Promise<Specialist[]> {
  const rows = await db.specialists.orderBy('name').toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}
