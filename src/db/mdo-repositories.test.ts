/**
 * The MDO repositories on fake-indexeddb: what they refuse (in Dutch-translatable codes), that a refusal
 * writes nothing, and that every save queues exactly the fields that changed.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Patient } from '../domain';
import { patientRow } from '../test/factories';
import {
  addAgendaItems,
  agendaOf,
  moveAgendaItem,
  removeAgendaItem,
  shiftAgendaItem,
  updateAgendaItem,
} from './agenda-repository';
import { TijdigDb } from './database';
import {
  createMdoAction,
  removeMdoAction,
  setMdoActionDone,
  updateMdoAction,
  type NewMdoAction,
} from './mdo-action-repository';
import { cancelMeeting, createMeeting, updateMeeting } from './meeting-repository';
import { inviteSpecialist, saveSpecialist } from './specialist-repository';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-11-24T09:30:00.000Z');

const CHAIR = { id: '0190f0e2-7c4a-7000-8000-00000000c001', name: 'Hanna Bakker', role: 'huisarts' };
const NURSE = {
  id: '0190f0e2-7c4a-7000-8000-00000000c002',
  name: 'Fatima Yilmaz',
  role: 'wijkverpleegkundige',
};

const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-11-30',
  startTime: '12:30',
  endTime: '14:00',
  location: 'Praktijk, kamer 2',
  members: [CHAIR, NURSE],
  chairMemberId: CHAIR.id,
  ...overrides,
});

let db: TijdigDb;
let patients: Patient[];

beforeEach(async () => {
  db = new TijdigDb(`mdo-${crypto.randomUUID()}`);
  await db.open();
  patients = [patientRow(), patientRow({ givenName: 'Truus', familyName: 'Smit' })];
  await db.patients.bulkAdd(patients);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function newMeeting(overrides: Record<string, unknown> = {}): Promise<Meeting> {
  const result = await createMeeting(db, meetingInput(overrides), NOW);
  if (!result.ok) throw new Error(`createMeeting failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const patientId = (index: number) => patients[index]?.id ?? '';

describe('createMeeting', () => {
  it('stores a planned meeting with its outbox mutation', async () => {
    const meeting = await newMeeting();
    expect(meeting).toMatchObject({
      status: 'planned',
      presentMemberIds: [],
      bottlenecks: [],
      deletedAt: null,
    });
    expect(await db.meetings.get(meeting.id)).toEqual(meeting);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => [m.entity, m.recordId, m.op])).toEqual([['meeting', meeting.id, 'put']]);
  });

  it.each([
    [
      'an end before the start',
      { startTime: '14:00', endTime: '13:00' },
      'endTime',
      'meeting.endBeforeStart',
    ],
    [
      'an end equal to the start',
      { startTime: '14:00', endTime: '14:00' },
      'endTime',
      'meeting.endBeforeStart',
    ],
    ['a date in the past', { date: '2026-11-22' }, 'date', 'meeting.inPast'],
    [
      'a chair who is not a member',
      { chairMemberId: '0190f0e2-7c4a-7000-8000-00000000c999' },
      'chairMemberId',
      'meeting.chairNotMember',
    ],
    ['a time that is not a time', { startTime: '25:00' }, 'startTime', 'time.invalid'],
    ['no date', { date: '' }, 'date', 'required'],
  ])('refuses %s and writes nothing', async (_case, overrides, field, code) => {
    const result = await createMeeting(db, meetingInput(overrides), NOW);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toContainEqual({ field, code });
    expect(await db.meetings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('accepts a meeting today', async () => {
    const result = await createMeeting(db, meetingInput({ date: '2026-11-23' }), NOW);
    expect(result.ok).toBe(true);
  });
});

describe('updateMeeting and cancelMeeting', () => {
  it('queues only the changed field (attendance) on the revision last pulled', async () => {
    const meeting = await newMeeting();
    await db.outbox.clear();
    const result = await updateMeeting(db, meeting.id, { presentMemberIds: [NURSE.id] }, LATER);
    expect(result).toMatchObject({ ok: true, value: { presentMemberIds: [NURSE.id] } });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => m.changed)).toEqual([{ presentMemberIds: [NURSE.id] }]);
  });

  it('keeps an existing meeting whose day has passed editable (minutes are written afterwards)', async () => {
    const meeting = await newMeeting();
    const afterwards = new Date('2026-12-10T10:00:00.000Z');
    const result = await updateMeeting(db, meeting.id, { bottlenecks: ['Geen hospicebed vrij'] }, afterwards);
    expect(result.ok).toBe(true);
  });

  it('refuses an end before the start on an edit and keeps the stored meeting', async () => {
    const meeting = await newMeeting();
    await db.outbox.clear();
    const result = await updateMeeting(db, meeting.id, { endTime: '11:00' }, LATER);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'endTime', code: 'meeting.endBeforeStart' }] },
    });
    expect(await db.meetings.get(meeting.id)).toEqual(meeting);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an empty knelpunt', async () => {
    const meeting = await newMeeting();
    const result = await updateMeeting(db, meeting.id, { bottlenecks: ['  '] }, LATER);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'bottlenecks.0', code: 'required' }] },
    });
  });

  it('answers notFound for a meeting that does not exist', async () => {
    const result = await updateMeeting(db, '0190f0e2-7c4a-7000-8000-0000000000ff', { location: 'x' }, LATER);
    expect(result).toEqual({ ok: false, error: { kind: 'notFound' } });
  });

  it('cancels with a reason', async () => {
    const meeting = await newMeeting();
    const result = await cancelMeeting(db, meeting.id, 'Griepgolf', LATER);
    expect(result).toMatchObject({ ok: true, value: { status: 'cancelled', cancelReason: 'Griepgolf' } });
    expect((await db.outbox.toArray()).at(-1)?.changed).toEqual({
      status: 'cancelled',
      cancelReason: 'Griepgolf',
    });
  });
});

describe('agenda', () => {
  it('adds patients and a general topic in order', async () => {
    const meeting = await newMeeting();
    const result = await addAgendaItems(
      db,
      meeting.id,
      [
        { patientId: patientId(0), reasons: ['newlyMarked'], question: 'Wie wordt eerste aanspreekpunt?' },
        { patientId: null, topic: 'Scholing palliatieve sedatie' },
      ],
      NOW,
    );
    expect(result.ok).toBe(true);
    const items = await agendaOf(db, meeting.id);
    expect(items.map((item) => [item.position, item.patientId, item.topic])).toEqual([
      [0, patientId(0), ''],
      [1, null, 'Scholing palliatieve sedatie'],
    ]);
  });

  it('refuses a patient already on the agenda and saves none of the batch', async () => {
    const meeting = await newMeeting();
    await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], NOW);
    const before = await db.outbox.count();
    const result = await addAgendaItems(
      db,
      meeting.id,
      [{ patientId: patientId(1) }, { patientId: patientId(0) }],
      LATER,
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'items.1.patientId', code: 'agenda.duplicatePatient' }] },
    });
    expect((await agendaOf(db, meeting.id)).map((item) => item.patientId)).toEqual([patientId(0)]);
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses the same patient twice in one batch', async () => {
    const meeting = await newMeeting();
    const result = await addAgendaItems(
      db,
      meeting.id,
      [{ patientId: patientId(0) }, { patientId: patientId(0) }],
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'items.1.patientId', code: 'agenda.duplicatePatient' }] },
    });
    expect(await db.agendaItems.count()).toBe(0);
  });

  it('allows a patient again after their item was removed', async () => {
    const meeting = await newMeeting();
    const added = await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], NOW);
    if (!added.ok) throw new Error('add failed');
    await removeAgendaItem(db, added.value[0]?.id ?? '', NOW);
    expect((await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], LATER)).ok).toBe(true);
  });

  it('refuses a general topic without a title', async () => {
    const meeting = await newMeeting();
    const result = await addAgendaItems(db, meeting.id, [{ patientId: null, topic: ' ' }], NOW);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'items.0.topic', code: 'required' }] },
    });
  });

  it('queues only the one field that changed when an outcome is typed', async () => {
    const meeting = await newMeeting();
    const added = await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], NOW);
    if (!added.ok) throw new Error('add failed');
    const itemId = added.value[0]?.id ?? '';
    await db.outbox.clear();

    await updateAgendaItem(db, itemId, { conclusionPsychisch: 'Angst voor benauwdheid besproken' }, LATER);
    await updateAgendaItem(db, itemId, { conclusionSociaal: 'Dochter regelt de mantelzorg' }, LATER);
    // The same value again is no change and queues nothing.
    await updateAgendaItem(db, itemId, { conclusionSociaal: 'Dochter regelt de mantelzorg' }, LATER);

    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((m) => m.changed)).toEqual([
      { conclusionPsychisch: 'Angst voor benauwdheid besproken' },
      { conclusionSociaal: 'Dochter regelt de mantelzorg' },
    ]);
    expect(await db.agendaItems.get(itemId)).toMatchObject({
      conclusionPsychisch: 'Angst voor benauwdheid besproken',
      conclusionSociaal: 'Dochter regelt de mantelzorg',
    });
  });

  it('refuses an outcome that does not fit and keeps the item', async () => {
    const meeting = await newMeeting();
    const added = await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], NOW);
    if (!added.ok) throw new Error('add failed');
    const itemId = added.value[0]?.id ?? '';
    const result = await updateAgendaItem(db, itemId, { decisions: 'x'.repeat(2001) }, LATER);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'decisions', code: 'text.tooLong' }] },
    });
    expect((await db.agendaItems.get(itemId))?.decisions).toBe('');
  });

  /** A meeting whose agenda holds the first two patients and a third, new one, in that order. */
  async function threeItemAgenda() {
    const meeting = await newMeeting();
    const third = patientRow({ givenName: 'Kees' });
    await db.patients.add(third);
    const added = await addAgendaItems(
      db,
      meeting.id,
      [{ patientId: patientId(0) }, { patientId: patientId(1) }, { patientId: third.id }],
      NOW,
    );
    if (!added.ok) throw new Error('add failed');
    return { meeting, third, lastItemId: added.value[2]?.id ?? '' };
  }

  it('moves an item and writes only the items whose position changed', async () => {
    const { meeting, third, lastItemId } = await threeItemAgenda();
    await db.outbox.clear();

    const moved = await moveAgendaItem(db, lastItemId, 1, LATER);
    expect(moved.ok && moved.value.map((item) => [item.patientId, item.position])).toEqual([
      [third.id, 1],
      [patientId(1), 2],
    ]);
    expect((await agendaOf(db, meeting.id)).map((item) => item.patientId)).toEqual([
      patientId(0),
      third.id,
      patientId(1),
    ]);
    expect((await db.outbox.toArray()).map((m) => m.changed)).toEqual([{ position: 1 }, { position: 2 }]);
  });

  it('clamps a move beyond the end to the last place', async () => {
    const meeting = await newMeeting();
    const added = await addAgendaItems(
      db,
      meeting.id,
      [{ patientId: patientId(0) }, { patientId: patientId(1) }],
      NOW,
    );
    if (!added.ok) throw new Error('add failed');
    await moveAgendaItem(db, added.value[0]?.id ?? '', 99, LATER);
    expect((await agendaOf(db, meeting.id)).map((item) => item.patientId)).toEqual([
      patientId(1),
      patientId(0),
    ]);
  });

  it('moves an item two places up for two quick Omhoog clicks, and not past the top', async () => {
    const { meeting, third, lastItemId: last } = await threeItemAgenda();
    // Both writes start before either has finished: each moves from where the item is stored by then.
    await Promise.all([shiftAgendaItem(db, last, -1, LATER), shiftAgendaItem(db, last, -1, LATER)]);
    const order = async () => (await agendaOf(db, meeting.id)).map((item) => item.patientId);
    expect(await order()).toEqual([third.id, patientId(0), patientId(1)]);
    const atTop = await shiftAgendaItem(db, last, -1, LATER);
    expect(atTop.ok && atTop.value).toEqual([]);
    expect(await order()).toEqual([third.id, patientId(0), patientId(1)]);
  });
});

