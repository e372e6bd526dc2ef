import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { carePlanSchema, type CarePlan, type PullResponse } from '../domain';
import { completePlan } from '../domain/care-plan/care-plan.fixtures';
import { readRawTables } from '../test/raw-database';
import { getCarePlan, listCarePlanVersions } from './care-plan-queries';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  TijdigDb,
  type OutboxRow,
} from './database';
import { RECORD_VERSION_FIELD } from './encryption';
import { applyPulledChanges } from './pulled-pages';
import { pendingMutations } from './sync-repository';

type Row = Record<string, unknown>;

const names: string[] = [];
function uniqueName(): string {
  const name = `shapes-${String(names.length)}-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A care plan as a version-7 app stored it: without the field version 8 added. */
function planOfVersion7(): Row {
  const { mantelzorgDiscussedOn: _added, ...plan } = completePlan();
  return plan;
}

const versionOf = (plan: Row): Row => ({
  id: '0190f0e2-7c4a-7000-8000-00000000a001',
  carePlanId: plan.id,
  patientId: plan.patientId,
  plan,
  author: plan.author,
  savedAt: plan.updatedAt,
});

/** Rewrites one raw stored row, as a disk holder would, without the app's middleware. */
async function editRaw(name: string, table: string, edit: (row: Row) => void): Promise<void> {
  const raw = new Dexie(name);
  await raw.open();
  // Read and put back, not modify(): modify's copy would turn the sealed bytes into a plain object.
  const rows = (await raw.table(table).toArray()) as Row[];
  rows.forEach(edit);
  await raw.table(table).bulkPut(rows);
  raw.close();
}

describe('records of an older shape on the device', () => {
  it('upgrades the plain care plans and versions of a version-8 database', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    const schemas = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8];
    for (const [index, schema] of schemas.entries()) old.version(index + 1).stores(schema);
    const plan = planOfVersion7();
    await old.table('carePlans').add(plan);
    await old.table('carePlanVersions').add(versionOf(plan));
    old.close();

    const db = new TijdigDb(name);
    await db.open();
    const read = await getCarePlan(db, plan.id as string);
    expect(read?.mantelzorgDiscussedOn).toBeNull();
    expect(carePlanSchema.safeParse(read).success).toBe(true);
    const [version] = await listCarePlanVersions(db, plan.id as string);
    expect(version?.plan.mantelzorgDiscussedOn).toBeNull();
    db.close();
  });

  it('reads a care plan sealed by a version-7 app in the current shape, and seals it current when saved', async () => {
    const name = uniqueName();
    const db = new TijdigDb(name);
    await db.open();
    const plan = planOfVersion7();
    await db.carePlans.put(plan as unknown as CarePlan);
    db.close();
    // A version-7 app sealed its rows without naming their version.
    await editRaw(name, 'carePlans', (row) => {
      Reflect.deleteProperty(row, RECORD_VERSION_FIELD);
    });

    const reopened = new TijdigDb(name);
    await reopened.open();
    const read = await getCarePlan(reopened, plan.id as string);
    expect(read?.mantelzorgDiscussedOn).toBeNull();
    expect(carePlanSchema.safeParse(read).success).toBe(true);
    if (read) await reopened.carePlans.put(read);
    const raw = await readRawTables(name);
    expect(raw.carePlans?.[0]?.[RECORD_VERSION_FIELD]).toBe(8);
    reopened.close();
  });

  it('stores a plan pulled from a version-7 server, over an old row, in the current shape', async () => {
    const db = new TijdigDb(uniqueName());
    await db.open();
    const plan = planOfVersion7();
    await db.carePlans.put(plan as unknown as CarePlan);
    const response: PullResponse = {
      changes: [
        {
          entity: 'carePlan',
          recordId: plan.id as string,
          rev: 2,
          seq: 1,
          isDeleted: false,
          data: { ...plan, mantelzorgSummary: 'EDIZ 3' },
        },
      ],
      next: 1,
      hasMore: false,
      isSnapshot: false,
    };
    await applyPulledChanges(db, response);
    expect(await getCarePlan(db, plan.id as string)).toMatchObject({
      mantelzorgSummary: 'EDIZ 3',
      mantelzorgDiscussedOn: null,
    });
    db.close();
  });

  it('pushes the changes a version-7 app queued apart from newer ones, so each names its version', async () => {
    const db = new TijdigDb(uniqueName());
    await db.open();
    const change = (counter: number, schemaVersion?: number): OutboxRow => ({
      mutationId: `0190f0e2-7c4a-7000-8000-00000000000${String(counter)}` as OutboxRow['mutationId'],
      counter,
      entity: 'carePlan',
      recordId: 'p',
      op: 'put',
      baseRev: 1,
      changed: { mantelzorgSummary: `wijziging ${String(counter)}` },
      createdAt: '2026-11-23T09:00:00.000Z' as OutboxRow['createdAt'],
      ...(schemaVersion === undefined ? {} : { schemaVersion }),
    });
    await db.outbox.bulkAdd([change(1), change(2), change(3, 8)]);
    expect((await pendingMutations(db, 200)).map((row) => row.counter)).toEqual([1, 2]);
    await db.outbox.bulkDelete([change(1).mutationId, change(2).mutationId]);
    expect((await pendingMutations(db, 200)).map((row) => row.counter)).toEqual([3]);
    db.close();
  });
});
