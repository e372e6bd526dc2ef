/** Reads one indicator's figures for a table-driven test. */
import { computeIndicators } from './compute';
import type { IndicatorData, IndicatorId, IndicatorOptions, IndicatorResult } from './indicator';
import { TODAY } from './indicator.fixtures';
import type { Period } from './period';

export interface Figures {
  numerator: number;
  denominator: number | null;
  unknown: number;
  value: number | null;
}

export function resultOf(
  id: IndicatorId,
  data: IndicatorData,
  period: Period,
  options: Partial<IndicatorOptions> = {},
): IndicatorResult {
  const result = computeIndicators(data, period, { today: TODAY, ...options }).find((r) => r.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

export function figuresOf(...args: Parameters<typeof resultOf>): Figures {
  const { numerator, denominator, unknown, value } = resultOf(...args);
  return { numerator, denominator, unknown, value };
}

/** Figures written compactly: numerator, denominator, unknown, value. */
export const figures = (
  numerator: number,
  denominator: number | null,
  unknown: number,
  value: number | null,
): Figures => ({ numerator, denominator, unknown, value });
