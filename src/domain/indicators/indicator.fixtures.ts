/** Small builders for indicator tests: records with only what the indicators read, dates as given. */
import type { AfterDeathReview } from '../mdo/agenda-item';
import type { Author } from '../author';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import type { PatientId } from '../ids';
import type { MarkingEvent, MarkingEventId } from '../marking';
import type { MemberRole } from '../mdo/meeting';
import type { PreferredPlaceOfDeath } from '../care-plan/care-plan';
import type { PlaceOfDeath } from '../patient';
import type {
  IndicatorAction,
  IndicatorAgendaItem,
  IndicatorCarePlan,
  IndicatorData,
  IndicatorInvitation,
  IndicatorMeeting,
  IndicatorPatient,
} from './indicator';

export const TODAY = '2026-11-23' as IsoDate;
const GP: Author = { name: 'H. Bakker', role: 'huisarts' };
const d = (date: string) => date as IsoDate;
const at = (date: string) => `${date}T09:00:00.000Z` as IsoDateTime;

export function patient(id: string, overrides: Partial<IndicatorPatient> = {}): IndicatorPatient {
  return {
    id: id as PatientId,
    status: overrides.deathDate ? 'deceased' : 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
    palliativeSince: null,
    deletedAt: null,
    ...overrides,
  };
}

/** A patient who died on `date` at `place`. */
export function died(id: string, date: string, place: PlaceOfDeath = 'home'): IndicatorPatient {
  return patient(id, { status: 'deceased', deathDate: d(date), placeOfDeath: place });
}

let eventCount = 0;
function event(patientId: string, date: string): Omit<MarkingEvent, 'kind'> {
  eventCount += 1;
  return {
    id: `event-${String(eventCount)}` as MarkingEventId,
    patientId: patientId as PatientId,
    date: d(date),
    author: GP,
    recordedAt: at(date),
    deletedAt: null,
  };
}

export function marked(patientId: string, date: string): MarkingEvent {
  return {
    ...event(patientId, date),
    kind: 'palliative',
    markedBy: GP.name,
    basis: 'surpriseQuestion',
    isConversationHeld: false,
    conversationDate: null,
    colour: 'yellow',
  };
}

export function unmarked(patientId: string, date: string): MarkingEvent {
  return { ...event(patientId, date), kind: 'unmark', reason: 'Herstel' };
}

export function deathEvent(
  patientId: string,
  date: string,
  facts: { wasPreferredPlace?: 'yes' | 'no' | 'unknown'; isSudden?: boolean | null } = {},
): MarkingEvent {
  return {
    ...event(patientId, date),
    kind: 'death',
    place: 'home',
    wasPreferredPlace: facts.wasPreferredPlace ?? 'unknown',
    isConfirmedUnmarked: false,
    isSudden: facts.isSudden,
  };
}

export function carePlan(
  patientId: string,
  facts: { conversations?: string[]; place?: PreferredPlaceOfDeath | null; placeDiscussed?: string } = {},
): IndicatorCarePlan {
  return {
    patientId: patientId as PatientId,
    acpConversations: (facts.conversations ?? []).map((date) => ({ date: d(date), participants: [] })),
    preferredPlaceOfDeath: {
      place: facts.place ?? null,
      otherText: '',
      dateDiscussed: facts.placeDiscussed ? d(facts.placeDiscussed) : null,
    },
    deletedAt: null,
  };
}

/** A meeting on `date`; `present` lists the roles of the members who attended. */
export function meeting(
  id: string,
  date: string,
  facts: { present?: MemberRole[]; absent?: MemberRole[]; status?: 'planned' | 'cancelled' } = {},
): IndicatorMeeting {
  const present = (facts.present ?? []).map((role, index) => ({
    id: `${id}-p${String(index)}`,
    name: role,
    role,
  }));
  const absent = (facts.absent ?? []).map((role, index) => ({
    id: `${id}-a${String(index)}`,
    name: role,
    role,
  }));
  return {
    id,
    date: d(date),
    status: facts.status ?? 'planned',
    members: [...present, ...absent],
    presentMemberIds: present.map((member) => member.id),
    deletedAt: null,
  };
}

export function item(
  id: string,
  meetingId: string,
  patientId: string | null,
  facts: { isDiscussed?: boolean; review?: Partial<AfterDeathReview> } = {},
): IndicatorAgendaItem {
  return {
    id,
    meetingId,
    patientId: patientId as PatientId | null,
    isDiscussed: facts.isDiscussed ?? false,
    afterDeathReview: facts.review
      ? { wasMarkedInTime: null, diedAtPreferredPlace: null, lessons: '', ...facts.review }
      : null,
    deletedAt: null,
  };
}

export function invitation(
  meetingId: string,
  agendaItemId: string | null,
  status: 'invited' | 'accepted' | 'declined' = 'accepted',
): IndicatorInvitation {
  return { meetingId, agendaItemId, status, deletedAt: null };
}

export function action(
  id: string,
  patientId: string | null,
  facts: { created: string; due: string; doneOn?: string },
): IndicatorAction {
  return {
    id,
    patientId: patientId as PatientId | null,
    status: facts.doneOn ? 'done' : 'open',
    dueDate: d(facts.due),
    doneOn: facts.doneOn ? d(facts.doneOn) : null,
    createdAt: at(facts.created),
    deletedAt: null,
  };
}

export function data(parts: Partial<IndicatorData> = {}): IndicatorData {
  return {
    patients: [],
    markingEvents: [],
    carePlans: [],
    meetings: [],
    agendaItems: [],
    invitations: [],
    actions: [],
    ...parts,
  };
}
