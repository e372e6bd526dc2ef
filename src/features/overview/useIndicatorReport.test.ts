import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordMarking } from '../../db';
import { addDays, isoDateOf, quarterPeriod, type IndicatorId, type Period } from '../../domain';
import { DEFAULT_REVIEW_INTERVAL_WEEKS, useMdoSettingsStore } from '../../state/mdo-settings-store';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { useIndicatorReport, type OverviewData } from './useIndicatorReport';

const device = freshDatabasePerTest();
const today = isoDateOf(new Date());
const THIS_QUARTER: Period = quarterPeriod(
  Number(today.slice(0, 4)),
  (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4,
);

beforeEach(() => {
  useMdoSettingsStore.setState({ reviewIntervalWeeks: DEFAULT_REVIEW_INTERVAL_WEEKS });
});

/** A patient marked 30 days ago and never discussed in an MDO. */
async function markedAMonthAgo(): Promise<string> {
  const patient = patientRow();
  await device.db().patients.add(patient);
  const marked = await recordMarking(
    device.db(),
    {
      patientId: patient.id,
      date: addDays(today, -30),
      change: {
        kind: 'palliative',
        markedBy: 'H. Bakker',
        basis: 'clinicalJudgement',
        isConversationHeld: false,
        conversationDate: null,
        colour: 'green',
      },
      author: { name: 'Hanna Bakker', role: 'huisarts' },
    },
    new Date(),
  );
  if (!marked.ok) throw new Error(`marking refused: ${JSON.stringify(marked.error)}`);
  return patient.id;
}

const resultOf = (data: OverviewData | undefined, id: IndicatorId) =>
  data?.report.results.find((result) => result.id === id);

async function renderReport(period: Period = THIS_QUARTER) {
  const rendered = renderHook(() => useIndicatorReport(period), { wrapper: device.wrapper });
  await waitFor(() => {
    expect(rendered.result.current).toBeDefined();
  });
  return rendered;
}

describe('useIndicatorReport', () => {
  it("reports the period asked for, with a quarterly trend, from the device's data", async () => {
    const patientId = await markedAMonthAgo();
    const { result } = await renderReport();
    expect(result.current?.report.period).toEqual(THIS_QUARTER);
    expect(result.current?.report.trend.length).toBeGreaterThan(0);
    expect(result.current?.source.patients.map((patient) => patient.id)).toEqual([patientId]);
  });

  it("counts a review as overdue by this device's review interval", async () => {
    const patientId = await markedAMonthAgo();
    const { result } = await renderReport();
    expect(resultOf(result.current, 'reviewOverdue')).toMatchObject({ numerator: 0, denominator: 1 });
    act(() => {
      useMdoSettingsStore.getState().setReviewIntervalWeeks(2);
    });
    expect(resultOf(result.current, 'reviewOverdue')).toMatchObject({
      numerator: 1,
      denominator: 1,
      patientIds: [patientId],
    });
  });

  it('follows a marking recorded while the overview is open', async () => {
    const { result } = await renderReport();
    expect(resultOf(result.current, 'reviewOverdue')).toMatchObject({ denominator: 0 });
    await markedAMonthAgo();
    await waitFor(() => {
      expect(resultOf(result.current, 'reviewOverdue')).toMatchObject({ denominator: 1 });
    });
  });
});
