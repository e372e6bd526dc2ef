/** The gate pull pages wait at (page-gate.ts): at most `limit` at once, in arrival order, never stuck. */
import { describe, expect, it } from 'vitest';
import { createGate } from '../src/sync/page-gate';

/** Work that runs until its `finish` is called, recording when it started. */
function heldWork(started: number[], id: number) {
  let finish: (value: number) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const work = () =>
    new Promise<number>((resolve, reject) => {
      started.push(id);
      finish = resolve;
      fail = reject;
    });
  return {
    work,
    finish: () => {
      finish(id);
    },
    fail: (error: Error) => {
      fail(error);
    },
  };
}

/** Lets every promise callback that can run, run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('page gate', () => {
  it('runs at most its limit at once and lets the others in, in the order they came', async () => {
    const gate = createGate(2);
    const started: number[] = [];
    const works = [1, 2, 3, 4].map((id) => heldWork(started, id));
    const results = works.map(({ work }) => gate.run(work));
    await settle();
    expect(started).toEqual([1, 2]);

    works[1]?.finish();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    works[0]?.finish();
    works[2]?.finish();
    await settle();
    expect(started).toEqual([1, 2, 3, 4]);
    works[3]?.finish();
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4]);
  });

  it('frees the place of work that failed, and gives its caller the error', async () => {
    const gate = createGate(1);
    const started: number[] = [];
    const [failing, next] = [heldWork(started, 1), heldWork(started, 2)];
    const failed = gate.run(failing.work);
    const after = gate.run(next.work);
    await settle();
    failing.fail(new Error('page failed'));
    await expect(failed).rejects.toThrow('page failed');
    await settle();
    expect(started).toEqual([1, 2]);
    next.finish();
    expect(await after).toBe(2);
  });

  it('refuses a limit below one', () => {
    expect(() => createGate(0)).toThrow('limit of 1 or more');
  });
});