describe('MDO actions', () => {
  const action = (overrides: Partial<NewMdoAction> = {}): NewMdoAction => ({
    what: 'Palliatieve kit bestellen',
    owner: 'Fatima Yilmaz (wijkverpleegkundige)',
    dueDate: '2026-12-01',
    meetingId: null,
    agendaItemId: null,
    patientId: patientId(0),
    ...overrides,
  });

  it('records an open action', async () => {
    const result = await createMdoAction(db, action(), NOW);
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'open', doneOn: null, patientId: patientId(0) },
    });
    expect(await db.mdoActions.count()).toBe(1);
  });

  it.each([
    ['without owner', { owner: '  ' }, 'owner', 'required'],
    ['without due date', { dueDate: '' }, 'dueDate', 'required'],
    ['with a due date that is not a date', { dueDate: '2026-02-30' }, 'dueDate', 'date.invalid'],
    ['without what', { what: '' }, 'what', 'required'],
  ])('refuses an action %s and writes nothing', async (_case, overrides, field, code) => {
    const result = await createMdoAction(db, action(overrides), NOW);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues[0]).toEqual({ field, code });
    expect(await db.mdoActions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('marks an action done today and open again, queueing only the status', async () => {
    const created = await createMdoAction(db, action(), NOW);
    if (!created.ok) throw new Error('create failed');
    await db.outbox.clear();

    const done = await setMdoActionDone(db, created.value.id, true, LATER);
    expect(done).toMatchObject({ ok: true, value: { status: 'done', doneOn: '2026-11-24' } });
    const reopened = await setMdoActionDone(db, created.value.id, false, LATER);
    expect(reopened).toMatchObject({ ok: true, value: { status: 'open', doneOn: null } });
    expect((await db.outbox.orderBy('counter').toArray()).map((m) => m.changed)).toEqual([
      { status: 'done', doneOn: '2026-11-24' },
      { status: 'open', doneOn: null },
    ]);
  });

  it('changes the owner but refuses to clear it', async () => {
    const created = await createMdoAction(db, action(), NOW);
    if (!created.ok) throw new Error('create failed');
    const changed = await updateMdoAction(db, created.value.id, { owner: 'Hanna Bakker (huisarts)' }, LATER);
    expect(changed).toMatchObject({ ok: true, value: { owner: 'Hanna Bakker (huisarts)' } });
    const cleared = await updateMdoAction(db, created.value.id, { owner: '' }, LATER);
    expect(cleared).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'owner', code: 'required' }] },
    });
  });

  it('answers notFound for a removed action', async () => {
    const created = await createMdoAction(db, action(), NOW);
    if (!created.ok) throw new Error('create failed');
    await removeMdoAction(db, created.value.id, LATER);
    expect(await setMdoActionDone(db, created.value.id, true, LATER)).toEqual({
      ok: false,
      error: { kind: 'notFound' },
    });
  });
});

