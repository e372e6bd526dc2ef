/**
 * Fixed-window counters in the database (table rate_limit_windows, migration 013), shared by every server
 * process on it: a sign-in limit or an upload budget holds however a load balancer spreads the requests.
 * One upsert per count; a window starts at a bucket's first hit on the server's clock (injectable, so
 * tests move it) and ends `windowMs` later. Keys are stored as their SHA-256 only.
 */
import { hashSecret } from '../auth/tokens';
import type { Queryable } from '../store/db';

/** Ended windows are deleted once every this many counts in a process (a cheap, indexed statement). */
export const SWEEP_EVERY = 500;

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  msLeft: number;
}

export interface WindowCounter {
  /** Counts one hit for `key` and returns the window's state after it. */
  hit: (key: string, windowMs: number) => Promise<WindowCount>;
  /** The window's state without counting (0 hits when there is no live window). */
  peek: (key: string) => Promise<WindowCount>;
}

interface WindowRow {
  hits: number;
  window_ends_at: Date | string;
}

const msLeftOf = (row: WindowRow, now: Date) =>
  Math.max(0, new Date(row.window_ends_at).getTime() - now.getTime());

export function createWindowCounter(db: Queryable, now: () => Date): WindowCounter {
  let countsSinceSweep = 0;

  async function sweep(at: Date): Promise<void> {
    countsSinceSweep = 0;
    await db.query('DELETE FROM rate_limit_windows WHERE window_ends_at <= $1', [at]);
  }

  return {
    async hit(key, windowMs) {
      const at = now();
      countsSinceSweep += 1;
      if (countsSinceSweep >= SWEEP_EVERY) await sweep(at);
      // One statement, atomic under concurrency: an ended window starts again at 1, a live one counts on.
      const [row] = await db.query<WindowRow>(
        `INSERT INTO rate_limit_windows AS w (bucket, window_ends_at, hits) VALUES ($1, $3, 1)
         ON CONFLICT (bucket) DO UPDATE SET
           hits = CASE WHEN w.window_ends_at <= $2 THEN 1 ELSE w.hits + 1 END,
           window_ends_at = CASE WHEN w.window_ends_at <= $2 THEN EXCLUDED.window_ends_at ELSE w.window_ends_at END
         RETURNING hits, window_ends_at`,
        [hashSecret(key), at, new Date(at.getTime() + windowMs)],
      );
      if (!row) throw new Error('rate_limit_windows upsert returned no row');
      return { hits: row.hits, msLeft: msLeftOf(row, at) };
    },
    async peek(key) {
      const at = now();
      const [row] = await db.query<WindowRow>(
        'SELECT hits, window_ends_at FROM rate_limit_windows WHERE bucket = $1 AND window_ends_at > $2',
        [hashSecret(key), at],
      );
      return row ? { hits: row.hits, msLeft: msLeftOf(row, at) } : { hits: 0, msLeft: 0 };
    },
  };
}
