import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { INDICATOR_IDS, type IndicatorResult, type PeriodIndicators } from '../../domain';
import { indicatorName, outcomeText, quarterShortLabel } from './indicator-format';
import styles from './Overview.module.css';

/** "3/4" for a share, "mediaan over 3" for a median, nothing for a count; then the unknowns, if any. */
function detailOf(result: IndicatorResult, t: TFunction): string {
  const parts: string[] = [];
  if (result.unit === 'share') parts.push(`${String(result.numerator)}/${String(result.denominator ?? 0)}`);
  if (result.unit === 'days') parts.push(t('overview.value.median', { count: result.denominator ?? 0 }));
  if (result.unknown > 0) parts.push(t('overview.trend.unknown', { count: result.unknown }));
  return parts.join(' · ');
}

/** Every indicator per quarter: the result, with numerator/denominator and unknowns underneath. */
export function TrendTable({ trend }: { trend: PeriodIndicators[] }) {
  const { t, i18n } = useTranslation();
  if (trend.length === 0) return null;
  return (
    <section aria-labelledby="overview-trend" className={styles.panel}>
      <h2 id="overview-trend">{t('overview.trend.title')}</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{t('overview.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.table.indicator')}</th>
              {trend.map(({ period }) => (
                <th key={period.from} scope="col">
                  {quarterShortLabel(period, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {INDICATOR_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">{indicatorName(id, t)}</th>
                {trend.map(({ period, results }) => {
                  const result = results.find((r) => r.id === id);
                  if (!result) return <td key={period.from}>{t('overview.trend.none')}</td>;
                  const detail = detailOf(result, t);
                  return (
                    <td key={period.from}>
                      <span className={styles.name}>{outcomeText(result, t, i18n.language)}</span>
                      {detail && <span className={styles.small}>{detail}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
