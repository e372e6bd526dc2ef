/**
 * Records carry their evolution (src/domain/record-evolution.ts): a device of an older protocol version,
 * within the window the server accepts, still pushes and pulls, and rows an older server stored are read in
 * the current shape. Proved with the care plan's mantelzorgDiscussedOn (version 8).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlanSchema, MIN_CLIENT_SCHEMA_VERSION, type SyncChange } from '../../src/domain';
import { completePlan } from '../../src/domain/care-plan/care-plan.fixtures';
import { migrate } from '../src/store/migrate';
import { DATABASES, setUpPractice, startTestServer, type TestServer } from './harness';
import { Device, patientData } from './mutations';

type Row = Record<string, unknown>;
const VERSION_7 = 7;

/** A complete plan as a version-7 device holds it: without the field version 8 added. */
function planOfVersion7(patientId: string, overrides: Row = {}): Row {
  const plan = carePlanSchema.parse(
    completePlan({ id: patientId as never, patientId: patientId as never, ...overrides }),
  ) as Row;
  const { mantelzorgDiscussedOn: _added, ...old } = plan;
  return old;
}

describe.each(DATABASES)('records of an older shape on %s', (kind) => {
  let server: TestServer;
  let current: Device;
  let old: Device;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const client = await setUpPractice(server);
    current = new Device(client);
    old = new Device(client);
  });
  afterAll(() => server.close());

  async function storedPlan(patientId: string): Promise<Row | undefined> {
    const reply = await current.client.get<SyncChange>(`/api/records/carePlan/${patientId}`);
    return reply.status === 200 ? reply.body.data : undefined;
  }

  it('is a window: version 7 is still accepted', () => {
    expect(MIN_CLIENT_SCHEMA_VERSION).toBeLessThanOrEqual(VERSION_7);
  });

  it("accepts a version-7 device's new plan and stores it migrated", async () => {
    const patientId = randomUUID();
    const reply = await old.push(
      [
        old.mutation('patient', patientId, patientData(), null),
        old.mutation('carePlan', patientId, planOfVersion7(patientId), null),
      ],
      VERSION_7,
    );
    expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect(await storedPlan(patientId)).toMatchObject({ mantelzorgDiscussedOn: null });
  });

  it('refuses the same plan from a current device, which must send the field', async () => {
    const patientId = randomUUID();
    const reply = await current.push([
      current.mutation('patient', patientId, patientData(), null),
      current.mutation('carePlan', patientId, planOfVersion7(patientId), null),
    ]);
    expect(reply.body.results[1]).toMatchObject({ status: 'rejected', reason: 'invalid' });
  });

  it('keeps the date a current device recorded when a version-7 device edits the plan', async () => {
    const patientId = randomUUID();
    const plan = { ...planOfVersion7(patientId), mantelzorgDiscussedOn: '2026-11-12' };
    const created = await current.push([
      current.mutation('patient', patientId, patientData(), null),
      current.mutation('carePlan', patientId, plan, null),
    ]);
    const rev = created.body.results[1]?.status === 'applied' ? created.body.results[1].rev : null;
    expect(rev).not.toBeNull();
    const edit = await old.push(
      [old.mutation('carePlan', patientId, { mantelzorgSummary: 'EDIZ 4' }, rev)],
      VERSION_7,
    );
    expect(edit.body.results[0]?.status).toBe('applied');
    expect(await storedPlan(patientId)).toMatchObject({
      mantelzorgSummary: 'EDIZ 4',
      mantelzorgDiscussedOn: '2026-11-12',
    });
  });

  it('lets a version-7 device pull, and tells every device the shape of what it sends', async () => {
    const reply = await old.client.get<{ schemaVersion?: number; changes: SyncChange[] }>(
      `/api/sync/pull?since=0&limit=500&schemaVersion=${VERSION_7}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.schemaVersion).toBe(8);
    const plans = reply.body.changes.filter((change) => change.entity === 'carePlan');
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan.data).toHaveProperty('mantelzorgDiscussedOn');
  });

  it('reads the plans and saved versions an older server stored in the current shape', async () => {
    const patientId = randomUUID();
    const versionId = randomUUID();
    const plan: Row = { ...planOfVersion7(patientId), mantelzorgDiscussedOn: null };
    await current.push([
      current.mutation('patient', patientId, patientData(), null),
      current.mutation('carePlan', patientId, plan, null),
      current.mutation(
        'carePlanVersion',
        versionId,
        { carePlanId: patientId, patientId, plan, author: plan.author, savedAt: plan.updatedAt },
        null,
      ),
    ]);
    // The rows as a version-7 server left them: without the field, and no record of their version.
    await server.db.query(
      `UPDATE records SET data = data - 'mantelzorgDiscussedOn' WHERE entity = 'carePlan'`,
    );
    for (const table of ['records', 'record_versions']) {
      await server.db.query(
        `UPDATE ${table} SET data = data #- '{plan,mantelzorgDiscussedOn}' WHERE entity = 'carePlanVersion'`,
      );
    }
    await server.db.query(
      `UPDATE record_versions SET data = data - 'mantelzorgDiscussedOn' WHERE entity = 'carePlan'`,
    );
    await server.db.query('DELETE FROM record_data_versions');
    expect(await storedPlan(patientId)).not.toHaveProperty('mantelzorgDiscussedOn');

    await migrate(server.db);

    expect(await storedPlan(patientId)).toMatchObject({ mantelzorgDiscussedOn: null });
    const version = await current.client.get<SyncChange>(`/api/records/carePlanVersion/${versionId}`);
    expect(version.body.data.plan).toMatchObject({ mantelzorgDiscussedOn: null });
    const history = await server.db.query<{ data: Row }>(
      `SELECT data FROM record_versions WHERE entity IN ('carePlan', 'carePlanVersion') AND record_id IN ($1, $2)`,
      [patientId, versionId],
    );
    expect(history.length).toBeGreaterThan(0);
    for (const { data } of history) {
      expect((data.plan as Row | undefined) ?? data).toHaveProperty('mantelzorgDiscussedOn', null);
    }
  });
});
