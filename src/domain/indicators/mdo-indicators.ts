/**
 * Indicators of the MDO (multidisciplinair overleg): who attended, how soon a specialist PZ got involved,
 * the actions still open, and the patients whose review is overdue.
 */
import type { IsoDate } from '../date-schemas';
import { isoDateOf } from '../dates';
import type { MemberRole } from '../mdo/meeting';
import { hasTakenPlace, type IndicatorContext } from './context';
import { markedSinceOn } from './history';
import {
  patientEntry,
  patientIdsOf,
  shareResult,
  type IndicatorAction,
  type IndicatorEntry,
  type IndicatorMeeting,
  type IndicatorResult,
} from './indicator';
import { daysBetween, isInPeriod, median, referenceDateOf, type Period } from './period';

/** The roles that make a full PaTz team: a GP, a district nurse and a palliative-care specialist. */
export const FULL_TEAM_ROLES: readonly MemberRole[] = ['huisarts', 'wijkverpleegkundige', 'specialist-pz'];

/** Whether all roles of a full team were present; null when no attendance was recorded. */
function hadFullTeam(meeting: IndicatorMeeting): boolean | null {
  if (meeting.presentMemberIds.length === 0) return null;
  const present = new Set(meeting.presentMemberIds);
  const roles = new Set(meeting.members.filter((member) => present.has(member.id)).map((m) => m.role));
  return FULL_TEAM_ROLES.every((role) => roles.has(role));
}

/** Meetings held in the period where a huisarts, a wijkverpleegkundige and a specialist PZ were present. */
export function mdoFullTeam(context: IndicatorContext, period: Period): IndicatorResult {
  const entries = [...context.meetings.values()]
    .filter((meeting) => isInPeriod(meeting.date, period) && hasTakenPlace(meeting, context.today))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((meeting): IndicatorEntry => ({
      kind: 'meeting',
      id: meeting.id,
      inNumerator: hadFullTeam(meeting),
      days: null,
    }));
  return shareResult('mdoFullTeam', entries);
}

/**
 * The days of the meetings, held by today, in which a specialist was invited (and did not decline) for an
 * item of the patient or for the whole meeting, per patient, earliest first.
 */
function specialistDaysByPatient(context: IndicatorContext): Map<string, IsoDate[]> {
  const days = new Map<string, IsoDate[]>();
  for (const invitation of context.invitations) {
    if (invitation.status === 'declined') continue;
    const meeting = context.meetings.get(invitation.meetingId);
    if (meeting === undefined || !hasTakenPlace(meeting, context.today)) continue;
    const items = context.agendaItems.filter(
      (item) =>
        item.meetingId === meeting.id &&
        (invitation.agendaItemId === null || item.id === invitation.agendaItemId),
    );
    for (const item of items) {
      if (item.patientId === null) continue;
      days.set(item.patientId, [...(days.get(item.patientId) ?? []), meeting.date]);
    }
  }
  for (const list of days.values()) list.sort();
  return days;
}

/**
 * Median days from marking to the first specialist involvement after it, over the patients whose first
 * involvement fell in the period. Involvement is an MDO item with an invited specialist PZ.
 */
export function specialistInvolvementDays(context: IndicatorContext, period: Period): IndicatorResult {
  const entries: IndicatorEntry[] = [];
  for (const [patientId, days] of specialistDaysByPatient(context)) {
    const stretches = context.stretches.get(patientId) ?? [];
    const first = days.find((day) => markedSinceOn(stretches, day) !== null);
    const markedSince = first === undefined ? null : markedSinceOn(stretches, first);
    if (first === undefined || markedSince === null || !isInPeriod(first, period)) continue;
    entries.push(patientEntry(patientId, true, daysBetween(markedSince, first)));
  }
  return {
    id: 'specialistInvolvementDays',
    unit: 'days',
    numerator: entries.length,
    denominator: entries.length,
    unknown: 0,
    value: median(entries.map((entry) => entry.days ?? 0)),
    patientIds: patientIdsOf(entries),
    entries,
  };
}

/** Whether an action was open on a day: recorded by then and not done by then. */
function isOpenOn(action: IndicatorAction, day: IsoDate): boolean {
  if (isoDateOf(new Date(action.createdAt)) > day) return false;
  return action.status === 'open' || (action.doneOn !== null && action.doneOn > day);
}

/** Per patient with actions in `actions`: whether any of them satisfies `isCounted`. */
function actionEntries(
  actions: IndicatorAction[],
  isCounted: (a: IndicatorAction) => boolean,
): IndicatorEntry[] {
  const byPatient = new Map<string, boolean>();
  for (const action of actions) {
    if (action.patientId === null) continue;
    byPatient.set(action.patientId, (byPatient.get(action.patientId) ?? false) || isCounted(action));
  }
  return [...byPatient].map(([patientId, counted]) => patientEntry(patientId, counted));
}

/** MDO actions open at the end of the period (or today, while it runs). */
export function openActions(context: IndicatorContext, period: Period): IndicatorResult {
  const day = referenceDateOf(period, context.today);
  const open = context.actions.filter((action) => isOpenOn(action, day));
  const entries = actionEntries(open, () => true);
  return {
    id: 'openActions',
    unit: 'count',
    numerator: open.length,
    denominator: null,
    unknown: 0,
    value: open.length,
    patientIds: patientIdsOf(entries),
    entries,
  };
}

/** Of the actions open at the end of the period (or today), those past their due date. */
export function overdueActions(context: IndicatorContext, period: Period): IndicatorResult {
  const day = referenceDateOf(period, context.today);
  const open = context.actions.filter((action) => isOpenOn(action, day));
  const isOverdue = (action: IndicatorAction) => action.dueDate < day;
  const overdue = open.filter(isOverdue).length;
  const entries = actionEntries(open, isOverdue);
  return {
    id: 'overdueActions',
    unit: 'share',
    numerator: overdue,
    denominator: open.length,
    unknown: 0,
    value: open.length === 0 ? null : overdue / open.length,
    patientIds: patientIdsOf(entries),
    entries,
  };
}

/**
 * Of the living patients on the register at the end of the period (or today), those not discussed in an
 * MDO for longer than the review interval; a patient never discussed counts from the marking.
 */
export function reviewOverdue(context: IndicatorContext, period: Period): IndicatorResult {
  const day = referenceDateOf(period, context.today);
  const entries = context.patients.flatMap((patient): IndicatorEntry[] => {
    const markedSince = markedSinceOn(context.stretches.get(patient.id) ?? [], day);
    if (markedSince === null || (patient.deathDate !== null && patient.deathDate <= day)) return [];
    const discussed = (context.itemsByPatient.get(patient.id) ?? [])
      .filter((item) => item.isDiscussed)
      .map((item) => context.meetings.get(item.meetingId))
      .filter((meeting) => hasTakenPlace(meeting, day))
      .map((meeting) => meeting?.date ?? markedSince);
    const since = discussed.reduce((latest, date) => (date > latest ? date : latest), markedSince);
    const days = daysBetween(since, day);
    return [patientEntry(patient.id, days > context.reviewIntervalDays, days)];
  });
  return shareResult('reviewOverdue', entries);
}
