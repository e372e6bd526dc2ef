import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItems, createMeeting, recordMarking, type TijdigDb } from '../../../db';
import { addDays, type Meeting, type Patient } from '../../../domain';
import { DEFAULT_REVIEW_INTERVAL_WEEKS, useMdoSettingsStore } from '../../../state/mdo-settings-store';
import { freshDatabasePerTest } from '../../../test/database';
import { patientRow } from '../../../test/factories';
import { GP, NURSE, today } from '../meeting-mode/meeting-test-data';
import { useAgendaSuggestions } from './useAgendaSuggestions';

const device = freshDatabasePerTest();

beforeEach(() => {
  useMdoSettingsStore.setState({ reviewIntervalWeeks: DEFAULT_REVIEW_INTERVAL_WEEKS });
});

/** Today's meeting, the first ever, and Jan, marked 30 days ago. */
async function meetingWithJan(db: TijdigDb): Promise<{ meeting: Meeting; jan: Patient }> {
  const jan = patientRow({ familyName: 'Vries' });
  await db.patients.add(jan);
  const now = new Date();
  const marked = await recordMarking(
    db,
    {
      patientId: jan.id,
      date: addDays(today(), -30),
      change: {
        kind: 'palliative',
        markedBy: GP.name,
        basis: 'surpriseQuestion',
        isConversationHeld: false,
        conversationDate: null,
        colour: 'green',
      },
      author: { name: GP.name, role: 'huisarts' },
    },
    now,
  );
  if (!marked.ok) throw new Error(`marking refused: ${JSON.stringify(marked.error)}`);
  const created = await createMeeting(
    db,
    { date: today(), startTime: '22:00', endTime: '23:00', location: 'Praktijk', members: [GP, NURSE] },
    now,
  );
  if (!created.ok) throw new Error(`meeting refused: ${JSON.stringify(created.error)}`);
  return { meeting: created.value, jan };
}

async function renderSuggestions(meetingId: string) {
  const rendered = renderHook(() => useAgendaSuggestions(meetingId), { wrapper: device.wrapper });
  await waitFor(() => {
    expect(rendered.result.current).toBeDefined();
  });
  return rendered;
}

describe('useAgendaSuggestions', () => {
  it('suggests a patient marked since the window opened, with the patient to show and the window used', async () => {
    const { meeting, jan } = await meetingWithJan(device.db());
    const { result } = await renderSuggestions(meeting.id);
    expect(result.current?.suggestions).toMatchObject([
      { patientId: jan.id, reasons: ['newlyMarked', 'noCarePlan'] },
    ]);
    expect(result.current?.patients.get(jan.id)?.familyName).toBe('Vries');
    expect(result.current).toMatchObject({ previousMeetingDate: null, reviewIntervalWeeks: 8 });
  });

  it("follows this device's review interval: with two weeks, a marking of a month ago is a review due", async () => {
    const { meeting, jan } = await meetingWithJan(device.db());
    const { result } = await renderSuggestions(meeting.id);
    act(() => {
      useMdoSettingsStore.getState().setReviewIntervalWeeks(2);
    });
    await waitFor(() => {
      expect(result.current?.suggestions).toMatchObject([
        { patientId: jan.id, reasons: ['reviewDue', 'noCarePlan'] },
      ]);
    });
    expect(result.current?.reviewIntervalWeeks).toBe(2);
  });

  it('drops a patient from the suggestions once they are on the agenda', async () => {
    const { meeting, jan } = await meetingWithJan(device.db());
    const { result } = await renderSuggestions(meeting.id);
    expect(result.current?.suggestions).toHaveLength(1);
    await addAgendaItems(device.db(), meeting.id, [{ patientId: jan.id }], new Date());
    await waitFor(() => {
      expect(result.current?.suggestions).toEqual([]);
    });
  });
});
