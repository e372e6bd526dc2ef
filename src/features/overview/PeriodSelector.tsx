import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import {
  PERIOD_KINDS,
  customPeriod,
  parseDutchDate,
  quarterOf,
  quarterPeriod,
  toDutchDate,
  yearPeriod,
  type Period,
  type PeriodKind,
  type Quarter,
} from '../../domain';
import styles from './Overview.module.css';

const QUARTERS: Quarter[] = [1, 2, 3, 4];

interface PeriodSelectorProps {
  period: Period;
  /** The years that can be chosen, oldest first. */
  years: number[];
  onChange: (period: Period) => void;
}

/** Kwartaal, jaar or eigen periode. A quarter or year shows at once; a custom range after "Periode tonen". */
export function PeriodSelector({ period, years, onChange }: PeriodSelectorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<PeriodKind>(period.kind);
  const [from, setFrom] = useState(toDutchDate(period.from));
  const [to, setTo] = useState(toDutchDate(period.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string; toMessage?: string }>({});
  const { year, quarter } = quarterOf(period.from);

  const choose = (next: PeriodKind) => {
    setKind(next);
    if (next === 'quarter') onChange(quarterPeriod(year, period.kind === 'quarter' ? quarter : 1));
    if (next === 'year') onChange(yearPeriod(year));
  };
  const applyCustom = () => {
    const start = parseDutchDate(from);
    const end = parseDutchDate(to);
    if (start === null || end === null) {
      setErrors({
        ...(start === null && { from: 'date.invalid' }),
        ...(end === null && { to: 'date.invalid' }),
      });
      return;
    }
    const result = customPeriod(start, end);
    if (!result.ok) {
      setErrors({ to: result.code, toMessage: t('overview.period.fromAfterTo') });
      return;
    }
    setErrors({});
    onChange(result.value);
  };

  return (
    <fieldset className={`${styles.panel} ${styles.selector}`} data-no-print>
      <legend>{t('overview.period.legend')}</legend>
      <div className={styles.kinds}>
        {PERIOD_KINDS.map((option) => (
          <label key={option} className={styles.kind}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => {
                choose(option);
              }}
            />
            {t(`overview.period.kind.${option}`)}
          </label>
        ))}
      </div>
      {kind !== 'custom' ? (
        <div className={styles.controls}>
          <FormField label={t('overview.period.year')}>
            {(control) => (
              <select
                {...control}
                value={year}
                onChange={(event) => {
                  const chosen = Number(event.target.value);
                  onChange(kind === 'year' ? yearPeriod(chosen) : quarterPeriod(chosen, quarter));
                }}
              >
                {years.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {kind === 'quarter' && (
            <FormField label={t('overview.period.quarter')}>
              {(control) => (
                <select
                  {...control}
                  value={quarter}
                  onChange={(event) => {
                    onChange(quarterPeriod(year, Number(event.target.value) as Quarter));
                  }}
                >
                  {QUARTERS.map((option) => (
                    <option key={option} value={option}>
                      {t('overview.period.quarterOption', { quarter: option })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
        </div>
      ) : (
        <form
          className={styles.controls}
          onSubmit={(event) => {
            event.preventDefault();
            applyCustom();
          }}
        >
          <FormField label={t('overview.period.from')} hint={t('form.dateHint')} errorCode={errors.from}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                value={from}
                onChange={(event) => {
                  setFrom(event.target.value);
                }}
              />
            )}
          </FormField>
          <FormField
            label={t('overview.period.to')}
            hint={t('form.dateHint')}
            errorCode={errors.to}
            errorMessage={errors.toMessage}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                value={to}
                onChange={(event) => {
                  setTo(event.target.value);
                }}
              />
            )}
          </FormField>
          <button type="submit" className={buttonClass('secondary')}>
            {t('overview.period.apply')}
          </button>
        </form>
      )}
    </fieldset>
  );
}
