import { useTranslation } from 'react-i18next';
import { shareParts, type ShareBar } from './chart-data';
import styles from './OverviewCharts.module.css';

/** Below this share of the bar a count does not fit in its segment; the tables still hold it. */
const MIN_PERCENT_FOR_COUNT = 8;
const TICKS = [0, 25, 50, 75, 100];
const PARTS = ['yes', 'no'] as const;

/**
 * Horizontal bars, each 100% wide: ja (solid) and nee (hatched) as parts of those the figure could be
 * measured for, with the counts written in them. Plain HTML and CSS: the numbers of record are in the
 * tables, and this stays readable at any width and zoom.
 */
export function SharesChart({ bars, label }: { bars: readonly ShareBar[]; label: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.chart} role="img" aria-label={label}>
      <div className={styles.bars}>
        {bars.map((bar) => {
          const parts = shareParts(bar.counts);
          return (
            <div key={bar.id} className={styles.barRow}>
              <div className={styles.barLabel}>
                {bar.label.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </div>
              <div className={styles.track}>
                {PARTS.map((key) => (
                  <span key={key} className={styles[key]} style={{ width: `${String(parts[key])}%` }}>
                    {bar.counts[key] > 0 && parts[key] >= MIN_PERCENT_FOR_COUNT && (
                      <span className={styles.count}>{bar.counts[key]}</span>
                    )}
                  </span>
                ))}
              </div>
            </div>
          );
        })}
        <div className={styles.barRow}>
          <span />
          <div className={styles.ticks}>
            {TICKS.map((tick) => (
              <span key={tick} style={{ left: `${String(tick)}%` }}>
                {tick}%
              </span>
            ))}
          </div>
        </div>
      </div>
      <ul className={styles.legend}>
        {PARTS.map((key) => (
          <li key={key}>
            <span className={`${styles.swatch ?? ''} ${styles[key] ?? ''}`} />
            {t(`overview.charts.${key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
