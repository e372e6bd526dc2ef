import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../state/session-store';
import { testSession } from '../test/auth-client';
import { useAuthor } from './useAuthor';

describe('useAuthor', () => {
  it('is the signed-in account, and follows a switch of account', () => {
    useSessionStore.setState({ session: testSession('huisarts', 'Anna de Wit') });
    const { result } = renderHook(() => useAuthor());
    expect(result.current).toEqual({ name: 'Anna de Wit', role: 'huisarts' });
    act(() => {
      useSessionStore.setState({ session: testSession('wijkverpleegkundige', 'Els Smit') });
    });
    expect(result.current).toEqual({ name: 'Els Smit', role: 'wijkverpleegkundige' });
  });

  it('is nobody without a session, whatever an older device once remembered', () => {
    localStorage.setItem('tijdig.profile', JSON.stringify({ state: { name: 'Oud', role: 'poh' } }));
    useSessionStore.setState({ session: null });
    const { result } = renderHook(() => useAuthor());
    expect(result.current).toBeNull();
    localStorage.removeItem('tijdig.profile');
  });
});
