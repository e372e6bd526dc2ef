import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabasePerTest } from '../../test/database';
import { patientRow } from '../../test/factories';
import { DECRYPT_BATCH_ROWS } from './middleware';

/** How many WebCrypto decryptions had been started, in all and when each yield to the main thread came. */
const counts = { started: 0, atYields: [] as number[] };

// yieldToMain uses scheduler.yield where it exists: this one records each yield. (The database module is
// loaded by the test setup already, so mocking the yield module here would come too late.)
beforeEach(() => {
  counts.started = 0;
  counts.atYields = [];
  vi.stubGlobal('scheduler', {
    yield: () => {
      counts.atYields.push(counts.started);
      return new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      });
    },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const testDatabase = freshDatabasePerTest();

describe('decrypting a whole encrypted table', () => {
  it('starts the decryptions in batches with a yield between them, not all in one task', async () => {
    const db = testDatabase.db();
    const patients = Array.from({ length: DECRYPT_BATCH_ROWS * 2 + 10 }, () => patientRow());
    await db.patients.bulkPut(patients);
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation((...args) => {
      counts.started += 1;
      return decrypt(...args);
    });

    const read = await db.patients.toArray();

    expect(read).toHaveLength(patients.length);
    expect(counts.started).toBe(patients.length);
    // Before the first yield only the first batch was started; each later yield adds at most one batch.
    const { atYields } = counts;
    expect(atYields.length).toBeGreaterThanOrEqual(2);
    expect(atYields[0]).toBeLessThanOrEqual(DECRYPT_BATCH_ROWS);
    const steps = atYields.map((count, index) => count - (atYields[index - 1] ?? 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(DECRYPT_BATCH_ROWS);
  });
});
