import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorId, IndicatorResult } from '../../domain';
import { indicatorDefinition, indicatorName, outcomeText } from './indicator-format';
import styles from './Overview.module.css';
import { PERIOD_PARAM } from './period-param';

/** Indicators whose unknowns have a meaning worth saying next to the figure. */
const UNKNOWN_MEANINGS = new Set<IndicatorId>(['markedBeforeDeath', 'diedAtPreferredPlace', 'mdoFullTeam']);

interface IndicatorTableProps {
  results: IndicatorResult[];
  /** The period in words, for the caption. */
  periodText: string;
  /** The period as the address writes it, for the links to the patients behind a figure. */
  periodParam: string;
  /** The practice's own staff see who is behind a figure; a specialist PZ sees totals only. */
  canSeePatients: boolean;
}

function BehindLink({ result, periodParam }: { result: IndicatorResult; periodParam: string }) {
  const { t } = useTranslation();
  const isMeetings = result.id === 'mdoFullTeam';
  const count = isMeetings ? result.entries.length : result.patientIds.length;
  if (count === 0) return <>{t('overview.table.none')}</>;
  return (
    <Link
      className={styles.patientLink}
      to={`/overzicht/${result.id}?${PERIOD_PARAM}=${encodeURIComponent(periodParam)}`}
    >
      {t(isMeetings ? 'overview.table.viewMeetings' : 'overview.table.viewPatients', { count })}
      <span className="visually-hidden">{`: ${indicatorName(result.id, t)}`}</span>
    </Link>
  );
}

/** One row per indicator: name and definition, the result, numerator, denominator and unknowns. */
export function IndicatorTable({ results, periodText, periodParam, canSeePatients }: IndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const notApplicable = t('overview.table.notApplicable');
  const captionId = useId();
  return (
    // A region a keyboard can focus: on a phone the table scrolls sideways inside it (axe:
    // scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: the region itself scrolls
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.tableWrap}>
      <table className={styles.table}>
        <caption id={captionId}>{t('overview.table.caption', { period: periodText })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.table.indicator')}</th>
            <th scope="col">{t('overview.table.outcome')}</th>
            <th scope="col">{t('overview.table.numerator')}</th>
            <th scope="col">{t('overview.table.denominator')}</th>
            <th scope="col">{t('overview.table.unknown')}</th>
            {canSeePatients && (
              <th scope="col" data-no-print>
                {t('overview.table.patients')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.id}>
              <th scope="row">
                <span className={styles.name}>{indicatorName(result.id, t)}</span>
                <span className={styles.definition}>{indicatorDefinition(result.id, t)}</span>
                {result.unknown > 0 && UNKNOWN_MEANINGS.has(result.id) && (
                  <span className={styles.meaning}>
                    {t('overview.table.unknownMeaning', {
                      meaning: t(`overview.indicators.${result.id}.unknown`),
                    })}
                  </span>
                )}
              </th>
              <td className={styles.outcome}>{outcomeText(result, t, i18n.language)}</td>
              <td className={styles.number}>{result.unit === 'days' ? notApplicable : result.numerator}</td>
              <td className={styles.number}>{result.denominator ?? notApplicable}</td>
              <td className={styles.number}>{result.unknown}</td>
              {canSeePatients && (
                <td data-no-print>
                  <BehindLink result={result} periodParam={periodParam} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
