/**
 * One server process per PGlite data directory. PGlite has no locking of its own: two processes on one
 * directory both started and both acknowledged writes, and after a restart one process's writes were
 * gone. The lock is a `<dir>.lock` directory (proper-lockfile) whose time the holder refreshes every few
 * seconds; a lock left by a crashed process (kill -9, power loss) stops being refreshed and is taken over
 * once it is older than `staleMs` (15 s unless TIJDIG_LOCK_STALE_MS says otherwise). A starting server
 * therefore waits a little longer than that before it concludes that another live server holds the directory.
 */
import lockfile from 'proper-lockfile';

export const DEFAULT_LOCK_STALE_MS = 15_000;
/** proper-lockfile refreshes at least every second and at most at half the stale time. */
export const MIN_LOCK_STALE_MS = 4_000;
const RETRY_MS = 1_000;

/** How often the holder refreshes the lock: a quarter of the stale time, at most every 3 s. */
function updateMsFor(staleMs: number): number {
  return Math.min(3_000, Math.floor(staleMs / 4));
}

/** Enough retries to outlast a crashed holder's stale lock, so a restart right after a crash succeeds. */
function retriesFor(staleMs: number): number {
  return Math.ceil((staleMs + 2 * updateMsFor(staleMs)) / RETRY_MS);
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Another Tijdig server is using the data directory ${dataDir} (lock ${dataDir}.lock). ` +
        'Stop that server first; two servers on one PGlite directory lose each other’s writes.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes the exclusive lock on `dataDir` (which must exist) and returns its release; `retries` (one a
 * second) defaults to outlasting a stale lock of `staleMs`. If the lock is lost
 * while running (its refresh failed or another process took it), continuing would write beside another
 * process, so the process stops at once.
 */
export async function lockDataDir(
  dataDir: string,
  options: { retries?: number; staleMs?: number } = {},
): Promise<() => Promise<void>> {
  const staleMs = Math.max(MIN_LOCK_STALE_MS, options.staleMs ?? DEFAULT_LOCK_STALE_MS);
  try {
    return await lockfile.lock(dataDir, {
      stale: staleMs,
      update: updateMsFor(staleMs),
      retries: {
        retries: options.retries ?? retriesFor(staleMs),
        factor: 1,
        minTimeout: RETRY_MS,
        maxTimeout: RETRY_MS,
      },
      onCompromised: (error) => {
        console.error(`Tijdig lost the lock on its data directory ${dataDir}; stopping.`, error.message);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
