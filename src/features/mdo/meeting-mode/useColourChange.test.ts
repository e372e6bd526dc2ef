import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listMarkingEvents } from '../../../db';
import type { FieldSaveOutcome } from '../../../components/useAutosave';
import { addDays, type Meeting, type Patient, type RegisterColour } from '../../../domain';
import { useSessionStore } from '../../../state/session-store';
import { freshDatabasePerTest } from '../../../test/database';
import { patientRow } from '../../../test/factories';
import { seedMeeting, testPatients, today } from './meeting-test-data';
import { useColourChange } from './useColourChange';

const device = freshDatabasePerTest();
const SAVED: FieldSaveOutcome = { ok: true };

/** Jan, marked geel a month ago, on today's agenda. */
async function janOnTheAgenda(): Promise<{ jan: Patient; meeting: Meeting }> {
  const patients = testPatients();
  await device.db().patients.bulkAdd([patients.jan, patients.truus]);
  const { meeting } = await seedMeeting(device.db(), patients);
  const jan = await device.db().patients.get(patients.jan.id);
  if (!jan) throw new Error('Jan is missing');
  return { jan, meeting };
}

async function choose(
  patient: Patient,
  meeting: Meeting,
  colour: RegisterColour | null,
  save = vi.fn(() => Promise.resolve(SAVED)),
) {
  const { result } = renderHook(() => useColourChange(patient, meeting, save), { wrapper: device.wrapper });
  await act(() => result.current.choose(colour));
  return { outcome: result.current.outcome, save };
}

const colourEvents = async (patientId: string) =>
  (await listMarkingEvents(device.db(), patientId)).filter((event) => event.kind === 'colour');

describe('useColourChange', () => {
  it('saves the new colour on the item and records it in the register, dated today for a meeting today', async () => {
    const { jan, meeting } = await janOnTheAgenda();
    const { outcome, save } = await choose(jan, meeting, 'red');
    expect(save).toHaveBeenCalledExactlyOnceWith({ newColour: 'red' });
    expect(outcome).toEqual({ kind: 'recorded', colour: 'red' });
    expect(await colourEvents(jan.id)).toMatchObject([{ colour: 'red', date: today() }]);
    expect((await device.db().patients.get(jan.id))?.registerColour).toBe('red');
  });

  it('dates the register change on the meeting day when the meeting was earlier', async () => {
    const { jan, meeting } = await janOnTheAgenda();
    const lastWeek = addDays(today(), -7);
    await choose(jan, { ...meeting, date: lastWeek }, 'red');
    expect(await colourEvents(jan.id)).toMatchObject([{ date: lastWeek }]);
  });

  it('records nothing when the register already has that colour, and says so', async () => {
    const { jan, meeting } = await janOnTheAgenda();
    const { outcome } = await choose(jan, meeting, 'yellow');
    expect(outcome).toEqual({ kind: 'already', colour: 'yellow' });
    expect(await colourEvents(jan.id)).toEqual([]);
  });

  it('leaves the register alone when the item was not saved, or the colour was cleared', async () => {
    const { jan, meeting } = await janOnTheAgenda();
    const refused = vi.fn(() => Promise.resolve<FieldSaveOutcome>({ ok: false, issueCode: 'storage' }));
    expect((await choose(jan, meeting, 'red', refused)).outcome).toBeNull();
    const cleared = await choose(jan, meeting, null);
    expect(cleared.save).toHaveBeenCalledExactlyOnceWith({ newColour: null });
    expect(cleared.outcome).toBeNull();
    expect(await colourEvents(jan.id)).toEqual([]);
  });

  it('refuses the register change without a signed-in author', async () => {
    const { jan, meeting } = await janOnTheAgenda();
    useSessionStore.setState({ session: null });
    const { outcome, save } = await choose(jan, meeting, 'red');
    expect(save).toHaveBeenCalledOnce();
    expect(outcome).toEqual({ kind: 'refused', code: 'mdoMeeting.errors.noAuthor' });
    expect(await colourEvents(jan.id)).toEqual([]);
  });

  it('passes on why the register refused (a colour for an unmarked patient), as a text the page can show', async () => {
    const { meeting } = await janOnTheAgenda();
    const unmarked = patientRow();
    await device.db().patients.add(unmarked);
    const { outcome } = await choose(unmarked, meeting, 'red');
    expect(outcome).toEqual({ kind: 'refused', code: 'errors.marking.notMarked' });
  });

  it('says the patient is gone when they are no longer on the device', async () => {
    const { meeting } = await janOnTheAgenda();
    const { outcome } = await choose(patientRow(), meeting, 'red');
    expect(outcome).toEqual({ kind: 'refused', code: 'mdoMeeting.save.notFound' });
  });
});
