import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { surpriseQuestionV1, type Author, type IsoDate } from '../domain';
import { palliativeMarking, patientFields } from '../test/factories';
import { TijdigDb } from './database';
import { listMarkingEvents, quickMark, recordMarking } from './marking-repository';
import { createPatient, getPatient } from './patients-repository';

const now = new Date('2026-11-23T10:00:00Z');
const gp: Author = { name: 'H. Bakker', role: 'huisarts' };
const palliative = palliativeMarking();
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`marking-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function aPatient() {
  const result = await createPatient(db, patientFields(), now);
  if (!result.ok) throw new Error('setup failed');
  return result.value;
}

const mark = (patientId: string, date: string, change: object) =>
  recordMarking(db, { patientId, date: date, change, author: gp }, now);

describe('recordMarking', () => {
  it('keeps every change as history and derives the register state on the patient', async () => {
    const patient = await aPatient();
    expect((await mark(patient.id, '2026-11-01', palliative)).ok).toBe(true);
    expect((await mark(patient.id, '2026-11-10', { kind: 'colour', colour: 'red' })).ok).toBe(true);
    expect((await mark(patient.id, '2026-11-15', { kind: 'dyingPhase' })).ok).toBe(true);

    expect(await getPatient(db, patient.id)).toMatchObject({
      palliativeSince: '2026-11-01',
      registerColour: 'red',
      dyingPhaseSince: '2026-11-15',
    });
    const history = await listMarkingEvents(db, patient.id);
    expect(history.map((e) => e.kind)).toEqual(['palliative', 'colour', 'dyingPhase']);
    expect(history[0]).toMatchObject({ author: gp, markedBy: 'H. Bakker' });
  });

  it('unmarks with a reason and keeps the earlier marking in the history', async () => {
    const patient = await aPatient();
    await mark(patient.id, '2026-11-01', palliative);
    expect(await mark(patient.id, '2026-11-02', { kind: 'unmark', reason: '' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'reason', code: 'required' }] },
    });
    expect(
      (await mark(patient.id, '2026-11-02', { kind: 'unmark', reason: 'Herstel na behandeling' })).ok,
    ).toBe(true);
    expect((await getPatient(db, patient.id))?.palliativeSince).toBeNull();
    expect(await listMarkingEvents(db, patient.id)).toHaveLength(2);
  });

  it.each([
    ['a marking date in the future', '2026-11-24', palliative, 'date:date.future'],
    ['a date that is not a date', 'abc', palliative, 'date:date.invalid'],
    ['no date', '', palliative, 'date:required'],
    ['a marking date before birth', '1940-01-01', palliative, 'date:date.beforeBirth'],
    [
      'a held conversation without date',
      '2026-11-01',
      { ...palliative, conversationDate: null },
      'conversationDate:required',
    ],
    ['a colour without marking', '2026-11-01', { kind: 'colour', colour: 'red' }, 'kind:marking.notMarked'],
    ['no basis', '2026-11-01', { ...palliative, basis: undefined }, 'basis:required'],
    [
      'an unmarked death without confirmation',
      '2026-11-01',
      { kind: 'death', place: 'home', wasPreferredPlace: 'yes' },
      'isConfirmedUnmarked:death.unmarkedNotConfirmed',
    ],
  ])('refuses %s and stores nothing', async (_case, date, change, expected) => {
    const patient = await aPatient();
    const result = await mark(patient.id, date, change);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid')
      expect(result.error.issues.map((i) => `${i.field}:${i.code}`)).toContain(expected);
    expect(await db.markingEvents.count()).toBe(0);
  });

  it('records a death before the marking date only when confirmed, and sets the patient deceased', async () => {
    const patient = await aPatient();
    await mark(patient.id, '2026-11-10', palliative);
    const death = { kind: 'death', place: 'hospice', wasPreferredPlace: 'no' };
    expect((await mark(patient.id, '2026-11-05', death)).ok).toBe(false);
    expect((await mark(patient.id, '2026-11-05', { ...death, isConfirmedUnmarked: true })).ok).toBe(true);
    expect(await getPatient(db, patient.id)).toMatchObject({
      status: 'deceased',
      deathDate: '2026-11-05',
      placeOfDeath: 'hospice',
    });
    expect((await mark(patient.id, '2026-11-06', { kind: 'colour', colour: 'green' })).ok).toBe(false);
  });
});

describe('quickMark', () => {
  const entry = { date: '2026-11-23' as IsoDate, change: palliative, author: gp };
  const surprise = {
    definition: surpriseQuestionV1,
    answers: { surprised: 'nee' },
    observedOn: '2026-11-23' as IsoDate,
    author: gp,
  };

  it('creates the patient, stores the surprise question and the marking together', async () => {
    const result = await quickMark(
      db,
      { newPatient: patientFields({ familyName: 'Nieuw' }) },
      entry,
      now,
      surprise,
    );
    expect(result.ok).toBe(true);
    const [patient] = await db.patients.toArray();
    expect(patient).toMatchObject({
      familyName: 'Nieuw',
      palliativeSince: '2026-11-23',
      registerColour: 'yellow',
    });
    // Four changes in one transaction get consecutive counters: created patient, answer, marking, patient state.
    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((m) => [m.counter, m.entity])).toEqual([
      [1, 'patient'],
      [2, 'checklistResult'],
      [3, 'markingEvent'],
      [4, 'patient'],
    ]);
    expect(await db.meta.get('nextOutboxCounter')).toEqual({ key: 'nextOutboxCounter', value: 5 });
    const [answer] = await db.checklistResults.toArray();
    expect(answer).toMatchObject({
      patientId: patient?.id,
      definitionId: 'surprise-question',
      answers: { surprised: 'nee' },
    });
  });

  it('queues the marking of a pulled patient on its server revision, with only the marking fields changed', async () => {
    const patient = await aPatient();
    // As if the patient came from the server at revision 42 and its creation was acknowledged.
    await db.outbox.clear();
    await db.recordRevs.put({ key: `patient:${patient.id}`, rev: 42 });
    const result = await quickMark(db, { patientId: patient.id }, entry, now, surprise);
    if (!result.ok) throw new Error('refused');

    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((m) => [m.counter, m.entity, m.recordId, m.op, m.baseRev])).toEqual([
      [2, 'checklistResult', outbox[0]?.recordId, 'put', null],
      [3, 'markingEvent', result.value.id, 'put', null],
      [4, 'patient', patient.id, 'put', 42],
    ]);
    // The patient was created at the same moment, so updatedAt is unchanged.
    expect(outbox[2]?.changed).toEqual({
      palliativeSince: '2026-11-23',
      registerColour: 'yellow',
      markingOnBehalfOf: null,
    });
    expect(outbox[1]?.changed).toMatchObject({ kind: 'palliative', markedBy: 'H. Bakker', author: gp });
    expect(await db.meta.get('nextOutboxCounter')).toEqual({ key: 'nextOutboxCounter', value: 5 });
    const [answer] = await db.checklistResults.toArray();
    expect(outbox[0]?.recordId).toBe(answer?.id);
  });

  it('queues only the marking state as the change after a new patient is created', async () => {
    const result = await quickMark(db, { newPatient: patientFields() }, entry, now, surprise);
    if (!result.ok) throw new Error('refused');
    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox[0]?.changed).toMatchObject({ palliativeSince: null, registerColour: null });
    expect(outbox[3]?.changed).toEqual({
      palliativeSince: '2026-11-23',
      registerColour: 'yellow',
      markingOnBehalfOf: null,
    });
  });

  it('reports a full disk during the marking as quota and leaves no patient, answer or marking behind', async () => {
    // The marking's own mutation fails the way a full disk does, after the new patient's was queued.
    let queued = 0;
    db.outbox.hook('creating', () => {
      queued += 1;
      if (queued === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await quickMark(db, { newPatient: patientFields() }, entry, now, surprise);
    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
    expect(await db.patients.count()).toBe(0);
    expect(await db.checklistResults.count()).toBe(0);
    expect(await db.markingEvents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a checklist date that is not a date, next to that field', async () => {
    const patient = await aPatient();
    const result = await quickMark(db, { patientId: patient.id }, entry, now, {
      ...surprise,
      observedOn: '31-02-2026' as IsoDate,
    });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ field: 'observedOn', code: 'date.invalid' }] },
    });
  });

  it('leaves no half-created patient when the marking is refused', async () => {
    const refused = { ...entry, date: '2026-12-01' as IsoDate };
    const result = await quickMark(db, { newPatient: patientFields() }, refused, now, surprise);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await db.patients.count()).toBe(0);
    expect(await db.checklistResults.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