describe('inviteSpecialist', () => {
  it('refuses the same invitation twice and allows the same specialist for another item', async () => {
    const meeting = await newMeeting();
    const added = await addAgendaItems(db, meeting.id, [{ patientId: patientId(0) }], NOW);
    if (!added.ok) throw new Error('add failed');
    const specialist = await saveSpecialist(
      db,
      null,
      {
        name: 'Dr. Ans Visser',
        organisation: 'PACT Utrecht',
        team: 'pact',
        phone: '',
        email: '',
        userId: null,
      },
      NOW,
    );
    if (!specialist.ok) throw new Error('saveSpecialist failed');
    const target = { meetingId: meeting.id, agendaItemId: null, specialistId: specialist.value.id };

    expect((await inviteSpecialist(db, target, NOW)).ok).toBe(true);
    expect(await inviteSpecialist(db, target, NOW)).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'specialistId', code: 'invitation.duplicate' }] },
    });
    const forItem = await inviteSpecialist(db, { ...target, agendaItemId: added.value[0]?.id ?? null }, NOW);
    expect(forItem).toMatchObject({
      ok: true,
      value: { status: 'invited', validUntil: '2026-12-14T23:59:59.000Z' },
    });
    expect(await db.specialistInvitations.count()).toBe(2);
  });

  it('moves open invitations to the account linked later, and leaves ended ones alone', async () => {
    const ACCOUNT = '0190f0e2-7c4a-7000-8000-00000000a001';
    const fields = {
      name: 'Dr. Ans Visser',
      organisation: '',
      team: 'pact',
      phone: '',
      email: '',
      userId: null,
    };
    const specialist = await saveSpecialist(db, null, fields, NOW);
    if (!specialist.ok) throw new Error('saveSpecialist failed');
    const open = await inviteSpecialist(
      db,
      { meetingId: (await newMeeting()).id, agendaItemId: null, specialistId: specialist.value.id },
      NOW,
    );
    const ended = await inviteSpecialist(
      db,
      { meetingId: (await newMeeting()).id, agendaItemId: null, specialistId: specialist.value.id },
      NOW,
    );
    if (!open.ok || !ended.ok) throw new Error('inviteSpecialist failed');
    await db.specialistInvitations.update(ended.value.id, {
      validUntil: '2026-11-01T00:00:00.000Z' as never,
    });

    const linked = await saveSpecialist(db, specialist.value.id, { ...fields, userId: ACCOUNT }, LATER);
    expect(linked.ok).toBe(true);
    expect((await db.specialistInvitations.get(open.value.id))?.specialistUserId).toBe(ACCOUNT);
    expect((await db.specialistInvitations.get(ended.value.id))?.specialistUserId).toBeNull();
    const queued = await db.outbox.where('recordId').equals(open.value.id).toArray();
    expect(queued.at(-1)?.changed).toEqual({ specialistUserId: ACCOUNT });
  });
});
