/**
 * The three-device sync property, shared by sync-property.test.ts (one server) and scale-out.test.ts (two
 * server processes behind a proxy). Property: three devices (separate fake-indexeddb databases, the real client repositories and sync
 * engine) edit the same patients offline in random order, while the network drops requests, loses
 * responses and duplicates them. People resolve the conflicts they see, often without having seen the
 * latest candidate (stale resolutions), and a forger pushes changes with a made-up author and moment and a
 * base revision the server never made. After everyone syncs on a good network, every device equals the
 * server, every change anyone made was applied, is a candidate in a conflict, or is visibly refused, no
 * forged change is stored, and every stored moment is the server's.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  createPatient,
  deletePatient,
  resolveConflict,
  setDataKey,
  TijdigDb,
  updatePatient,
  type OutboxRow,
} from '../../../src/db';
import type { Conflict, MutationResult, Patient, PatientId } from '../../../src/domain';
import { createApiClient, type Fetch } from '../../../src/sync/api-client';
import { patientFields } from '../../../src/test/factories';
import { syncOnce } from '../../../src/sync/sync-engine';
import type { Queryable } from '../../src/store/db';
import type { Injector, TestClient } from '../harness';
import { Device as RawDevice } from '../mutations';
import { sendAsDevice } from './device-fetch';

/** What a forger sends: a value, an author and a moment of its own, on a revision the server never made. */
const FORGED_TEXT = 'Vervalst';
const FORGED_MOMENT = '2001-01-01T00:00:00.000Z';

type Network = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate';

/** A fetch that reaches the server with one account's cookie, through a network of our choosing. */
function fetchThrough(app: Injector, account: TestClient, network: { mode: Network }): Fetch {
  return async (url, init = {}) => {
    if (network.mode === 'dropRequest') throw new TypeError('Failed to fetch');
    let response = await sendAsDevice(app, account, url, init);
    if (network.mode === 'duplicate') response = await sendAsDevice(app, account, url, init);
    if (network.mode === 'dropResponse') throw new TypeError('Failed to fetch');
    return response;
  };
}

interface Device {
  db: TijdigDb;
  network: { mode: Network };
  sync: () => Promise<unknown>;
  /** The same account pushing by hand, past the app: what a forger can send. */
  raw: RawDevice;
}

const EDITS = [
  { diagnosisText: 'Longkanker' },
  { diagnosisText: 'COPD' },
  { treatingGp: 'Dr. Bakker' },
  { treatingGp: 'Dr. Smit' },
  { contactName: 'Els', contactRelation: 'dochter', contactPhone: '06 12345678' },
  { contactName: 'Piet', contactRelation: 'zoon', contactPhone: '06 87654321' },
  { homeCareOrganisation: 'Buurtzorg' },
] as const;

const commandArbitrary = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(2),
      patient: fc.nat(2),
      edit: fc.nat(EDITS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), patient: fc.nat(2) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      device: fc.nat(2),
      candidate: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('forge' as const),
      device: fc.nat(2),
      patient: fc.nat(2),
      revsAhead: fc.integer({ min: 1, max: 1000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device: fc.nat(2),
      network: fc.constantFrom<Network>('ok', 'dropRequest', 'dropResponse', 'duplicate'),
    }),
  },
);

export interface ThreeDeviceRun {
  /** The database the server(s) store in, read to compare every device with. */
  db: Queryable;
  /** Where the devices' requests go: the app itself, or a proxy in front of several. */
  target: Injector;
  /** Three signed-in accounts of one practice. */
  accounts: readonly TestClient[];
  numRuns: number;
  /** Commands per scenario at most (at least 5). */
  maxSteps: number;
}

/**
 * Runs `numRuns` random scenarios: the devices work offline, sync through a bad network, then on a good
 * one, and must end equal to the server with no change silently lost.
 */
export async function checkThreeDevices(options: ThreeDeviceRun): Promise<void> {
  // The devices' patient tables are encrypted at rest; they sync unlocked, as after a sign-in.
  setDataKey(crypto.getRandomValues(new Uint8Array(32)));
  const prefix = randomUUID();
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(commandArbitrary, { minLength: 5, maxLength: options.maxSteps }),
      async (commands) => {
        run += 1;
        const devices: Device[] = options.accounts.map((account, index) => {
          const db = new TijdigDb(`property-${prefix}-${run}-${index}`);
          const network = { mode: 'ok' as Network };
          const api = createApiClient(fetchThrough(options.target, account, network));
          return { db, network, sync: () => syncOnce(db, api), raw: new RawDevice(account) };
        });
        try {
          await runScenario(devices, commands);
          await expectConverged(options.db, devices);
        } finally {
          for (const device of devices) {
            device.db.close();
            await device.db.delete();
          }
        }
      },
    ),
    { numRuns: options.numRuns },
  );
}

type Command = typeof commandArbitrary extends fc.Arbitrary<infer C> ? C : never;

