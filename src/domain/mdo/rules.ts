/**
 * The rules of MDO records beyond their shape: a meeting ends after it starts and is not planned in the
 * past; an agenda holds each patient once. Each returns issues with a field and an error code; the UI turns
 * the code into a Dutch sentence next to the field.
 */
import { isoDateSchema, type IsoDate } from '../date-schemas';
import type { AgendaItem } from './agenda-item';
import type { MeetingFields } from './meeting';
import { clockTimeSchema } from './shared';

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

/**
 * The time rules of `meetingIssues` for a meeting whose other fields do not pass the schema yet, checked
 * on the date and times that do, so the form shows every problem at once instead of in rounds.
 */
export function meetingTimeIssues(
  input: Record<string, unknown>,
  options: { today: IsoDate; isNew: boolean },
): MdoIssue[] {
  const date = isoDateSchema.safeParse(input.date);
  const start = clockTimeSchema.safeParse(input.startTime);
  const end = clockTimeSchema.safeParse(input.endTime);
  const issues: MdoIssue[] = [];
  if (options.isNew && date.success && date.data < options.today)
    issues.push({ field: 'date', code: 'meeting.inPast' });
  if (start.success && end.success && end.data <= start.data)
    issues.push({ field: 'endTime', code: 'meeting.endBeforeStart' });
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
