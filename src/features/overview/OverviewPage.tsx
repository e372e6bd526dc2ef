import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../components/useToday';
import { useSessionStore } from '../../state/session-store';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ExportActions } from './ExportActions';
import { periodLabel } from './indicator-format';
import { IndicatorTable } from './IndicatorTable';
import { OverviewCharts } from './OverviewCharts';
import styles from './Overview.module.css';
import { registerOverviewTexts } from './overview-i18n';
import { selectableYears } from './overview-years';
import { PeriodSelector } from './PeriodSelector';
import { ReportHeader } from './ReportHeader';
import { TrendTable } from './TrendTable';
import { useIndicatorReport } from './useIndicatorReport';
import { usePeriod } from './usePeriod';
import { LoadingStatus } from '../../components/LoadingStatus';

registerOverviewTexts();

/**
 * Overzicht: the quality indicators for a quarter, a year or a custom period, as a table with definitions,
 * charts and a quarterly trend; exports for the regional network. Totals only; the practice's own staff can
 * open the patients behind a figure.
 */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const { period, param, setPeriod } = usePeriod();
  const data = useIndicatorReport(period);
  const role = useSessionStore((state) => state.session?.user.role);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const periodText = periodLabel(period, t, i18n.language);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title" data-no-print>
        {t('overview.title')}
      </h1>
      <p data-no-print>{t('overview.intro')}</p>
      <ReportHeader periodText={periodText} printedAt={printedAt} />
      <PeriodSelector
        period={period}
        years={selectableYears(data?.source, period, today)}
        onChange={setPeriod}
      />
      <p className={styles.showing} data-no-print>
        {t('overview.period.showing', { period: periodText })}
      </p>
      {data === undefined ? (
        <LoadingStatus />
      ) : (
        <>
          <IndicatorTable
            results={data.report.results}
            periodText={periodText}
            periodParam={param}
            canSeePatients={role !== undefined && role !== 'specialist-pz'}
          />
          <ExportActions
            report={data.report}
            onBeforePrint={() => {
              setPrintedAt(new Date());
            }}
          />
          <ChartErrorBoundary fallback={<p data-no-print>{t('overview.charts.unavailable')}</p>}>
            <OverviewCharts report={data.report} periodText={periodText} />
          </ChartErrorBoundary>
          <TrendTable trend={data.report.trend} />
        </>
      )}
    </section>
  );
}
