import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncChange } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { AT, Device, patientData, uniqueBsn } from './mutations';

const markingEventData = (patientId: string) => ({
  patientId,
  kind: 'colour',
  colour: 'red',
  date: '2026-11-20',
  author: { name: 'Wordt overschreven', role: 'huisarts' },
  recordedAt: AT,
  deletedAt: null,
});

const idsOf = (changes: SyncChange[]) => changes.map((change) => change.recordId);

describe.each(DATABASES)('access between practices on %s', (kind) => {
  let server: TestServer;
  let practiceOne: TestClient;
  let practiceTwo: { client: TestClient; practiceId: string; userId: string };
  /** Practice 1's patient, with its BSN. */
  const patientId = randomUUID();
  const bsn = uniqueBsn();

  beforeAll(async () => {
    server = await startTestServer(kind);
    practiceOne = await setUpPractice(server);
    const device = new Device(practiceOne);
    const pushed = await device.push([device.mutation('patient', patientId, patientData({ bsn }), null)]);
    expect(pushed.body.results[0]?.status).toBe('applied');
    practiceTwo = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'huisarts@oost.nl',
      role: 'huisarts',
    });
  });
  afterAll(() => server.close());

  it("never pulls another practice's records", async () => {
    const device = new Device(practiceTwo.client);
    const own = randomUUID();
    await device.push([device.mutation('patient', own, patientData({ familyName: 'Oosterhuis' }), null)]);
    const pulled = await device.pull();
    expect(pulled.status).toBe(200);
    expect(idsOf(pulled.body.changes)).toEqual([own]);
  });

  it("answers 404 for another practice's record exactly as for an id that does not exist", async () => {
    const strange = await practiceTwo.client.get(`/api/records/patient/${patientId}`);
    const missing = await practiceTwo.client.get(`/api/records/patient/${randomUUID()}`);
    expect(strange.status).toBe(404);
    expect(strange.body).toEqual(missing.body);
    expect(strange.headers['content-type']).toEqual(missing.headers['content-type']);
    // The id is real: its own practice reads it.
    expect((await practiceOne.get(`/api/records/patient/${patientId}`)).status).toBe(200);
  });

  it("keeps a record with the same id in each practice apart, and never changes the other's copy", async () => {
    const device = new Device(practiceTwo.client);
    const created = await device.push([
      device.mutation('patient', patientId, patientData({ familyName: 'Dubbel', bsn: null }), null),
    ]);
    // Revision 1: practice 2 starts its own record, it does not see practice 1's.
    expect(created.body.results[0]).toMatchObject({ status: 'applied', rev: 1 });
    const edit = await device.push([device.mutation('patient', patientId, { treatingGp: 'Dr. Oost' }, 1)]);
    expect(edit.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });
    const remove = await device.push([
      device.mutation('patient', patientId, { deletedAt: '2026-11-23T10:00:00.000Z' }, 2, 'delete'),
    ]);
    expect(remove.body.results[0]).toMatchObject({ status: 'applied' });

    const original = await practiceOne.get<SyncChange>(`/api/records/patient/${patientId}`);
    expect(original.body).toMatchObject({
      rev: 1,
      isDeleted: false,
      data: { familyName: 'Berg', treatingGp: 'Dr. P. de Vries', bsn },
    });
    const rows = await server.db.query<{ practice_id: string }>(
      'SELECT practice_id FROM records WHERE record_id = $1 ORDER BY practice_id',
      [patientId],
    );
    expect(rows).toHaveLength(2);
  });

  it('takes practice and author from the session, whatever the payload claims', async () => {
    const [practiceOneRow] = await server.db.query<{ id: string }>(
      'SELECT id FROM practices WHERE id <> $1',
      [practiceTwo.practiceId],
    );
    const claims = { practiceId: practiceOneRow?.id, practice_id: practiceOneRow?.id, role: 'beheerder' };
    const device = new Device(practiceTwo.client);
    const patient = randomUUID();
    const event = randomUUID();
    const reply = await device.push([
      device.mutation('patient', patient, patientData({ ...claims }), null),
      device.mutation(
        'markingEvent',
        event,
        { ...markingEventData(patient), ...claims, author: { name: 'Anna Beheer', role: 'beheerder' } },
        null,
      ),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    const stored = await server.db.query<{ practice_id: string; data: Record<string, unknown> }>(
      'SELECT practice_id, data FROM records WHERE record_id = ANY($1::text[])',
      [[patient, event]],
    );
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.practice_id).toBe(practiceTwo.practiceId);
      expect(row.data).not.toHaveProperty('practiceId');
      expect(row.data).not.toHaveProperty('practice_id');
      expect(row.data).not.toHaveProperty('role');
    }
    expect(stored.find((row) => row.data.id === event)?.data.author).toMatchObject({
      name: 'Medewerker Gezondheidscentrum Oost',
      role: 'huisarts',
    });
    const seenByPracticeOne = idsOf((await new Device(practiceOne).pull()).body.changes);
    expect(seenByPracticeOne).not.toContain(patient);
    expect(seenByPracticeOne).not.toContain(event);
  });
});
