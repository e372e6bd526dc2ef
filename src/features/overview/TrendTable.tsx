import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_IDS, type IndicatorId, type IndicatorResult, type PeriodIndicators } from '../../domain';
import { indicatorName, outcomeText, quarterShortLabel } from './indicator-format';
import styles from './Overview.module.css';

/** "3/4" for a share, "mediaan over 3" for a median, nothing for a count; then the unknowns, if any. */
function detailOf(result: IndicatorResult, t: TFunction): string {
  const parts: string[] = [];
  // "0/0" says nothing that "geen gegevens" does not already say.
  if (result.unit === 'share' && result.value !== null)
    parts.push(`${String(result.numerator)}/${String(result.denominator ?? 0)}`);
  if (result.unit === 'days') parts.push(t('overview.value.median', { count: result.denominator ?? 0 }));
  if (result.unknown > 0) parts.push(t('overview.trend.unknown', { count: result.unknown }));
  return parts.join(' · ');
}

/**
 * Every indicator with a figure per quarter: the result, with numerator/denominator and unknowns underneath;
 * the indicators without any figure in these quarters are named under the table.
 */
export function TrendTable({ trend }: { trend: PeriodIndicators[] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  if (trend.length === 0) return null;
  // An indicator without a figure in any quarter is one line under the table, not a row of "geen gegevens".
  const hasData = (id: IndicatorId) =>
    trend.some(({ results }) => {
      const result = results.find((r) => r.id === id);
      return result !== undefined && (result.value !== null || result.unknown > 0);
    });
  const measured = INDICATOR_IDS.filter(hasData);
  const empty = INDICATOR_IDS.filter((id) => !hasData(id));
  return (
    <section aria-labelledby="overview-trend" className={styles.panel}>
      <h2 id="overview-trend">{t('overview.trend.title')}</h2>
      {/* A region a keyboard can focus: on a phone the table scrolls sideways inside it (axe). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the region itself scrolls */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.tableWrap}>
        <table className={styles.table}>
          <caption id={captionId}>{t('overview.trend.caption')}</caption>
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
            {measured.map((id) => (
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
      {empty.length > 0 && (
        <p className={styles.small}>
          {t('overview.trend.withoutData', { names: empty.map((id) => indicatorName(id, t)).join(', ') })}
        </p>
      )}
    </section>
  );
}
