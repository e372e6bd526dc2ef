/**
 * The practice's directory of palliative-care specialists (specialist PZ, consulent palliatieve zorg) and
 * their invitations to a meeting or to single agenda items.
 */
import { z } from 'zod';
import { isoDateTimeSchema, type IsoDate, type IsoDateTime } from '../date-schemas';
import { addDays } from '../dates';
import { authorSchema } from '../author';
import { phoneSchema } from '../patient';
import { optionalEmailSchema, requiredText, text } from './shared';

/** STOP team, PACT (palliatief advies- en consultatieteam), consultatieteam palliatieve zorg, or another. */
export const SPECIALIST_TEAMS = ['stop', 'pact', 'consultatieteam', 'other'] as const;
export type SpecialistTeam = (typeof SPECIALIST_TEAMS)[number];

export const specialistFieldsSchema = z.object({
  name: requiredText(120),
  organisation: text(200),
  team: z.enum(SPECIALIST_TEAMS, 'required'),
  phone: phoneSchema,
  email: optionalEmailSchema,
  /** The specialist's Tijdig account (role specialist-pz), if they have one; it gives them the tablet view. */
  userId: z.uuid('id.invalid').nullable(),
});
export type SpecialistFields = z.infer<typeof specialistFieldsSchema>;

export const specialistSchema = specialistFieldsSchema.extend({
  id: z.uuid('id.invalid'),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type Specialist = z.infer<typeof specialistSchema>;

export const specialistFieldGroups = {
  name: ['name'],
  organisation: ['organisation', 'team'],
  contact: ['phone', 'email'],
  account: ['userId'],
  deletion: ['deletedAt'],
} as const satisfies Record<string, readonly (keyof Specialist)[]>;

/** The longest advice a specialist may write, in characters. */
export const ADVICE_MAX_LENGTH = 2000;

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * A specialist invited to a whole meeting (agendaItemId null) or to one item. The specialist sets the status
 * from their own view. Until `validUntil` the specialist's devices receive the invited items' patients,
 * limited to what they need; afterwards their next sync removes them.
 */
export const specialistInvitationSchema = z.object({
  id: z.uuid('id.invalid'),
  meetingId: z.uuid('id.invalid'),
  agendaItemId: z.uuid('id.invalid').nullable(),
  /** The directory entry invited. */
  specialistId: z.uuid('id.invalid').nullable().default(null),
  /** The specialist's account, copied from the directory entry: the server scopes their sync by it. */
  specialistUserId: z.uuid('id.invalid').nullable(),
  status: z.enum(INVITATION_STATUSES),
  /**
   * "Advies specialist PZ": the specialist's advice on what they are invited to, written only by the
   * invited specialist. Who wrote it and when are stamped by the sync server (see ADVICE_STAMPS); the
   * defaults keep invitations stored before the advice existed valid.
   */
  advice: text(ADVICE_MAX_LENGTH).default(''),
  adviceBy: authorSchema.nullable().default(null),
  adviceAt: isoDateTimeSchema.nullable().default(null),
  validUntil: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type SpecialistInvitation = z.infer<typeof specialistInvitationSchema>;

/** How long after the meeting an invited specialist keeps the items on their device (to read the outcome). */
export const INVITATION_DAYS_AFTER_MEETING = 14;

/**
 * The end of an invitation's window: the end of the 14th day after the meeting, in UTC (generous by at most
 * a few hours in the Netherlands). The sync server derives it from the meeting; no device sets it.
 */
export function invitationValidUntil(meetingDate: IsoDate): IsoDateTime {
  return `${addDays(meetingDate, INVITATION_DAYS_AFTER_MEETING)}T23:59:59.000Z` as IsoDateTime;
}

/** The earliest meeting date whose invitations are still open at `now` (see invitationValidUntil). */
export function oldestOpenMeetingDate(now: Date): IsoDate {
  const todayUtc = now.toISOString().slice(0, 10) as IsoDate;
  return addDays(todayUtc, -INVITATION_DAYS_AFTER_MEETING);
}

export const specialistInvitationFieldGroups = {
  target: ['meetingId', 'agendaItemId', 'specialistId', 'specialistUserId'],
  status: ['status'],
  advice: ['advice', 'adviceBy', 'adviceAt'],
  validity: ['validUntil'],
  deletion: ['deletedAt'],
} as const satisfies Record<string, readonly (keyof SpecialistInvitation)[]>;

/** Whether an invitation still takes advice: not withdrawn, not declined and its window not closed at `now`. */
export function isAdviceOpen(
  invitation: Pick<SpecialistInvitation, 'status' | 'deletedAt' | 'validUntil'>,
  now: Date,
): boolean {
  return (
    invitation.deletedAt === null &&
    invitation.status !== 'declined' &&
    Date.parse(invitation.validUntil) >= now.getTime()
  );
}

/**
 * The advice text of an invitation, also of one stored before the advice existed (rows pulled or kept on a
 * device are not parsed again, so the schema's default is not there).
 */
export function adviceTextOf(invitation: { advice?: string | undefined }): string {
  return invitation.advice ?? '';
}

/** A specialist's advice as the team reads it: the text, who wrote it and when (null until stamped). */
export interface SpecialistAdvice {
  invitationId: string;
  text: string;
  by: SpecialistInvitation['adviceBy'];
  at: SpecialistInvitation['adviceAt'];
}

/** The advice given on one agenda item by the specialists invited to it, oldest first; empty advice left out. */
export function adviceOnItem(
  invitations: readonly SpecialistInvitation[],
  agendaItemId: string,
): SpecialistAdvice[] {
  return invitations
    .filter((i) => i.deletedAt === null && i.agendaItemId === agendaItemId && adviceTextOf(i).trim() !== '')
    .sort((a, b) => (a.adviceAt ?? '').localeCompare(b.adviceAt ?? '') || a.id.localeCompare(b.id))
    .map((i) => ({ invitationId: i.id, text: adviceTextOf(i), by: i.adviceBy, at: i.adviceAt }));
}
