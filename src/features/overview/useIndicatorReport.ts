import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { loadIndicatorData, type IndicatorSource } from '../../db';
import { indicatorReport, type IndicatorReport, type Period } from '../../domain';
import { useMdoSettingsStore } from '../../state/mdo-settings-store';

export interface OverviewData {
  source: IndicatorSource;
  report: IndicatorReport;
}

/**
 * The indicators for a period and its quarterly trend, kept up to date with the device's data. "Not
 * discussed for too long" uses the same review interval as the agenda suggestion (Instellingen).
 */
export function useIndicatorReport(period: Period): OverviewData | undefined {
  const db = useDatabase();
  const today = useToday();
  const reviewIntervalWeeks = useMdoSettingsStore((state) => state.reviewIntervalWeeks);
  const source = useLiveQuery(() => loadIndicatorData(db), [db]);
  return useMemo(() => {
    if (source === undefined) return undefined;
    const reviewIntervalDays = reviewIntervalWeeks * 7;
    return { source, report: indicatorReport(source, period, { today, reviewIntervalDays }) };
  }, [source, period, today, reviewIntervalWeeks]);
}
