/**
 * One item on an MDO agenda: a patient (or a general topic), why it is on the agenda, the question for the
 * team, and what the meeting concluded. Every outcome field is its own field group, so two people typing
 * conclusions for different dimensions during the meeting never conflict.
 */
import { z } from 'zod';
import { authorSchema } from '../author';
import { DIMENSIONS } from '../care-plan/care-plan';
import { isoDateSchema, isoDateTimeSchema } from '../date-schemas';
import { patientIdSchema } from '../ids';
import { PATIENT_REGISTER_COLOURS } from '../patient';
import { text } from './shared';

export const agendaItemIdSchema = z.uuid('id.invalid').brand<'AgendaItemId'>();
export type AgendaItemId = z.infer<typeof agendaItemIdSchema>;

/** Why a patient is on the agenda; the agenda builder shows these in words. */
export const AGENDA_REASONS = [
  'newlyMarked',
  'colourChanged',
  'newSignals',
  'reviewDue',
  'noCarePlan',
  'dyingPhase',
  'diedSinceLastMeeting',
  'openActions',
  'nominated',
] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export const YES_NO_UNKNOWN_ANSWERS = ['yes', 'no', 'unknown'] as const;
const answer = z.enum(YES_NO_UNKNOWN_ANSWERS).nullable();

/** Nabespreking of a patient who died: was the patient marked in time, did they die where they wished. */
export const afterDeathReviewSchema = z.object({
  wasMarkedInTime: answer,
  diedAtPreferredPlace: answer,
  lessons: text(2000),
});
export type AfterDeathReview = z.infer<typeof afterDeathReviewSchema>;

/** The top-level field holding the meeting's conclusion for each of the four dimensions. */
export const CONCLUSION_FIELDS = {
  lichamelijk: 'conclusionLichamelijk',
  psychisch: 'conclusionPsychisch',
  sociaal: 'conclusionSociaal',
  spiritueel: 'conclusionSpiritueel',
} as const satisfies Record<(typeof DIMENSIONS)[number], string>;

export const agendaItemSchema = z.object({
  id: z.uuid('id.invalid'),
  meetingId: z.uuid('id.invalid'),
  /** The patient discussed, or null for a general topic. */
  patientId: patientIdSchema.nullable(),
  /** The title of a general topic; empty for a patient item. */
  topic: text(200).default(''),
  reasons: z.array(z.enum(AGENDA_REASONS)).max(AGENDA_REASONS.length).default([]),
  /** A team member who put the patient forward (voorgedragen), or null. */
  nominatedBy: authorSchema.nullable().default(null),
  /** The question for the team. */
  question: text(1000),
  position: z.int().nonnegative(),
  /** Minutes planned for the item. */
  minutes: z
    .int('number.invalid')
    .min(1, 'number.tooSmall')
    .max(180, 'number.tooLarge')
    .nullable()
    .default(null),
  isDiscussed: z.boolean().default(false),
  conclusionLichamelijk: text(2000).default(''),
  conclusionPsychisch: text(2000).default(''),
  conclusionSociaal: text(2000).default(''),
  conclusionSpiritueel: text(2000).default(''),
  /** Whether VPTZ volunteers and the mantelzorger's burden (mantelzorgbelasting) were discussed. */
  isVptzDiscussed: z.boolean().default(false),
  isCaregiverBurdenDiscussed: z.boolean().default(false),
  decisions: text(2000).default(''),
  nextReviewDate: isoDateSchema.nullable().default(null),
  /** The register colour the team agreed on, or null when unchanged. */
  newColour: z.enum(PATIENT_REGISTER_COLOURS).nullable().default(null),
  afterDeathReview: afterDeathReviewSchema.nullable().default(null),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaItemFieldGroups = {
  subject: ['meetingId', 'patientId', 'topic', 'reasons', 'nominatedBy'],
  question: ['question'],
  order: ['position'],
  duration: ['minutes'],
  discussed: ['isDiscussed'],
  conclusionLichamelijk: ['conclusionLichamelijk'],
  conclusionPsychisch: ['conclusionPsychisch'],
  conclusionSociaal: ['conclusionSociaal'],
  conclusionSpiritueel: ['conclusionSpiritueel'],
  vptz: ['isVptzDiscussed'],
  caregiverBurden: ['isCaregiverBurdenDiscussed'],
  decisions: ['decisions'],
  review: ['nextReviewDate'],
  colour: ['newColour'],
  afterDeathReview: ['afterDeathReview'],
  deletion: ['deletedAt'],
} as const satisfies Record<string, readonly (keyof AgendaItem)[]>;
