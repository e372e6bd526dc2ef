import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createMeeting, getMeeting, type WriteResult } from '../../../db';
import type { Meeting } from '../../../domain';
import { freshDatabasePerTest } from '../../../test/database';
import { GP, NURSE, today } from './meeting-test-data';
import { useMeetingUpdate } from './useMeetingUpdate';
import { TrackSaveContext, type TrackSave } from './useTrackSave';

const device = freshDatabasePerTest();

async function plannedMeeting(): Promise<Meeting> {
  const created = await createMeeting(
    device.db(),
    { date: today(), startTime: '22:00', endTime: '23:30', location: 'Kamer 2', members: [GP, NURSE] },
    new Date(),
  );
  if (!created.ok) throw new Error(`meeting refused: ${JSON.stringify(created.error)}`);
  return created.value;
}

function renderUpdate(meetingId: string, track: TrackSave = (work) => work()) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    device.wrapper({ children: <TrackSaveContext value={track}>{children}</TrackSaveContext> });
  return renderHook(() => useMeetingUpdate(meetingId), { wrapper });
}

const tick = (memberId: string) => (meeting: Meeting) => ({
  presentMemberIds: [...meeting.presentMemberIds, memberId],
});

describe('useMeetingUpdate', () => {
  it('records every one of several quick ticks, each worked out from the meeting as stored', async () => {
    const meeting = await plannedMeeting();
    const { result } = renderUpdate(meeting.id);
    await act(async () => {
      await Promise.all([result.current(tick(GP.id)), result.current(tick(NURSE.id))]);
    });
    expect((await getMeeting(device.db(), meeting.id))?.presentMemberIds).toEqual([GP.id, NURSE.id]);
  });

  it('goes on with the next change after one is refused', async () => {
    const meeting = await plannedMeeting();
    const { result } = renderUpdate(meeting.id);
    let outcomes: WriteResult<Meeting>[] = [];
    await act(async () => {
      outcomes = await Promise.all([
        result.current(() => ({ presentMemberIds: ['geen-id'] })),
        result.current(tick(NURSE.id)),
      ]);
    });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, true]);
    expect((await getMeeting(device.db(), meeting.id))?.presentMemberIds).toEqual([NURSE.id]);
  });

  it('answers notFound for a meeting that is not on the device, without a write', async () => {
    const { result } = renderUpdate('0190f0e2-7c4a-7000-8000-00000000dead');
    let outcome: WriteResult<Meeting> | undefined;
    await act(async () => {
      outcome = await result.current(tick(GP.id));
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'notFound' } });
  });

  it("runs each change through the page's save status", async () => {
    const meeting = await plannedMeeting();
    let tracked = 0;
    const track: TrackSave = (work) => {
      tracked += 1;
      return work();
    };
    const { result } = renderUpdate(meeting.id, track);
    await act(async () => {
      await result.current(tick(GP.id));
    });
    expect(tracked).toBe(1);
  });
});
