import { describe, expect, it, vi } from 'vitest';
import { importOnce } from './import-once';

describe('importOnce', () => {
  it('fetches the module once for every caller', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }));
    const loadModule = importOnce(load);
    const [first, second] = await Promise.all([loadModule(), loadModule()]);
    expect(first).toBe(second);
    expect(await loadModule()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed fetch, so the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ answer: 42 });
    const loadModule = importOnce(load);
    await expect(loadModule()).rejects.toThrow('offline');
    await expect(loadModule()).resolves.toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
