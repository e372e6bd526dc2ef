import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Patient } from '../domain';
import { patientRow } from '../test/factories';
import { TijdigDb } from './database';
import { listActionOverview, listMdoActions, listOpenMdoActions } from './mdo-action-queries';
import { createMdoAction, removeMdoAction, setMdoActionDone } from './mdo-action-repository';
import { createMeeting } from './meeting-repository';

const NOW = new Date('2026-11-23T10:00:00.000Z');

let db: TijdigDb;
let jan: Patient;

beforeEach(async () => {
  db = new TijdigDb(`actions-${crypto.randomUUID()}`);
  await db.open();
  jan = patientRow();
  await db.patients.add(jan);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function newAction(what: string, dueDate: string, meetingId: string | null, patientId: string | null) {
  const result = await createMdoAction(
    db,
    { what, owner: 'Fatima Yilmaz', dueDate, meetingId, agendaItemId: null, patientId },
    NOW,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('MDO action queries', () => {
  it('lists the open actions by due date, without done or removed ones', async () => {
    await newAction('Later', '2027-01-10', null, jan.id);
    await newAction('Eerst', '2026-12-01', null, null);
    const done = await newAction('Klaar', '2026-11-01', null, jan.id);
    await setMdoActionDone(db, done.id, true, NOW);
    const removed = await newAction('Vergissing', '2026-11-02', null, jan.id);
    await removeMdoAction(db, removed.id, NOW);

    expect((await listOpenMdoActions(db)).map((a) => a.what)).toEqual(['Eerst', 'Later']);
    expect((await listMdoActions(db)).map((a) => a.what).sort()).toEqual(['Eerst', 'Klaar', 'Later']);
  });

  it('gives each action with its patient’s name and the date of its meeting', async () => {
    const meeting = await createMeeting(
      db,
      { date: '2026-11-30', startTime: '12:30', endTime: '14:00', location: 'Praktijk' },
      NOW,
    );
    if (!meeting.ok) throw new Error('meeting failed');
    await newAction('Kit bestellen', '2026-12-01', meeting.value.id, jan.id);
    await newAction('Scholing plannen', '2026-12-20', null, null);
    await newAction('Onbekende patiënt', '2026-12-20', null, '0190f0e2-7c4a-7000-8000-0000000000ff');

    const rows = await listActionOverview(db);
    expect(rows.map((row) => [row.action.what, row.patientName, row.meetingDate])).toEqual([
      ['Kit bestellen', 'Jan de Vries', '2026-11-30'],
      ['Scholing plannen', null, null],
      ['Onbekende patiënt', null, null],
    ]);
  });
});
