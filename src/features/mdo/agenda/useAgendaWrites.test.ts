import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agendaOf, createMeeting } from '../../../db';
import { freshDatabasePerTest } from '../../../test/database';
import { GP, NURSE, today } from '../meeting-mode/meeting-test-data';
import { useAgendaWrites, type AgendaWrites } from './useAgendaWrites';

const device = freshDatabasePerTest();

async function meetingId(): Promise<string> {
  const created = await createMeeting(
    device.db(),
    { date: today(), startTime: '22:00', endTime: '23:00', location: 'Praktijk', members: [GP, NURSE] },
    new Date(),
  );
  if (!created.ok) throw new Error(`meeting refused: ${JSON.stringify(created.error)}`);
  return created.value.id;
}

async function write<T>(operation: () => Promise<T>): Promise<T> {
  let outcome: T | undefined;
  await act(async () => {
    outcome = await operation();
  });
  return outcome as T;
}

const topicsOf = async (id: string) => (await agendaOf(device.db(), id)).map((item) => item.topic);

describe('useAgendaWrites', () => {
  it("adds, changes, moves and removes items on this meeting's agenda", async () => {
    const id = await meetingId();
    const { result } = renderHook(() => useAgendaWrites(id), { wrapper: device.wrapper });
    const writes = (): AgendaWrites => result.current;
    const added = await write(() =>
      writes().add([
        { patientId: null, topic: 'Scholing' },
        { patientId: null, topic: 'Knelpunten' },
      ]),
    );
    if (!added.ok) throw new Error('not added');
    const [scholing, knelpunten] = added.value;
    if (!scholing || !knelpunten) throw new Error('two items expected');
    expect(await topicsOf(id)).toEqual(['Scholing', 'Knelpunten']);
    await write(() => writes().move(knelpunten.id, 0));
    expect(await topicsOf(id)).toEqual(['Knelpunten', 'Scholing']);
    await write(() => writes().update(scholing.id, { topic: 'Scholing sedatie' }));
    expect(await topicsOf(id)).toEqual(['Knelpunten', 'Scholing sedatie']);
    await write(() => writes().remove(knelpunten.id));
    expect(await topicsOf(id)).toEqual(['Scholing sedatie']);
  });

  it('refuses to add to a meeting that is not on the device', async () => {
    const { result } = renderHook(() => useAgendaWrites('0190f0e2-7c4a-7000-8000-00000000dead'), {
      wrapper: device.wrapper,
    });
    const outcome = await write(() => result.current.add([{ patientId: null, topic: 'Scholing' }]));
    expect(outcome).toEqual({ ok: false, error: { kind: 'notFound' } });
  });

  it('keeps the same operations across renders, so callers can depend on them', async () => {
    const id = await meetingId();
    const { result, rerender } = renderHook(() => useAgendaWrites(id), { wrapper: device.wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
