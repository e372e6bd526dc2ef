import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { isoDateOf, quarterOf, quarterPeriod, yearPeriod } from '../../domain';
import { usePeriod } from './usePeriod';

function renderAt(address: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[address]}>{children}</MemoryRouter>
  );
  return renderHook(() => ({ ...usePeriod(), search: useLocation().search }), { wrapper });
}

const runningQuarter = () => {
  const { year, quarter } = quarterOf(isoDateOf(new Date()));
  return quarterPeriod(year, quarter);
};

describe('usePeriod', () => {
  it('is the running quarter when the address names no period, or one it cannot read', () => {
    expect(renderAt('/overzicht').result.current.period).toEqual(runningQuarter());
    expect(renderAt('/overzicht?periode=2026-K9').result.current.period).toEqual(runningQuarter());
  });

  it('reads the period from the address', () => {
    const { result } = renderAt('/overzicht?periode=2025');
    expect(result.current.period).toEqual(yearPeriod(2025));
    expect(result.current.param).toBe('2025');
  });

  it('writes a chosen period into the address, so the way back keeps it', () => {
    const { result } = renderAt('/overzicht');
    act(() => {
      result.current.setPeriod(quarterPeriod(2026, 2));
    });
    expect(result.current.search).toBe('?periode=2026-K2');
    expect(result.current.period).toEqual(quarterPeriod(2026, 2));
  });
});
