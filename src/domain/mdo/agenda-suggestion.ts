/**
 * The suggested MDO agenda: which patients belong on a meeting's agenda and why, read from the register
 * (PaTz: "the register is the agenda"). Pure: the caller passes the meeting date, the previous meeting,
 * the review interval and the records; nothing here reads a clock or a database.
 *
 * Edge rules (the agenda builder page and the README say the same in words):
 * - "Since the previous meeting" means: dated after the previous meeting's day, up to and including this
 *   meeting's day. The previous meeting is the latest meeting before this one that was not cancelled.
 * - An event ON the previous meeting's day may have happened after the meeting closed, so it still counts,
 *   unless the team discussed the patient at that meeting (then it knew). For a death on that day: unless
 *   that meeting held the nabespreking.
 * - The first meeting ever (no previous meeting) looks back one review interval, so it is not flooded with
 *   every marking, signal and death ever recorded; the window's first day counts (no meeting was held then).
 * - Review due: not discussed for longer than the interval before the meeting day (discussed exactly 8
 *   weeks before, with an interval of 8 weeks, is not yet due: otherwise, with meetings every 8 weeks,
 *   every patient discussed last time would be due again and the agenda would never shrink; a practice
 *   that wants every patient at every 8-weekly meeting sets a shorter interval), or the team's latest next
 *   review date is on or before the meeting day (a date set before a later discussion no longer counts).
 *   A marked patient never discussed is due once marked for longer than the interval.
 * - Living means status `active`: moved and deregistered patients are not the team's to discuss, but
 *   their open actions still are (no action is lost).
 */
import type { CarePlan } from '../care-plan';
import type { ChecklistResult, DefinitionCatalog } from '../checklists';
import type { IsoDate } from '../date-schemas';
import { addDays } from '../dates';
import type { MarkingEvent } from '../marking';
import type { PatientId } from '../ids';
import type { Patient } from '../patient';
import { hasSignalsSince, summariseResults } from '../suggestion';
import type { AgendaItem, AgendaReason } from './agenda-item';
import type { MdoAction } from './mdo-action';

/** Reasons from most to least urgent: the order reasons are listed in, and the first sort key. */
export const AGENDA_REASON_URGENCY: readonly AgendaReason[] = [
  'dyingPhase',
  'newlyMarked',
  'colourChanged',
  'newSignals',
  'nominated',
  'reviewDue',
  'noCarePlan',
  'openActions',
  'diedSinceLastMeeting',
];

const URGENCY_RANK = new Map(AGENDA_REASON_URGENCY.map((reason, index) => [reason, index]));
const COLOUR_RANK: Record<string, number> = { red: 0, orange: 1, yellow: 2, green: 3 };
const NO_COLOUR_RANK = 4;

/** The patient fields the suggestion reads (a stored patient row fits). */
export type AgendaPatient = Pick<
  Patient,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'status'
  | 'palliativeSince'
  | 'registerColour'
  | 'dyingPhaseSince'
  | 'deathDate'
  | 'deletedAt'
>;

/** An agenda item of an earlier meeting, with that meeting's date. */
export type PastAgendaItem = Pick<
  AgendaItem,
  'patientId' | 'isDiscussed' | 'nextReviewDate' | 'afterDeathReview'
> & { meetingDate: IsoDate };

export interface AgendaSuggestionInput {
  meetingDate: IsoDate;
  /** The latest earlier meeting that was not cancelled, or null before the first meeting. */
  previousMeetingDate: IsoDate | null;
  /** Weeks after which a marked patient is due for review (Instellingen; default 8). */
  reviewIntervalWeeks: number;
  /** Every patient to consider; signals, actions and agenda history of others are ignored. */
  patients: readonly AgendaPatient[];
  markingEvents: readonly Pick<MarkingEvent, 'patientId' | 'kind' | 'date' | 'deletedAt'>[];
  /** Checklist results; only signalling-card results with a signal (as the register defines it) count. */
  checklistResults: readonly ChecklistResult[];
  catalog: DefinitionCatalog;
  carePlans: readonly Pick<CarePlan, 'patientId' | 'deletedAt'>[];
  pastAgendaItems: readonly PastAgendaItem[];
  /** MDO actions; open ones (not deleted) with a patient give the reason `openActions`. */
  actions: readonly Pick<MdoAction, 'patientId' | 'status' | 'deletedAt'>[];
  /** Patients already on this meeting's agenda: never suggested again. */
  patientIdsOnAgenda: readonly string[];
}

