/**
 * The meeting form works on text as typed (the date as dd-mm-jjjj, times as 9:30 or 09.30); these
 * functions translate between that and what createMeeting and updateMeeting validate.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  MEMBER_ROLES,
  parseDutchDate,
  toDutchDate,
  type Meeting,
  type MemberRole,
  type Role,
} from '../../../domain';
import type { MeetingTemplate } from '../../../db';

export interface MemberFormValues {
  id: string;
  name: string;
  /** A MEMBER_ROLES value, or '' while not chosen. */
  role: string;
}

export interface MeetingFormValues {
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  members: MemberFormValues[];
  /** A member's id, or '' for no chair yet. */
  chairMemberId: string;
}

/** What the form hands to createMeeting / updateMeeting; they validate it and answer with issue codes. */
export interface MeetingInput {
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  members: { id: string; name: string; role: string }[];
  chairMemberId: string | null;
}

export const newMember = (name = '', role = ''): MemberFormValues => ({ id: uuidv7(), name, role });

/**
 * A clock time as typed (`9:30`, `09.30`, `930`, `0930`) as `09:30`; anything else is returned as typed,
 * so the schema reports it as an invalid time.
 */
export function normaliseClockTime(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed) ?? /^(\d{1,2})(\d{2})$/.exec(trimmed);
  if (!match) return trimmed;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/** A typed date in ISO form; text that is not a real date passes through so the schema reports it. */
function isoOrTyped(text: string): string {
  const trimmed = text.trim();
  return parseDutchDate(trimmed) ?? trimmed;
}

export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  return {
    date: isoOrTyped(values.date),
    startTime: normaliseClockTime(values.startTime),
    endTime: normaliseClockTime(values.endTime),
    location: values.location,
    videoLink: values.videoLink,
    members: values.members.map(({ id, name, role }) => ({ id, name, role })),
    chairMemberId: values.chairMemberId === '' ? null : values.chairMemberId,
  };
}

export function formValuesOf(meeting: Meeting): MeetingFormValues {
  return {
    date: toDutchDate(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    videoLink: meeting.videoLink,
    members: meeting.members.map((member) => ({ ...member })),
    chairMemberId: meeting.chairMemberId ?? '',
  };
}

const isMemberRole = (role: string): role is MemberRole => (MEMBER_ROLES as readonly string[]).includes(role);

/**
 * The form for a new meeting: the latest meeting's team, chair, times and place when there is one;
 * otherwise the signed-in person as the first member. The date is always left to the planner.
 */
export function newMeetingValues(
  template: MeetingTemplate | null,
  me: { name: string; role: Role } | null,
): MeetingFormValues {
  if (template) {
    return {
      date: '',
      startTime: template.startTime,
      endTime: template.endTime,
      location: template.location,
      videoLink: template.videoLink,
      members: template.members.map((member) => ({ ...member })),
      chairMemberId: template.chairMemberId ?? '',
    };
  }
  return {
    date: '',
    startTime: '',
    endTime: '',
    location: '',
    videoLink: '',
    members: me ? [newMember(me.name, isMemberRole(me.role) ? me.role : '')] : [newMember()],
    chairMemberId: '',
  };
}
