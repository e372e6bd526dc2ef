/**
 * Exposes the app's own register query and the naive alternative to the benchmark driver.
 * Seeding validates every generated row with the app's schema, so a drifting factory fails loudly
 * instead of timing data the app would never store.
 */
import { TijdigDb, listPalliativeRegister, listPatients, setDataKey } from '../../src/db';
import { patientSchema } from '../../src/domain';
import { expectedRegisterSize, makePatients } from '../lib/patients.mjs';

interface Timed {
  ms: number;
  count: number;
}

declare global {
  interface Window {
    seed: (count: number) => Promise<{ stored: number; expectedRegister: number }>;
    runQuery: () => Promise<Timed>;
    runScan: () => Promise<Timed>;
  }
}

// Patient rows are encrypted at rest; the page runs unlocked, as the app does after a sign-in.
setDataKey(crypto.getRandomValues(new Uint8Array(32)));
const db = new TijdigDb();

window.seed = async (count) => {
  const generated = makePatients(count);
  const rows = generated.map((row) => patientSchema.parse(row));
  await db.patients.clear();
  await db.patients.bulkPut(rows);
  return { stored: await db.patients.count(), expectedRegister: expectedRegisterSize(generated) };
};

/** The indexed query the register uses. */
window.runQuery = async () => {
  const start = performance.now();
  const rows = await listPalliativeRegister(db);
  return { ms: performance.now() - start, count: rows.length };
};

/** What the register would cost without the index: read everything, filter in memory. */
window.runScan = async () => {
  const start = performance.now();
  const all = await listPatients(db);
  const rows = all.filter(
    (row) => row.palliativeSince !== null && row.status === 'active' && row.deletedAt === null,
  );
  return { ms: performance.now() - start, count: rows.length };
};
