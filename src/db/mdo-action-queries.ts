/**
 * Reads of MDO actions: the overview across patients and meetings (with the patient's name and the
 * meeting's date to link to), and the open actions the next agenda carries. Removed actions are left out.
 */
import type { IsoDate, MdoAction } from '../domain';
import type { TijdigDb } from './database';
import { patientNamesOf } from './minutes-queries';

const isLive = (row: { deletedAt: string | null }) => row.deletedAt === null;

/** Open actions first by due date, then by when they were recorded. */
export const byDueDate = (a: MdoAction, b: MdoAction) =>
  a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt);

/** Every action on this device that is not removed. */
export async function listMdoActions(db: TijdigDb): Promise<MdoAction[]> {
  return (await db.mdoActions.toArray()).filter(isLive);
}

/**
 * The open actions, by due date: what the next meeting's agenda carries over, so no action is lost
 * between meetings.
 */
export async function listOpenMdoActions(db: TijdigDb): Promise<MdoAction[]> {
  const open = await db.mdoActions.where('status').equals('open').toArray();
  return open.filter(isLive).sort(byDueDate);
}

export interface ActionOverviewRow {
  action: MdoAction;
  /** The patient's name; null for a general action, or when the patient is no longer on this device. */
  patientName: string | null;
  /** The date of the meeting where it was agreed; null when it was recorded outside a meeting. */
  meetingDate: IsoDate | null;
}

/** All actions with the patient's name and the meeting's date, for the actions overview. */
export async function listActionOverview(db: TijdigDb): Promise<ActionOverviewRow[]> {
  const actions = await listMdoActions(db);
  const names = await patientNamesOf(
    db,
    actions.flatMap((action) => (action.patientId === null ? [] : [action.patientId])),
  );
  const meetingIds = [
    ...new Set(actions.flatMap((action) => (action.meetingId === null ? [] : [action.meetingId]))),
  ];
  const dates = new Map<string, IsoDate>();
  for (const meeting of await db.meetings.bulkGet(meetingIds)) {
    if (meeting && isLive(meeting)) dates.set(meeting.id, meeting.date);
  }
  return actions.map((action) => ({
    action,
    patientName: action.patientId === null ? null : (names.get(action.patientId) ?? null),
    meetingDate: action.meetingId === null ? null : (dates.get(action.meetingId) ?? null),
  }));
}