export interface AgendaSuggestion {
  patientId: PatientId;
  /** Most urgent first (AGENDA_REASON_URGENCY). */
  reasons: AgendaReason[];
  /** The last earlier meeting that discussed the patient, or null when never. */
  lastDiscussedOn: IsoDate | null;
  openActionCount: number;
}

/** What earlier meetings did with one patient. */
interface History {
  lastDiscussedOn: IsoDate | null;
  /** The latest next review date the team set, and at which meeting. */
  nextReviewDate: IsoDate | null;
  reviewSetOn: IsoDate | null;
  isDiscussedOnStart: boolean;
  isReviewedAfterDeathOnStart: boolean;
}

function historiesOf(input: AgendaSuggestionInput, start: IsoDate): Map<string, History> {
  const histories = new Map<string, History>();
  for (const item of input.pastAgendaItems) {
    if (item.patientId === null || item.meetingDate >= input.meetingDate) continue;
    let history = histories.get(item.patientId);
    if (!history) {
      history = {
        lastDiscussedOn: null,
        nextReviewDate: null,
        reviewSetOn: null,
        isDiscussedOnStart: false,
        isReviewedAfterDeathOnStart: false,
      };
      histories.set(item.patientId, history);
    }
    const isOnStart = item.meetingDate === start;
    if (item.isDiscussed) {
      if (history.lastDiscussedOn === null || item.meetingDate > history.lastDiscussedOn)
        history.lastDiscussedOn = item.meetingDate;
      if (isOnStart) history.isDiscussedOnStart = true;
    }
    if (isOnStart && item.afterDeathReview !== null) history.isReviewedAfterDeathOnStart = true;
    if (
      item.nextReviewDate !== null &&
      (history.reviewSetOn === null || item.meetingDate > history.reviewSetOn)
    ) {
      history.reviewSetOn = item.meetingDate;
      history.nextReviewDate = item.nextReviewDate;
    }
  }
  return histories;
}

/** Patients whose events fall in the window, per kind of event. */
interface Events {
  newlyMarked: Set<string>;
  colourChanged: Set<string>;
  newSignals: Set<string>;
}

function eventsOf(
  input: AgendaSuggestionInput,
  isInWindow: (date: IsoDate, patientId: string) => boolean,
): Events {
  const events: Events = { newlyMarked: new Set(), colourChanged: new Set(), newSignals: new Set() };
  for (const event of input.markingEvents) {
    if (event.deletedAt !== null || !isInWindow(event.date, event.patientId)) continue;
    if (event.kind === 'palliative') events.newlyMarked.add(event.patientId);
    else if (event.kind === 'colour') events.colourChanged.add(event.patientId);
  }
  for (const result of input.checklistResults) {
    if (events.newSignals.has(result.patientId) || !isInWindow(result.observedOn, result.patientId)) continue;
    // One definition of a signal for the register and the agenda: the one in suggestion.ts.
    if (hasSignalsSince(summariseResults([result], input.catalog), null))
      events.newSignals.add(result.patientId);
  }
  return events;
}

function isReviewDue(
  patient: AgendaPatient,
  history: History | undefined,
  meetingDate: IsoDate,
  dueBy: IsoDate,
): boolean {
  const last = history?.lastDiscussedOn ?? null;
  const isIntervalPassed = last === null ? (patient.palliativeSince ?? meetingDate) < dueBy : last < dueBy;
  if (isIntervalPassed) return true;
  const review = history?.nextReviewDate ?? null;
  const setOn = history?.reviewSetOn ?? null;
  // A review date set before a later discussion was dealt with at that discussion.
  const isReviewDateCurrent = last === null || (setOn !== null && setOn >= last);
  return review !== null && isReviewDateCurrent && review <= meetingDate;
}

/** Shared by every patient's evaluation: the window, the history and the facts gathered once. */
interface Context {
  meetingDate: IsoDate;
  start: IsoDate;
  dueBy: IsoDate;
  histories: Map<string, History>;
  events: Events;
  withPlan: Set<string>;
  openActions: Map<string, number>;
}

