import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../sync/api-client';
import { useServerData } from './useServerData';

/** A load whose answers the test gives by hand, per key, in any order. */
function manualLoad() {
  const pending = new Map<string, { resolve: (value: string) => void; reject: (error: unknown) => void }>();
  const load = (key: string) =>
    new Promise<string>((resolve, reject) => {
      pending.set(key, { resolve, reject });
    });
  return { load, answer: (key: string) => pending.get(key) };
}

describe('useServerData', () => {
  it('is loading, then ready with the answer', async () => {
    const server = manualLoad();
    const { result } = renderHook(() => useServerData('team', server.load));
    expect(result.current).toEqual({ status: 'loading' });
    server.answer('team')?.resolve('Anna de Wit');
    await waitFor(() => {
      expect(result.current).toEqual({ status: 'ready', value: 'Anna de Wit' });
    });
  });

  it.each([
    [new ApiFailure(0, 'offline'), 'offline'],
    [new ApiFailure(403, 'forbidden'), 'forbidden'],
    [new Error('bug'), 'unknown'],
  ])('fails with the code a page can explain (%s)', async (error, code) => {
    const server = manualLoad();
    const { result } = renderHook(() => useServerData('team', server.load));
    server.answer('team')?.reject(error);
    await waitFor(() => {
      expect(result.current).toEqual({ status: 'failed', code });
    });
  });

  it('drops an answer for an older key that arrives after the newer one', async () => {
    const server = manualLoad();
    const { result, rerender } = renderHook(({ key }) => useServerData(key, server.load), {
      initialProps: { key: 'week 1' },
    });
    rerender({ key: 'week 2' });
    server.answer('week 2')?.resolve('new');
    await waitFor(() => {
      expect(result.current).toEqual({ status: 'ready', value: 'new' });
    });
    server.answer('week 1')?.resolve('old');
    await Promise.resolve();
    expect(result.current).toEqual({ status: 'ready', value: 'new' });
  });
});
