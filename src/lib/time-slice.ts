/**
 * Long work cut into tasks by the time it takes, not by a count of items: what a chunk of ten records costs
 * differs tenfold between a desktop and a slow phone (and between a patient and a care plan), so a fixed
 * count is either too many yields on the one or tasks over 50 ms on the other. The work asks `isSpent()`
 * between items and, when the slice has run its budget, awaits `next()`, which yields to the main thread.
 */
import { yieldToMain } from './yield-to-main';

/**
 * Milliseconds of work per task: a fifth of the 50 ms a task may take, so one item that runs long (a big
 * care plan, a garbage collection) still ends the task well under it.
 */
export const SLICE_BUDGET_MS = 10;

export interface TimeSlice {
  /** Whether this task has run its budget: the caller should await next() before the next item. */
  isSpent(): boolean;
  /** Yields to the main thread and starts a new slice. */
  next(): Promise<void>;
}

/** A slice that starts now; `now` is the clock (performance.now, or a test's). */
export function startTimeSlice(
  budgetMs: number = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
): TimeSlice {
  let start = now();
  return {
    isSpent: () => now() - start >= budgetMs,
    async next() {
      await yieldToMain();
      start = now();
    },
  };
}
