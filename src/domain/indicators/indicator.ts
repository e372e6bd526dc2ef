/**
 * What the indicators read and what each one answers. The input is the practice's own records, reduced
 * to the fields the indicators need; the output is a figure with its numerator, denominator, the number of
 * cases whose data is missing (never counted as success or failure) and the records behind it.
 * The Dutch name and definition of each indicator live in the translations, under its id.
 */
import type { AgendaItem } from '../mdo/agenda-item';
import type { CarePlan } from '../care-plan/care-plan';
import type { IsoDate } from '../date-schemas';
import type { PatientId } from '../ids';
import type { MarkingEvent } from '../marking';
import type { MdoAction } from '../mdo/mdo-action';
import type { Meeting } from '../mdo/meeting';
import type { SpecialistInvitation } from '../mdo/specialist';
import type { Patient } from '../patient';

/** Every indicator, in the order the overview shows them. */
export const INDICATOR_IDS = [
  'markedBeforeDeath',
  'markingToDeathDays',
  'pzpConversation',
  'preferredPlaceRecorded',
  'diedAtPreferredPlace',
  'mdoFullTeam',
  'specialistInvolvementDays',
  'afterDeathReview',
  'openActions',
  'overdueActions',
  'reviewOverdue',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** A share (numerator of denominator), a median number of days, or a plain count. */
export type IndicatorUnit = 'share' | 'days' | 'count';

export type IndicatorPatient = Pick<
  Patient,
  'id' | 'status' | 'statusSince' | 'deathDate' | 'placeOfDeath' | 'palliativeSince' | 'deletedAt'
>;
export type IndicatorCarePlan = Pick<
  CarePlan,
  'patientId' | 'acpConversations' | 'preferredPlaceOfDeath' | 'deletedAt'
>;
export type IndicatorMeeting = Pick<
  Meeting,
  'id' | 'date' | 'status' | 'members' | 'presentMemberIds' | 'deletedAt'
>;
export type IndicatorAgendaItem = Pick<
  AgendaItem,
  'id' | 'meetingId' | 'patientId' | 'isDiscussed' | 'afterDeathReview' | 'deletedAt'
>;
export type IndicatorInvitation = Pick<
  SpecialistInvitation,
  'meetingId' | 'agendaItemId' | 'status' | 'deletedAt'
>;
export type IndicatorAction = Pick<
  MdoAction,
  'id' | 'patientId' | 'status' | 'dueDate' | 'doneOn' | 'createdAt' | 'deletedAt'
>;

/** The records the indicators are computed from. Deleted records (tombstones) are ignored. */
export interface IndicatorData {
  patients: readonly IndicatorPatient[];
  markingEvents: readonly MarkingEvent[];
  carePlans: readonly IndicatorCarePlan[];
  meetings: readonly IndicatorMeeting[];
  agendaItems: readonly IndicatorAgendaItem[];
  invitations: readonly IndicatorInvitation[];
  actions: readonly IndicatorAction[];
}

export interface IndicatorOptions {
  /** The day the figures are made; nothing after it has happened yet. */
  today: IsoDate;
  /** Days without discussion in an MDO after which a patient's review is overdue (default 8 weeks). */
  reviewIntervalDays?: number;
}

export const DEFAULT_REVIEW_INTERVAL_DAYS = 56;

/** One record behind a figure and how it counted. */
export interface IndicatorEntry {
  /** A patient, or for the MDO attendance figure a meeting. */
  kind: 'patient' | 'meeting';
  id: string;
  /** true: in the numerator; false: in the denominator only; null: unknown (data missing). */
  inNumerator: boolean | null;
  /** The days measured for this record (median and review figures), else null. */
  days: number | null;
}

export interface IndicatorResult {
  id: IndicatorId;
  unit: IndicatorUnit;
  numerator: number;
  /** Null for a plain count. */
  denominator: number | null;
  /** Cases that belong to the figure but whose data is missing: in neither numerator nor denominator. */
  unknown: number;
  /** Share 0-1, median days, or the count; null when there is nothing to measure. */
  value: number | null;
  /** The patients behind the figure (in numerator, denominator or unknown), each once. */
  patientIds: PatientId[];
  entries: IndicatorEntry[];
}

/** Builds a share from its entries: numerator, denominator and unknown follow from `inNumerator`. */
export function shareResult(id: IndicatorId, entries: IndicatorEntry[]): IndicatorResult {
  const numerator = entries.filter((entry) => entry.inNumerator === true).length;
  const unknown = entries.filter((entry) => entry.inNumerator === null).length;
  const denominator = entries.length - unknown;
  return {
    id,
    unit: 'share',
    numerator,
    denominator,
    unknown,
    value: denominator === 0 ? null : numerator / denominator,
    patientIds: patientIdsOf(entries),
    entries,
  };
}

export function patientIdsOf(entries: readonly IndicatorEntry[]): PatientId[] {
  return [...new Set(entries.filter((e) => e.kind === 'patient').map((e) => e.id as PatientId))];
}

/** A patient entry. */
export function patientEntry(
  id: string,
  inNumerator: boolean | null,
  days: number | null = null,
): IndicatorEntry {
  return { kind: 'patient', id, inNumerator, days };
}
