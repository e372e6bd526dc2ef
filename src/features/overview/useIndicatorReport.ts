import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../app/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { loadIndicatorData, type IndicatorSource } from '../../db';
import { indicatorReport, type IndicatorReport, type Period } from '../../domain';

export interface OverviewData {
  source: IndicatorSource;
  report: IndicatorReport;
}

/** The indicators for a period and its quarterly trend, kept up to date with the device's data. */
export function useIndicatorReport(period: Period): OverviewData | undefined {
  const db = useDatabase();
  const today = useToday();
  const source = useLiveQuery(() => loadIndicatorData(db), [db]);
  return useMemo(
    () => (source === undefined ? undefined : { source, report: indicatorReport(source, period, { today }) }),
    [source, period, today],
  );
}