async function runScenario(devices: Device[], commands: Command[]): Promise<void> {
  const [first] = devices;
  if (!first) return;
  // Three shared patients, made on the first device and known to all before the offline work starts.
  const patients: PatientId[] = [];
  for (const name of ['Jansen', 'de Boer', 'Visser']) {
    const created = await createPatient(first.db, patientFields({ familyName: name }), new Date());
    if (!created.ok) throw new Error('seed patient refused');
    patients.push(created.value.id);
  }
  for (const device of devices) await device.sync();

  for (const command of commands) {
    const device = devices[command.device];
    if (!device) continue;
    if (command.kind === 'edit') {
      const patientId = patients[command.patient];
      const current = patientId === undefined ? undefined : await device.db.patients.get(patientId);
      if (current?.deletedAt !== null) continue;
      await updatePatient(
        device.db,
        current.id,
        { ...fieldsOf(current), ...EDITS[command.edit] },
        new Date(),
      );
    } else if (command.kind === 'delete') {
      const patientId = patients[command.patient];
      if (patientId) await deletePatient(device.db, patientId, new Date());
    } else if (command.kind === 'resolve') {
      const [conflict] = await device.db.conflicts.where('status').equals('open').toArray();
      const candidate = conflict?.candidates[command.candidate % conflict.candidates.length];
      if (conflict && candidate) {
        await resolveConflict(
          device.db,
          conflict.id,
          candidate.value,
          { name: 'Iemand', role: 'poh' },
          new Date(),
        );
      }
    } else if (command.kind === 'forge') {
      await forge(device.raw, patients[command.patient], command.revsAhead);
    } else {
      device.network.mode = command.network;
      await device.sync();
      device.network.mode = 'ok';
    }
  }
  // Quiescence: a good network, everyone syncs until nobody has anything left to send or fetch.
  for (let round = 0; round < 3; round += 1) for (const device of devices) await device.sync();
}

/** A change past the app: forged author and moment, on a base revision ahead of the server's. */
async function forge(raw: RawDevice, patientId: PatientId | undefined, revsAhead: number): Promise<void> {
  if (!patientId) return;
  const reply = await raw.push([
    raw.mutation(
      'patient',
      patientId,
      { treatingGp: FORGED_TEXT, updatedAt: FORGED_MOMENT, createdAt: FORGED_MOMENT },
      10_000 + revsAhead,
    ),
  ]);
  expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
}

async function expectConverged(db: Queryable, devices: Device[]): Promise<void> {
  const records = await db.query<{ entity: string; record_id: string; data: Record<string, unknown> }>(
    "SELECT entity, record_id, data FROM records WHERE entity IN ('patient', 'conflict')",
  );
  const outcomes = new Map(
    (
      await db.query<{ mutation_id: string; result: MutationResult }>(
        'SELECT mutation_id, result FROM sync_mutations',
      )
    ).map((row) => [row.mutation_id, row.result]),
  );
  const serverConflicts = records.filter((r) => r.entity === 'conflict').map((r) => r.data as Conflict);
  for (const device of devices) {
    const outbox: OutboxRow[] = await device.db.outbox.toArray();
    // Nothing waits any more: every change left the outbox, except the refused ones, which stay visible.
    expect(outbox.filter((row) => row.rejection === undefined)).toEqual([]);
    for (const row of outbox) expect(outcomes.get(row.mutationId)).toMatchObject({ status: 'rejected' });

    const local = new Map((await device.db.patients.toArray()).map((p: Patient) => [p.id as string, p]));
    for (const record of records.filter((r) => r.entity === 'patient')) {
      if (!local.has(record.record_id)) continue; // another run's patient
      expect(local.get(record.record_id)).toEqual(record.data);
    }
    // Every record the server sent passed the device's own schemas: none was kept aside as unreadable.
    expect(await device.db.quarantinedRecords.count()).toBe(0);
    const localConflicts = await device.db.conflicts.toArray();
    const relevant = serverConflicts.filter((c) => local.has(c.recordId));
    expect(localConflicts.sort(byId)).toEqual(relevant.sort(byId));
  }
  // No forged value or moment is stored, and every version's moment is the server's receipt time.
  expect(JSON.stringify(records)).not.toContain(FORGED_TEXT);
  const versions = await db.query<{ updated_at: string | null; at: Date | string }>(
    "SELECT data->>'updatedAt' AS updated_at, at FROM record_versions WHERE entity = 'patient'",
  );
  for (const version of versions) expect(version.updated_at).toBe(new Date(version.at).toISOString());
  // Every conflict outcome names a conflict that holds this very change as a candidate.
  for (const [mutationId, result] of outcomes) {
    if (result.status !== 'conflict') continue;
    const holders = serverConflicts.filter((c) => result.conflictIds.includes(c.id));
    expect(holders.length).toBeGreaterThan(0);
    for (const conflict of holders)
      expect(conflict.candidates.map((c) => c.mutationId)).toContain(mutationId);
  }
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

function fieldsOf(patient: Patient): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, deletedAt: _deletedAt, ...fields } = patient;
  return fields;
}
