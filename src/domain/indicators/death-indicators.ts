/**
 * Indicators over the patients who died in a period: marked beforehand (of the non-sudden deaths), days
 * from marking to death, died at the preferred place, and discussed afterwards (nabespreking).
 */
import type { PreferredPlaceOfDeath } from '../care-plan/care-plan';
import type { IsoDate } from '../date-schemas';
import type { PlaceOfDeath } from '../patient';
import { hasTakenPlace, type IndicatorContext } from './context';
import { markedSinceOn } from './history';
import {
  patientEntry,
  patientIdsOf,
  shareResult,
  type IndicatorEntry,
  type IndicatorPatient,
  type IndicatorResult,
} from './indicator';
import { daysBetween, isInPeriod, median, type Period } from './period';

type Death = IndicatorPatient & { deathDate: IsoDate };

/** The patients who died within the period. */
function deathsIn(context: IndicatorContext, period: Period): Death[] {
  return context.patients.filter((p): p is Death => isInPeriod(p.deathDate, period));
}

interface DeathFacts {
  /** The date of the marking in force on the day of death, or null when the patient was not marked. */
  markedSince: IsoDate | null;
  suddenness: 'sudden' | 'notSudden' | 'unknown';
}

/**
 * How a death counts: sudden or not as recorded with the death; when that is not recorded, a marked
 * patient's death was expected (the team had recognised it) and an unmarked patient's is unknown.
 */
function deathFacts(context: IndicatorContext, patient: Death): DeathFacts {
  const markedSince = markedSinceOn(context.stretches.get(patient.id) ?? [], patient.deathDate);
  const isSudden = context.deathEvents.get(patient.id)?.isSudden;
  if (isSudden === true) return { markedSince, suddenness: 'sudden' };
  if (isSudden === false || markedSince !== null) return { markedSince, suddenness: 'notSudden' };
  return { markedSince, suddenness: 'unknown' };
}

/** Non-sudden deaths in the period that were marked on or before the day of death. */
export function markedBeforeDeath(context: IndicatorContext, period: Period): IndicatorResult {
  const entries = deathsIn(context, period).flatMap((patient): IndicatorEntry[] => {
    const { markedSince, suddenness } = deathFacts(context, patient);
    if (suddenness === 'sudden') return [];
    if (suddenness === 'unknown') return [patientEntry(patient.id, null)];
    const days = markedSince === null ? null : daysBetween(markedSince, patient.deathDate);
    return [patientEntry(patient.id, markedSince !== null, days)];
  });
  return shareResult('markedBeforeDeath', entries);
}

/** The median number of days from marking to death, over the non-sudden deaths marked beforehand. */
export function markingToDeathDays(context: IndicatorContext, period: Period): IndicatorResult {
  const entries = deathsIn(context, period).flatMap((patient): IndicatorEntry[] => {
    const { markedSince, suddenness } = deathFacts(context, patient);
    if (suddenness === 'sudden' || markedSince === null) return [];
    return [patientEntry(patient.id, true, daysBetween(markedSince, patient.deathDate))];
  });
  return {
    id: 'markingToDeathDays',
    unit: 'days',
    numerator: entries.length,
    denominator: entries.length,
    unknown: 0,
    value: median(entries.map((entry) => entry.days ?? 0)),
    patientIds: patientIdsOf(entries),
    entries,
  };
}

const PREFERRED_TO_PLACE: Partial<Record<PreferredPlaceOfDeath, PlaceOfDeath>> = {
  thuis: 'home',
  ziekenhuis: 'hospital',
  verpleeghuis: 'nursingHome',
  hospice: 'hospice',
};
const COMPARABLE_PLACES: readonly PlaceOfDeath[] = ['home', 'hospital', 'nursingHome', 'hospice'];

/** The agenda items of a patient in meetings that were held, latest meeting first. */
function heldItemsOf(context: IndicatorContext, patientId: string) {
  return (context.itemsByPatient.get(patientId) ?? [])
    .filter((item) => context.meetings.get(item.meetingId)?.status !== 'cancelled')
    .sort((a, b) =>
      (context.meetings.get(b.meetingId)?.date ?? '').localeCompare(
        context.meetings.get(a.meetingId)?.date ?? '',
      ),
    );
}

/**
 * Whether the patient died at the preferred place: as recorded with the death; else as the team answered
 * in the nabespreking; else by comparing the care plan's preferred place with the place of death when both
 * are known and comparable ("anders" and "onbekend" are not). Null when none of these tells.
 */
function diedAtPreferred(context: IndicatorContext, patient: Death): boolean | null {
  const recorded = context.deathEvents.get(patient.id)?.wasPreferredPlace;
  if (recorded === 'yes' || recorded === 'no') return recorded === 'yes';
  const reviewed = heldItemsOf(context, patient.id)
    .map((item) => item.afterDeathReview?.diedAtPreferredPlace)
    .find((answer) => answer === 'yes' || answer === 'no');
  if (reviewed !== undefined) return reviewed === 'yes';
  const preferred = context.carePlans.get(patient.id)?.preferredPlaceOfDeath.place;
  const wanted = preferred ? PREFERRED_TO_PLACE[preferred] : undefined;
  const place = patient.placeOfDeath;
  if (wanted === undefined || place === null || !COMPARABLE_PLACES.includes(place)) return null;
  return wanted === place;
}

/** Deaths in the period at the place the patient preferred, where known. */
export function diedAtPreferredPlace(context: IndicatorContext, period: Period): IndicatorResult {
  const entries = deathsIn(context, period).map((patient) =>
    patientEntry(patient.id, diedAtPreferred(context, patient)),
  );
  return shareResult('diedAtPreferredPlace', entries);
}

/** Deaths in the period that the team discussed afterwards: a nabespreking with an answer or a lesson. */
export function afterDeathReview(context: IndicatorContext, period: Period): IndicatorResult {
  const entries = deathsIn(context, period).map((patient) => {
    const isReviewed = heldItemsOf(context, patient.id).some((item) => {
      const review = item.afterDeathReview;
      const meeting = context.meetings.get(item.meetingId);
      return (
        review !== null &&
        hasTakenPlace(meeting, context.today) &&
        (review.wasMarkedInTime !== null ||
          review.diedAtPreferredPlace !== null ||
          review.lessons.trim() !== '')
      );
    });
    return patientEntry(patient.id, isReviewed);
  });
  return shareResult('afterDeathReview', entries);
}
