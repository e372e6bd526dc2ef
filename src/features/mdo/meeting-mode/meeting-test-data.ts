/**
 * Test data for the MDO pages, written through the real repositories: a marked patient (geel), a patient
 * who died (for the nabespreking), a meeting today with a GP and a district nurse, and an agenda of both
 * patients and a general topic. Pages are reached as a user does: from the attendance list to the minutes,
 * and from there to the meeting.
 */
import { screen } from '@testing-library/react';
import { addAgendaItems, createMeeting, recordMarking, type TijdigDb } from '../../../db';
import {
  specialistInvitationSchema,
  addDays,
  isoDateOf,
  toDutchDate,
  type AgendaItem,
  type IsoDate,
  type Meeting,
  type Patient,
} from '../../../domain';
import { patientRow } from '../../../test/factories';
import { renderApp, type RenderedApp } from '../../../test/render';

export const BSN = '111222333';
export const GP = {
  id: '0190f0e2-7c4a-7000-8000-00000000c001',
  name: 'Hanna Bakker',
  role: 'huisarts' as const,
};
export const NURSE = {
  id: '0190f0e2-7c4a-7000-8000-00000000c002',
  name: 'Fatima Yilmaz',
  role: 'wijkverpleegkundige' as const,
};

export const today = (): IsoDate => isoDateOf(new Date());

export function testPatients(): { jan: Patient; truus: Patient } {
  return {
    jan: patientRow({ bsn: BSN }),
    truus: patientRow({
      givenName: 'Truus',
      namePrefix: '',
      familyName: 'Smit',
      status: 'deceased',
      deathDate: addDays(today(), -10),
      placeOfDeath: 'home',
    }),
  };
}

export interface SeededMeeting {
  meeting: Meeting;
  items: AgendaItem[];
}

/** Marks Jan (geel, a month ago) and plans today's meeting with Jan, Truus and a general topic. */
export async function seedMeeting(
  db: TijdigDb,
  { jan, truus }: { jan: Patient; truus: Patient },
): Promise<SeededMeeting> {
  const now = new Date();
  const marked = await recordMarking(
    db,
    {
      patientId: jan.id,
      date: addDays(today(), -30),
      change: {
        kind: 'palliative',
        markedBy: 'Hanna Bakker',
        basis: 'surpriseQuestion',
        isConversationHeld: false,
        conversationDate: null,
        colour: 'yellow',
      },
      author: { name: 'Hanna Bakker', role: 'huisarts' },
    },
    now,
  );
  if (!marked.ok) throw new Error(`marking failed: ${JSON.stringify(marked.error)}`);
  const created = await createMeeting(
    db,
    {
      date: today(),
      startTime: '22:00',
      endTime: '23:30',
      location: 'Praktijk, kamer 2',
      members: [GP, NURSE],
      chairMemberId: GP.id,
    },
    now,
  );
  if (!created.ok) throw new Error(`meeting failed: ${JSON.stringify(created.error)}`);
  const added = await addAgendaItems(
    db,
    created.value.id,
    [
      { patientId: jan.id, reasons: ['colourChanged', 'reviewDue'], question: 'Is de pijn onder controle?' },
      { patientId: truus.id, reasons: ['diedSinceLastMeeting'] },
      { patientId: null, topic: 'Scholing palliatieve sedatie' },
    ],
    now,
  );
  if (!added.ok) throw new Error(`agenda failed: ${JSON.stringify(added.error)}`);
  return { meeting: created.value, items: added.value };
}

/** The link to a meeting in the attendance list: its date and time. */
export const meetingLinkName = (meeting: Meeting) =>
  `${toDutchDate(meeting.date)}, ${meeting.startTime}–${meeting.endTime}`;

/** Renders the attendance list, seeds the meeting, and opens its minutes by the link, as a user would. */
export async function openMinutes(): Promise<RenderedApp & SeededMeeting & { jan: Patient; truus: Patient }> {
  const patients = testPatients();
  const app = await renderApp('/mdo/aanwezigheid', [patients.jan, patients.truus]);
  const seeded = await seedMeeting(app.db, patients);
  await app.user.click(await screen.findByRole('link', { name: meetingLinkName(seeded.meeting) }));
  await screen.findByRole('heading', { level: 1, name: `Verslag MDO ${toDutchDate(seeded.meeting.date)}` });
  return { ...app, ...seeded, ...patients };
}

/** Opens meeting mode of the seeded meeting (through its minutes). */
export async function openMeetingMode(): Promise<
  RenderedApp & SeededMeeting & { jan: Patient; truus: Patient }
> {
  const app = await openMinutes();
  await app.user.click(screen.getByRole('link', { name: 'Naar het overleg' }));
  await screen.findByRole('heading', { level: 1, name: 'MDO-overleg' });
  return app;
}

export const ADVICE = {
  text: 'Start morfine 5 mg s.c. zo nodig; evalueer over drie dagen.',
  name: 'M. Consulent',
  at: '2026-11-20T10:15:00.000Z',
  date: '20-11-2026',
};

/** A specialist's advice on an item, as the sync server delivers it (stamped with name and time). */
export async function seedAdvice(db: TijdigDb, item: AgendaItem): Promise<void> {
  await db.specialistInvitations.put(
    specialistInvitationSchema.parse({
      id: '0190f0e2-7c4a-7000-8000-00000000ad01',
      meetingId: item.meetingId,
      agendaItemId: item.id,
      specialistUserId: '0190f0e2-7c4a-7000-8000-00000000ad02',
      status: 'accepted',
      advice: ADVICE.text,
      adviceBy: { userId: '0190f0e2-7c4a-7000-8000-00000000ad02', name: ADVICE.name, role: 'specialist-pz' },
      adviceAt: ADVICE.at,
      validUntil: '2099-01-01T00:00:00.000Z',
      createdAt: ADVICE.at,
      deletedAt: null,
    }),
  );
}
