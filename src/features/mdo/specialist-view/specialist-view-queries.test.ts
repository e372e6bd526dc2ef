/** The reads of the specialist view (src/db/specialist-view-queries.ts) on a real device database. */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyPulledChanges,
  setInvitationStatus,
  TijdigDb,
  withdrawInvitation,
  getSpecialistMeeting,
  initialsOf,
  listInvitedMeetings,
} from '../../../db';
import { addDays, isoDateOf } from '../../../domain';
import { agendaPatients, seedInvitedMeeting } from './specialist-view-test-data';

const ME = '0190f0e2-7c4a-7000-8000-00000000a001';
const SOMEONE_ELSE = '0190f0e2-7c4a-7000-8000-00000000ffff';

const databases: TijdigDb[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function seeded(options: { wholeMeeting?: boolean; userId?: string } = {}) {
  const db = new TijdigDb(`specialist-${crypto.randomUUID()}`);
  databases.push(db);
  await db.open();
  const patients = agendaPatients();
  await db.patients.bulkAdd(patients);
  return { db, patients, ...(await seedInvitedMeeting(db, patients, options.userId ?? ME, options)) };
}

const today = () => isoDateOf(new Date());

describe('initialsOf', () => {
  it.each([
    ['Johanna', 'Berg', 'J.B.'],
    ['J.', 'B.', 'J.B.'],
    ['anna', 'de Vries', 'A.D.'],
    ['', 'Smit', 'S.'],
    ['  Élise ', 'Öztürk', 'É.Ö.'],
  ])('%s %s -> %s', (givenName, familyName, expected) => {
    expect(initialsOf({ givenName, familyName })).toBe(expected);
  });
});

describe('the specialist view queries', () => {
  it('list only the open invitations of this account', async () => {
    const { db, meeting, invitation } = await seeded();
    const other = agendaPatients();
    await db.patients.bulkAdd(other);
    await seedInvitedMeeting(db, other, SOMEONE_ELSE);
    const listed = await listInvitedMeetings(db, ME, new Date());
    expect(listed.map((entry) => entry.meeting.id)).toEqual([meeting.id]);
    expect(listed[0]?.invitations).toEqual([{ invitation, subject: { kind: 'item', label: 'P.S.' } }]);

    const afterEnd = new Date(Date.parse(invitation.validUntil) + 1000);
    expect(await listInvitedMeetings(db, ME, afterEnd)).toEqual([]);
    await withdrawInvitation(db, invitation.id, new Date());
    expect(await listInvitedMeetings(db, ME, new Date())).toEqual([]);
  });

  it('give one invited item with the patient projected: initials, age, diagnosis, marking, nothing else', async () => {
    const { db, meeting, items, patients } = await seeded();
    const view = await getSpecialistMeeting(db, ME, meeting.id, new Date(), today());
    expect(view?.items.map((entry) => entry.item.id)).toEqual([items[1]?.id]);
    const patient = view?.items[0]?.patient;
    expect(patient && Object.keys(patient).sort()).toEqual(
      [
        'age',
        'diagnosis',
        'dyingPhaseSince',
        'id',
        'initials',
        'isDeceased',
        'palliativeSince',
        'registerColour',
      ].sort(),
    );
    expect(patient).toMatchObject({ id: patients[1].id, initials: 'P.S.', diagnosis: 'Longcarcinoom (R84)' });
    expect(view?.items[0]?.checklists.map((entry) => entry.summary)).toEqual([
      { kind: 'surpriseQuestion', answer: 'nee', suggestsMarking: true },
    ]);
    expect(view?.items[0]?.carePlan).toMatchObject({
      status: 'vastgesteld',
      goal: 'symptoomgericht',
      place: 'thuis',
      lastAcpConversation: '2026-11-20',
    });
  });

  it('give every item for a whole-meeting invitation, and none while it is declined', async () => {
    const { db, meeting, invitation } = await seeded({ wholeMeeting: true });
    const whole = await getSpecialistMeeting(db, ME, meeting.id, new Date(), today());
    expect(whole?.items).toHaveLength(3);
    await setInvitationStatus(db, invitation.id, 'declined', new Date());
    const declined = await getSpecialistMeeting(db, ME, meeting.id, new Date(), today());
    expect(declined?.items).toEqual([]);
    expect(declined?.meeting.id).toBe(meeting.id);
  });

  it("give nothing of another specialist's meeting or of an ended invitation", async () => {
    const { db, meeting, invitation } = await seeded({ userId: SOMEONE_ELSE });
    expect(await getSpecialistMeeting(db, ME, meeting.id, new Date(), today())).toBeUndefined();
    const later = new Date(Date.parse(invitation.validUntil) + 1000);
    const ended = await getSpecialistMeeting(db, SOMEONE_ELSE, meeting.id, later, addDays(today(), 20));
    expect(ended).toBeUndefined();
  });

  it('hold nothing after a sync snapshot without the invitation (it ended or was withdrawn)', async () => {
    const { db, meeting } = await seeded();
    expect(await listInvitedMeetings(db, ME, new Date())).toHaveLength(1);
    await applyPulledChanges(db, { changes: [], next: 42, hasMore: false, isSnapshot: true });
    expect(await listInvitedMeetings(db, ME, new Date())).toEqual([]);
    expect(await getSpecialistMeeting(db, ME, meeting.id, new Date(), today())).toBeUndefined();
    const left = await Promise.all(
      [db.patients, db.agendaItems, db.meetings, db.carePlans, db.checklistResults, db.specialists].map(
        (table) => table.count(),
      ),
    );
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
