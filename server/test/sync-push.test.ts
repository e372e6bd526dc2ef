import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, type Conflict } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { Device, patientData } from './mutations';

describe.each(DATABASES)('sync push on %s', (kind) => {
  let server: TestServer;
  let poh: TestClient;
  let gp: TestClient;
  let gpUserId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    poh = await setUpPractice(server);
    const invited = await inviteMember(server, poh, 'huisarts', 'huisarts@delinde.nl');
    gp = invited.client;
    gpUserId = invited.session.user.id;
  });
  afterAll(() => server.close());

  it('applies a new record and returns it on pull with its revision', async () => {
    const device = new Device(poh);
    const id = randomUUID();
    const reply = await device.push([device.mutation('patient', id, patientData(), null)]);
    expect(reply.status).toBe(200);
    expect(reply.body.results).toEqual([expect.objectContaining({ status: 'applied', rev: 1 })]);
    const pulled = await new Device(gp).pull();
    expect(pullResponseSchema.safeParse(pulled.body).success).toBe(true);
    const change = pulled.body.changes.find((c) => c.recordId === id);
    expect(change).toMatchObject({
      entity: 'patient',
      rev: 1,
      isDeleted: false,
      data: { id, familyName: 'Berg' },
    });
  });

  it('answers a replayed push with the stored outcome and applies it once', async () => {
    const device = new Device(poh);
    const id = randomUUID();
    const mutation = device.mutation('patient', id, patientData(), null);
    const first = await device.push([mutation]);
    // The response was lost; the device sends the same mutation again.
    const replay = await device.push([mutation]);
    expect(replay.body.results).toEqual(first.body.results);
    const versions = await server.db.query('SELECT rev FROM record_versions WHERE record_id = $1', [id]);
    expect(versions).toHaveLength(1);
  });

  it('closes the open conflicts of a record when it is deleted, so no device offers a choice the server refuses', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    await a.push([a.mutation('patient', id, { contactPhone: '06 11111111' }, 1)]);
    const clash = await b.push([b.mutation('patient', id, { contactPhone: '06 22222222' }, 1)]);
    expect(clash.body.results[0]).toMatchObject({ status: 'conflict' });
    const [conflictId] = (clash.body.results[0] as { conflictIds: string[] }).conflictIds;

    const deleted = await a.push([a.mutation('patient', id, {}, 2, 'delete')]);
    expect(deleted.body.results[0]).toMatchObject({ status: 'applied' });

    const [row] = await server.db.query<{ data: Conflict }>(
      "SELECT data FROM records WHERE entity = 'conflict' AND record_id = $1",
      [conflictId],
    );
    expect(row?.data).toMatchObject({ status: 'resolved', resolvedBy: { role: 'huisarts' } });
  });

  it('refuses a batch after a counter gap and applies none of it', async () => {
    const device = new Device(poh);
    const kept = device.mutation('patient', randomUUID(), patientData(), null);
    device.mutation('patient', randomUUID(), patientData(), null); // made, then lost on the device
    const afterGap = device.mutation('patient', randomUUID(), patientData(), null);
    const reply = await device.push([kept, afterGap]);
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'counterGap', expectedCounter: 2 });
    const rows = await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [kept.recordId]);
    expect(rows).toHaveLength(0);
  });

  it('merges edits to different field groups and keeps a conflict for the same group', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    // Both start from revision 1, offline.
    const aEdit = await a.push([a.mutation('patient', id, { contactPhone: '06 11111111' }, 1)]);
    const bOther = await b.push([b.mutation('patient', id, { diagnosisText: 'COPD met hartfalen' }, 1)]);
    const bSame = await b.push([b.mutation('patient', id, { contactPhone: '06 22222222' }, 1)]);
    expect(aEdit.body.results[0]?.status).toBe('applied');
    expect(bOther.body.results[0]?.status).toBe('applied');
    expect(bSame.body.results[0]).toMatchObject({ status: 'conflict', conflictIds: [expect.any(String)] });

    const pulled = await b.pull();
    const patient = pulled.body.changes.find((c) => c.recordId === id);
    expect(patient?.data).toMatchObject({ contactPhone: '06 11111111', diagnosisText: 'COPD met hartfalen' });
    const conflict = pulled.body.changes.find(
      (c) => c.entity === 'conflict' && (c.data as Conflict).recordId === id,
    )?.data as Conflict;
    expect(conflict).toMatchObject({ entity: 'patient', recordId: id, group: 'contact', status: 'open' });
    expect(conflict.original).toMatchObject({ contactPhone: '06 12345678' });
    expect(conflict.candidates.map((c) => [c.value.contactPhone, c.author.role])).toEqual([
      // The beheerder of the practice is also its huisarts and acts in that role.
      ['06 11111111', 'huisarts'],
      ['06 22222222', 'huisarts'],
    ]);
  });

  it('does not call the same value from two devices a conflict', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    await a.push([a.mutation('patient', id, { treatingGp: 'Dr. Jansen' }, 1)]);
    const reply = await b.push([b.mutation('patient', id, { treatingGp: 'Dr. Jansen' }, 1)]);
    expect(reply.body.results[0]?.status).toBe('applied');
  });

  it('resolves a conflict with an ordinary mutation naming it, visible to every device', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    await a.push([a.mutation('patient', id, { treatingGp: 'Dr. A' }, 1)]);
    const clash = await b.push([b.mutation('patient', id, { treatingGp: 'Dr. B' }, 1)]);
    const [conflictId] = (clash.body.results[0] as { conflictIds: string[] }).conflictIds;
    const resolution = await b.push([
      b.mutation('patient', id, { treatingGp: 'Dr. B', $resolvesConflict: conflictId }, 2),
    ]);
    expect(resolution.body.results[0]?.status).toBe('applied');
    const pulled = await a.pull();
    expect(pulled.body.changes.find((c) => c.recordId === id)?.data.treatingGp).toBe('Dr. B');
    expect(pulled.body.changes.find((c) => c.recordId === conflictId)?.data).toMatchObject({
      status: 'resolved',
      resolvedBy: { role: 'huisarts' },
    });
    const again = await a.push([
      a.mutation('patient', id, { treatingGp: 'Dr. A', $resolvesConflict: conflictId }, 3),
    ]);
    expect(again.body.results[0]).toMatchObject({ status: 'rejected', reason: 'conflictClosed' });
  });

  it('rejects an edit of a record another device deleted, and a stale delete, with a reason', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const deleted = randomUUID();
    await a.push([a.mutation('patient', deleted, patientData(), null)]);
    await a.push([a.mutation('patient', deleted, { deletedAt: '2026-11-23T10:00:00.000Z' }, 1, 'delete')]);
    const edit = await b.push([b.mutation('patient', deleted, { diagnosisText: 'Longkanker' }, 1)]);
    expect(edit.body.results[0]).toMatchObject({ status: 'rejected', reason: 'recordDeleted' });

    const edited = randomUUID();
    await a.push([a.mutation('patient', edited, patientData(), null)]);
    await a.push([a.mutation('patient', edited, { diagnosisText: 'Longkanker' }, 1)]);
    const staleDelete = await b.push([
      b.mutation('patient', edited, { deletedAt: '2026-11-23T10:00:00.000Z' }, 1, 'delete'),
    ]);
    expect(staleDelete.body.results[0]).toMatchObject({ status: 'rejected', reason: 'changedSinceRead' });
  });

  it('rejects a change that breaks the schema and writes nothing of it', async () => {
    const device = new Device(poh);
    const id = randomUUID();
    const reply = await device.push([
      device.mutation('patient', id, patientData({ bsn: '123456789' }), null),
    ]);
    expect(reply.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
      issues: [{ path: 'bsn', code: 'bsn.invalid' }],
    });
    expect(await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [id])).toHaveLength(0);
  });

  it('gives concurrent pushes distinct sequence numbers in commit order, so no pull skips one', async () => {
    const devices = Array.from({ length: 8 }, () => new Device(poh));
    const start = (await new Device(poh).pull(0, 1000)).body.next;
    await Promise.all(
      devices.map((d) =>
        d.push([
          d.mutation('patient', randomUUID(), patientData(), null),
          d.mutation('patient', randomUUID(), patientData(), null),
        ]),
      ),
    );
    const seen: number[] = [];
    let since = start;
    for (let page = 0; page < 20; page += 1) {
      const reply = await new Device(poh).pull(since, 3);
      seen.push(...reply.body.changes.map((c) => c.seq));
      since = reply.body.next;
      if (!reply.body.hasMore) break;
    }
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it("refuses a device id another account of the practice registered: the device's data is that account's", async () => {
    const device = new Device(poh);
    expect((await device.push([device.mutation('patient', randomUUID(), patientData(), null)])).status).toBe(
      200,
    );
    const sameId = Object.assign(new Device(gp), { clientId: device.clientId });
    const reply = await sameId.push([sameId.mutation('patient', randomUUID(), patientData(), null)]);
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('clientMismatch');
  });

  it('keeps devices and their outcomes per practice: the same device id in another practice is another device', async () => {
    const device = new Device(poh);
    const ours = device.mutation('patient', randomUUID(), patientData(), null);
    expect((await device.push([ours])).body.results).toEqual([
      expect.objectContaining({ status: 'applied' }),
    ]);
    const other = await addPracticeDirectly(server, {
      practiceName: 'De Beuk',
      email: `poh-${randomUUID()}@debeuk.nl`,
      role: 'poh',
    });
    const theirs = Object.assign(new Device(other.client), { clientId: device.clientId });
    // Even the same mutation id: another practice's outcome is not replayed to it.
    const mutation = {
      ...theirs.mutation('patient', randomUUID(), patientData(), null),
      mutationId: ours.mutationId,
    };
    const reply = await theirs.push([mutation]);
    expect(reply.body.results).toEqual([expect.objectContaining({ status: 'applied', rev: 1 })]);
    const rows = await server.db.query<{ practice_id: string }>(
      'SELECT practice_id FROM sync_mutations WHERE mutation_id = $1 ORDER BY practice_id',
      [ours.mutationId],
    );
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.practice_id)).toContain(other.practiceId);
  });

  it('answers 426 to a client that is too old', async () => {
    const device = new Device(poh);
    const reply = await device.push([device.mutation('patient', randomUUID(), patientData(), null)], 1);
    expect(reply.status).toBe(426);
    expect(reply.body).toMatchObject({ code: 'clientTooOld' });
  });

  it('takes the author from the session, not from the payload', async () => {
    const device = new Device(gp);
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData(), null)]);
    const eventId = randomUUID();
    await device.push([
      device.mutation(
        'markingEvent',
        eventId,
        {
          patientId,
          kind: 'colour',
          colour: 'red',
          date: '2026-11-20',
          author: { name: 'Iemand Anders', role: 'beheerder' },
          recordedAt: '2026-11-23T09:00:00.000Z',
          deletedAt: null,
        },
        null,
      ),
    ]);
    const pulled = await device.pull();
    expect(pulled.body.changes.find((c) => c.recordId === eventId)?.data).toMatchObject({
      author: { userId: gpUserId, name: 'Collega huisarts', role: 'huisarts' },
      // The server's receipt time, not the time the device claimed; the device's own clock kept apart.
      recordedAt: server.clock.now.toISOString(),
    });
  });
});
