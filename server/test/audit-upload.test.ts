/**
 * Device-uploaded audit events (offline reads, prints, exports): stored only for the uploader's own account
 * and practice and that practice's patients, with a device time inside the window, with both the device's
 * time and the server's receipt time; bounded per request and per minute. Before the fix any account could
 * upload any patient at any time, without limit, and the receipt time was not kept.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditUploadResponse, DeviceAuditEvent } from '../../src/domain';
import {
  MAX_DEVICE_CLOCK_SKEW_MS,
  MAX_DEVICE_EVENT_AGE_DAYS,
  UPLOADS_PER_MINUTE,
} from '../src/audit/device-upload';
import {
  addPracticeDirectly,
  advanceClock,
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { Device, patientData } from './mutations';

const DAY_MS = 86_400_000;

describe.each(DATABASES)('audit events uploaded by a device on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  let gp: TestClient;
  let wijk: TestClient;
  let beheerderUserId: string;
  let ownPatient: string;
  let otherPracticePatient: string;
  let otherPractice: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
    beheerderUserId = (await beheerder.get<{ user: { id: string } }>('/api/auth/session')).body.user.id;
    gp = (await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl')).client;
    wijk = (await inviteMember(server, beheerder, 'wijkverpleegkundige', 'wijk@delinde.nl')).client;
    const own = new Device(gp);
    ownPatient = randomUUID();
    await own.push([own.mutation('patient', ownPatient, patientData(), null)]);
    const other = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'arts@oost.nl',
      role: 'huisarts',
    });
    otherPractice = other.client;
    const elsewhere = new Device(other.client);
    otherPracticePatient = randomUUID();
    await elsewhere.push([elsewhere.mutation('patient', otherPracticePatient, patientData(), null)]);
  });
  afterAll(() => server.close());

  const ago = (ms: number) =>
    new Date(server.clock.now.getTime() - ms).toISOString() as DeviceAuditEvent['at'];
  const event = (overrides: Partial<DeviceAuditEvent> = {}): DeviceAuditEvent => ({
    id: randomUUID(),
    event: 'patient.view',
    action: 'R',
    at: ago(60 * 60_000),
    patientId: ownPatient,
    recordPart: 'patient',
    outcome: 'success',
    ...overrides,
  });
  const upload = (client: TestClient, events: unknown[], clientId: string = randomUUID()) =>
    client.post<AuditUploadResponse & { code?: string }>('/api/audit/events', { clientId, events });

  interface StoredRow {
    user_id: string;
    practice_id: string;
    patient_id: string | null;
    at: Date | string;
    device_at: Date | string | null;
    received_at: Date | string | null;
  }
  const storedEvent = async (id: string) =>
    (
      await server.db.query<StoredRow>(
        `SELECT user_id, practice_id, patient_id, at, device_at, received_at
           FROM audit_log WHERE device_event_id = $1`,
        [id],
      )
    )[0];
  const iso = (value: Date | string | null | undefined) =>
    value === null || value === undefined ? value : new Date(value).toISOString();

  it("stores an event under the uploader's own account, with the device's time and the receipt time", async () => {
    const read = event({ at: ago(2 * DAY_MS) });
    // A device cannot claim the event for someone else: there is no such field, and one sent is ignored.
    const reply = await upload(gp, [{ ...read, userId: beheerderUserId, practiceId: randomUUID() }]);
    expect(reply.status).toBe(200);
    expect(reply.body.results).toEqual([{ id: read.id, status: 'stored' }]);
    const row = await storedEvent(read.id);
    const gpUserId = (await gp.get<{ user: { id: string } }>('/api/auth/session')).body.user.id;
    expect(row?.user_id).toBe(gpUserId);
    expect(iso(row?.at)).toBe(read.at);
    expect(iso(row?.device_at)).toBe(read.at);
    expect(iso(row?.received_at)).toBe(server.clock.now.toISOString());
  });

  it('refuses, per event, a patient of another practice and one that does not exist; stores the rest', async () => {
    const good = event();
    const foreign = event({ patientId: otherPracticePatient });
    const invented = event({ patientId: randomUUID() });
    const noPatient = event({ patientId: null, event: 'register.search', recordPart: 'register' });
    const reply = await upload(gp, [good, foreign, invented, noPatient]);
    expect(reply.status).toBe(200);
    expect(reply.body.results).toEqual([
      { id: good.id, status: 'stored' },
      { id: foreign.id, status: 'refused', code: 'unknownPatient' },
      { id: invented.id, status: 'refused', code: 'unknownPatient' },
      { id: noPatient.id, status: 'stored' },
    ]);
    expect(await storedEvent(foreign.id)).toBeUndefined();
    expect(await storedEvent(invented.id)).toBeUndefined();
    // The refusal is in the uploader's log, without the patient it named.
    const refusals = await server.db.query<{ target: string; outcome: string; patient_id: string | null }>(
      "SELECT target, outcome, patient_id FROM audit_log WHERE event = 'audit.upload' AND target LIKE $1",
      [`deviceEvent/${foreign.id}%`],
    );
    expect(refusals).toEqual([
      { target: `deviceEvent/${foreign.id}:unknownPatient`, outcome: 'denied', patient_id: null },
    ]);
    // Only the other practice's own rows (its push) name its patient.
    const hits = await server.db.query(
      "SELECT id FROM audit_log a WHERE position($1 in a::text) > 0 AND user_name = 'Collega huisarts'",
      [otherPracticePatient],
    );
    expect(hits).toEqual([]);
  });

  it("answers an account that sees no patients (a beheerder only) as if the practice's patient did not exist", async () => {
    const onlyBeheerder = (await inviteMember(server, beheerder, 'beheerder', 'alleen-beheer@delinde.nl'))
      .client;
    const asked = event();
    const reply = await upload(onlyBeheerder, [asked, event({ patientId: randomUUID() })]);
    expect(reply.body.results.map((result) => result.status === 'refused' && result.code)).toEqual([
      'unknownPatient',
      'unknownPatient',
    ]);
    expect(await storedEvent(asked.id)).toBeUndefined();
  });

  it("stores an event within its practice: an id another practice's device already used does not stop it", async () => {
    const first = event();
    expect((await upload(gp, [first])).body.results).toEqual([{ id: first.id, status: 'stored' }]);
    const reused = { ...first, patientId: otherPracticePatient };
    expect((await upload(otherPractice, [reused])).body.results).toEqual([
      { id: first.id, status: 'stored' },
    ]);
    const rows = await server.db.query<{ patient_id: string }>(
      'SELECT patient_id FROM audit_log WHERE device_event_id = $1 ORDER BY id',
      [first.id],
    );
    expect(rows.map((row) => row.patient_id)).toEqual([ownPatient, otherPracticePatient]);
  });

  it('takes device times inside the window only', async () => {
    const skew = MAX_DEVICE_CLOCK_SKEW_MS;
    const age = MAX_DEVICE_EVENT_AGE_DAYS * DAY_MS;
    const cases = [
      [event({ at: ago(-skew + 1000) }), 'stored'],
      [event({ at: ago(-skew - 1000) }), 'deviceTimeInFuture'],
      [event({ at: '2099-01-01T00:00:00.000Z' as DeviceAuditEvent['at'] }), 'deviceTimeInFuture'],
      [event({ at: ago(age - 60_000) }), 'stored'],
      [event({ at: ago(age + 60_000) }), 'deviceTimeTooOld'],
      [event({ at: '2001-01-01T00:00:00.000Z' as DeviceAuditEvent['at'] }), 'deviceTimeTooOld'],
    ] as const;
    const reply = await upload(
      wijk,
      cases.map(([e]) => e),
    );
    expect(reply.body.results.map((r) => (r.status === 'stored' ? 'stored' : r.code))).toEqual(
      cases.map(([, outcome]) => outcome),
    );
  });

  it('refuses too many events or too large a body in one upload, storing none of them', async () => {
    const tooMany = Array.from({ length: 201 }, () => event());
    const many = await upload(gp, tooMany);
    expect(many.status).toBe(400);
    expect(many.body.code).toBe('invalid');
    const bulky = Array.from({ length: 200 }, () => ({ ...event(), padding: 'x'.repeat(700) }));
    const large = await upload(gp, bulky);
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('bodyTooLarge');
    const stored = await server.db.query('SELECT 1 FROM audit_log WHERE device_event_id = ANY($1::uuid[])', [
      [...tooMany, ...bulky].map((e) => e.id),
    ]);
    expect(stored).toEqual([]);
  });

  it('refuses an upload whose event or record part is more than a name (a BSN, free text), storing none of it', async () => {
    const named = event();
    for (const wrong of [{ event: 'patient.view 123456782' }, { recordPart: 'Jan de Vries' }]) {
      const reply = await upload(gp, [named, event(wrong)]);
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('invalid');
    }
    expect(await storedEvent(named.id)).toBeUndefined();
  });

  it('answers 429 with Retry-After beyond the uploads an account may make per minute', async () => {
    const own = await inviteMember(server, beheerder, 'poh', 'poh-upload@delinde.nl');
    for (let index = 0; index < UPLOADS_PER_MINUTE; index += 1) {
      expect((await upload(own.client, [event()])).status).toBe(200);
    }
    const refused = await upload(own.client, [event()]);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('tooManyUploads');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another account is not held up by it.
    expect((await upload(wijk, [event()])).status).toBe(200);
    advanceClock(server, { minutes: 1 });
    expect((await upload(own.client, [event()])).status).toBe(200);
  });

  it('shows the beheerder both times: on the device and received', async () => {
    const read = event({ at: ago(3 * DAY_MS), event: 'careplan.print', action: 'E' });
    await upload(gp, [read]);
    const reply = await beheerder.get<{ entries: AuditEntry[] }>(
      `/api/audit?patientId=${ownPatient}&action=E`,
    );
    expect(reply.body.entries).toContainEqual(
      expect.objectContaining({
        event: 'careplan.print',
        at: read.at,
        deviceAt: read.at,
        receivedAt: server.clock.now.toISOString(),
      }),
    );
    const own = await beheerder.get<{ entries: AuditEntry[] }>('/api/audit?action=R&userName=Anna&limit=1');
    // The server's own event has no device time.
    expect(own.body.entries[0]).toMatchObject({ event: 'audit.view', deviceAt: null });
  });
});
