/**
 * A push that repeats changes the server already applied (a retry whose answer was lost) together with
 * new ones. The push reads the device, the records and the BSN holders for all of its changes in one
 * statement, before it knows which are replays (push.ts): the replays must still only give their stored
 * outcomes, and only the new changes may be judged, written and audited.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { Device, patientData, uniqueBsn } from './mutations';

describe.each(DATABASES)('replays pushed again with new changes, on %s', (kind) => {
  let server: TestServer;
  let gp: TestClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    gp = await setUpPractice(server);
  });
  afterAll(() => server.close());

  /** How many outcomes, audit rows and versions the server holds: what a push writes. */
  const written = async () => {
    const [row] = await server.db.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM sync_mutations) AS outcomes, (SELECT count(*) FROM audit_log) AS audits,
              (SELECT count(*) FROM record_versions) AS versions`,
    );
    return row;
  };

  it('refuses a new patient with the BSN that a replayed patient of the same push holds', async () => {
    const device = new Device(gp);
    const bsn = uniqueBsn();
    const first = device.mutation('patient', randomUUID(), patientData({ bsn }), null);
    const stored = await device.push([first]);
    expect(stored.body.results[0]).toMatchObject({ status: 'applied' });

    const second = device.mutation('patient', randomUUID(), patientData({ bsn }), null);
    const reply = await device.push([first, second]);
    expect(reply.body.results).toEqual([
      stored.body.results[0],
      { mutationId: second.mutationId, status: 'rejected', reason: 'duplicateBsn' },
    ]);
  });

  it('gives a BSN a replayed deletion freed to a new patient, and lets the owner send its own BSN again', async () => {
    const device = new Device(gp);
    const bsn = uniqueBsn();
    const deletedId = randomUUID();
    const created = device.mutation('patient', deletedId, patientData({ bsn }), null);
    const deleted = device.mutation('patient', deletedId, {}, 1, 'delete');
    const stored = await device.push([created, deleted]);
    expect(stored.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const taker = device.mutation('patient', randomUUID(), patientData({ bsn }), null);
    const reply = await device.push([created, deleted, taker]);
    expect(reply.body.results.slice(0, 2)).toEqual(stored.body.results);
    expect(reply.body.results[2]).toMatchObject({ status: 'applied' });

    const ownerId = randomUUID();
    const ownBsn = uniqueBsn();
    const owner = device.mutation('patient', ownerId, patientData({ bsn: ownBsn }), null);
    const ownerStored = await device.push([owner]);
    const edit = device.mutation('patient', ownerId, { bsn: ownBsn, treatingGp: 'dr. J. Visser' }, 1);
    const edited = await device.push([owner, edit]);
    expect(edited.body.results).toEqual([
      ownerStored.body.results[0],
      { mutationId: edit.mutationId, status: 'applied', rev: 2 },
    ]);
  });

  it('writes nothing for a push of replays alone, nor for one whose new change leaves a gap', async () => {
    const device = new Device(gp);
    const first = device.mutation('patient', randomUUID(), patientData(), null);
    await device.push([first]);
    const before = await written();

    const replay = await device.push([first]);
    expect(replay.status).toBe(200);
    device.mutation('patient', randomUUID(), patientData(), null); // number 2, never sent
    const third = device.mutation('patient', randomUUID(), patientData(), null);
    const gap = await device.push([first, third]);
    expect(gap.status).toBe(409);
    expect(gap.body).toMatchObject({ code: 'counterGap' });

    expect(await written()).toEqual(before);
    const [client] = await server.db.query<{ last_counter: number }>(
      'SELECT last_counter FROM sync_clients WHERE client_id = $1',
      [device.clientId],
    );
    expect(client?.last_counter).toBe(1);
  });

  it('keeps every version once when a clash in the middle of a push writes the records so far', async () => {
    const other = new Device(gp);
    const device = new Device(gp);
    const clashing = randomUUID();
    await other.push([other.mutation('patient', clashing, patientData(), null)]);
    await other.push([other.mutation('patient', clashing, { treatingGp: 'dr. A. de Wit' }, 1)]);
    const ownId = randomUUID();
    const own = device.mutation('patient', ownId, patientData(), null);
    await device.push([own]);

    const reply = await device.push([
      own,
      device.mutation('patient', ownId, { diagnosisText: 'COPD' }, 1),
      device.mutation('patient', clashing, { treatingGp: 'dr. B. Bos' }, 1),
      device.mutation('patient', clashing, { diagnosisText: 'hartfalen' }, 1),
      device.mutation('patient', ownId, { diagnosisText: 'COPD GOLD IV' }, 2),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'conflict',
      'applied',
      'applied',
    ]);
    const versions = (recordId: string) =>
      server.db.query<{ rev: number }>('SELECT rev FROM record_versions WHERE record_id = $1 ORDER BY rev', [
        recordId,
      ]);
    expect((await versions(clashing)).map((v) => v.rev)).toEqual([1, 2, 3, 4]);
    expect((await versions(ownId)).map((v) => v.rev)).toEqual([1, 2, 3]);
    const [current] = await server.db.query<{ rev: number; data: { diagnosisText: string } }>(
      'SELECT rev, data FROM records WHERE record_id = $1',
      [ownId],
    );
    expect(current).toMatchObject({ rev: 3, data: { diagnosisText: 'COPD GOLD IV' } });
  });
});
