import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('hands the work to requestIdleCallback with the latest time, and cancels it there', () => {
    const idle = new Map<number, () => void>();
    const requestIdle = vi.fn((callback: () => void) => {
      idle.set(idle.size + 1, callback);
      return idle.size;
    });
    const cancelIdle = vi.fn((handle: number) => idle.delete(handle));
    vi.stubGlobal('requestIdleCallback', requestIdle);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const work = vi.fn();

    const cancel = whenIdle(work, 2_000);
    expect(work).not.toHaveBeenCalled();
    expect(requestIdle).toHaveBeenCalledWith(work, { timeout: 2_000 });
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(1);
    expect(idle.size).toBe(0);
  });

  it('without requestIdleCallback (Safari) runs the work in a task after the next frame', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const order: string[] = [];
    whenIdle(() => order.push('work'), 2_000);
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    await vi.waitFor(() => {
      expect(order).toEqual(['frame', 'work']);
    });
  });

  it('without requestIdleCallback, a cancel before or after the frame keeps the work from running', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const beforeFrame = vi.fn();
    whenIdle(beforeFrame, 2_000)();
    const afterFrame = vi.fn();
    const cancel = whenIdle(afterFrame, 2_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(beforeFrame).not.toHaveBeenCalled();
    expect(afterFrame).not.toHaveBeenCalled();
  });
});
