import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../domain';
import { ChartCanvas } from './ChartCanvas';
import { shareBars, sharesChartConfig, trendChartConfig } from './chart-config';
import { segmentFills } from './chart-patterns';
import styles from './Overview.module.css';

/** Whether this browser can draw on a canvas (jsdom, for one, cannot: there the tables stand alone). */
const canDraw = typeof window !== 'undefined' && 'CanvasRenderingContext2D' in window;

/** The shares of the period as bars and the regional shares per quarter as lines. Loaded on demand. */
export function OverviewCharts({ report, periodText }: { report: IndicatorReport; periodText: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const makeShares = useCallback(
    () =>
      sharesChartConfig(
        shareBars(report.results, t, language),
        { yes: t('overview.charts.yes'), no: t('overview.charts.no') },
        segmentFills(),
      ),
    [report.results, t, language],
  );
  const makeTrend = useCallback(
    () => trendChartConfig(report.trend, t, language),
    [report.trend, t, language],
  );
  return (
    <section aria-labelledby="overview-charts" className={styles.panel} data-no-print>
      <h2 id="overview-charts">{t('overview.charts.title')}</h2>
      <p className={styles.small}>{t('overview.charts.note')}</p>
      {canDraw ? (
        <div className={styles.charts}>
          <figure className={styles.figure}>
            <figcaption>{t('overview.charts.sharesTitle', { period: periodText })}</figcaption>
            <ChartCanvas makeConfig={makeShares} label={t('overview.charts.sharesLabel')} height={520} />
          </figure>
          {report.trend.length > 0 && (
            <figure className={styles.figure}>
              <figcaption>{t('overview.charts.trendTitle')}</figcaption>
              <ChartCanvas makeConfig={makeTrend} label={t('overview.charts.trendLabel')} height={420} />
            </figure>
          )}
        </div>
      ) : (
        <p>{t('overview.charts.unavailable')}</p>
      )}
    </section>
  );
}
