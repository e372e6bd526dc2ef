/**
 * Computes every indicator for a period, and the per-quarter trend that goes with it. Pure: the data,
 * the period and today are arguments.
 */
import { pzpConversation, preferredPlaceRecorded } from './care-plan-indicators';
import { indicatorContext, type IndicatorContext } from './context';
import {
  afterDeathReview,
  diedAtPreferredPlace,
  markedBeforeDeath,
  markingToDeathDays,
} from './death-indicators';
import {
  INDICATOR_IDS,
  type IndicatorData,
  type IndicatorId,
  type IndicatorOptions,
  type IndicatorResult,
} from './indicator';
import {
  mdoFullTeam,
  openActions,
  overdueActions,
  reviewOverdue,
  specialistInvolvementDays,
} from './mdo-indicators';
import { trendQuarters, type Period } from './period';

type IndicatorFunction = (context: IndicatorContext, period: Period) => IndicatorResult;

const INDICATORS: Record<IndicatorId, IndicatorFunction> = {
  markedBeforeDeath,
  markingToDeathDays,
  pzpConversation,
  preferredPlaceRecorded,
  diedAtPreferredPlace,
  mdoFullTeam,
  specialistInvolvementDays,
  afterDeathReview,
  openActions,
  overdueActions,
  reviewOverdue,
};

export interface PeriodIndicators {
  period: Period;
  results: IndicatorResult[];
}

export interface IndicatorReport extends PeriodIndicators {
  /** The same indicators per quarter (see trendQuarters), oldest first. */
  trend: PeriodIndicators[];
}

function resultsFor(context: IndicatorContext, period: Period): IndicatorResult[] {
  return INDICATOR_IDS.map((id) => INDICATORS[id](context, period));
}

/** Every indicator for one period, in the order of INDICATOR_IDS. */
export function computeIndicators(
  data: IndicatorData,
  period: Period,
  options: IndicatorOptions,
): IndicatorResult[] {
  return resultsFor(indicatorContext(data, options), period);
}

/** Every indicator for the period and for each quarter of its trend. */
export function indicatorReport(
  data: IndicatorData,
  period: Period,
  options: IndicatorOptions,
): IndicatorReport {
  const context = indicatorContext(data, options);
  return {
    period,
    results: resultsFor(context, period),
    trend: trendQuarters(period, options.today).map((quarter) => ({
      period: quarter,
      results: resultsFor(context, quarter),
    })),
  };
}
