/**
 * "Namens" through the real push and pull: a POH records a medical decision only on behalf of a huisarts
 * of the practice; the server stores that huisarts's id and the name it knows; a huisarts's own decision
 * carries no attribution; nobody else records one at all. Plus the accounts with several roles.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult, OnBehalfOf, SessionInfo, SyncChange } from '../../src/domain';
import { newRecordOf } from './every-kind';
import {
  addPracticeDirectly,
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { AT, Device } from './mutations';
import { onBehalfTarget } from './on-behalf';

type Row = Record<string, unknown>;
const NIET = { decision: 'niet', dateDiscussed: '2026-11-20', withWhom: 'patiënt en dochter', comment: '' };

describe.each(DATABASES)('namens on %s', (kind) => {
  let server: TestServer;
  let gpClient: TestClient;
  let gp: OnBehalfOf;
  let gpDevice: Device;
  let poh: Device;
  let nurse: Device;
  let nurseId: string;
  let otherPracticeGp: string;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    gpClient = await setUpPractice(server);
    gp = await onBehalfTarget(gpClient);
    gpDevice = new Device(gpClient);
    poh = new Device((await inviteMember(server, gpClient, 'poh', 'poh@delinde.nl')).client);
    const invitedNurse = await inviteMember(server, gpClient, 'wijkverpleegkundige', 'wvp@delinde.nl');
    nurse = new Device(invitedNurse.client);
    nurseId = invitedNurse.session.user.id;
    otherPracticeGp = (
      await addPracticeDirectly(server, { practiceName: 'De Eik', email: 'ha@de-eik.nl', role: 'huisarts' })
    ).userId;
  });
  afterAll(() => server.close());

  async function pushOne(
    device: Device,
    entity: 'markingEvent' | 'carePlan',
    id: string,
    data: Row,
    baseRev: number | null,
  ): Promise<MutationResult | undefined> {
    const reply = await device.push([device.mutation(entity, id, data, baseRev)]);
    return reply.body.results[0];
  }
  async function stored(id: string, entity: string): Promise<Row> {
    const reply = await gpClient.get<SyncChange>(`/api/records/${entity}/${id}`);
    return reply.body.data;
  }
  const marking = () => newRecordOf('markingEvent', '');

  it('stores a POH marking namens the huisarts with the name the server knows', async () => {
    const { id, data } = marking();
    const result = await pushOne(
      poh,
      'markingEvent',
      id,
      { ...data, onBehalfOf: { userId: gp.userId, name: 'Verzonnen' } },
      null,
    );
    expect(result?.status).toBe('applied');
    expect((await stored(id, 'markingEvent')).onBehalfOf).toEqual({ ...gp, recordedBy: 'Collega poh' });
  });

  it.each([
    ['nobody', () => undefined, 'onBehalfOf.required'],
    ['the wijkverpleegkundige', () => ({ userId: nurseId, name: 'Wijk' }), 'onBehalfOf.notHuisarts'],
    [
      "another practice's huisarts",
      () => ({ userId: otherPracticeGp, name: 'Dr. Eik' }),
      'onBehalfOf.notHuisarts',
    ],
  ])('refuses a POH marking namens %s, and stores nothing', async (_who, claim, code) => {
    const { id, data } = marking();
    const result = await pushOne(poh, 'markingEvent', id, { ...data, onBehalfOf: claim() }, null);
    expect(result).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
      issues: [{ path: 'onBehalfOf', code }],
    });
    expect((await gpClient.get(`/api/records/markingEvent/${id}`)).status).toBe(404);
  });

  it('lets a POH set "niet reanimeren" namens the huisarts, and the huisarts change it as their own', async () => {
    const { id, data } = newRecordOf('carePlan', '');
    expect((await pushOne(poh, 'carePlan', id, data, null))?.status).toBe('applied');
    const namens = await pushOne(poh, 'carePlan', id, { limitReanimatie: { ...NIET, onBehalfOf: gp } }, 1);
    expect(namens?.status).toBe('applied');
    expect((await stored(id, 'carePlan')).limitReanimatie).toEqual({
      ...NIET,
      onBehalfOf: { ...gp, recordedBy: 'Collega poh' },
    });

    // Saving another part with a forged attribution on the unchanged limit keeps the stored one.
    const forged = { ...NIET, onBehalfOf: { userId: otherPracticeGp, name: 'Dr. Eik' } };
    const other = await pushOne(
      poh,
      'carePlan',
      id,
      { limitReanimatie: forged, mantelzorgSummary: 'Zwaar belast' },
      2,
    );
    expect(other?.status).toBe('applied');
    expect((await stored(id, 'carePlan')).limitReanimatie).toEqual({
      ...NIET,
      onBehalfOf: { ...gp, recordedBy: 'Collega poh' },
    });

    const own = await pushOne(
      gpDevice,
      'carePlan',
      id,
      { limitReanimatie: { ...NIET, decision: 'wel', onBehalfOf: gp } },
      3,
    );
    expect(own?.status).toBe('applied');
    expect((await stored(id, 'carePlan')).limitReanimatie).toEqual({
      ...NIET,
      decision: 'wel',
      onBehalfOf: null,
    });
  });

  it('refuses a treatment limit from a wijkverpleegkundige, namens or not, but takes their VPTZ part', async () => {
    const { id, data } = newRecordOf('carePlan', '');
    await pushOne(gpDevice, 'carePlan', id, data, null);
    const limit = await pushOne(nurse, 'carePlan', id, { limitReanimatie: { ...NIET, onBehalfOf: gp } }, 1);
    expect(limit).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const vptz = await pushOne(
      nurse,
      'carePlan',
      id,
      { vptz: { isDiscussed: true, deployedSince: null } },
      1,
    );
    expect(vptz?.status).toBe('applied');
    expect((await stored(id, 'carePlan')).limitReanimatie).toMatchObject({ decision: null });
  });

  it('lets a POH withdraw a marking event only namens a huisarts', async () => {
    const { id, data } = marking();
    await pushOne(gpDevice, 'markingEvent', id, data, null);
    const bare = await poh.push([poh.mutation('markingEvent', id, { deletedAt: AT }, 1, 'delete')]);
    expect(bare.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const namens = await poh.push([
      poh.mutation('markingEvent', id, { deletedAt: AT, deletedOnBehalfOf: gp }, 1, 'delete'),
    ]);
    expect(namens.body.results[0]?.status).toBe('applied');
  });

  it('audits a decision a POH pushed namens the huisarts with that huisarts, and shows it to the beheerder', async () => {
    const [mark] = await server.db.query<{ last: number }>(
      'SELECT coalesce(max(id), 0) AS last FROM audit_log',
    );
    const since = Number(mark?.last);
    const { id, data } = newRecordOf('carePlan', '');
    await pushOne(gpDevice, 'carePlan', id, data, null);
    await pushOne(poh, 'carePlan', id, { limitReanimatie: { ...NIET, onBehalfOf: gp } }, 1);
    await pushOne(poh, 'carePlan', id, { mantelzorgSummary: 'Dochter zwaar belast' }, 2);
    const event = marking();
    await pushOne(poh, 'markingEvent', event.id, { ...event.data, onBehalfOf: gp }, null);

    const rows = await server.db.query<Row>(
      `SELECT event, role, on_behalf_user_id, on_behalf_name FROM audit_log
        WHERE id > $1 AND source LIKE 'device:%' ORDER BY id`,
      [since],
    );
    const namens = { on_behalf_user_id: gp.userId, on_behalf_name: gp.name };
    const nobody = { on_behalf_user_id: null, on_behalf_name: null };
    expect(rows).toEqual([
      // The huisarts's own plan, the POH's limit namens them, the POH's non-medical part, the POH's marking.
      { event: 'carePlan.create', role: 'huisarts', ...nobody },
      { event: 'carePlan.update', role: 'poh', ...namens },
      { event: 'carePlan.update', role: 'poh', ...nobody },
      { event: 'markingEvent.create', role: 'poh', ...namens },
    ]);

    // The first account is also the beheerder: the audit view shows the namens of a push row.
    const view = await gpClient.get<{ entries: Row[] }>('/api/audit?action=U');
    expect(view.body.entries).toContainEqual(
      expect.objectContaining({ event: 'carePlan.update', role: 'poh', onBehalfName: gp.name }),
    );
  });

  it('lets a POH remove a decision, or delete a plan holding decisions, only namens a huisarts, audited with them', async () => {
    const { id, data } = newRecordOf('carePlan', '');
    await pushOne(gpDevice, 'carePlan', id, data, null);
    const limit = { id: randomUUID(), text: 'Kunstmatige voeding', ...NIET };
    expect(await pushOne(gpDevice, 'carePlan', id, { otherLimits: [limit] }, 1)).toMatchObject({
      status: 'applied',
    });

    // The removal leaves no item to carry the namens: it travels with the change ($onBehalfOf).
    expect(await pushOne(poh, 'carePlan', id, { otherLimits: [] }, 2)).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
      issues: [{ path: '$onBehalfOf', code: 'onBehalfOf.required' }],
    });
    expect(
      await pushOne(poh, 'carePlan', id, { otherLimits: [], $onBehalfOf: { userId: nurseId, name: 'x' } }, 2),
    ).toMatchObject({ issues: [{ path: '$onBehalfOf', code: 'onBehalfOf.notHuisarts' }] });
    expect((await stored(id, 'carePlan')).otherLimits).toEqual([expect.objectContaining({ id: limit.id })]);
    expect(await pushOne(poh, 'carePlan', id, { otherLimits: [], $onBehalfOf: gp }, 2)).toMatchObject({
      status: 'applied',
    });
    const [removal] = await server.db.query<Row>(
      `SELECT role, on_behalf_name FROM audit_log WHERE event = 'carePlan.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(removal).toEqual({ role: 'poh', on_behalf_name: gp.name });

    // Deleting the plan takes its "niet reanimeren" with it: a decision too.
    expect(await pushOne(gpDevice, 'carePlan', id, { limitReanimatie: NIET }, 3)).toMatchObject({
      status: 'applied',
    });
    const deletion = (claim: Row) =>
      poh.push([poh.mutation('carePlan', id, { deletedAt: AT, ...claim }, 4, 'delete')]);
    expect((await deletion({})).body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect((await deletion({ $onBehalfOf: gp })).body.results[0]).toMatchObject({ status: 'applied' });
  });

  it("lets a wijkverpleegkundige change and delete their own actions and mark anyone's done", async () => {
    const mine = newRecordOf('mdoAction', '');
    const theirs = newRecordOf('mdoAction', '');
    await nurse.push([nurse.mutation('mdoAction', mine.id, mine.data, null)]);
    await gpDevice.push([gpDevice.mutation('mdoAction', theirs.id, theirs.data, null)]);
    const reply = await nurse.push([
      nurse.mutation('mdoAction', mine.id, { what: 'Pomp bestellen' }, 1),
      nurse.mutation('mdoAction', theirs.id, { status: 'done', doneOn: '2026-11-23' }, 1),
      nurse.mutation('mdoAction', theirs.id, { what: 'Iets anders' }, 2),
      nurse.mutation('mdoAction', mine.id, { deletedAt: AT }, 2, 'delete'),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected', 'applied']);
  });
});

describe.each(DATABASES)('several roles on %s', (kind) => {
  let server: TestServer;
  afterAll(() => server.close());

  it('gives the first user the clinical role asked at setup besides beheerder', async () => {
    server = await startTestServer(kind);
    const first = await setUpPractice(server, 'De Linde', 'poh');
    const session = await first.get<SessionInfo>('/api/auth/session');
    expect(session.body.user).toMatchObject({ role: 'poh', roles: ['beheerder', 'poh'] });
    // Beheerder work and POH work, from one account.
    expect((await first.get('/api/audit')).status).toBe(200);
    const device = new Device(first);
    const patient = newRecordOf('patient', '');
    const reply = await device.push([device.mutation('patient', patient.id, patient.data, null)]);
    expect(reply.body.results[0]?.status).toBe('applied');
  });

  it('gives a beheerder-only account no patient data', async () => {
    const other = await startTestServer(kind);
    try {
      const beheerder = await setUpPractice(other, 'De Eik', null);
      const colleague = await inviteMember(other, beheerder, 'huisarts', 'ha@de-eik.nl');
      const gp = new Device(colleague.client);
      const patient = newRecordOf('patient', '');
      await gp.push([gp.mutation('patient', patient.id, patient.data, null)]);
      const pulled = await new Device(beheerder).pull();
      expect(pulled.body.changes.filter((c) => c.entity === 'patient')).toEqual([]);
      expect((await beheerder.get(`/api/records/patient/${patient.id}`)).status).toBe(404);
      expect((await beheerder.get(`/api/records/patient/${randomUUID()}`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
