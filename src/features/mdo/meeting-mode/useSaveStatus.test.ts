import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WriteResult } from '../../../db';
import { useSaveStatus } from './useSaveStatus';

/** A write the test finishes by hand. */
function manualWrite<T>() {
  let finish: (result: WriteResult<T>) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const promise = new Promise<WriteResult<T>>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { work: () => promise, finish, fail };
}

describe('useSaveStatus', () => {
  it('says nothing before a save, "saving" during it and "saved" after it, passing the result on', async () => {
    const { result } = renderHook(() => useSaveStatus());
    expect(result.current.status).toEqual({ kind: 'idle' });
    const write = manualWrite<string>();
    let tracked: Promise<WriteResult<string>> | undefined;
    act(() => {
      tracked = result.current.track(write.work);
    });
    expect(result.current.status).toEqual({ kind: 'saving' });
    await act(async () => {
      write.finish({ ok: true, value: 'opgeslagen' });
      await tracked;
    });
    expect(result.current.status).toMatchObject({ kind: 'saved', at: expect.any(Date) as unknown });
    expect(await tracked).toEqual({ ok: true, value: 'opgeslagen' });
  });

  it('keeps saying "saving" until the last of several overlapping saves is done', async () => {
    const { result } = renderHook(() => useSaveStatus());
    const first = manualWrite<number>();
    const second = manualWrite<number>();
    let firstDone: Promise<unknown> | undefined;
    let secondDone: Promise<unknown> | undefined;
    act(() => {
      firstDone = result.current.track(first.work);
      secondDone = result.current.track(second.work);
    });
    await act(async () => {
      first.finish({ ok: true, value: 1 });
      await firstDone;
    });
    expect(result.current.status).toEqual({ kind: 'saving' });
    await act(async () => {
      second.finish({ ok: true, value: 2 });
      await secondDone;
    });
    expect(result.current.status.kind).toBe('saved');
  });

  it('says why a save failed, even while another is still running', async () => {
    const { result } = renderHook(() => useSaveStatus());
    const refused = manualWrite<number>();
    const running = manualWrite<number>();
    let refusedDone: Promise<unknown> | undefined;
    act(() => {
      refusedDone = result.current.track(refused.work);
      void result.current.track(running.work);
    });
    await act(async () => {
      refused.finish({ ok: false, error: { kind: 'quota' } });
      await refusedDone;
    });
    expect(result.current.status).toEqual({ kind: 'failed', reason: 'quota' });
  });

  it('is not stuck on "saving" after a write that threw', async () => {
    const { result } = renderHook(() => useSaveStatus());
    const broken = manualWrite<number>();
    let brokenDone: Promise<unknown> | undefined;
    act(() => {
      brokenDone = result.current.track(broken.work);
    });
    await act(async () => {
      broken.fail(new Error('bug'));
      await expect(brokenDone).rejects.toThrow('bug');
    });
    await act(async () => {
      await result.current.track(() => Promise.resolve({ ok: true, value: 3 }));
    });
    expect(result.current.status.kind).toBe('saved');
  });
});
