import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OnBehalfOf } from '../../domain';
import { useNamensStore } from '../../state/namens-store';
import { useSessionStore } from '../../state/session-store';
import { TEST_SESSION } from '../../test/factories';
import { useRememberedNamens } from './useRememberedNamens';

const OTHER_POH = {
  ...TEST_SESSION,
  user: { ...TEST_SESSION.user, id: '0190f0e2-7c4a-7000-8000-00000000a003', name: 'Ria Visser' },
};
const GP: OnBehalfOf = { userId: '0190f0e2-7c4a-7000-8000-00000000a002', name: 'Hanna Bakker' };

beforeEach(() => {
  useNamensStore.setState({ last: null });
});

describe('useRememberedNamens', () => {
  it('remembers the huisarts this POH chose for the next quick-mark, until she clears it', () => {
    const { result } = renderHook(() => useRememberedNamens());
    expect(result.current[0]).toBeNull();
    act(() => {
      result.current[1](GP);
    });
    expect(result.current[0]).toEqual(GP);
    act(() => {
      result.current[1](null);
    });
    expect(result.current[0]).toBeNull();
  });

  it("never hands one account's choice to another signing in on the same device", () => {
    const { result } = renderHook(() => useRememberedNamens());
    act(() => {
      result.current[1](GP);
    });
    act(() => {
      useSessionStore.setState({ session: OTHER_POH });
    });
    expect(result.current[0]).toBeNull();
    act(() => {
      useSessionStore.setState({ session: TEST_SESSION });
    });
    expect(result.current[0]).toEqual(GP);
  });
});
