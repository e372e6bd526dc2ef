/**
 * The practice is the unit of ordering: each practice numbers its own changes. A device pulling while
 * devices of several practices push at once gets every change of its practice exactly once (pull relies
 * on a later change never getting a lower seq than one already visible), and a checkpoint taken before
 * the per-practice sequences existed stays valid.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncChange } from '../../src/domain';
import { migrate } from '../src/store/migrate';
import {
  addPracticeDirectly,
  addPracticeRows,
  DATABASES,
  inviteMember,
  setUpPractice,
  signIn,
  startTestServer,
  type TestServer,
} from './harness';
import { Device, patientData } from './mutations';

/** Pushes `batches` pushes of `perBatch` new patients from one device, one after the other. */
async function pushPatients(device: Device, batches: number, perBatch: number): Promise<string[]> {
  const ids: string[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const mutations = Array.from({ length: perBatch }, () => {
      const id = randomUUID();
      ids.push(id);
      return device.mutation('patient', id, patientData({ id }), null);
    });
    const reply = await device.push(mutations);
    expect(reply.status).toBe(200);
    expect(reply.body.results.every((result) => result.status === 'applied')).toBe(true);
  }
  return ids;
}

/** A device's pull loop: pages from its checkpoint; fails when a change is not after the checkpoint. */
class Puller {
  readonly changes: SyncChange[] = [];

  constructor(
    private readonly device: Device,
    public checkpoint = 0,
  ) {}

  /** Pulls until the server has no more pages for now, or `maxPages` pages. */
  async catchUp(limit = 4, maxPages = Infinity): Promise<void> {
    for (let page = 0; page < maxPages; page += 1) {
      const reply = await this.device.pull(this.checkpoint, limit);
      expect(reply.status).toBe(200);
      let lastSeq = this.checkpoint;
      for (const change of reply.body.changes) {
        expect(change.seq).toBeGreaterThan(lastSeq);
        lastSeq = change.seq;
        this.changes.push(change);
      }
      // The last page may move past numbers a push reserved and did not use: never behind its changes.
      if (reply.body.hasMore) expect(reply.body.next).toBe(lastSeq);
      else expect(reply.body.next).toBeGreaterThanOrEqual(lastSeq);
      this.checkpoint = reply.body.next;
      if (!reply.body.hasMore) return;
    }
  }
}

