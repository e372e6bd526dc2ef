/**
 * Issue 14: one BSN names one patient within a practice. Two devices can each register the same person
 * offline; the server refuses the second as `duplicateBsn`, never storing it, never logging the BSN.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncChange } from '../../src/domain';
import { buildSql } from '../src/store/sql';
import { bsnHoldersQuery } from '../src/sync/bsn-guard';
import {
  addPracticeDirectly,
  DATABASES,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { Device, patientData, uniqueBsn } from './mutations';

const REFUSED = { status: 'rejected', reason: 'duplicateBsn' };
const APPLIED = { status: 'applied' };

describe.each(DATABASES)('one BSN per patient within a practice on %s', (kind) => {
  let server: TestServer;
  let gp: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    gp = await setUpPractice(server);
  });
  afterAll(() => server.close());

  /** A new patient with `bsn`, pushed by a device of its own; returns its id. */
  async function registered(bsn: string): Promise<string> {
    const device = new Device(gp);
    const id = randomUUID();
    const reply = await device.push([device.mutation('patient', id, patientData({ bsn }), null)]);
    expect(reply.body.results[0]).toMatchObject(APPLIED);
    return id;
  }

  const stored = async (id: string) => (await gp.get<SyncChange>(`/api/records/patient/${id}`)).body;

  it('refuses a new patient whose BSN another patient holds, and stores nothing of it', async () => {
    const bsn = uniqueBsn();
    await registered(bsn);
    const device = new Device(gp);
    const second = randomUUID();
    const reply = await device.push([
      device.mutation('patient', second, patientData({ familyName: 'Tweede', bsn }), null),
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results[0]).toMatchObject(REFUSED);
    expect((await gp.get(`/api/records/patient/${second}`)).status).toBe(404);
  });

  it('refuses a change to a BSN another patient holds; the patient keeps its own', async () => {
    const taken = uniqueBsn();
    const own = uniqueBsn();
    await registered(taken);
    const id = await registered(own);
    const device = new Device(gp);
    const reply = await device.push([device.mutation('patient', id, { bsn: taken }, 1)]);
    expect(reply.body.results[0]).toMatchObject(REFUSED);
    expect(await stored(id)).toMatchObject({ rev: 1, data: { bsn: own } });
  });

  it('takes an edit of a patient that sends its own BSN again', async () => {
    const bsn = uniqueBsn();
    const id = await registered(bsn);
    const device = new Device(gp);
    const reply = await device.push([device.mutation('patient', id, { bsn, diagnosisText: 'Hartfalen' }, 1)]);
    expect(reply.body.results[0]).toMatchObject(APPLIED);
  });

  it('refuses the second of two new patients with one BSN in the same push', async () => {
    const bsn = uniqueBsn();
    const device = new Device(gp);
    const [first, second] = [randomUUID(), randomUUID()];
    const reply = await device.push([
      device.mutation('patient', first, patientData({ bsn }), null),
      device.mutation('patient', second, patientData({ familyName: 'Tweede', bsn }), null),
    ]);
    expect(reply.body.results).toEqual([expect.objectContaining(APPLIED), expect.objectContaining(REFUSED)]);
    expect((await gp.get(`/api/records/patient/${second}`)).status).toBe(404);
  });

  it('takes a BSN that an earlier change in the same push gave up', async () => {
    const bsn = uniqueBsn();
    const id = await registered(bsn);
    const device = new Device(gp);
    const reply = await device.push([
      device.mutation('patient', id, { bsn: uniqueBsn() }, 1),
      device.mutation('patient', randomUUID(), patientData({ bsn }), null),
    ]);
    expect(reply.body.results).toEqual([expect.objectContaining(APPLIED), expect.objectContaining(APPLIED)]);
  });

  it("frees a deleted patient's BSN for a new patient", async () => {
    const bsn = uniqueBsn();
    const id = await registered(bsn);
    const device = new Device(gp);
    const removed = await device.push([
      device.mutation('patient', id, { deletedAt: '2026-11-23T10:00:00.000Z' }, 1, 'delete'),
    ]);
    expect(removed.body.results[0]).toMatchObject(APPLIED);
    const again = await device.push([device.mutation('patient', randomUUID(), patientData({ bsn }), null)]);
    expect(again.body.results[0]).toMatchObject(APPLIED);
  });

  it('takes the BSN of a patient deleted earlier in the same push', async () => {
    const bsn = uniqueBsn();
    const id = await registered(bsn);
    const device = new Device(gp);
    const reply = await device.push([
      device.mutation('patient', id, { deletedAt: '2026-11-23T10:00:00.000Z' }, 1, 'delete'),
      device.mutation('patient', randomUUID(), patientData({ bsn }), null),
    ]);
    expect(reply.body.results).toEqual([expect.objectContaining(APPLIED), expect.objectContaining(APPLIED)]);
  });

  it('takes a BSN that only a patient of another practice holds', async () => {
    const bsn = uniqueBsn();
    await registered(bsn);
    const other = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'huisarts@oost.nl',
      role: 'huisarts',
    });
    const device = new Device(other.client);
    const reply = await device.push([device.mutation('patient', randomUUID(), patientData({ bsn }), null)]);
    expect(reply.body.results[0]).toMatchObject(APPLIED);
  });

  it('never writes the BSN of a refused patient into the audit log', async () => {
    const bsn = uniqueBsn();
    await registered(bsn);
    const device = new Device(gp);
    const reply = await device.push([device.mutation('patient', randomUUID(), patientData({ bsn }), null)]);
    expect(reply.body.results[0]).toMatchObject(REFUSED);
    const hits = await server.db.query('SELECT id FROM audit_log a WHERE position($1 in a::text) > 0', [bsn]);
    expect(hits).toEqual([]);
  });

  it('has an index that serves the lookup of who holds a BSN (migration 009)', async () => {
    // With sequential scans priced out, the plan shows whether the partial index matches the lookup's shape.
    const plan = await server.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const { text, values } = buildSql(bsnHoldersQuery(randomUUID(), [uniqueBsn()]));
      return tx.query<Record<string, string>>(`EXPLAIN ${text}`, values);
    });
    expect(plan.map((row) => Object.values(row).join(' ')).join('\n')).toContain('records_patient_bsn');
  });
});
