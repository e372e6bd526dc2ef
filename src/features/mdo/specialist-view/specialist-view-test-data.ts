/**
 * Test data for the specialist view: a meeting in three days with three patients on the agenda, a care plan
 * and a checklist result for each, and the signed-in specialist PZ invited to the second item or to the whole
 * meeting. Everything is written through the real repositories, as the POH's device would.
 */
import {
  addDays,
  carePlanSchema,
  isoDateOf,
  surpriseQuestionV1,
  type AgendaItem,
  type Meeting,
  type Patient,
  type SpecialistInvitation,
} from '../../../domain';
import { completePlan } from '../../../domain/care-plan/care-plan.fixtures';
import {
  addAgendaItems,
  createMeeting,
  inviteSpecialist,
  recordChecklistResult,
  saveSpecialist,
  type TijdigDb,
  type WriteResult,
} from '../../../db';
import { testSession } from '../../../test/auth-client';
import { patientRow } from '../../../test/factories';
import { useSessionStore } from '../../../state/session-store';

export const BSN = '111222333';

/** Signs in as a specialist PZ (the account the seeded invitations name). */
export function signInAsSpecialist(): string {
  const session = testSession('specialist-pz', 'Marieke Consulent');
  useSessionStore.setState({ session });
  return session.user.id;
}

/** The three patients; the second is the one the specialist is usually invited for. */
export function agendaPatients(): [Patient, Patient, Patient] {
  return [
    patientRow({ givenName: 'Johanna', namePrefix: 'van der', familyName: 'Berg', diagnosisText: 'COPD' }),
    patientRow({
      givenName: 'Pieter',
      familyName: 'Smit',
      namePrefix: '',
      bsn: BSN,
      birthDate: '1944-02-29' as Patient['birthDate'],
      diagnosisText: 'Longcarcinoom',
      icpcCode: 'R84',
      contactName: 'Els Smit',
      contactPhone: '06-12345678',
      homeCareOrganisation: 'Thuiszorg West',
      palliativeSince: '2026-10-01' as Patient['palliativeSince'],
      registerColour: 'orange',
    }),
    patientRow({ givenName: 'Klaas', familyName: 'Bos', diagnosisText: 'Hartfalen' }),
  ];
}

export const QUESTIONS = [
  'Is verdere diagnostiek nog zinvol?',
  'Hoe gaan we om met de toenemende benauwdheid in de nacht?',
  'Wie coördineert de zorg na ontslag?',
];

function valueOf<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`seeding failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export interface SeededMeeting {
  meeting: Meeting;
  items: AgendaItem[];
  invitation: SpecialistInvitation;
}

/**
 * Plans the meeting and invites `userId` (to the second item unless `wholeMeeting`). The patients must be
 * in the database already (renderApp stores them).
 */
export async function seedInvitedMeeting(
  db: TijdigDb,
  patients: readonly Patient[],
  userId: string,
  options: { wholeMeeting?: boolean; specialistName?: string } = {},
): Promise<SeededMeeting> {
  const now = new Date();
  const meeting = valueOf(
    await createMeeting(
      db,
      {
        date: addDays(isoDateOf(now), 3),
        startTime: '12:30',
        endTime: '13:30',
        location: 'Vergaderkamer De Linde',
        videoLink: '',
      },
      now,
    ),
  );
  const items = valueOf(
    await addAgendaItems(
      db,
      meeting.id,
      patients.map((patient, index) => ({ patientId: patient.id, question: QUESTIONS[index] ?? '' })),
      now,
    ),
  );
  for (const patient of patients) {
    await db.carePlans.add(
      carePlanSchema.parse(completePlan({ id: patient.id, patientId: patient.id } as never)),
    );
    valueOf(
      await recordChecklistResult(
        db,
        {
          definition: surpriseQuestionV1,
          patientId: patient.id,
          answers: { surprised: 'nee', 'surprised-alive': 'ja' },
          observedOn: isoDateOf(now),
          author: { name: 'H. Bakker', role: 'huisarts' },
        },
        now,
      ),
    );
  }
  const specialist = valueOf(
    await saveSpecialist(
      db,
      null,
      {
        name: options.specialistName ?? 'Marieke Consulent',
        organisation: 'Consultatieteam Palliatieve Zorg',
        team: 'consultatieteam',
        phone: '',
        email: '',
        userId,
      },
      now,
    ),
  );
  const invitation = valueOf(
    await inviteSpecialist(
      db,
      {
        meetingId: meeting.id,
        agendaItemId: options.wholeMeeting ? null : (items[1]?.id ?? null),
        specialistId: specialist.id,
      },
      now,
    ),
  );
  return { meeting, items, invitation };
}
