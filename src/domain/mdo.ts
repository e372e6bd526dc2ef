/**
 * The multidisciplinary meeting (MDO) records as far as sync and access control need them: the meeting,
 * its agenda items and the invitations of specialists PZ. The MDO feature builds on these.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './date-schemas';
import { patientIdSchema } from './ids';

const text = (max: number) => z.string().trim().max(max, 'text.tooLong');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const meetingSchema = z.object({
  id: z.uuid(),
  date: isoDateSchema,
  startTime: z.string().regex(TIME, 'time.invalid'),
  endTime: z.string().regex(TIME, 'time.invalid'),
  location: text(200),
  status: z.enum(['planned', 'cancelled']),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingFieldGroups = {
  when: ['date', 'startTime', 'endTime'],
  where: ['location'],
  status: ['status'],
  deletion: ['deletedAt'],
} as const;

export const agendaItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  /** The patient discussed, or null for a general topic. */
  patientId: patientIdSchema.nullable(),
  /** The question for the team. */
  question: text(1000),
  position: z.int().nonnegative(),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaItemFieldGroups = {
  subject: ['meetingId', 'patientId'],
  question: ['question'],
  order: ['position'],
  deletion: ['deletedAt'],
} as const;

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined'] as const;

/**
 * A specialist PZ invited to a whole meeting (agendaItemId null) or to one item. Until `validUntil` the
 * specialist's devices receive the invited items' patients, limited to what they need.
 */
export const specialistInvitationSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  agendaItemId: z.uuid().nullable(),
  /** The specialist's account id. */
  specialistUserId: z.uuid(),
  status: z.enum(INVITATION_STATUSES),
  validUntil: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type SpecialistInvitation = z.infer<typeof specialistInvitationSchema>;

export const specialistInvitationFieldGroups = {
  target: ['meetingId', 'agendaItemId', 'specialistUserId'],
  status: ['status'],
  validity: ['validUntil'],
  deletion: ['deletedAt'],
} as const;
