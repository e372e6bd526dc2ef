import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OnBehalfOf, PatientId, SessionInfo } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { useQuickMark, type QuickMarkInput, type QuickMarkOutcome } from './useQuickMark';

const device = freshDatabasePerTest();

const HUISARTS: SessionInfo = {
  ...TEST_SESSION,
  user: { ...TEST_SESSION.user, name: 'Hanna Bakker', role: 'huisarts' },
};
const GP: OnBehalfOf = { userId: '0190f0e2-7c4a-7000-8000-00000000a002', name: 'Hanna Bakker' };

const NEW_PATIENT: QuickMarkInput = {
  choice: { kind: 'new', name: 'Anna de Wit' },
  birthDate: '07-03-1948',
  surprise: 'nee',
  markedBy: 'H. Bakker',
  colour: 'green',
  onBehalfOf: null,
};

async function quickMark(input: QuickMarkInput): Promise<QuickMarkOutcome> {
  const { result } = renderHook(() => useQuickMark(), { wrapper: device.wrapper });
  let outcome: QuickMarkOutcome | undefined;
  await act(async () => {
    outcome = await result.current(input);
  });
  if (!outcome) throw new Error('the quick-mark did not answer');
  return outcome;
}

async function storedCounts() {
  const db = device.db();
  return {
    patients: await db.patients.count(),
    markings: await db.markingEvents.count(),
    checklists: await db.checklistResults.count(),
  };
}

describe('useQuickMark', () => {
  it('creates the new patient from the typed name and Dutch birth date, marks them and keeps the surprise question', async () => {
    useSessionStore.setState({ session: HUISARTS });
    const outcome = await quickMark(NEW_PATIENT);
    if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
    const db = device.db();
    const patient = await db.patients.get(outcome.patientId as PatientId);
    expect(patient).toMatchObject({
      givenName: 'Anna',
      namePrefix: 'de',
      familyName: 'Wit',
      birthDate: '1948-03-07',
      treatingGp: 'H. Bakker',
      registerColour: 'green',
    });
    expect(patient?.palliativeSince).not.toBeNull();
    const [event] = await db.markingEvents.toArray();
    expect(event).toMatchObject({
      patientId: outcome.patientId,
      kind: 'palliative',
      basis: 'surpriseQuestion',
      author: { name: 'Hanna Bakker', role: 'huisarts' },
      onBehalfOf: null,
    });
    const [checklist] = await db.checklistResults.toArray();
    expect(checklist).toMatchObject({ patientId: outcome.patientId, answers: { surprised: 'nee' } });
  });

  it('records a marking after a "yes, surprised" answer as clinical judgement, on an existing patient', async () => {
    useSessionStore.setState({ session: HUISARTS });
    const existing = patientRow();
    await device.db().patients.add(existing);
    const outcome = await quickMark({
      ...NEW_PATIENT,
      choice: { kind: 'existing', patient: existing, distinction: null },
      surprise: 'ja',
    });
    expect(outcome).toEqual({ ok: true, patientId: existing.id });
    expect(await device.db().patients.count()).toBe(1);
    const [event] = await device.db().markingEvents.toArray();
    expect(event).toMatchObject({ patientId: existing.id, basis: 'clinicalJudgement' });
  });

  it('refuses without a surprise-question answer and writes nothing', async () => {
    useSessionStore.setState({ session: HUISARTS });
    const outcome = await quickMark({ ...NEW_PATIENT, surprise: '' });
    expect(outcome).toEqual({ ok: false, issues: [{ field: 'surprise', code: 'required' }] });
    expect(await storedCounts()).toEqual({ patients: 0, markings: 0, checklists: 0 });
  });

  it('refuses without a signed-in account, as there is no author', async () => {
    useSessionStore.setState({ session: null });
    const outcome = await quickMark(NEW_PATIENT);
    expect(outcome).toEqual({ ok: false, issues: [{ field: 'author', code: 'authorMissing' }] });
    expect(await storedCounts()).toEqual({ patients: 0, markings: 0, checklists: 0 });
  });

  it('refuses a POH who does not say namens which huisarts she marks', async () => {
    const outcome = await quickMark(NEW_PATIENT);
    expect(outcome).toEqual({ ok: false, issues: [{ field: 'onBehalfOf', code: 'onBehalfOf.required' }] });
    expect(await storedCounts()).toEqual({ patients: 0, markings: 0, checklists: 0 });
  });

  it("stores a POH's marking namens the huisarts, with herself as the one who recorded it", async () => {
    const outcome = await quickMark({ ...NEW_PATIENT, onBehalfOf: GP });
    expect(outcome.ok).toBe(true);
    const [event] = await device.db().markingEvents.toArray();
    expect(event?.onBehalfOf).toEqual({ ...GP, recordedBy: TEST_SESSION.user.name });
  });

  it('ignores a namens huisarts given by an account that decides for itself', async () => {
    useSessionStore.setState({ session: HUISARTS });
    await quickMark({ ...NEW_PATIENT, onBehalfOf: GP });
    const [event] = await device.db().markingEvents.toArray();
    expect(event?.onBehalfOf).toBeNull();
  });

  it('answers notFound for an existing patient that is no longer on the device', async () => {
    useSessionStore.setState({ session: HUISARTS });
    const gone = patientRow();
    const outcome = await quickMark({
      ...NEW_PATIENT,
      choice: { kind: 'existing', patient: gone, distinction: null },
    });
    expect(outcome).toEqual({ ok: false, failure: 'notFound' });
    expect(await storedCounts()).toEqual({ patients: 0, markings: 0, checklists: 0 });
  });

  it('passes the issues of a refused new patient on, leaving no half-made patient behind', async () => {
    useSessionStore.setState({ session: HUISARTS });
    const outcome = await quickMark({ ...NEW_PATIENT, birthDate: '07-03-2199' });
    expect(outcome).toEqual({
      ok: false,
      issues: expect.arrayContaining([expect.objectContaining({ field: 'birthDate' })]) as unknown,
    });
    expect(await storedCounts()).toEqual({ patients: 0, markings: 0, checklists: 0 });
  });
});
