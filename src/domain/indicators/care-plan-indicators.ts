/**
 * Indicators over the patients on the palliative register during a period: a PZP conversation recorded,
 * and a preferred place of death recorded, both by the last day of the period.
 */
import type { PreferredPlaceOfDeath } from '../care-plan/care-plan';
import type { IndicatorContext } from './context';
import { wasOnRegisterDuring } from './history';
import { patientEntry, shareResult, type IndicatorCarePlan, type IndicatorResult } from './indicator';
import type { Period } from './period';

/** Patients marked on at least one day of the period. */
function markedDuring(context: IndicatorContext, period: Period) {
  return context.patients.filter((patient) =>
    wasOnRegisterDuring(context.stretches.get(patient.id) ?? [], period),
  );
}

function markedDuringShare(
  context: IndicatorContext,
  period: Period,
  id: IndicatorResult['id'],
  isMet: (plan: IndicatorCarePlan) => boolean,
): IndicatorResult {
  const entries = markedDuring(context, period).map((patient) => {
    const plan = context.carePlans.get(patient.id);
    return patientEntry(patient.id, plan !== undefined && isMet(plan));
  });
  return shareResult(id, entries);
}

/** Marked patients with a PZP (advance care planning) conversation dated on or before the period's end. */
export function pzpConversation(context: IndicatorContext, period: Period): IndicatorResult {
  return markedDuringShare(context, period, 'pzpConversation', (plan) =>
    plan.acpConversations.some((conversation) => conversation.date <= period.to),
  );
}

/** A place the patient chose; "onbekend" means the wish is not known, so it is not a recorded place. */
const CHOSEN_PLACES: readonly PreferredPlaceOfDeath[] = [
  'thuis',
  'ziekenhuis',
  'verpleeghuis',
  'hospice',
  'anders',
];

/**
 * Marked patients whose care plan names a preferred place of death (not "onbekend"), discussed on or
 * before the period's end or without a date.
 */
export function preferredPlaceRecorded(context: IndicatorContext, period: Period): IndicatorResult {
  return markedDuringShare(context, period, 'preferredPlaceRecorded', ({ preferredPlaceOfDeath: wish }) => {
    const isChosen = wish.place !== null && CHOSEN_PLACES.includes(wish.place);
    return isChosen && (wish.dateDiscussed === null || wish.dateDiscussed <= period.to);
  });
}
