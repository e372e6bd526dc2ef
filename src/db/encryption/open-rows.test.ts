import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { patientRow } from '../../test/factories';
import { TijdigDb } from '../database';

let db: TijdigDb | null = null;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = null;
});

describe('reading a whole encrypted table', () => {
  it('opens every row, in key order, also when they are parsed in several chunks', async () => {
    db = new TijdigDb(`open-rows-${crypto.randomUUID()}`);
    await db.open();
    // About 0.5 KB each: 400 rows are parsed in several chunks of 64 KB, with a yield between them.
    const patients = Array.from({ length: 400 }, (_, index) =>
      patientRow({ diagnosisText: `Diagnose ${String(index)} `.padEnd(200, '.') }),
    );
    await db.patients.bulkPut(patients);
    const read = await db.patients.toArray();
    expect(read).toEqual([...patients].sort((a, b) => a.id.localeCompare(b.id)));
  });
});
