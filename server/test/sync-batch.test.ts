/**
 * A push reads and locks all its records at once, applies the mutations in memory in counter order and
 * writes the new copies together. These tests hold it to the outcome of sending the same mutations one
 * push at a time, including several mutations of one record in one push, and to a statement count that
 * does not grow with the number of mutations.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict, Mutation, MutationResult } from '../../src/domain';
import type { Db, Queryable } from '../src/store/db';
import {
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { AT, Device, patientData } from './mutations';

/** A result with conflict ids replaced by the order they first appear in, so two runs compare. */
function comparable(results: MutationResult[]): unknown[] {
  const seen: string[] = [];
  return results.map((result) => {
    const { mutationId: _mutationId, ...rest } = result;
    if (rest.status !== 'conflict') return rest;
    return {
      ...rest,
      conflictIds: rest.conflictIds.map((id) => {
        if (!seen.includes(id)) seen.push(id);
        return `conflict ${seen.indexOf(id)}`;
      }),
    };
  });
}

const CHECKLIST_DEFINITION = {
  id: 'eigen-kaart',
  version: 1,
  kind: 'signals',
  title: 'Eigen signaleringskaart',
  items: [{ type: 'yesNo', id: 'vraag-een', label: 'Is er een signaal?' }],
  scoring: { kind: 'anySignal' },
};

