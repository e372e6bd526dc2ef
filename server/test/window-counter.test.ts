/**
 * The shared fixed-window counter behind the sign-in limits and upload budgets (http/window-counter.ts):
 * exact under concurrent hits from two connection pools, a new window once one ends, ended windows
 * swept, and never a key (a typed e-mail address) stored as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWindowCounter, SWEEP_EVERY } from '../src/http/window-counter';
import type { Db } from '../src/store/db';
import { migrate } from '../src/store/migrate';
import { DATABASES, freshDatabase, type TestDatabase } from './harness';

const MINUTE = 60_000;

describe.each(DATABASES)('window counter on %s', (kind) => {
  const clock = { now: new Date('2026-11-23T09:00:00.000Z') };
  let database: TestDatabase;
  let pools: [Db, Db];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    pools = [database.connect(), database.connect()];
    await migrate(pools[0]);
  });
  afterAll(async () => {
    for (const db of new Set(pools)) await db.close();
    await database.drop();
  });

  it('counts every one of 20 simultaneous hits from two processes exactly once', async () => {
    const first = createWindowCounter(pools[0], () => clock.now);
    const second = createWindowCounter(pools[1], () => clock.now);
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? first : second).hit('concurrent', MINUTE)),
    );
    expect(counts.map((count) => count.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it('keeps the window where its first hit put it, and starts a new one once it ended', async () => {
    const counter = createWindowCounter(pools[0], () => clock.now);
    expect(await counter.hit('window', MINUTE)).toEqual({ hits: 1, msLeft: MINUTE });
    clock.now = new Date(clock.now.getTime() + 40_000);
    expect(await counter.hit('window', MINUTE)).toEqual({ hits: 2, msLeft: 20_000 });
    expect(await counter.peek('window')).toEqual({ hits: 2, msLeft: 20_000 });
    clock.now = new Date(clock.now.getTime() + 20_000);
    expect(await counter.peek('window')).toEqual({ hits: 0, msLeft: 0 });
    expect(await counter.hit('window', MINUTE)).toEqual({ hits: 1, msLeft: MINUTE });
  });

  it('stores a key only as its hash, and sweeps ended windows', async () => {
    const db = pools[0];
    const counter = createWindowCounter(db, () => clock.now);
    await counter.hit('127.0.0.1|iemand@delinde.nl', MINUTE);
    const rows = await db.query<{ bucket: string }>('SELECT bucket FROM rate_limit_windows');
    expect(JSON.stringify(rows)).not.toContain('delinde');
    clock.now = new Date(clock.now.getTime() + 2 * MINUTE);
    for (let index = 1; index < SWEEP_EVERY; index += 1) await counter.hit('sweep', MINUTE);
    const [left] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM rate_limit_windows');
    // Only the window still running is left: this counter's own 'sweep' bucket.
    expect(left?.n).toBe(1);
  });
});