describe.each(DATABASES)('per-practice change sequence on %s', (kind) => {
  let server: TestServer;
  afterEach(() => server.close());

  it('gives a device pulling during concurrent pushes of several practices every change once', async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    const colleagues = await Promise.all(
      ['huisarts@delinde.nl', 'tweede@delinde.nl'].map(
        async (email) => (await inviteMember(server, beheerder, 'huisarts', email)).client,
      ),
    );
    const others = await Promise.all(
      ['De Beuk', 'Het Anker'].map((name, index) =>
        addPracticeDirectly(server, { practiceName: name, email: `gp${index}@other.nl`, role: 'huisarts' }),
      ),
    );
    const ownDevices = [beheerder, ...colleagues].map((client) => new Device(client));
    const otherDevices = others.map(({ client }) => new Device(client));
    const puller = new Puller(new Device(beheerder)); // a device of its own, with the same account

    const pushing = { isOn: true };
    const pushes = Promise.all([
      ...ownDevices.map((device) => pushPatients(device, 4, 2)),
      ...otherDevices.map((device) => pushPatients(device, 4, 2)),
    ]).finally(() => {
      pushing.isOn = false;
    });
    let pullsDuringPushes = 0;
    while (pushing.isOn) {
      await puller.catchUp();
      pullsDuringPushes += 1;
      // Lets the pushes' timers and I/O run: a pull at head may finish without leaving the microtask queue.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const pushed = await pushes;
    await puller.catchUp();

    const ownIds = pushed.slice(0, ownDevices.length).flat();
    const pulledIds = puller.changes.map((change) => change.recordId);
    expect(pullsDuringPushes).toBeGreaterThan(1);
    expect(pulledIds).toHaveLength(ownIds.length);
    expect(new Set(pulledIds)).toEqual(new Set(ownIds));

    // Each practice numbers from 1: another practice's pushes never move its numbers.
    const firsts = await server.db.query<{ first: number | string }>(
      'SELECT min(seq) AS first FROM records GROUP BY practice_id',
    );
    expect(firsts.map((row) => Number(row.first))).toEqual([1, 1, 1]);
  });

  it('moves a device at head past numbers a push reserved but did not use, and misses nothing after', async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    const colleague = (await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl')).client;
    const [first] = await pushPatients(new Device(colleague), 1, 1);
    const device = new Device(beheerder);

    const caughtUp = await device.pull(0);
    const [{ value: head } = { value: 0 }] = await server.db.query<{ value: number | string }>(
      'SELECT value FROM practice_sequences',
    );
    expect(caughtUp.body.changes.map((change) => change.recordId)).toEqual([first]);
    expect(Number(head)).toBeGreaterThan(caughtUp.body.changes[0]?.seq ?? 0);
    expect(caughtUp.body.next).toBe(Number(head));

    const atHead = await device.pull(caughtUp.body.next);
    expect(atHead.body).toMatchObject({ changes: [], next: Number(head), hasMore: false, remaining: 0 });

    const [second] = await pushPatients(new Device(colleague), 1, 1);
    const after = await device.pull(atHead.body.next);
    expect(after.body.changes.map((change) => change.recordId)).toEqual([second]);
  });

  it('answers a pull at head with one question to the database: the head comes with the session', async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    const device = new Device(beheerder);
    // Before its first push a practice has no sequence row: its head is 0.
    expect((await device.pull(0)).body).toMatchObject({ changes: [], next: 0, hasMore: false });
    await pushPatients(device, 1, 2);
    const caughtUp = await device.pull(0);
    expect(caughtUp.body.changes).toHaveLength(2);

    const queries = vi.spyOn(server.db, 'query');
    const atHead = await device.pull(caughtUp.body.next);
    expect(atHead.body).toMatchObject({ changes: [], next: caughtUp.body.next, hasMore: false });
    expect(queries.mock.calls.map(([sql]) => sql)).toEqual([
      expect.stringContaining('WHERE s.token_hash = ANY($1::text[])'),
    ]);
  });

  it('keeps a checkpoint taken before the per-practice sequences: no re-download, nothing missed', async () => {
    server = await startTestServer(kind, {}, { migrateBefore: '008' });
    const gpA = await setUpPractice(server);
    // Signed in after the migration: sign-in reads tables of later ones (two-factor 010, attempts 013).
    const { practiceId: practiceB } = await addPracticeRows(server.db, {
      practiceName: 'De Beuk',
      email: 'gp@debeuk.nl',
      role: 'huisarts',
    });
    const [{ id: practiceA } = { id: '' }] = await server.db.query<{ id: string }>(
      'SELECT id FROM practices WHERE id <> $1',
      [practiceB],
    );
    // As the old server numbered them: one global sequence, the two practices' changes interleaved.
    const old = [practiceA, practiceB, practiceA, practiceB, practiceA, practiceB].map((practiceId, i) => ({
      practiceId,
      id: randomUUID(),
      seq: i + 1,
    }));
    for (const { practiceId, id, seq } of old) {
      await server.db.query(
        `INSERT INTO records (practice_id, entity, record_id, rev, group_revs, data, patient_id, seq, updated_at)
         VALUES ($1, 'patient', $2, 1, '{}'::jsonb, $3::jsonb, $2, $4, now())`,
        [practiceId, id, JSON.stringify(patientData({ id })), seq],
      );
    }
    await server.db.query('UPDATE sync_sequence SET value = 6');
    // Checkpoints as the old server's pull left them (today's pull needs the later migrations' columns).
    const deviceA = new Puller(new Device(gpA), 3); // had seen seq 1 and 3

    await migrate(server.db);
    const gpB = await signIn(server, 'gp@debeuk.nl');
    const deviceB = new Puller(new Device(gpB), 4); // had seen seq 2 and 4
    const [newA] = await pushPatients(new Device(gpA), 1, 1);
    const [newB] = await pushPatients(new Device(gpB), 1, 1);
    await deviceA.catchUp();
    await deviceB.catchUp();

    expect(deviceA.changes.map((change) => change.recordId)).toEqual([old[4]?.id, newA]);
    expect(deviceB.changes.map((change) => change.recordId)).toEqual([old[5]?.id, newB]);
    expect(deviceA.changes.at(-1)?.seq).toBe(7);
    expect(deviceB.changes.at(-1)?.seq).toBe(7);
  });
});
