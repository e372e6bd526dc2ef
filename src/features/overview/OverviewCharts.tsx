import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../domain';
import { shareBars, trendSeries } from './chart-data';
import { SharesChart } from './SharesChart';
import { TrendChart } from './TrendChart';
import styles from './Overview.module.css';

/**
 * The shares of the period as bars and the regional shares per quarter as lines. Drawn with HTML and SVG
 * of our own (a few KiB) rather than a chart library, so the Overzicht costs little in the precache.
 */
export function OverviewCharts({ report, periodText }: { report: IndicatorReport; periodText: string }) {
  const { t, i18n } = useTranslation();
  const trend = trendSeries(report.trend, t);
  return (
    <section aria-labelledby="overview-charts" className={styles.panel} data-no-print>
      <h2 id="overview-charts">{t('overview.charts.title')}</h2>
      <p className={styles.small}>{t('overview.charts.note')}</p>
      <div className={styles.charts}>
        <figure className={styles.figure}>
          <figcaption>{t('overview.charts.sharesTitle', { period: periodText })}</figcaption>
          <SharesChart
            bars={shareBars(report.results, t, i18n.language)}
            label={t('overview.charts.sharesLabel')}
          />
        </figure>
        {report.trend.length > 0 && (
          <figure className={styles.figure}>
            <figcaption>{t('overview.charts.trendTitle')}</figcaption>
            <TrendChart labels={trend.labels} series={trend.series} label={t('overview.charts.trendLabel')} />
          </figure>
        )}
      </div>
    </section>
  );
}
