import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleLock } from './useIdleLock';

const IDLE_MS = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useIdleLock', () => {
  it('calls onIdle once nobody touched the app for the idle time', () => {
    const onIdle = vi.fn();
    renderHook(() => {
      useIdleLock(IDLE_MS, onIdle);
    });
    vi.advanceTimersByTime(IDLE_MS - 1_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalled();
  });

  it('counts the idle time again from each key press or pointer move', () => {
    const onIdle = vi.fn();
    renderHook(() => {
      useIdleLock(IDLE_MS, onIdle);
    });
    vi.advanceTimersByTime(IDLE_MS - 5_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(IDLE_MS - 5_000);
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
    vi.advanceTimersByTime(IDLE_MS - 5_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).toHaveBeenCalled();
  });

  it('locks a tablet that slept past the idle time as soon as it wakes', () => {
    const onIdle = vi.fn();
    renderHook(() => {
      useIdleLock(IDLE_MS, onIdle);
    });
    // Asleep: the clock moves on but no timer runs.
    vi.setSystemTime(Date.now() + IDLE_MS * 5);
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('stops watching once the app is no longer shown', () => {
    const onIdle = vi.fn();
    const { unmount } = renderHook(() => {
      useIdleLock(IDLE_MS, onIdle);
    });
    unmount();
    vi.advanceTimersByTime(IDLE_MS * 2);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
