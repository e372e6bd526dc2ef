/**
 * The rules of MDO records beyond their shape: a meeting ends after it starts and is not planned in the
 * past; an agenda holds each patient once. Each returns issues with a field and an error code; the UI turns
 * the code into a Dutch sentence next to the field.
 */
import type { IsoDate } from '../date-schemas';
import type { AgendaItem } from './agenda-item';
import type { MeetingFields } from './meeting';

export interface MdoIssue {
  field: string;
  code: string;
}

/**
 * Checks a meeting's times and, when it is being created, that it does not lie in the past. A meeting that
 * already exists may keep its date after the day has passed (its minutes are written afterwards).
 */
export function meetingIssues(
  meeting: Pick<MeetingFields, 'date' | 'startTime' | 'endTime' | 'chairMemberId' | 'members'>,
  options: { today: IsoDate; isNew: boolean },
): MdoIssue[] {
  const issues: MdoIssue[] = [];
  if (options.isNew && meeting.date < options.today) issues.push({ field: 'date', code: 'meeting.inPast' });
  if (meeting.endTime <= meeting.startTime) issues.push({ field: 'endTime', code: 'meeting.endBeforeStart' });
  if (meeting.chairMemberId !== null && !meeting.members.some((m) => m.id === meeting.chairMemberId)) {
    issues.push({ field: 'chairMemberId', code: 'meeting.chairNotMember' });
  }
  return issues;
}

/** Whether the patient already has a (not deleted) item on this meeting's agenda. */
export function isPatientOnAgenda(
  items: readonly Pick<AgendaItem, 'meetingId' | 'patientId' | 'deletedAt'>[],
  meetingId: string,
  patientId: string,
): boolean {
  return items.some(
    (item) => item.meetingId === meetingId && item.patientId === patientId && item.deletedAt === null,
  );
}
