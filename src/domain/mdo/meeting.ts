/**
 * The multidisciplinary meeting (MDO): when and where, the kernteam expected, the chair, who was present,
 * and what the group collects for the regional network (knelpunten and onderwijsbehoeften).
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../date-schemas';
import { clockTimeSchema, optionalLinkSchema, requiredText, text } from './shared';

export const meetingIdSchema = z.uuid('id.invalid').brand<'MeetingId'>();
export type MeetingId = z.infer<typeof meetingIdSchema>;

/** The roles in a kernteam and of those invited per case (SO = specialist ouderengeneeskunde). */
export const MEMBER_ROLES = [
  'huisarts',
  'poh',
  'wijkverpleegkundige',
  'specialist-pz',
  'so',
  'apotheker',
  'geestelijk-verzorger',
  'vptz-coordinator',
  'sociaal-werker',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_STATUSES = ['planned', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A person expected at the meeting. `id` is stable so attendance and the chair can point at it. */
export const meetingMemberSchema = z.object({
  id: z.uuid('id.invalid'),
  name: requiredText(120),
  role: z.enum(MEMBER_ROLES, 'required'),
});
export type MeetingMember = z.infer<typeof meetingMemberSchema>;

export const meetingFieldsSchema = z.object({
  date: isoDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  location: text(200),
  videoLink: optionalLinkSchema.default(''),
  members: z.array(meetingMemberSchema).max(40, 'list.tooLong').default([]),
  /** The member who chairs (often a GP or the POH), or null while not chosen. */
  chairMemberId: z.uuid('id.invalid').nullable().default(null),
  /** Ids of the members who were present (attendance list for accreditation). */
  presentMemberIds: z.array(z.uuid('id.invalid')).max(40, 'list.tooLong').default([]),
  /** Knelpunten: bottlenecks the group reports to the regional network. */
  bottlenecks: z.array(requiredText(500)).max(50, 'list.tooLong').default([]),
  /** Onderwijsbehoeften: what the group wants to learn. */
  trainingNeeds: z.array(requiredText(500)).max(50, 'list.tooLong').default([]),
  status: z.enum(MEETING_STATUSES),
  /** Why a meeting was cancelled (shown to everyone invited). */
  cancelReason: text(300).default(''),
});
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;

export const meetingSchema = meetingFieldsSchema.extend({
  id: z.uuid('id.invalid'),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingFieldGroups = {
  when: ['date', 'startTime', 'endTime'],
  where: ['location', 'videoLink'],
  team: ['members', 'chairMemberId'],
  attendance: ['presentMemberIds'],
  bottlenecks: ['bottlenecks'],
  trainingNeeds: ['trainingNeeds'],
  status: ['status', 'cancelReason'],
  deletion: ['deletedAt'],
} as const satisfies Record<string, readonly (keyof Meeting)[]>;
