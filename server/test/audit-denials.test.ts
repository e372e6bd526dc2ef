/**
 * Issue 12, item 5: every refusal is in the audit log with user, role, target and outcome (401, 403, a 404
 * on a record, a forbidden mutation), a specialist's pull names each patient it disclosed, and failed
 * sign-ins reach the beheerder of the account's practice and no other. Each test was seen failing before
 * the fix (the log had no row, one row without patients, or a row no beheerder could see).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  meetingSchema,
  specialistInvitationSchema,
  type AuditEntry,
} from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  inviteMember,
  PASSWORD,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';
import { AT, Device, patientData } from './mutations';

interface AuditRow {
  event: string;
  action: string;
  practice_id: string | null;
  user_name: string | null;
  role: string | null;
  patient_id: string | null;
  record_part: string;
  target: string | null;
  outcome: string;
}

describe.each(DATABASES)('refusals and disclosures in the audit log on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  let gp: Device;
  let poh: Device;
  let specialist: Device;
  let specialistUserId: string;
  let other: { client: TestClient; practiceId: string; userId: string };
  let otherBeheerder: TestClient;
  let practiceId: string;
  /** A patient of the first practice that is on no agenda. */
  const patientId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
    gp = new Device((await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl')).client);
    poh = new Device((await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl')).client);
    const invited = await inviteMember(server, beheerder, 'specialist-pz', 'specialist@pzteam.nl');
    specialist = new Device(invited.client);
    specialistUserId = invited.session.user.id;
    practiceId = invited.session.practice.id;
    other = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'arts@oost.nl',
      role: 'huisarts',
    });
    otherBeheerder = (
      await addPracticeDirectly(server, {
        practiceName: 'Gezondheidscentrum Noord',
        email: 'beheer@noord.nl',
        role: 'beheerder',
      })
    ).client;
    await gp.push([gp.mutation('patient', patientId, patientData(), null)]);
  });
  afterAll(() => server.close());

  /** The rows written since `mark` (an audit_log id), oldest first. */
  const rowsSince = (mark: number) =>
    server.db.query<AuditRow>(
      `SELECT event, action, practice_id, user_name, role, patient_id, record_part, target, outcome
         FROM audit_log WHERE id > $1 ORDER BY id`,
      [mark],
    );
  /** The rows written since `mark` in the log of no practice (migration 018), oldest first. */
  const unattributedSince = (mark: number) =>
    server.db.query<Omit<AuditRow, 'practice_id' | 'user_name' | 'role'>>(
      `SELECT event, action, patient_id, record_part, target, outcome
         FROM audit_log_unattributed WHERE id > $1 ORDER BY id`,
      [mark],
    );
  // Both logs draw their ids from one sequence.
  const lastId = async () =>
    Number(
      (
        await server.db.query<{ id: string }>(
          `SELECT greatest((SELECT coalesce(max(id), 0) FROM audit_log),
                           (SELECT coalesce(max(id), 0) FROM audit_log_unattributed)) AS id`,
        )
      )[0]?.id,
    );

  it("logs a read of another practice's record (404) under the reader, naming the record", async () => {
    const mark = await lastId();
    expect((await other.client.get(`/api/records/patient/${patientId}`)).status).toBe(404);
    expect(await rowsSince(mark)).toEqual([
      {
        event: 'patient.read',
        action: 'R',
        practice_id: other.practiceId,
        user_name: 'Medewerker Gezondheidscentrum Oost',
        role: 'huisarts',
        patient_id: patientId,
        record_part: 'patient',
        target: `patient/${patientId}`,
        outcome: 'denied',
      },
    ]);
  });

  it("logs a specialist's read outside their invitations (404)", async () => {
    const mark = await lastId();
    expect((await specialist.client.get(`/api/records/patient/${patientId}`)).status).toBe(404);
    expect(await rowsSince(mark)).toEqual([
      expect.objectContaining({
        event: 'patient.read',
        practice_id: practiceId,
        user_name: 'Collega specialist-pz',
        role: 'specialist-pz',
        patient_id: patientId,
        target: `patient/${patientId}`,
        outcome: 'denied',
      }),
    ]);
  });

  it('keeps a typed record id out of the log unless it is an id', async () => {
    const mark = await lastId();
    expect((await other.client.get('/api/records/patient/111222333')).status).toBe(404);
    expect(await rowsSince(mark)).toEqual([
      expect.objectContaining({
        event: 'patient.read',
        patient_id: null,
        target: 'patient',
        outcome: 'denied',
      }),
    ]);
  });

  it('logs every mutation the push refuses as forbidden, with its patient', async () => {
    const mark = await lastId();
    const reply = await specialist.push([
      specialist.mutation('patient', patientId, { diagnosisText: 'Iets anders' }, 1),
      specialist.mutation('patient', randomUUID(), patientData(), null),
    ]);
    expect(reply.body.results.map((r) => r.status === 'rejected' && r.reason)).toEqual([
      'forbidden',
      'forbidden',
    ]);
    const rows = await rowsSince(mark);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'patient.update',
        action: 'U',
        role: 'specialist-pz',
        patient_id: patientId,
        target: `patient/${patientId}`,
        outcome: 'denied',
      }),
      expect.objectContaining({ event: 'patient.create', action: 'C', outcome: 'denied' }),
    ]);
  });

  it("logs a 401 on a patient route, also without any session, in no practice's log", async () => {
    const mark = await lastId();
    const anonymous = new Device(new TestClient(server.app));
    expect((await anonymous.pull()).status).toBe(401);
    expect(await rowsSince(mark)).toEqual([]);
    expect(await unattributedSince(mark)).toEqual([
      {
        event: 'sync.pull',
        action: 'R',
        patient_id: null,
        record_part: 'sync',
        target: 'GET /api/sync/pull',
        outcome: 'denied',
      },
    ]);
  });

  it('logs a 403 once, whoever refused it: a route, or the CSRF check before any route', async () => {
    const mark = await lastId();
    expect((await gp.client.get('/api/audit')).status).toBe(403);
    expect(
      (await gp.client.post('/api/invitations', { role: 'poh', name: 'X', email: 'x@y.nl' })).status,
    ).toBe(403);
    const forged = await gp.client.request(
      'POST',
      '/api/sync/push',
      { clientId: gp.clientId },
      {
        'x-tijdig-request': '0',
      },
    );
    expect(forged.status).toBe(403);
    const rows = await rowsSince(mark);
    expect(rows.map((row) => [row.event, row.target, row.user_name, row.role, row.outcome])).toEqual([
      ['audit.view', 'GET /api/audit', 'Collega huisarts', 'huisarts', 'denied'],
      ['invitations.request', 'POST /api/invitations', 'Collega huisarts', 'huisarts', 'denied'],
      ['sync.push', 'POST /api/sync/push', 'Collega huisarts', 'huisarts', 'denied'],
    ]);
  });

  it('does not log what refuses no access: an unknown path, or asking whether one is signed in', async () => {
    const mark = await lastId();
    const anonymous = new TestClient(server.app);
    expect((await anonymous.get('/api/auth/session')).status).toBe(401);
    expect((await gp.client.get('/api/no-such-route')).status).toBe(404);
    expect(await rowsSince(mark)).toEqual([]);
  });

  it("logs a specialist's pull as one read per disclosed patient and record part", async () => {
    const meetingId = randomUUID();
    const onAgenda = [randomUUID(), randomUUID()];
    const items = [randomUUID(), randomUUID()];
    const invitationId = randomUUID();
    await poh.push([
      ...onAgenda.map((id) => poh.mutation('patient', id, patientData(), null)),
      poh.mutation(
        'meeting',
        meetingId,
        meetingSchema.parse({
          id: meetingId,
          date: '2026-11-26',
          startTime: '12:30',
          endTime: '13:30',
          location: 'Vergaderkamer',
          bottlenecks: [],
          trainingNeeds: [],
          status: 'planned',
          createdAt: AT,
          deletedAt: null,
        }),
        null,
      ),
      ...items.map((id, index) =>
        poh.mutation(
          'agendaItem',
          id,
          agendaItemSchema.parse({
            id,
            meetingId,
            patientId: onAgenda[index],
            question: 'Vraag',
            position: index,
            createdAt: AT,
            deletedAt: null,
          }),
          null,
        ),
      ),
      poh.mutation(
        'specialistInvitation',
        invitationId,
        specialistInvitationSchema.parse({
          id: invitationId,
          meetingId,
          agendaItemId: null,
          specialistId: randomUUID(),
          specialistUserId,
          status: 'invited',
          validUntil: '2026-11-27T00:00:00.000Z',
          createdAt: AT,
          deletedAt: null,
        }),
        null,
      ),
    ]);

    const mark = await lastId();
    const pulled = await specialist.pull();
    expect(pulled.status).toBe(200);
    const rows = (await rowsSince(mark)).map((row) => [row.event, row.patient_id, row.record_part]);
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(
      expect.arrayContaining(
        onAgenda.flatMap((id) => [
          ['sync.pull', id, 'agendaItem'],
          ['sync.pull', id, 'patient'],
        ]),
      ),
    );
    // The patient on no agenda was not disclosed, and is not in the log as read.
    expect(rows.some((row) => row[1] === patientId)).toBe(false);
  });

  it("shows a failed sign-in to the account's beheerder, and to no other practice", async () => {
    const attempt = await new TestClient(server.app).post('/api/auth/login', {
      email: 'huisarts@delinde.nl',
      password: `${PASSWORD} fout`,
    });
    expect(attempt.status).toBe(401);
    const failed = (client: TestClient) =>
      client.get<{ entries: AuditEntry[] }>('/api/audit?event=login&outcome=denied');

    const own = await failed(beheerder);
    expect(own.status).toBe(200);
    expect(own.body.entries).toContainEqual(
      expect.objectContaining({
        event: 'login',
        action: 'E',
        userName: 'Collega huisarts',
        role: 'huisarts',
        recordPart: 'account',
        outcome: 'denied',
      }),
    );
    // The filter gives exactly the failed sign-ins.
    expect(own.body.entries.every((e) => e.event === 'login' && e.outcome === 'denied')).toBe(true);
    const elsewhere = await failed(otherBeheerder);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.entries).toEqual([]);
  });

  it('never stores the typed address or password of a sign-in for an unknown account', async () => {
    const mark = await lastId();
    const typed = 'onbekend-adres@elders.nl';
    const secret = 'geheim-wachtwoord-123';
    const attempt = await new TestClient(server.app).post('/api/auth/login', {
      email: typed,
      password: secret,
    });
    expect(attempt.status).toBe(401);
    expect(await rowsSince(mark)).toEqual([]);
    expect(await unattributedSince(mark)).toEqual([
      expect.objectContaining({ event: 'login', record_part: 'account', outcome: 'denied' }),
    ]);
    for (const table of ['audit_log', 'audit_log_unattributed']) {
      const hits = await server.db.query(
        `SELECT id FROM ${table} a WHERE position($1 in a::text) > 0 OR position($2 in a::text) > 0`,
        [typed, secret],
      );
      expect(hits).toEqual([]);
    }
  });
});
