import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyCarePlanFields,
  signallingCardV1,
  suggestAgenda,
  type Author,
  type IsoDate,
  type Meeting,
  type Patient,
} from '../domain';
import { patientRow } from '../test/factories';
import {
  getAgendaSuggestionInput,
  getAgendaView,
  getNominationOptions,
  getPreviousMeeting,
} from './agenda-queries';
import { addAgendaItems, updateAgendaItem } from './agenda-repository';
import { saveCarePlan } from './care-plan-repository';
import { recordChecklistResult } from './checklist-repository';
import { TijdigDb } from './database';
import { recordMarking } from './marking-repository';
import { createMdoAction, setMdoActionDone } from './mdo-action-repository';
import { cancelMeeting, createMeeting } from './meeting-repository';

const PLANNING = new Date('2025-11-01T09:00:00Z');
const NOW = new Date('2026-03-05T09:00:00Z');
const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };
const NURSE: Author = { name: 'Fatima Amrani', role: 'wijkverpleegkundige' };

let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`agenda-queries-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function meeting(date: string): Promise<Meeting> {
  return ok(
    await createMeeting(db, { date, startTime: '14:00', endTime: '15:30', location: 'Praktijk' }, PLANNING),
  );
}

async function patient(overrides: Partial<Patient> = {}): Promise<Patient> {
  const row = patientRow(overrides);
  await db.patients.add(row);
  return row;
}

async function markedPatient(date: string): Promise<Patient> {
  const { id } = await patient();
  const change = {
    kind: 'palliative',
    markedBy: GP.name,
    basis: 'clinicalJudgement',
    isConversationHeld: false,
    conversationDate: null,
    colour: 'yellow',
  };
  ok(await recordMarking(db, { patientId: id, date, change, author: GP }, NOW));
  const row = await db.patients.get(id);
  if (!row) throw new Error('patient not stored');
  return row;
}

async function discussedAt(meetingId: string, patientId: string): Promise<void> {
  const [item] = ok(await addAgendaItems(db, meetingId, [{ patientId }], PLANNING));
  if (item) ok(await updateAgendaItem(db, item.id, { isDiscussed: true }, PLANNING));
}

async function action(meetingId: string | null, patientId: string | null, what = 'Bellen met de dochter') {
  return ok(
    await createMdoAction(
      db,
      { what, owner: 'Petra (POH)', dueDate: '2026-03-01', meetingId, agendaItemId: null, patientId },
      PLANNING,
    ),
  );
}

/** Five meetings around "this" one on 10-03-2026; a cancelled one lies between it and the previous one. */
async function meetings() {
  const first = await meeting('2025-12-09');
  const previous = await meeting('2026-02-10');
  const cancelled = await meeting('2026-02-24');
  ok(await cancelMeeting(db, cancelled.id, 'Griep', PLANNING));
  const current = await meeting('2026-03-10');
  const next = await meeting('2026-04-07');
  return { first, previous, cancelled, current, next };
}

describe('getAgendaSuggestionInput', () => {
  it('gathers the register facts for a meeting, and the suggestion reads them as intended', async () => {
    const { first, previous, current } = await meetings();
    const colourChanged = await markedPatient('2025-06-01');
    await discussedAt(previous.id, colourChanged.id);
    ok(await saveCarePlan(db, colourChanged.id, emptyCarePlanFields(), GP, PLANNING));
    ok(
      await recordMarking(
        db,
        {
          patientId: colourChanged.id,
          date: '2026-02-20',
          change: { kind: 'colour', colour: 'red' },
          author: GP,
        },
        NOW,
      ),
    );
    const newlyMarked = await markedPatient('2026-02-20');
    const reviewDue = await markedPatient('2025-05-01');
    await discussedAt(first.id, reviewDue.id);
    ok(await saveCarePlan(db, reviewDue.id, emptyCarePlanFields(), GP, PLANNING));
    const signalled = await patient();
    ok(
      await recordChecklistResult(
        db,
        {
          patientId: signalled.id,
          definition: signallingCardV1,
          answers: { falls: true },
          observedOn: '2026-02-15' as IsoDate,
          author: NURSE,
        },
        NOW,
      ),
    );
    const untouched = await patient();
    const died = await patient({ status: 'deceased', deathDate: '2026-03-01' as IsoDate });
    const diedLongAgo = await patient({ status: 'deceased', deathDate: '2025-11-01' as IsoDate });
    const withAction = await patient();
    await action(previous.id, withAction.id);
    const onAgenda = await markedPatient('2025-09-01');
    ok(await addAgendaItems(db, current.id, [{ patientId: onAgenda.id }], PLANNING));

    const input = await getAgendaSuggestionInput(db, current.id, 8);
    if (!input) throw new Error('no input');
    expect(input.meetingDate).toBe('2026-03-10');
    expect(input.previousMeetingDate).toBe('2026-02-10');
    const ids = input.patients.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        colourChanged.id,
        newlyMarked.id,
        reviewDue.id,
        signalled.id,
        died.id,
        withAction.id,
        onAgenda.id,
      ]),
    );
    expect(ids).not.toContain(untouched.id);
    expect(ids).not.toContain(diedLongAgo.id);
    expect(input.markingEvents.map((e) => [e.patientId, e.kind]).sort()).toEqual(
      [
        [colourChanged.id, 'colour'],
        [newlyMarked.id, 'palliative'],
      ].sort(),
    );
    expect(input.patientIdsOnAgenda).toEqual([onAgenda.id]);
    expect(input.pastAgendaItems.map((item) => [item.patientId, item.meetingDate]).sort()).toEqual(
      [
        [colourChanged.id, '2026-02-10'],
        [reviewDue.id, '2025-12-09'],
      ].sort(),
    );

    const reasons = new Map(suggestAgenda(input).map((s) => [s.patientId, s.reasons]));
    expect(Object.fromEntries(reasons)).toEqual({
      [colourChanged.id]: ['colourChanged'],
      [newlyMarked.id]: ['newlyMarked', 'noCarePlan'],
      [reviewDue.id]: ['reviewDue'],
      [signalled.id]: ['newSignals'],
      [died.id]: ['diedSinceLastMeeting'],
      [withAction.id]: ['openActions'],
    });
  });

  it('has no previous meeting before the first, and nothing for a meeting that does not exist', async () => {
    const { first } = await meetings();
    expect(await getPreviousMeeting(db, first)).toBeUndefined();
    expect((await getAgendaSuggestionInput(db, first.id, 8))?.previousMeetingDate).toBeNull();
    expect(await getAgendaSuggestionInput(db, crypto.randomUUID(), 8)).toBeUndefined();
  });
});

describe('getAgendaView', () => {
  it('joins items with their patients in agenda order and carries open actions of earlier meetings', async () => {
    const { previous, current } = await meetings();
    const anna = await patient({ givenName: 'Anna', familyName: 'Visser' });
    const kees = await patient({ givenName: 'Kees', familyName: 'Smit' });
    ok(
      await addAgendaItems(
        db,
        current.id,
        [
          { patientId: kees.id },
          { patientId: null, topic: 'Scholing' },
          { patientId: anna.id, question: 'Hospice?' },
        ],
        PLANNING,
      ),
    );
    const carried = await action(previous.id, anna.id, 'Morfinepomp regelen');
    await action(current.id, anna.id, 'Afgesproken in dit overleg');
    const done = await action(previous.id, anna.id, 'Al gedaan');
    ok(await setMdoActionDone(db, done.id, true, PLANNING));
    const general = await action(null, null, 'Scholing plannen');

    const view = await getAgendaView(db, current.id);
    expect(view?.meeting.id).toBe(current.id);
    expect(
      view?.rows.map((row) => [row.patient?.givenName ?? row.item.topic, row.openActions.map((a) => a.id)]),
    ).toEqual([
      ['Kees', []],
      ['Scholing', []],
      ['Anna', [carried.id]],
    ]);
    expect(view?.generalActions.map((a) => a.id)).toEqual([general.id]);
    expect(await getAgendaView(db, crypto.randomUUID())).toBeNull();
  });
});

describe('getNominationOptions', () => {
  it('lists planned meetings from today on, soonest first, and says where the patient already is', async () => {
    const { current, next } = await meetings();
    const anna = await patient();
    ok(await addAgendaItems(db, current.id, [{ patientId: anna.id }], PLANNING));
    const options = await getNominationOptions(db, anna.id, '2026-02-20' as IsoDate);
    expect(options.map((o) => [o.meeting.id, o.isOnAgenda])).toEqual([
      [current.id, true],
      [next.id, false],
    ]);
  });
});
