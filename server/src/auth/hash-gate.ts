/**
 * A global bound on password hashing. scrypt at production cost takes a core for a good part of a
 * second; without a bound, a burst of logins (40 unknown e-mails from one address) queued them all and
 * starved every other request. At most `concurrency` hashes run at once, a few more wait, and beyond
 * that the answer is 429 with Retry-After before anything is hashed.
 */
import pLimit from 'p-limit';
import { HttpError } from '../errors';

/** How many requests may wait per running hash before the server answers 429. */
const QUEUE_PER_SLOT = 4;
const RETRY_AFTER_SECONDS = 5;

export interface HashGate {
  /** Runs `work` (a hash or a verification) within the bound, or throws a 429 HttpError at once. */
  run: <T>(work: () => Promise<T>) => Promise<T>;
}

export function createHashGate(concurrency: number): HashGate {
  const limit = pLimit(concurrency);
  const capacity = concurrency * (1 + QUEUE_PER_SLOT);
  return {
    run(work) {
      if (limit.activeCount + limit.pendingCount >= capacity) {
        throw new HttpError(
          429,
          'tooManyRequests',
          'The server is busy signing people in; try again in a few seconds.',
          {},
          { 'retry-after': String(RETRY_AFTER_SECONDS) },
        );
      }
      return limit(work);
    },
  };
}
