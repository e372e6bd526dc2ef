/**
 * A device's first sync as the app runs it (the real sync engine on fake-indexeddb against the server):
 * it says how far it is while pages come in, a page that fails leaves the device at its last stored page
 * and the next round resumes from there, and a busy server (503) mid-sync leaves the device consistent
 * and it converges on the next round. Pages are small here (a 4 KiB budget), so a practice of a few
 * dozen records takes many pages.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPatient, getCheckpoint, setDataKey, TijdigDb, updatePatient } from '../../src/db';
import { newCarePlan, type PatientId } from '../../src/domain';
import { createApiClient } from '../../src/sync/api-client';
import { Backoff } from '../../src/sync/backoff';
import { syncOnce } from '../../src/sync/sync-engine';
import { syncStatusStore, type PullProgress } from '../../src/sync/sync-status';
import { patientFields } from '../../src/test/factories';
import { DATABASES, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { AT, Device, patientData } from './mutations';
import { busyAnswer, fetchThrough, type Intercept } from './support/device-fetch';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const PATIENTS = 24;
const CARE_PLANS = 4;

/** Every record the server holds for the practice, as the device keys them. */
async function serverKeys(server: TestServer): Promise<string[]> {
  const rows = await server.db.query<{ key: string }>(
    "SELECT entity || ':' || record_id AS key FROM records ORDER BY key",
  );
  return rows.map((row) => row.key);
}

/** Every record this device has stored from the server (one revision row per record). */
async function deviceKeys(db: TijdigDb): Promise<string[]> {
  return (await db.recordRevs.toArray()).map((row) => row.key).sort();
}

/** The progress the sync status showed during `work`, in order (null left out). */
async function progressDuring(work: () => Promise<unknown>): Promise<PullProgress[]> {
  const seen: PullProgress[] = [];
  const unsubscribe = syncStatusStore.subscribe((state, previous) => {
    if (state.progress && state.progress !== previous.progress) seen.push(state.progress);
  });
  try {
    await work();
  } finally {
    unsubscribe();
  }
  return seen;
}

/** Fails the `n`th pull request (1-based) with `answer`; every other request reaches the server. */
function failingPull(n: number, answer: () => Response | 'network-error', pulls: string[]): Intercept {
  return (path) => {
    if (!path.startsWith('/api/sync/pull')) return undefined;
    pulls.push(path);
    return pulls.length === n ? answer() : undefined;
  };
}

const sinceOf = (path: string | undefined) =>
  Number(new URL(path ?? '', 'http://x').searchParams.get('since'));

describe.each(DATABASES)('a first sync on %s', (kind) => {
  let server: TestServer;
  let account: TestClient;
  let db: TijdigDb;

  beforeAll(async () => {
    server = await startTestServer(kind, { pullPageBytes: 4096 });
    account = await setUpPractice(server);
    // Another device of the practice holds the records: patients and some full care plans.
    const other = new Device(account);
    const patientIds = Array.from({ length: PATIENTS }, () => randomUUID());
    const long = 'Wil thuis sterven, rustig en zonder pijn. '.repeat(40).slice(0, 1500);
    const reply = await other.push([
      ...patientIds.map((id) => other.mutation('patient', id, patientData(), null)),
      ...patientIds.slice(0, CARE_PLANS).map((id) => {
        const plan = newCarePlan(
          id as PatientId,
          { name: 'Dr. De Vries', role: 'huisarts' } as never,
          AT as never,
        );
        return other.mutation('carePlan', id, { ...plan, wishes: { text: long, dateDiscussed: null } }, null);
      }),
    ]);
    expect(reply.body.results.every((result) => result.status === 'applied')).toBe(true);
  });
  afterAll(() => server.close());

  beforeEach(() => {
    // The device is unlocked: its patient tables are encrypted at rest and need the data key in memory.
    setDataKey(crypto.getRandomValues(new Uint8Array(32)));
    db = new TijdigDb(`first-sync-${randomUUID()}`);
    syncStatusStore.setState({ phase: 'idle', progress: null, retryAt: null });
    return async () => {
      db.close();
      await db.delete();
    };
  });

  it('says how many records came in of how many while the pages come in', async () => {
    const api = createApiClient(fetchThrough(server, account));
    const total = (await serverKeys(server)).length;
    const seen = await progressDuring(() => syncOnce(db, api, () => NOW, new Backoff()));

    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((progress) => progress.total === total)).toBe(true);
    const received = seen.map((progress) => progress.received);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received[0]).toBeGreaterThan(0);
    expect(syncStatusStore.getState()).toMatchObject({ phase: 'idle', progress: null });
    expect(await deviceKeys(db)).toEqual(await serverKeys(server));
  });

  it('resumes after a failed page from its last stored page, with every record exactly once', async () => {
    const pulls: string[] = [];
    const api = createApiClient(
      fetchThrough(
        server,
        account,
        failingPull(4, () => 'network-error', pulls),
      ),
    );

    const before = await progressDuring(() => syncOnce(db, api, () => NOW, new Backoff()));
    expect(syncStatusStore.getState().phase).toBe('offline');
    // Three pages stored, the checkpoint after the third, and the count kept for the next round.
    const checkpoint = await getCheckpoint(db);
    expect(checkpoint).toBe(sinceOf(pulls[3]));
    const stored = await deviceKeys(db);
    expect(stored).toHaveLength(before.at(-1)?.received ?? -1);

    const after = await progressDuring(() => syncOnce(db, api, () => NOW, new Backoff()));
    expect(syncStatusStore.getState().phase).toBe('idle');
    expect(sinceOf(pulls[4])).toBe(checkpoint);
    expect(after[0]?.received).toBeGreaterThan(stored.length);
    expect(after[0]?.total).toBe(before[0]?.total);
    const keys = await deviceKeys(db);
    expect(keys).toEqual(await serverKeys(server));
    expect(await db.patients.count()).toBe(keys.filter((key) => key.startsWith('patient:')).length);
  });

  it('stays consistent when the server is busy mid-sync, keeps later changes, and converges', async () => {
    const pulls: string[] = [];
    const api = createApiClient(
      fetchThrough(
        server,
        account,
        failingPull(2, () => busyAnswer(7), pulls),
      ),
    );
    const own = await createPatient(db, patientFields({ familyName: 'Eigen' }), NOW);
    if (!own.ok) throw new Error('patient refused');

    expect(await syncOnce(db, api, () => NOW, new Backoff())).toBe('serverBusy');
    expect(syncStatusStore.getState().retryAt).toBe('2026-11-23T09:00:07.000Z');
    expect(await getCheckpoint(db)).toBe(sinceOf(pulls[1]));
    expect(await db.outbox.count()).toBe(0);
    // While it waits the device keeps working: a change made now waits in the outbox.
    const edited = await updatePatient(
      db,
      own.value.id,
      { ...patientFields({ familyName: 'Eigen-Later' }) },
      NOW,
    );
    expect(edited.ok).toBe(true);
    expect(await db.outbox.count()).toBe(1);

    expect(await syncOnce(db, api, () => NOW, new Backoff())).toBe('idle');
    expect(await db.outbox.count()).toBe(0);
    expect(await deviceKeys(db)).toEqual(await serverKeys(server));
    const [stored] = await server.db.query<{ family_name: string }>(
      "SELECT data->>'familyName' AS family_name FROM records WHERE record_id = $1",
      [own.value.id],
    );
    expect(stored?.family_name).toBe('Eigen-Later');
    expect((await db.patients.get(own.value.id))?.familyName).toBe('Eigen-Later');
  });
});
