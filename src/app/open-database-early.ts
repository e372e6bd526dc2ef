/**
 * The device's database, opened (on a first visit: created) as soon as this module runs: from the early
 * start script (start-early.ts), while the app's first bundle is still downloading. On slow 4G at 4x CPU a
 * first visit's database took about 0.3 s to create after the bundle had arrived and run, and the register
 * waited for it; begun early, it is ready before the bundle is. Dexie queues queries until it is open.
 */
import { TijdigDb } from '../db';

export const db = new TijdigDb();

/** The opening: main.tsx shows why the app cannot start when it fails. */
export const dbOpening: Promise<unknown> = db.open();
// main.tsx handles a failure; until it is there, the failure must not surface as an unhandled rejection.
dbOpening.catch(() => undefined);
