/**
 * The records the indicators read, indexed once per computation: live records only (tombstones dropped),
 * each patient's register stretches and death event, care plans and agenda items by patient.
 */
import type { IsoDate } from '../date-schemas';
import type { MarkingEvent } from '../marking';
import { eventsByPatient, registerStretches, type RegisterStretch } from './history';
import {
  DEFAULT_REVIEW_INTERVAL_DAYS,
  type IndicatorAction,
  type IndicatorAgendaItem,
  type IndicatorCarePlan,
  type IndicatorData,
  type IndicatorInvitation,
  type IndicatorMeeting,
  type IndicatorOptions,
  type IndicatorPatient,
} from './indicator';

export type DeathEvent = Extract<MarkingEvent, { kind: 'death' }>;

export interface IndicatorContext {
  today: IsoDate;
  reviewIntervalDays: number;
  patients: IndicatorPatient[];
  stretches: Map<string, RegisterStretch[]>;
  /** The latest live death event of each patient who has one. */
  deathEvents: Map<string, DeathEvent>;
  carePlans: Map<string, IndicatorCarePlan>;
  meetings: Map<string, IndicatorMeeting>;
  /** Live agenda items of live meetings. */
  agendaItems: IndicatorAgendaItem[];
  itemsByPatient: Map<string, IndicatorAgendaItem[]>;
  invitations: IndicatorInvitation[];
  actions: IndicatorAction[];
}

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === null);

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return groups;
}

/** Indexes the data for the indicators of any period on one day. */
export function indicatorContext(data: IndicatorData, options: IndicatorOptions): IndicatorContext {
  const patients = live(data.patients);
  const events = eventsByPatient(data.markingEvents);
  const deathEvents = new Map<string, DeathEvent>();
  for (const [patientId, list] of events) {
    const death = list.filter((event): event is DeathEvent => event.kind === 'death').at(-1);
    if (death) deathEvents.set(patientId, death);
  }
  const meetings = new Map(live(data.meetings).map((meeting) => [meeting.id, meeting]));
  const agendaItems = live(data.agendaItems).filter((item) => meetings.has(item.meetingId));
  return {
    today: options.today,
    reviewIntervalDays: options.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS,
    patients,
    stretches: new Map(patients.map((p) => [p.id, registerStretches(p, events.get(p.id))])),
    deathEvents,
    carePlans: new Map(live(data.carePlans).map((plan) => [plan.patientId, plan])),
    meetings,
    agendaItems,
    itemsByPatient: groupBy(agendaItems, (item) => item.patientId),
    invitations: live(data.invitations),
    actions: live(data.actions),
  };
}

/** A meeting that took place: not cancelled and not after today. */
export function hasTakenPlace(meeting: IndicatorMeeting | undefined, today: IsoDate): boolean {
  return meeting !== undefined && meeting.status !== 'cancelled' && meeting.date <= today;
}
