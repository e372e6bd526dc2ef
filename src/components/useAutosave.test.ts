import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdateStore } from '../state/app-update-store';
import { useAutosave, type FieldSaveOutcome } from './useAutosave';

const STORED: FieldSaveOutcome = { ok: true };
const hasUnsavedInput = () => useAppUpdateStore.getState().dirtyForms.size > 0;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function renderAutosave(
  save: (text: string) => Promise<FieldSaveOutcome>,
  options?: Parameters<typeof useAutosave>[2],
  stored = 'Pijn',
) {
  return renderHook(({ value }) => useAutosave(value, save, options), { initialProps: { value: stored } });
}

describe('useAutosave', () => {
  it('saves after a pause in typing, not at each keystroke, and says so', async () => {
    const save = vi.fn(() => Promise.resolve(STORED));
    const { result } = renderAutosave(save);
    act(() => {
      result.current.onChange('Pijn en');
    });
    act(() => {
      result.current.onChange('Pijn en angst');
    });
    expect(result.current.status).toBe('idle');
    expect(hasUnsavedInput()).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(599));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledExactlyOnceWith('Pijn en angst');
    expect(result.current.status).toBe('saved');
    expect(hasUnsavedInput()).toBe(false);
  });

  it('saves at once on leaving the field, and not at all when nothing changed', async () => {
    const save = vi.fn(() => Promise.resolve(STORED));
    const { result } = renderAutosave(save);
    await act(async () => {
      result.current.onBlur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).not.toHaveBeenCalled();
    act(() => {
      result.current.onChange('Benauwd');
    });
    await act(async () => {
      result.current.onBlur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledExactlyOnceWith('Benauwd');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledOnce();
  });

  it('keeps a refused text in the field as unsaved, with its error, and tries again on the next blur', async () => {
    const save = vi
      .fn<(text: string) => Promise<FieldSaveOutcome>>()
      .mockResolvedValueOnce({ ok: false, issueCode: 'text.tooLong' })
      .mockResolvedValue(STORED);
    const { result } = renderAutosave(save);
    act(() => {
      result.current.onChange('Te lang');
    });
    await act(async () => {
      result.current.onBlur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current).toMatchObject({ text: 'Te lang', issueCode: 'text.tooLong', status: 'idle' });
    expect(hasUnsavedInput()).toBe(true);
    await act(async () => {
      result.current.onBlur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ issueCode: undefined, status: 'saved' });
    expect(hasUnsavedInput()).toBe(false);
  });

  it("shows what another device saved, but never over this person's unsaved typing", () => {
    const { result, rerender } = renderAutosave(() => Promise.resolve(STORED));
    rerender({ value: 'Pijn (van de andere laptop)' });
    expect(result.current.text).toBe('Pijn (van de andere laptop)');
    act(() => {
      result.current.onChange('Mijn eigen tekst');
    });
    rerender({ value: 'Nog een wijziging elders' });
    expect(result.current.text).toBe('Mijn eigen tekst');
  });

  it('saves pending typing when the field goes away', async () => {
    const save = vi.fn(() => Promise.resolve(STORED));
    const { result, unmount } = renderAutosave(save);
    act(() => {
      result.current.onChange('Onderweg');
    });
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledExactlyOnceWith('Onderweg');
  });

  it('waits for a complete text while typing when told so, and still saves it on blur', async () => {
    const save = vi.fn(() => Promise.resolve(STORED));
    const { result } = renderAutosave(save, { isReadyWhileTyping: (text) => text.length === 10 }, '');
    act(() => {
      result.current.onChange('12-03');
    });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).not.toHaveBeenCalled();
    act(() => {
      result.current.onChange('12-03-2026');
    });
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(save).toHaveBeenCalledExactlyOnceWith('12-03-2026');
    act(() => {
      result.current.onChange('12-03-20');
    });
    await act(async () => {
      result.current.onBlur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenLastCalledWith('12-03-20');
  });
});
