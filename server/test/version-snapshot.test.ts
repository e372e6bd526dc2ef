/**
 * A care-plan version holds the plan as the server stored it, never the copy a device sent: otherwise
 * anyone who may save a version (a wijkverpleegkundige saves the nursing parts) could write a history in
 * which a huisarts decided "niet reanimeren" that no plan ever held.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlanSchema, type SyncChange } from '../../src/domain';
import { completePlan } from '../../src/domain/care-plan/care-plan.fixtures';
import { DATABASES, inviteMember, setUpPractice, startTestServer, type TestServer } from './harness';
import { Device, patientData } from './mutations';
import { onBehalfTarget } from './on-behalf';

type Row = Record<string, unknown>;
const VPTZ_DISCUSSED = { isDiscussed: true, deployedSince: null };
const WEL = { decision: 'wel', dateDiscussed: '2026-11-20', withWhom: 'patiënt', comment: '' };

describe.each(DATABASES)('care-plan versions on %s', (kind) => {
  let server: TestServer;
  let gp: Device;
  let nurse: Device;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const gpClient = await setUpPractice(server);
    gp = new Device(gpClient);
    nurse = new Device(
      (await inviteMember(server, gpClient, 'wijkverpleegkundige', 'wvp@delinde.nl')).client,
    );
  });
  afterAll(() => server.close());

  const planOf = (patientId: string, overrides: Row = {}): Row =>
    carePlanSchema.parse(
      completePlan({ id: patientId as never, patientId: patientId as never, ...overrides }),
    );
  const version = (patientId: string, plan: Row): Row => ({
    carePlanId: patientId,
    patientId,
    plan,
    author: { name: 'Apparaat', role: 'huisarts' },
    savedAt: '2026-11-23T09:00:00.000Z',
  });
  async function stored(device: Device, recordId: string): Promise<Row | undefined> {
    const reply = await device.client.get<SyncChange>(`/api/records/carePlanVersion/${recordId}`);
    return reply.status === 200 ? reply.body.data : undefined;
  }
  /** A patient whose plan the GP saved saying "wel reanimeren". */
  async function planSayingWel(): Promise<string> {
    const patientId = randomUUID();
    const reply = await gp.push([
      gp.mutation('patient', patientId, patientData(), null),
      gp.mutation('carePlan', patientId, planOf(patientId, { limitReanimatie: WEL }), null),
    ]);
    expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    return patientId;
  }

  it("keeps a wijkverpleegkundige's version to the stored plan, whatever decision the device put in it", async () => {
    const patientId = await planSayingWel();
    const forged = planOf(patientId, {
      limitReanimatie: {
        decision: 'niet',
        dateDiscussed: '2026-11-21',
        withWhom: 'patiënt',
        comment: '',
        onBehalfOf: await onBehalfTarget(gp.client),
      },
    });
    const versionId = randomUUID();
    const reply = await nurse.push([
      nurse.mutation('carePlanVersion', versionId, version(patientId, forged), null),
    ]);
    expect(reply.body.results[0]?.status).toBe('applied');
    const saved = await stored(gp, versionId);
    expect((saved?.plan as Row).limitReanimatie).toMatchObject({ decision: 'wel' });
  });

  it('takes the plan as this push leaves it when the plan and its version arrive together', async () => {
    const patientId = await planSayingWel();
    const versionId = randomUUID();
    const vptz = { isDiscussed: true, deployedSince: null };
    const reply = await nurse.push([
      nurse.mutation('carePlan', patientId, { vptz }, 1),
      nurse.mutation('carePlanVersion', versionId, version(patientId, planOf(patientId)), null),
    ]);
    expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const plan = (await stored(gp, versionId))?.plan as Row;
    expect(plan.vptz).toEqual(vptz);
    expect(plan.limitReanimatie).toMatchObject({ decision: 'wel' });
  });

  it('refuses a version of a plan the server does not hold', async () => {
    const patientId = randomUUID();
    const versionId = randomUUID();
    const reply = await gp.push([
      gp.mutation('carePlanVersion', versionId, version(patientId, planOf(patientId)), null),
    ]);
    expect(reply.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
      issues: [{ path: 'carePlanId', code: 'carePlanVersion.planUnknown' }],
    });
    expect(await stored(gp, versionId)).toBeUndefined();
  });

  it('never changes the plan of a version once written', async () => {
    const patientId = await planSayingWel();
    const versionId = randomUUID();
    const first = await gp.push([
      gp.mutation('carePlanVersion', versionId, version(patientId, planOf(patientId)), null),
    ]);
    expect(first.body.results[0]?.status).toBe('applied');
    const changed = await gp.push([
      gp.mutation('carePlan', patientId, { vptz: VPTZ_DISCUSSED }, 1),
      gp.mutation('carePlanVersion', versionId, { plan: planOf(patientId, { vptz: VPTZ_DISCUSSED }) }, 1),
    ]);
    // Written once: the version's change is refused whole (write-once.ts), the plan's applied.
    expect(changed.body.results.map((result) => result.status)).toEqual(['applied', 'rejected']);
    const plan = (await stored(gp, versionId))?.plan as Row;
    expect(plan.vptz).not.toEqual(VPTZ_DISCUSSED);
  });
});