describe.each(DATABASES)('sync push of a batch on %s', (kind) => {
  let server: TestServer;
  let poh: TestClient;
  let gp: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    poh = await setUpPractice(server);
    gp = (await inviteMember(server, poh, 'huisarts', 'huisarts@delinde.nl')).client;
  });
  afterAll(() => server.close());

  const recordOf = async (recordId: string) => {
    const [row] = await server.db.query<{ rev: number; data: Record<string, unknown>; seq: number | string }>(
      'SELECT rev, data, seq FROM records WHERE record_id = $1',
      [recordId],
    );
    return row;
  };
  const revsOf = async (recordId: string) =>
    (
      await server.db.query<{ rev: number }>(
        'SELECT rev FROM record_versions WHERE record_id = $1 ORDER BY rev',
        [recordId],
      )
    ).map((row) => row.rev);
  const conflictsAbout = async (recordId: string) =>
    (
      await server.db.query<{ data: Conflict }>(
        "SELECT data FROM records WHERE entity = 'conflict' AND data->>'recordId' = $1 ORDER BY seq",
        [recordId],
      )
    ).map((row) => row.data);

  /**
   * One scenario: another device changed the contact of a shared patient; this device, still on
   * revision 1, edits it several times (some merge, some clash twice with the same group, one is invalid),
   * creates a new patient and edits that again. `send` pushes the device's mutations.
   */
  async function scenario(send: (device: Device, mutations: Mutation[]) => Promise<MutationResult[]>) {
    const seed = new Device(poh);
    const shared = randomUUID();
    await seed.push([seed.mutation('patient', shared, patientData(), null)]);
    const other = new Device(gp);
    await other.push([other.mutation('patient', shared, { contactPhone: '06 22222222' }, 1)]);

    const device = new Device(poh);
    const created = randomUUID();
    const results = await send(device, [
      device.mutation('patient', shared, { diagnosisText: 'Longkanker' }, 1),
      device.mutation('patient', shared, { contactPhone: '06 33333333' }, 1),
      device.mutation('patient', shared, { contactPhone: '06 44444444', treatingGp: 'Dr. Smit' }, 1),
      device.mutation('patient', shared, { birthDate: '1941-02-30' }, 1),
      device.mutation('patient', created, patientData({ familyName: 'Visser' }), null),
      device.mutation('patient', created, { diagnosisText: 'Hartfalen' }, null),
      device.mutation('patient', shared, { homeCareOrganisation: 'Buurtzorg' }, 1),
    ]);
    // Each run's patients have ids and BSNs of their own (a practice refuses a BSN twice).
    const strip = (data: Record<string, unknown> | undefined) => {
      const { id: _id, bsn: _bsn, ...rest } = data ?? {};
      return rest;
    };
    const conflicts = (await conflictsAbout(shared)).map((conflict) => ({
      group: conflict.group,
      status: conflict.status,
      original: conflict.original,
      candidates: conflict.candidates.map((candidate) => [candidate.value, candidate.author.role]),
    }));
    return {
      results: comparable(results),
      shared: { ...(await recordOf(shared)), seq: undefined, data: strip((await recordOf(shared))?.data) },
      created: { ...(await recordOf(created)), seq: undefined, data: strip((await recordOf(created))?.data) },
      sharedRevs: await revsOf(shared),
      createdRevs: await revsOf(created),
      conflicts,
    };
  }

  it('gives a batch the outcome of sending its mutations one push at a time', async () => {
    const batched = await scenario(async (device, mutations) => (await device.push(mutations)).body.results);
    const oneByOne = await scenario(async (device, mutations) => {
      const results: MutationResult[] = [];
      for (const mutation of mutations) results.push(...(await device.push([mutation])).body.results);
      return results;
    });
    expect(batched).toEqual(oneByOne);
    // And that outcome is the intended one.
    expect(batched.results).toEqual([
      { status: 'applied', rev: 3 },
      // A clash still makes a revision: it carries the server's stamps back to the device.
      { status: 'conflict', rev: 4, conflictIds: ['conflict 0'] },
      // The treating GP merges; the phone clashes again and joins the open conflict.
      { status: 'conflict', rev: 5, conflictIds: ['conflict 0'] },
      { status: 'rejected', reason: 'invalid', issues: [{ path: 'birthDate', code: 'date.invalid' }] },
      { status: 'applied', rev: 1 },
      { status: 'applied', rev: 2 },
      { status: 'applied', rev: 6 },
    ]);
    expect(batched.shared.data).toMatchObject({
      diagnosisText: 'Longkanker',
      contactPhone: '06 22222222',
      treatingGp: 'Dr. Smit',
      birthDate: '1941-05-02',
      homeCareOrganisation: 'Buurtzorg',
    });
    expect(batched.created.data).toMatchObject({ familyName: 'Visser', diagnosisText: 'Hartfalen' });
    expect(batched.sharedRevs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batched.createdRevs).toEqual([1, 2]);
    expect(batched.conflicts).toEqual([
      {
        group: 'contact',
        status: 'open',
        original: expect.objectContaining({ contactPhone: '06 12345678' }) as unknown,
        // The device's second clash replaces its first value: one candidate per device (conflicts.ts).
        candidates: [
          [expect.objectContaining({ contactPhone: '06 22222222' }), 'huisarts'],
          [expect.objectContaining({ contactPhone: '06 44444444' }), 'huisarts'],
        ],
      },
    ]);
  });

  it('applies a batch touching a new and an existing record in counter order, and a pull shows each at its last change', async () => {
    const device = new Device(poh);
    const existing = randomUUID();
    await device.push([device.mutation('patient', existing, patientData(), null)]);
    const before = Number((await recordOf(existing))?.seq);
    const created = randomUUID();
    const reply = await device.push([
      device.mutation('patient', created, patientData({ familyName: 'Nieuw' }), null),
      device.mutation('patient', existing, { treatingGp: 'Dr. Bakker' }, 1),
      device.mutation('patient', created, { treatingGp: 'Dr. Bakker' }, null),
    ]);
    expect(reply.body.results.map((r) => [r.status, 'rev' in r ? r.rev : null])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['applied', 2],
    ]);
    const pulled = await new Device(gp).pull(before, 100);
    const changes = pulled.body.changes.filter((c) => c.recordId === created || c.recordId === existing);
    // A pull shows each record once, at the sequence number of its last change.
    expect(changes.map((c) => [c.recordId, c.rev])).toEqual([
      [existing, 2],
      [created, 2],
    ]);
    expect(changes[1]?.data).toMatchObject({ familyName: 'Nieuw', treatingGp: 'Dr. Bakker' });
    expect(await revsOf(existing)).toEqual([1, 2]);
    expect(await revsOf(created)).toEqual([1, 2]);
  });

  it('rejects an edit of a record deleted earlier in the same batch, and a second delete changes nothing', async () => {
    const device = new Device(poh);
    const id = randomUUID();
    const reply = await device.push([
      device.mutation('patient', id, patientData(), null),
      device.mutation('patient', id, { deletedAt: AT }, null, 'delete'),
      device.mutation('patient', id, { diagnosisText: 'Longkanker' }, null),
      device.mutation('patient', id, { deletedAt: AT }, null, 'delete'),
    ]);
    expect(reply.body.results).toEqual([
      expect.objectContaining({ status: 'applied', rev: 1 }),
      expect.objectContaining({ status: 'applied', rev: 2 }),
      expect.objectContaining({ status: 'rejected', reason: 'recordDeleted' }),
      expect.objectContaining({ status: 'applied', rev: 2 }),
    ]);
    expect(await revsOf(id)).toEqual([1, 2]);
    expect((await recordOf(id))?.data.diagnosisText).toBe('COPD GOLD IV');
  });

  it('answers replays within a batch with their stored outcome and applies the rest', async () => {
    const device = new Device(poh);
    const id = randomUUID();
    const first = device.mutation('patient', id, patientData(), null);
    const second = device.mutation('patient', id, { treatingGp: 'Dr. Smit' }, null);
    const stored = (await device.push([first, second])).body.results;
    const third = device.mutation('patient', id, { treatingGp: 'Dr. Bakker' }, null);
    const reply = await device.push([first, second, third]);
    expect(reply.body.results).toEqual([
      ...stored,
      { mutationId: third.mutationId, status: 'applied', rev: 3 },
    ]);
    expect(await revsOf(id)).toEqual([1, 2, 3]);
  });

  it('reads records by ids that hold quotes, backslashes, commas and braces, and refuses such a definition key', async () => {
    const device = new Device(poh);
    const id = `eigen "kaart"\\,{1} 'é'@1`;
    const reply = await device.push([
      device.mutation('checklistDefinition', id, CHECKLIST_DEFINITION, null),
      device.mutation('checklistDefinition', 'eigen-kaart@1', CHECKLIST_DEFINITION, null),
    ]);
    expect(reply.body.results).toEqual([
      expect.objectContaining({
        status: 'rejected',
        reason: 'invalid',
        issues: [{ path: 'recordId', code: 'checklistDefinition.keyMismatch' }],
      }),
      expect.objectContaining({ status: 'applied', rev: 1 }),
    ]);
    expect(await recordOf(id)).toBeUndefined();
    expect((await recordOf('eigen-kaart@1'))?.data).toMatchObject({ title: 'Eigen signaleringskaart' });
  });

  it('turns one change that clashes in three field groups into three conflicts, not a server error', async () => {
    const a = new Device(poh);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    await a.push([
      a.mutation(
        'patient',
        id,
        { treatingGp: 'Dr. A', diagnosisText: 'Longkanker', homeCareOrganisation: 'A' },
        1,
      ),
    ]);
    // As the app sends it: the changed fields and the bookkeeping updatedAt.
    const reply = await b.push([
      b.mutation(
        'patient',
        id,
        {
          treatingGp: 'Dr. B',
          diagnosisText: 'Hartfalen',
          homeCareOrganisation: 'B',
          updatedAt: '2026-11-23T10:00:00.000Z',
        },
        1,
      ),
    ]);
    expect(reply.status).toBe(200);
    // Every group clashed, so none of its values applies; the record still gets a revision with the server's
    // stamps, which brings every device's copy back to the server's.
    expect(reply.body.results[0]).toMatchObject({ status: 'conflict', rev: 3 });
    expect(new Set((reply.body.results[0] as { conflictIds: string[] }).conflictIds).size).toBe(3);
    expect((await conflictsAbout(id)).map((c) => c.group).sort()).toEqual([
      'diagnosis',
      'homeCare',
      'treatingGp',
    ]);
  });

  it('costs the same few statements for a push of 1 and of 20 mutations', async () => {
    const { db } = server;
    const original = { query: db.query, transaction: db.transaction.bind(db), pushInPlace: db.pushInPlace };
    // Counted on this thread: on PGlite the server runs this same push in its worker (Db.pushInPlace).
    const pushing: { pushInPlace?: Db['pushInPlace'] | undefined } = db;
    pushing.pushInPlace = undefined;
    let statements = 0;
    const counted = (target: Queryable): Queryable => ({
      query: (sql, params) => {
        statements += 1;
        return target.query(sql, params);
      },
    });
    db.query = counted({ query: original.query }).query;
    db.transaction = (work) => original.transaction((tx) => work(counted(tx)));
    const device = new Device(poh);
    const countOne = async (size: number, edits: string[] = []) => {
      const mutations =
        edits.length > 0
          ? edits.map((id) => device.mutation('patient', id, { diagnosisText: `Rev ${size}` }, 1))
          : Array.from({ length: size }, () => device.mutation('patient', randomUUID(), patientData(), null));
      statements = 0;
      const reply = await device.push(mutations);
      expect(reply.body.results.every((r) => r.status === 'applied')).toBe(true);
      return { statements, ids: mutations.map((m) => m.recordId) };
    };
    try {
      await countOne(1); // registers the device
      const one = await countOne(1);
      const twenty = await countOne(20);
      const editTwenty = await countOne(20, twenty.ids);
      expect(twenty.statements).toBe(one.statements);
      expect(editTwenty.statements).toBe(one.statements);
      // The session, the sequence, one statement of reads (the device, the records, the BSNs' holders)
      // and one of writes (the records and versions, the outcomes, the audit and the device's counter).
      expect(one.statements).toBeLessThanOrEqual(4);
    } finally {
      db.query = original.query;
      db.transaction = original.transaction;
      pushing.pushInPlace = original.pushInPlace;
    }
  });
});
