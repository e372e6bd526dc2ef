/**
 * How long a device waits before trying again when the server says it is too busy (503 or 429 from
 * back-pressure): the server's Retry-After when it gave one, else exponential with full jitter (a random
 * wait up to a doubling ceiling, capped), so devices that were turned away together do not return together.
 */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

export class Backoff {
  private attempt = 0;

  constructor(private readonly random: () => number = Math.random) {}

  /** The wait before the next try; each call without a reset doubles the ceiling. */
  next(retryAfterMs: number | null): number {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** this.attempt);
    this.attempt += 1;
    if (retryAfterMs !== null) return Math.min(BACKOFF_CAP_MS, retryAfterMs);
    return Math.floor(this.random() * ceiling);
  }

  /** The server answered: the next busy answer starts from the base again. */
  reset(): void {
    this.attempt = 0;
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
