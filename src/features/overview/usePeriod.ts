import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useToday } from '../../components/useToday';
import type { Period } from '../../domain';
import { PERIOD_PARAM, periodFromParam, periodToParam } from './period-param';

/** The period chosen in the address (the running quarter by default), and a way to choose another. */
export function usePeriod(): { period: Period; param: string; setPeriod: (period: Period) => void } {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const raw = params.get(PERIOD_PARAM);
  const period = useMemo(() => periodFromParam(raw, today), [raw, today]);
  const setPeriod = useCallback(
    (next: Period) => {
      setParams({ [PERIOD_PARAM]: periodToParam(next) }, { replace: true });
    },
    [setParams],
  );
  return { period, param: periodToParam(period), setPeriod };
}