function contextOf(input: AgendaSuggestionInput): Context {
  const { meetingDate } = input;
  const intervalDays = input.reviewIntervalWeeks * 7;
  const dueBy = addDays(meetingDate, -intervalDays);
  const start = input.previousMeetingDate ?? dueBy;
  const histories = historiesOf(input, start);
  const isInWindow = (date: IsoDate, patientId: string) =>
    date <= meetingDate &&
    (date > start || (date === start && histories.get(patientId)?.isDiscussedOnStart !== true));
  const withPlan = new Set<string>();
  for (const plan of input.carePlans) if (plan.deletedAt === null) withPlan.add(plan.patientId);
  const openActions = new Map<string, number>();
  for (const action of input.actions) {
    if (action.status !== 'open' || action.deletedAt !== null || action.patientId === null) continue;
    openActions.set(action.patientId, (openActions.get(action.patientId) ?? 0) + 1);
  }
  return { meetingDate, start, dueBy, histories, events: eventsOf(input, isInWindow), withPlan, openActions };
}

/** One patient's reasons, already in the order of AGENDA_REASON_URGENCY. */
function reasonsFor(patient: AgendaPatient, context: Context): AgendaReason[] {
  const { meetingDate, events } = context;
  const id = patient.id;
  const history = context.histories.get(id);
  const isAlive = patient.status === 'active';
  const isMarked = isAlive && patient.palliativeSince !== null && patient.palliativeSince <= meetingDate;
  const isDying = isMarked && patient.dyingPhaseSince !== null && patient.dyingPhaseSince <= meetingDate;
  const hasDied =
    patient.status === 'deceased' &&
    patient.deathDate !== null &&
    diedInWindow(patient.deathDate, history, context.start, meetingDate);
  const checks: [AgendaReason, boolean][] = [
    ['dyingPhase', isDying],
    ['newlyMarked', isMarked && events.newlyMarked.has(id)],
    ['colourChanged', isMarked && events.colourChanged.has(id)],
    ['newSignals', isAlive && events.newSignals.has(id)],
    ['reviewDue', isMarked && isReviewDue(patient, history, meetingDate, context.dueBy)],
    ['noCarePlan', isMarked && !context.withPlan.has(id)],
    ['openActions', context.openActions.has(id)],
    ['diedSinceLastMeeting', hasDied],
  ];
  return checks.filter(([, applies]) => applies).map(([reason]) => reason);
}

/**
 * The patients that belong on the meeting's agenda with the reasons why, most urgent first: by the most
 * urgent reason, then the register colour (rood first), then the number of reasons, then the name.
 * Patients already on the agenda and deleted patients are left out. See the module comment for the rules.
 */
export function suggestAgenda(input: AgendaSuggestionInput): AgendaSuggestion[] {
  const context = contextOf(input);
  const onAgenda = new Set(input.patientIdsOnAgenda);
  const entries: Entry[] = [];
  for (const patient of input.patients) {
    if (patient.deletedAt !== null || onAgenda.has(patient.id)) continue;
    const reasons = reasonsFor(patient, context);
    if (reasons.length === 0) continue;
    const suggestion: AgendaSuggestion = {
      patientId: patient.id,
      reasons,
      lastDiscussedOn: context.histories.get(patient.id)?.lastDiscussedOn ?? null,
      openActionCount: context.openActions.get(patient.id) ?? 0,
    };
    entries.push({ suggestion, patient });
  }
  return entries.sort(byUrgency).map((entry) => entry.suggestion);
}

function diedInWindow(
  deathDate: IsoDate,
  history: History | undefined,
  start: IsoDate,
  meetingDate: IsoDate,
): boolean {
  if (deathDate > meetingDate) return false;
  return deathDate > start || (deathDate === start && history?.isReviewedAfterDeathOnStart !== true);
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

interface Entry {
  suggestion: AgendaSuggestion;
  patient: AgendaPatient;
}

function byUrgency(a: Entry, b: Entry): number {
  const rank = (entry: Entry) => URGENCY_RANK.get(entry.suggestion.reasons[0] ?? 'openActions') ?? 0;
  const colour = (entry: Entry) => COLOUR_RANK[entry.patient.registerColour ?? ''] ?? NO_COLOUR_RANK;
  return (
    rank(a) - rank(b) ||
    colour(a) - colour(b) ||
    b.suggestion.reasons.length - a.suggestion.reasons.length ||
    collator.compare(a.patient.familyName, b.patient.familyName) ||
    collator.compare(a.patient.givenName, b.patient.givenName) ||
    (a.patient.id < b.patient.id ? -1 : a.patient.id > b.patient.id ? 1 : 0)
  );
}

/** Stored reasons in the order of urgency, for showing them. */
export function reasonsByUrgency(reasons: readonly AgendaReason[]): AgendaReason[] {
  return [...reasons].sort((a, b) => (URGENCY_RANK.get(a) ?? 0) - (URGENCY_RANK.get(b) ?? 0));
}
