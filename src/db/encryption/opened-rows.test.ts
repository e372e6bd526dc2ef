import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SCHEMA_VERSION,
  surpriseQuestionV1,
  type Author,
  type IsoDate,
  type Patient,
  type SyncChange,
} from '../../domain';
import { palliativeMarking, patientRow } from '../../test/factories';
import { TEST_DATA_KEY } from '../../test/setup';
import { listAllChecklistResults } from '../checklist-queries';
import { clearDataKey, setDataKey } from '../data-key';
import { TijdigDb } from '../database';
import { quickMark } from '../marking-repository';
import { listPatients } from '../patient-queries';
import { updatePatient } from '../patients-repository';
import { applyPulledChanges } from '../pulled-pages';
import { countCachedTables } from './cached-queries';
import { isDataLockedError } from './errors';
import { countOpenedRows } from './opened-rows';

const REGISTER_SIZE = 1000;
const gp: Author = { name: 'H. Bakker', role: 'huisarts' };
const today = '2026-11-23' as IsoDate;

let db: TijdigDb;
let decryptions = 0;

beforeEach(async () => {
  db = new TijdigDb(`opened-rows-${crypto.randomUUID()}`);
  await db.open();
  decryptions = 0;
  const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'decrypt').mockImplementation((...args) => {
    decryptions += 1;
    return decrypt(...args);
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

/** A live query's values as they come, each awaited with `next(until)`, as a hook would get them. */
function follow<T>(querier: () => Promise<T>) {
  const waiting: { until: (value: T) => boolean; resolve: (value: T) => void }[] = [];
  let last: T | undefined;
  const subscription = liveQuery(querier).subscribe({
    next: (value) => {
      last = value;
      for (const waiter of [...waiting]) {
        if (waiter.until(value)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(value);
        }
      }
    },
  });
  return {
    next: (until: (value: T) => boolean) =>
      last !== undefined && until(last)
        ? Promise.resolve(last)
        : new Promise<T>((resolve) => waiting.push({ until, resolve })),
    stop: () => {
      subscription.unsubscribe();
    },
  };
}

/** The quick mark of the benchmark: the surprise question answered "nee" and the marking, one transaction. */
async function markPalliative(patient: Patient) {
  const result = await quickMark(
    db,
    { patientId: patient.id },
    { date: today, change: palliativeMarking(), author: gp },
    new Date('2026-11-23T10:00:00Z'),
    { definition: surpriseQuestionV1, answers: { surprised: 'nee' }, observedOn: today, author: gp },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

describe('rows opened by live queries', () => {
  it('after one marking in a 1,000-patient register, decrypts only the patient and the result it wrote', async () => {
    const patients = Array.from({ length: REGISTER_SIZE }, () => patientRow());
    await db.patients.bulkAdd(patients);
    const register = follow(() => listPatients(db));
    const results = follow(() => listAllChecklistResults(db));
    const before = await register.next((rows) => rows.length === REGISTER_SIZE);
    await results.next((rows) => rows.length === 0);
    expect(decryptions).toBe(REGISTER_SIZE);

    decryptions = 0;
    const marked = patients.at(500);
    if (!marked) throw new Error('no patient to mark');
    await markPalliative(marked);
    const after = await register.next((rows) => rows.some((row) => row.palliativeSince === today));
    await results.next((rows) => rows.length === 1);
    register.stop();
    results.stop();

    // One patient row and one checklist result changed: two decryptions, not 1,000 and more.
    expect(decryptions).toBe(2);
    expect(after.find((row) => row.id === marked.id)).toMatchObject({ palliativeSince: today });
    // The other rows are the very objects of the read before, so memoised register rows skip rendering.
    const unchanged = after.filter((row) => row.id !== marked.id);
    expect(unchanged).toHaveLength(REGISTER_SIZE - 1);
    expect(unchanged.every((row) => before.includes(row))).toBe(true);
  });

  it('opens a row again when its stored bytes changed, whoever wrote them', async () => {
    const patient = patientRow({ familyName: 'Oudewater' });
    await db.patients.add(patient);
    const register = follow(() => listPatients(db));
    await register.next((rows) => rows[0]?.familyName === 'Oudewater');
    // A plain put outside an app transaction (as another tab's write would be): a new seal, a new revision.
    await db.transaction('rw', db.patients, () => db.patients.put({ ...patient, familyName: 'Van Dam' }));
    const [row] = await register.next((rows) => rows[0]?.familyName !== 'Oudewater');
    register.stop();
    expect(row?.familyName).toBe('Van Dam');
  });

  it('keeps no plaintext once the device locks, and none once the database closes', async () => {
    await db.patients.bulkAdd([patientRow(), patientRow()]);
    const register = follow(() => listPatients(db));
    await register.next((rows) => rows.length === 2);
    register.stop();
    expect(countOpenedRows(db.name)).toBe(2);

    clearDataKey();
    expect(countOpenedRows(db.name)).toBe(0);

    setDataKey(TEST_DATA_KEY.slice());
    // Another query than the first, which Dexie's own cache could still answer without reading.
    const again = follow(() => db.patients.toArray());
    await again.next((rows) => rows.length === 2);
    again.stop();
    expect(countOpenedRows(db.name)).toBe(2);
    db.close();
    expect(countOpenedRows(db.name)).toBe(0);
  });

  it('keeps nothing a read opens after the device locked in the middle of it', async () => {
    await db.patients.add(patientRow());
    vi.restoreAllMocks();
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (...args) => {
      const plaintext = await decrypt(...args);
      // The lock comes after the read's decryptions, before their rows are parsed.
      clearDataKey();
      return plaintext;
    });
    // The read answers that the device is locked, and neither the encryption nor Dexie's cache keeps a row.
    const outcome = await new Promise<unknown>((resolve) => {
      const subscription = liveQuery(() => listPatients(db)).subscribe({
        next: (rows) => {
          subscription.unsubscribe();
          resolve(rows);
        },
        error: resolve,
      });
    });
    expect(isDataLockedError(outcome)).toBe(true);
    expect(countOpenedRows(db.name)).toBe(0);
    expect(countCachedTables(db.name)).toBe(0);
  });

  it("leaves nothing in Dexie's live-query cache once the device locks, even with a reader still mounted", async () => {
    await db.patients.bulkAdd([patientRow({ familyName: 'Oudewater' }), patientRow()]);
    const register = follow(() => listPatients(db));
    await register.next((rows) => rows.length === 2);
    // Dexie keeps the decrypted result while the reader is subscribed (and 3 s after it leaves).
    expect(countCachedTables(db.name)).toBeGreaterThan(0);

    clearDataKey();
    expect(countCachedTables(db.name)).toBe(0);
    register.stop();

    // After unlocking, a new reader reads (and decrypts) again instead of getting a cached result.
    setDataKey(TEST_DATA_KEY.slice());
    decryptions = 0;
    const again = follow(() => listPatients(db));
    const rows = await again.next((found) => found.length === 2);
    again.stop();
    expect(decryptions).toBe(2);
    expect(rows.map((row) => row.familyName)).toContain('Oudewater');
  });

  it('takes the rows a pull just stored as opened, for tables a live query reads, and decrypts an edited one', async () => {
    const edited = patientRow({ familyName: 'Oudewater' });
    await db.patients.add(edited);
    await updatePatient(
      db,
      edited.id,
      { ...edited, familyName: 'Van Dam' },
      new Date('2026-11-23T10:00:00Z'),
    );
    const register = follow(() => listPatients(db));
    await register.next((rows) => rows.length === 1);
    const pulled = [patientRow({ familyName: 'Janssen' }), patientRow({ familyName: 'De Boer' })];
    const changes = [...pulled, { ...edited, familyName: 'Oudewater', givenName: 'Mies' }].map(
      (data, index): SyncChange => ({
        entity: 'patient',
        recordId: data.id,
        rev: index + 2,
        seq: index + 2,
        isDeleted: false,
        data,
      }),
    );

    decryptions = 0;
    await applyPulledChanges(db, {
      changes,
      next: 4,
      hasMore: false,
      isSnapshot: false,
      schemaVersion: SCHEMA_VERSION,
    });
    const rows = await register.next((found) => found.length === 3);
    register.stop();

    // Only the patient with an unsent edit on top is opened again; the pulled ones are taken as written.
    expect(decryptions).toBe(1);
    expect(rows.map((row) => row.familyName).sort()).toEqual(['De Boer', 'Janssen', 'Van Dam']);
    expect(rows.find((row) => row.id === edited.id)?.givenName).toBe('Mies');
    // The three patients are kept (the register reads them); nothing of tables no live query read.
    expect(countOpenedRows(db.name)).toBe(3);
  });

  it('shares nothing with reads outside live queries, which may change the rows they get', async () => {
    await db.patients.bulkAdd([patientRow(), patientRow()]);
    await db.patients.toArray();
    expect(countOpenedRows(db.name)).toBe(0);
  });
});
