import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTimeSlice } from './time-slice';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a time slice', () => {
  it('is spent once its budget has run on the given clock, and starts anew after yielding', async () => {
    let yields = 0;
    vi.stubGlobal('scheduler', {
      yield: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    let clock = 100;
    const slice = startTimeSlice(10, () => clock);

    clock = 109;
    expect(slice.isSpent()).toBe(false);
    clock = 110;
    expect(slice.isSpent()).toBe(true);

    await slice.next();
    expect(yields).toBe(1);
    expect(slice.isSpent()).toBe(false);
    clock = 125;
    expect(slice.isSpent()).toBe(true);
  });
});
