import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain';
import {
  DATABASES,
  inviteMember,
  type Reply,
  setUpPractice,
  startTestServer,
  testConfig,
  type TestClient,
  type TestServer,
  anyString,
} from './harness';
import { Device, patientData } from './mutations';

/** Stack frames ("at fn (file:1:2)"), source paths and driver messages never reach a client. */
const LEAK = /\bat [\w.<>]+ \(|\/server\/src|node_modules|\.ts:\d+|error: |SQL|syntax/i;

/** Asserts an error answer: the status, a stable code, a readable message and nothing internal. */
function expectCleanError(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  expect(reply.body).toMatchObject({ code, message: anyString });
  expect(JSON.stringify(reply.body)).not.toMatch(LEAK);
}

const recordExists = async (server: TestServer, recordId: string) =>
  (await server.db.query('SELECT 1 FROM records WHERE record_id = $1', [recordId])).length > 0;

describe.each(DATABASES)('bad input on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
  });
  afterAll(() => server.close());

  const sendRaw = (body: string, contentType = 'application/json') =>
    beheerder.request('POST', '/api/sync/push', body, { 'content-type': contentType });

  it('answers malformed JSON with 400 malformedJson', async () => {
    expectCleanError(await sendRaw('{"clientId": "abc", "mutations": ['), 400, 'malformedJson');
  });

  it('refuses prototype poisoning and an empty body with 400', async () => {
    expectCleanError(await sendRaw('{"__proto__": {"isAdmin": true}}'), 400, 'malformedJson');
    expectCleanError(await sendRaw(''), 400, 'emptyBody');
  });

  it('answers a body over the limit with 413 bodyTooLarge', async () => {
    const padding = 'x'.repeat(testConfig().bodyLimitBytes);
    expectCleanError(await sendRaw(JSON.stringify({ clientId: randomUUID(), padding })), 413, 'bodyTooLarge');
  });

  it('answers another content type with 415', async () => {
    const body = JSON.stringify({ clientId: randomUUID(), schemaVersion: SCHEMA_VERSION, mutations: [] });
    expectCleanError(await sendRaw(body, 'text/plain'), 415, 'unsupportedMediaType');
    expectCleanError(
      await sendRaw('clientId=1', 'application/x-www-form-urlencoded'),
      415,
      'unsupportedMediaType',
    );
  });

  it('answers a schema violation with 400 invalid and the fields at fault', async () => {
    const empty = await beheerder.post<{ issues: { path: string }[] }>('/api/sync/push', {
      clientId: randomUUID(),
      schemaVersion: SCHEMA_VERSION,
      mutations: [],
    });
    expectCleanError(empty, 400, 'invalid');
    expect(empty.body.issues).toEqual([expect.objectContaining({ path: 'mutations' })]);

    const wrongTypes = await beheerder.post<{ issues: { path: string }[] }>('/api/sync/push', {
      clientId: 'geen-uuid',
      schemaVersion: 'vier',
      mutations: [{}],
    });
    expectCleanError(wrongTypes, 400, 'invalid');
    expect(wrongTypes.body.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['clientId', 'schemaVersion']),
    );
    expectCleanError(await beheerder.get('/api/sync/pull?since=-1&schemaVersion=4'), 400, 'invalid');
    expectCleanError(await beheerder.get('/api/audit?action=X'), 400, 'invalid');
  });

  it('applies the valid mutations of a push and rejects only the invalid one', async () => {
    const device = new Device(beheerder);
    const [first, broken, third] = [
      device.mutation('patient', randomUUID(), patientData(), null),
      device.mutation(
        'patient',
        randomUUID(),
        patientData({ birthDate: '1941-02-30', familyName: '' }),
        null,
      ),
      device.mutation('patient', randomUUID(), patientData(), null),
    ];
    const reply = await device.push([first, broken, third]);
    expect(reply.status).toBe(200);
    expect(reply.body.results).toEqual([
      expect.objectContaining({ mutationId: first.mutationId, status: 'applied' }),
      expect.objectContaining({
        mutationId: broken.mutationId,
        status: 'rejected',
        reason: 'invalid',
        issues: expect.arrayContaining([
          { path: 'birthDate', code: 'date.invalid' },
          { path: 'familyName', code: 'required' },
        ]) as unknown,
      }),
      expect.objectContaining({ mutationId: third.mutationId, status: 'applied' }),
    ]);
    expect(await recordExists(server, first.recordId)).toBe(true);
    expect(await recordExists(server, broken.recordId)).toBe(false);
    expect(await recordExists(server, third.recordId)).toBe(true);
    // The rejected change was handled: the device's next change follows on without a gap.
    const next = await device.push([device.mutation('patient', randomUUID(), patientData(), null)]);
    expect(next.body.results[0]?.status).toBe('applied');
  });

  it('applies nothing of a push that fails as a whole, and takes the complete batch afterwards', async () => {
    const device = new Device(beheerder);
    const batch = [1, 2, 3].map(() => device.mutation('patient', randomUUID(), patientData(), null));
    const [one, two, three] = batch;
    if (!one || !two || !three) throw new Error('three mutations expected');
    const auditBefore = await server.db.query('SELECT id FROM audit_log');

    const gap = await device.push([one, three]);
    expectCleanError(gap, 409, 'counterGap');
    expect(await recordExists(server, one.recordId)).toBe(false);
    expect(await server.db.query('SELECT id FROM audit_log')).toHaveLength(auditBefore.length);

    const complete = await device.push(batch);
    expect(complete.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('rejects a clashing change whose value is invalid instead of spreading it as a conflict candidate', async () => {
    const gp = (await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl')).client;
    const a = new Device(beheerder);
    const b = new Device(gp);
    const id = randomUUID();
    await a.push([a.mutation('patient', id, patientData(), null)]);
    await a.push([a.mutation('patient', id, { contactPhone: '06 11111111' }, 1)]);
    const clash = await b.push([b.mutation('patient', id, { contactPhone: { script: 'alert(1)' } }, 1)]);
    expect(clash.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
    expect(
      await server.db.query("SELECT 1 FROM records WHERE entity = 'conflict' AND data->>'recordId' = $1", [
        id,
      ]),
    ).toEqual([]);
  });

  it('rejects text with a NUL character per mutation instead of failing the whole push', async () => {
    const device = new Device(beheerder);
    const withNul = device.mutation(
      'patient',
      randomUUID(),
      patientData({ diagnosisText: 'COPD\u0000' }),
      null,
    );
    const fine = device.mutation('patient', randomUUID(), patientData(), null);
    const reply = await device.push([withNul, fine]);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r) => [r.status, 'reason' in r ? r.reason : null])).toEqual([
      ['rejected', 'invalid'],
      ['applied', null],
    ]);
    expect(await recordExists(server, withNul.recordId)).toBe(false);
    const nulId = await device.push([device.mutation('patient', 'abc\u0000', patientData(), null)]);
    expect(nulId.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
  });

  it('answers a NUL character elsewhere with 400, not a server error', async () => {
    expectCleanError(await beheerder.get('/api/records/patient/abc%00def'), 400, 'invalid');
    expectCleanError(await beheerder.get('/api/audit?userName=a%00b'), 400, 'invalid');
    const upload = await beheerder.post('/api/audit/events', {
      clientId: randomUUID(),
      events: [
        {
          id: randomUUID(),
          event: 'patient.view\u0000',
          action: 'R',
          at: '2026-11-23T09:00:00.000Z',
          patientId: null,
          recordPart: 'patient',
          outcome: 'success',
        },
      ],
    });
    expectCleanError(upload, 400, 'invalid');
  });
});
