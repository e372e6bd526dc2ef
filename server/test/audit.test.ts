import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, DeviceAuditEvent } from '../../src/domain';
import {
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';
import { writeAudit } from '../src/audit/audit-log';
import { AT, Device, patientData } from './mutations';

const BSN = '111222333';
const OTHER_BSN = '123456782';

interface AuditRow {
  event: string;
  action: string;
  patient_id: string | null;
  record_part: string;
  outcome: string;
  source: string;
  user_name: string | null;
  role: string | null;
  on_behalf_of: string | null;
}

describe.each(DATABASES)('audit log on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  let gp: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
    gp = (await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl')).client;
  });
  afterAll(() => server.close());

  const auditOf = (patientId: string) =>
    server.db.query<AuditRow>(
      `SELECT event, action, patient_id, record_part, outcome, source, user_name, role, on_behalf_of
         FROM audit_log WHERE patient_id = $1 ORDER BY id`,
      [patientId],
    );

  const viewAudit = (client: TestClient, query: string) =>
    client.get<{ entries: AuditEntry[]; code?: string }>(`/api/audit?${query}`);

  /** Creates, changes and deletes one patient from a device of the huisarts. */
  async function createChangeDelete(): Promise<{ patientId: string; device: Device }> {
    const device = new Device(gp);
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData(), null)]);
    await device.push([device.mutation('patient', patientId, { diagnosisText: 'Longkanker' }, 1)]);
    await device.push([device.mutation('patient', patientId, { deletedAt: AT }, 2, 'delete')]);
    return { patientId, device };
  }

  it('records each pushed change with its action, patient, record part, outcome and device', async () => {
    const { patientId, device } = await createChangeDelete();
    const common = {
      patient_id: patientId,
      record_part: 'patient',
      outcome: 'success',
      source: `device:${device.clientId}`,
      user_name: 'Collega huisarts',
      role: 'huisarts',
      on_behalf_of: 'Huisartsenpraktijk De Linde',
    };
    expect(await auditOf(patientId)).toEqual([
      { ...common, event: 'patient.create', action: 'C' },
      { ...common, event: 'patient.update', action: 'U' },
      { ...common, event: 'patient.delete', action: 'D' },
    ]);
  });

  it.each(['audit_log', 'audit_log_unattributed'])(
    'refuses to change, delete or truncate rows of %s',
    async (table) => {
      // A refused request without a session is logged in the log of no practice.
      expect((await new TestClient(server.app).get('/api/audit')).status).toBe(401);
      const before = await server.db.query(`SELECT * FROM ${table} ORDER BY id`);
      expect(before.length).toBeGreaterThan(0);
      await expect(server.db.query(`UPDATE ${table} SET outcome = 'failed'`)).rejects.toThrow(/append-only/);
      await expect(server.db.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(server.db.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
      expect(await server.db.query(`SELECT * FROM ${table} ORDER BY id`)).toEqual(before);
    },
  );

  it('stores device events once, however often the device uploads them', async () => {
    const device = new Device(gp);
    const clientId = device.clientId;
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData(), null)]);
    const event = (overrides: Partial<DeviceAuditEvent> = {}) => ({
      id: randomUUID(),
      event: 'patient.view',
      action: 'R',
      at: '2026-11-23T08:30:00.000Z',
      patientId,
      recordPart: 'patient',
      outcome: 'success',
      ...overrides,
    });
    const first = [event(), event({ event: 'register.print', action: 'E', recordPart: 'register' })];
    const upload = (events: unknown[]) => gp.post('/api/audit/events', { clientId, events });
    const stored = (events: { id: string }[]) => ({
      status: 200,
      results: events.map(({ id }) => ({ id, status: 'stored' })),
    });
    const answer = async (events: { id: string }[]) => {
      const reply = await upload(events);
      return { status: reply.status, results: (reply.body as { results: unknown }).results };
    };
    expect(await answer(first)).toEqual(stored(first));
    // The answer got lost; the device sends the same queue again, now with one more event.
    const again = [...first, event({ event: 'patient.search' })];
    expect(await answer(again)).toEqual(stored(again));
    expect(await answer(first)).toEqual(stored(first));

    const rows = await server.db.query<{ event: string; source: string; at: Date | string }>(
      `SELECT event, source, at FROM audit_log
        WHERE patient_id = $1 AND device_event_id IS NOT NULL ORDER BY event`,
      [patientId],
    );
    expect(rows.map((row) => row.event)).toEqual(['patient.search', 'patient.view', 'register.print']);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set([`device:${clientId}`]));
    // The time the device did it, not the time of the upload.
    expect(new Date(rows[0]?.at ?? '').toISOString()).toBe('2026-11-23T08:30:00.000Z');
  });

  it('shows the beheerder a filtered log, and logs that viewing too', async () => {
    const { patientId } = await createChangeDelete();
    const updates = await viewAudit(beheerder, `action=U&patientId=${patientId}`);
    expect(updates.status).toBe(200);
    expect(updates.body.entries.map((e) => [e.event, e.action, e.patientId])).toEqual([
      ['patient.update', 'U', patientId],
    ]);

    const all = await viewAudit(beheerder, `patientId=${patientId}`);
    expect(all.body.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['C', 'U', 'D']));
    expect(all.body.entries.every((e) => e.patientId === patientId)).toBe(true);
    // Newest first: the view that was just made leads, naming the patient it looked at.
    expect(all.body.entries[0]).toMatchObject({
      event: 'audit.view',
      action: 'R',
      outcome: 'success',
      userName: 'Anna Beheer',
      role: 'beheerder',
      recordPart: 'auditLog',
      source: 'server',
    });

    const today = await viewAudit(beheerder, `from=2026-11-23&to=2026-11-23&patientId=${patientId}`);
    expect(today.body.entries.length).toBeGreaterThan(0);
    const tomorrow = await viewAudit(beheerder, `from=2026-11-24&patientId=${patientId}`);
    expect(tomorrow.body.entries).toEqual([]);
  });

  it('refuses the log to anyone but the beheerder, and logs the attempt', async () => {
    const refused = await viewAudit(gp, '');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden' });
    const views = await viewAudit(beheerder, 'action=R&userName=Collega');
    expect(views.body.entries).toContainEqual(
      expect.objectContaining({
        event: 'audit.view',
        outcome: 'denied',
        userName: 'Collega huisarts',
        role: 'huisarts',
      }),
    );
  });

  it('keeps on whose behalf ("namens") an access was made, for the beheerder to see', async () => {
    const patientId = randomUUID();
    const huisarts = { userId: randomUUID(), name: 'Dr. P. de Vries' };
    const [practice] = await server.db.query<{ id: string; name: string }>('SELECT id, name FROM practices');
    if (!practice) throw new Error('a practice is expected');
    const poh = {
      userId: randomUUID(),
      userName: 'Petra Ouwens',
      role: 'poh' as const,
      practiceId: practice.id,
      practiceName: practice.name,
    };
    const limits = {
      event: 'carePlan.update',
      action: 'U' as const,
      patientId,
      recordPart: 'carePlan',
      outcome: 'success' as const,
      onBehalf: huisarts,
    };
    await writeAudit(server.db, poh, [limits], server.clock.now);
    const view = await viewAudit(beheerder, `patientId=${patientId}&action=U`);
    expect(view.body.entries).toEqual([
      expect.objectContaining({ userName: 'Petra Ouwens', role: 'poh', onBehalfName: 'Dr. P. de Vries' }),
    ]);
    const [row] = await server.db.query<{ on_behalf_user_id: string }>(
      'SELECT on_behalf_user_id FROM audit_log WHERE patient_id = $1',
      [patientId],
    );
    expect(row?.on_behalf_user_id).toBe(huisarts.userId);
  });

  it('never stores a BSN, whatever was done with the patient', async () => {
    const device = new Device(gp);
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData({ bsn: BSN }), null)]);
    await device.push([device.mutation('patient', patientId, { bsn: OTHER_BSN }, 1)]);
    await gp.get(`/api/records/patient/${patientId}`);
    await device.pull();
    await viewAudit(beheerder, `patientId=${patientId}`);
    expect((await auditOf(patientId)).length).toBeGreaterThanOrEqual(3);

    // The search finds a BSN where there is one: in the record itself.
    const inRecords = await server.db.query('SELECT 1 FROM records r WHERE position($1 in r::text) > 0', [
      OTHER_BSN,
    ]);
    expect(inRecords).toHaveLength(1);
    // Every column of every audit row, as text.
    const hits = await server.db.query(
      'SELECT id FROM audit_log a WHERE position($1 in a::text) > 0 OR position($2 in a::text) > 0',
      [BSN, OTHER_BSN],
    );
    expect(hits).toEqual([]);
  });
});
