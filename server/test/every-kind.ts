/**
 * A valid record of every synced kind, as the app makes it, and a small change of each (in a field group
 * the access matrix is about), for server tests that try every kind through the real push.
 */
import { randomUUID } from 'node:crypto';
import {
  agendaItemSchema,
  meetingSchema,
  mdoActionSchema,
  newCarePlan,
  specialistInvitationSchema,
  specialistSchema,
  surpriseQuestionV1,
  type PatientId,
  type SyncEntity,
} from '../../src/domain';
import { AT, patientData } from './mutations';

type Row = Record<string, unknown>;
export type Kind = Exclude<SyncEntity, 'conflict'>;

export const KINDS: readonly Kind[] = [
  'patient',
  'checklistResult',
  'markingEvent',
  'checklistDefinition',
  'meeting',
  'agendaItem',
  'specialistInvitation',
  'carePlan',
  'carePlanVersion',
  'mdoAction',
  'specialist',
];

const AUTHOR = { name: 'Wordt overschreven', role: 'huisarts' };

/**
 * A new record of a kind: its record id and its data. Agenda items and invitations belong to `meetingId`
 * (an invitation to a meeting the practice does not have is refused: its window comes from the meeting).
 */
export function newRecordOf(
  kind: Kind,
  specialistUserId: string,
  meetingId: string = randomUUID(),
  /** The care plan a version snapshots: the server refuses a version of a plan it does not hold. */
  carePlanId: string = randomUUID(),
): { id: string; data: Row } {
  const id = randomUUID();
  const patientId = randomUUID();
  switch (kind) {
    case 'patient':
      return { id, data: patientData() };
    case 'checklistResult':
      return {
        id,
        data: {
          patientId,
          definitionId: surpriseQuestionV1.id,
          definitionVersion: 1,
          answers: { surprised: 'nee' },
          observedOn: '2026-11-20',
          author: AUTHOR,
          recordedAt: AT,
          deletedAt: null,
        },
      };
    case 'markingEvent':
      return {
        id,
        data: {
          patientId,
          kind: 'dyingPhase',
          date: '2026-11-20',
          author: AUTHOR,
          recordedAt: AT,
          deletedAt: null,
        },
      };
    case 'checklistDefinition': {
      const definition = { ...surpriseQuestionV1, id: `regio-${id}`, title: 'Surprise question (regio)' };
      return { id: `${definition.id}@1`, data: definition };
    }
    case 'meeting':
      return {
        id,
        data: meetingSchema.parse({
          id,
          date: '2026-11-26',
          startTime: '12:30',
          endTime: '13:30',
          location: 'Vergaderkamer',
          status: 'planned',
          createdAt: AT,
          deletedAt: null,
        }),
      };
    case 'agendaItem':
      return {
        id,
        data: agendaItemSchema.parse({
          id,
          meetingId,
          patientId,
          question: 'Hoe verder?',
          position: 0,
          createdAt: AT,
          deletedAt: null,
        }),
      };
    case 'specialistInvitation':
      return {
        id,
        data: specialistInvitationSchema.parse({
          id,
          meetingId,
          agendaItemId: null,
          specialistId: randomUUID(),
          specialistUserId,
          status: 'invited',
          validUntil: '2026-12-10T09:00:00.000Z',
          createdAt: AT,
          deletedAt: null,
        }),
      };
    case 'carePlan':
      return { id: patientId, data: newCarePlan(patientId as PatientId, AUTHOR as never, AT as never) };
    case 'carePlanVersion':
      return {
        id,
        data: {
          carePlanId,
          patientId: carePlanId,
          plan: newCarePlan(carePlanId as PatientId, AUTHOR as never, AT as never),
          author: AUTHOR,
          savedAt: AT,
        },
      };
    case 'mdoAction':
      return {
        id,
        data: mdoActionSchema.parse({
          id,
          what: 'Morfinepomp regelen',
          owner: 'Fatima (wijkverpleegkundige)',
          dueDate: '2026-12-01',
          status: 'open',
          doneOn: null,
          meetingId: null,
          agendaItemId: null,
          patientId,
          createdAt: AT,
          deletedAt: null,
        }),
      };
    case 'specialist':
      return {
        id,
        data: specialistSchema.parse({
          id,
          name: 'M. Consulent',
          organisation: 'Netwerk Palliatieve Zorg',
          team: 'consultatieteam',
          phone: '030-1234567',
          email: '',
          userId: null,
          createdAt: AT,
          deletedAt: null,
        }),
      };
  }
}

/**
 * A change of one field group of each kind, or null where records never change after they are written
 * (a checklist definition version, a care-plan version). The marking event's only fact is a decision.
 */
export const CHANGE_OF: Readonly<Record<Kind, Row | null>> = {
  patient: { diagnosisText: 'Hartfalen NYHA IV' },
  checklistResult: { observedOn: '2026-11-21' },
  markingEvent: { date: '2026-11-19' },
  checklistDefinition: null,
  meeting: { location: 'Kamer 2' },
  agendaItem: { question: 'Thuis sterven haalbaar?' },
  specialistInvitation: { status: 'accepted' },
  carePlan: { vptz: { isDiscussed: true, deployedSince: null } },
  carePlanVersion: null,
  mdoAction: { what: 'Morfinepomp bestellen' },
  specialist: { phone: '030-7654321' },
};
