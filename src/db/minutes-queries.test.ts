import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Author, IsoDate, Meeting, Patient } from '../domain';
import { patientRow } from '../test/factories';
import { addAgendaItems, removeAgendaItem } from './agenda-repository';
import { TijdigDb } from './database';
import { recordMarking } from './marking-repository';
import { createMdoAction, removeMdoAction, setMdoActionDone } from './mdo-action-repository';
import { cancelMeeting, createMeeting } from './meeting-repository';
import {
  getMeetingRecord,
  getPatientMeetingFacts,
  listMeetingsBetween,
  patientNamesOf,
} from './minutes-queries';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };

let db: TijdigDb;
let jan: Patient;
let truus: Patient;

beforeEach(async () => {
  db = new TijdigDb(`minutes-${crypto.randomUUID()}`);
  await db.open();
  jan = patientRow();
  truus = patientRow({ givenName: 'Truus', namePrefix: '', familyName: 'Smit' });
  await db.patients.bulkAdd([jan, truus]);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function meetingOn(date: string, startTime = '12:30'): Promise<Meeting> {
  const endTime = `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:30`;
  const result = await createMeeting(db, { date, startTime, endTime, location: 'Praktijk' }, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const action = (meetingId: string | null, patientId: string | null, dueDate = '2026-12-01') => ({
  what: 'Bellen met de dochter',
  owner: 'Fatima Yilmaz',
  dueDate,
  meetingId,
  agendaItemId: null,
  patientId,
});

describe('getMeetingRecord', () => {
  it('gives the agenda in order with each patient, and the meeting’s own live actions', async () => {
    const meeting = await meetingOn('2026-11-30');
    const other = await meetingOn('2026-12-14');
    const added = await addAgendaItems(
      db,
      meeting.id,
      [{ patientId: truus.id }, { patientId: null, topic: 'Scholing' }, { patientId: jan.id }],
      NOW,
    );
    if (!added.ok) throw new Error('add failed');
    await removeAgendaItem(db, added.value[2]?.id ?? '', NOW);
    await createMdoAction(db, action(meeting.id, truus.id), NOW);
    await createMdoAction(db, action(other.id, truus.id), NOW);
    const removed = await createMdoAction(db, action(meeting.id, null), NOW);
    if (removed.ok) await removeMdoAction(db, removed.value.id, NOW);

    const record = await getMeetingRecord(db, meeting.id);
    expect(record?.meeting.id).toBe(meeting.id);
    expect(record?.items.map(({ item, patient }) => [item.topic, patient?.familyName ?? null])).toEqual([
      ['', 'Smit'],
      ['Scholing', null],
    ]);
    expect(record?.actions.map((a) => a.meetingId)).toEqual([meeting.id]);
  });

  it('answers null for a meeting that does not exist', async () => {
    expect(await getMeetingRecord(db, '0190f0e2-7c4a-7000-8000-0000000000ff')).toBeNull();
  });

  it('gives a null patient when the patient was removed from the device', async () => {
    const meeting = await meetingOn('2026-11-30');
    await addAgendaItems(db, meeting.id, [{ patientId: jan.id }], NOW);
    await db.patients.put({ ...jan, deletedAt: NOW.toISOString() as Patient['deletedAt'] });
    const record = await getMeetingRecord(db, meeting.id);
    expect(record?.items[0]?.patient).toBeNull();
  });
});

describe('getPatientMeetingFacts', () => {
  it('gives no plan, no death and no open actions for a new patient', async () => {
    expect(await getPatientMeetingFacts(db, jan.id)).toEqual({
      carePlanStatus: null,
      diedAtPreferredPlace: null,
      openActions: [],
    });
  });

  it('gives the open actions by due date and whether the patient died at the preferred place', async () => {
    await recordMarking(
      db,
      {
        patientId: jan.id,
        date: '2026-11-20',
        change: { kind: 'death', place: 'home', wasPreferredPlace: 'yes', isConfirmedUnmarked: true },
        author: GP,
      },
      NOW,
    );
    await createMdoAction(db, action(null, jan.id, '2026-12-20'), NOW);
    await createMdoAction(db, action(null, jan.id, '2026-12-02'), NOW);
    const done = await createMdoAction(db, action(null, jan.id, '2026-11-01'), NOW);
    if (done.ok) await setMdoActionDone(db, done.value.id, true, NOW);
    await createMdoAction(db, action(null, truus.id), NOW);

    const facts = await getPatientMeetingFacts(db, jan.id);
    expect(facts.diedAtPreferredPlace).toBe('yes');
    expect(facts.openActions.map((a) => a.dueDate)).toEqual(['2026-12-02', '2026-12-20']);
  });
});

describe('listMeetingsBetween', () => {
  it('gives the planned meetings of the period, both ends included, by date and time', async () => {
    const late = await meetingOn('2026-12-31', '15:00');
    const early = await meetingOn('2026-12-31', '09:00');
    const first = await meetingOn('2026-12-01');
    await meetingOn('2027-01-01');
    const cancelled = await meetingOn('2026-12-15');
    await cancelMeeting(db, cancelled.id, 'Griep', NOW);

    const meetings = await listMeetingsBetween(db, '2026-12-01' as IsoDate, '2026-12-31' as IsoDate);
    expect(meetings.map((m) => m.id)).toEqual([first.id, early.id, late.id]);
  });

  it('gives nothing for a period that ends before it starts', async () => {
    await meetingOn('2026-12-01');
    expect(await listMeetingsBetween(db, '2026-12-31' as IsoDate, '2026-12-01' as IsoDate)).toEqual([]);
  });
});

describe('patientNamesOf', () => {
  it('gives full names of the patients still on the device', async () => {
    const names = await patientNamesOf(db, [
      jan.id,
      truus.id,
      jan.id,
      '0190f0e2-7c4a-7000-8000-0000000000ff',
    ]);
    expect([...names.values()]).toEqual(['Jan de Vries', 'Truus Smit']);
  });
});
